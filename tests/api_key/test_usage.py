from __future__ import annotations

import httpx
from fastapi import FastAPI

from omi_actions.api_key import service as api_key_service
from tests.fixtures.factories import Factory


async def test_last_used_at_is_recorded(
    app: FastAPI, client: httpx.AsyncClient, factory: Factory
) -> None:
    integration = await factory.integration()
    async with app.state.sessionmaker() as session:
        (before,) = await api_key_service.list_keys(session, integration.app_id)
    assert before.last_used_at is None
    await client.post(
        integration.url("/user/conversations"), json={"text": "hi"}, headers=integration.headers
    )
    await app.state.key_usage.flush()
    async with app.state.sessionmaker() as session:
        (after,) = await api_key_service.list_keys(session, integration.app_id)
    assert after.last_used_at is not None
    assert after.label.startswith("sk_") and integration.key not in after.model_dump_json()


def test_key_format_checksum_and_prefix() -> None:
    from omi_actions.kit.keys import (
        APP_KEY_PREFIX,
        DEV_KEY_PREFIX,
        canonical_key,
        generate_key,
        key_label,
    )

    key = generate_key(APP_KEY_PREFIX)
    assert canonical_key(key, APP_KEY_PREFIX) == key
    assert canonical_key(key.removeprefix(APP_KEY_PREFIX), APP_KEY_PREFIX) == key
    assert canonical_key(key[:-1] + ("0" if key[-1] != "0" else "1"), APP_KEY_PREFIX) is None
    assert canonical_key(key + "a", APP_KEY_PREFIX) is None
    dev = generate_key(DEV_KEY_PREFIX)
    assert dev.startswith("omi_dev_") and canonical_key(dev, DEV_KEY_PREFIX) == dev
    assert key_label(key) == f"{key[:7]}…{key[-4:]}"
