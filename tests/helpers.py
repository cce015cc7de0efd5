"""Small helpers shared by route tests."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import urlencode

import httpx

SEED_STARTED_AT = "2024-03-10T15:00:00.000Z"


async def wait_for_status(
    client: httpx.AsyncClient,
    url: str,
    headers: dict[str, str],
    statuses: tuple[str, ...] = ("completed", "failed"),
    timeout: float = 20.0,
) -> dict[str, Any]:
    """Poll a record URL (a Location) until its status is one of ``statuses``."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        response = await client.get(url, headers=headers)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        if body["status"] in statuses:
            return body
        if loop.time() > deadline:
            raise AssertionError(f"still {body['status']} after {timeout}s: {body}")
        await asyncio.sleep(0.05)


def with_params(url: str, params: Any) -> str:
    """``url`` (which already carries ``?uid=``) plus more query parameters.

    httpx's ``params=`` would replace the URL's query instead of adding to it.
    """
    return f"{url}&{urlencode(params, doseq=True)}"
