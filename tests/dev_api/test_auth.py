"""SPEC §5: developer keys authenticate ``/v1/dev/user/…`` (401s, body errors, rate limit)."""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI

from omi_actions.dev_key import service as dev_key_service
from omi_actions.kit.keys import DEV_KEY_PREFIX, generate_key
from tests.dev_api.conftest import DevUser, revoke
from tests.fixtures.factories import Factory

MISSING = "Missing or invalid Authorization header. Must be 'Bearer API_KEY'"
INVALID = "Invalid API key"
MEMORIES = "/v1/dev/user/memories"


class TestMissingAuthorization:
    @pytest.mark.parametrize(
        "headers",
        [{}, {"Authorization": ""}, {"Authorization": "Bearer "}, {"Authorization": "Token x"}],
    )
    async def test_is_401(self, client: httpx.AsyncClient, headers: dict[str, str]) -> None:
        response = await client.get(MEMORIES, headers=headers)
        assert response.status_code == 401
        assert response.json() == {"detail": MISSING}


class TestInvalidKey:
    async def test_malformed_key_is_401(self, client: httpx.AsyncClient, me: DevUser) -> None:
        response = await client.get(MEMORIES, headers={"Authorization": f"Bearer {me.key}x"})
        assert response.status_code == 401
        assert response.json() == {"detail": INVALID}

    async def test_unknown_key_is_401(self, client: httpx.AsyncClient) -> None:
        unknown = generate_key(DEV_KEY_PREFIX)
        response = await client.get(MEMORIES, headers={"Authorization": f"Bearer {unknown}"})
        assert response.status_code == 401
        assert response.json() == {"detail": INVALID}

    async def test_revoked_key_is_401(
        self, app: FastAPI, client: httpx.AsyncClient, me: DevUser
    ) -> None:
        assert (await client.get(MEMORIES, headers=me.headers)).status_code == 200
        await revoke(app, me.key_id)
        response = await client.get(MEMORIES, headers=me.headers)
        assert response.status_code == 401
        assert response.json() == {"detail": INVALID}

    async def test_app_key_is_not_a_dev_key(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration()
        response = await client.get(MEMORIES, headers=integration.headers)
        assert response.status_code == 401
        assert response.json() == {"detail": INVALID}

    async def test_key_without_prefix_is_accepted(
        self, client: httpx.AsyncClient, me: DevUser
    ) -> None:
        bare = me.key.removeprefix(DEV_KEY_PREFIX)
        response = await client.get(MEMORIES, headers={"Authorization": f"Bearer {bare}"})
        assert response.status_code == 200


class TestBody:
    async def test_invalid_json_is_400_before_auth(self, client: httpx.AsyncClient) -> None:
        response = await client.post(
            MEMORIES, content=b"{nope", headers={"Content-Type": "application/json"}
        )
        assert response.status_code == 400
        assert response.json()["detail"].startswith("Invalid request format: ")

    async def test_non_object_is_400(self, client: httpx.AsyncClient, me: DevUser) -> None:
        response = await client.post(MEMORIES, json=["a"], headers=me.headers)
        assert response.status_code == 400
        assert response.json() == {"detail": "Invalid request format: body must be a JSON object"}

    async def test_schema_error_is_422_after_auth(
        self, client: httpx.AsyncClient, me: DevUser
    ) -> None:
        unauthenticated = await client.post(MEMORIES, json={"content": 5})
        assert unauthenticated.status_code == 401
        response = await client.post(MEMORIES, json={"content": 5}, headers=me.headers)
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"] == ["body", "content"]


class TestRateLimitHeaders:
    async def test_every_authenticated_response_carries_them(
        self, client: httpx.AsyncClient, me: DevUser
    ) -> None:
        response = await client.get(MEMORIES, headers=me.headers)
        assert response.status_code == 200
        assert response.headers["X-RateLimit-Limit"] == "6000"
        assert response.headers["X-RateLimit-Remaining"] == "5999"


async def test_last_used_at_is_recorded(
    app: FastAPI, client: httpx.AsyncClient, me: DevUser
) -> None:
    async with app.state.sessionmaker() as session:
        (before,) = await dev_key_service.list_keys(session, me.uid)
    assert before.last_used_at is None
    response = await client.get("/v1/dev/user/memories", headers=me.headers)
    assert response.status_code == 200
    await app.state.key_usage.flush()
    async with app.state.sessionmaker() as session:
        (after,) = await dev_key_service.list_keys(session, me.uid)
    assert after.last_used_at is not None
