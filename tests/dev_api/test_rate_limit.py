"""SPEC §5: per-key rate limits on the developer API (the reads limit, every route)."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from omi_actions.config import Settings
from tests.conftest import make_settings
from tests.dev_api.conftest import DevUser, create_dev_user


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url, rate_limit_reads="2/hour")


async def test_limit_is_per_key(app: FastAPI, client: httpx.AsyncClient, me: DevUser) -> None:
    for _ in range(2):
        assert (await client.get("/v1/dev/user/memories", headers=me.headers)).status_code == 200
    response = await client.post(
        "/v1/dev/user/action-items", json={"description": "x"}, headers=me.headers
    )
    assert response.status_code == 429
    assert response.json()["detail"].startswith("Rate limit exceeded. Try again in ")
    assert "Retry-After" in response.headers
    assert response.headers["X-RateLimit-Remaining"] == "0"

    second_key = await create_dev_user(app, me.uid)
    response = await client.get("/v1/dev/user/memories", headers=second_key.headers)
    assert response.status_code == 200
