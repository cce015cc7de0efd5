"""SPEC §5: ``/v1/dev/user/memories`` stores facts of the key's own user."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.dev_api.conftest import DevUser

URL = "/v1/dev/user/memories"
MEMORY_FIELDS = {
    "id", "content", "category", "visibility", "tags", "created_at", "updated_at",
    "manually_added", "reviewed", "edited",
}  # fmt: skip


async def create(client: httpx.AsyncClient, user: DevUser, **body: Any) -> dict[str, Any]:
    response = await client.post(URL, json=body, headers=user.headers)
    assert response.status_code == 200, response.text
    memory: dict[str, Any] = response.json()
    return memory


async def listed(client: httpx.AsyncClient, user: DevUser, **params: Any) -> list[dict[str, Any]]:
    response = await client.get(URL, params=params, headers=user.headers)
    assert response.status_code == 200, response.text
    memories: list[dict[str, Any]] = response.json()
    return memories


class TestCreate:
    async def test_returns_the_memory(self, client: httpx.AsyncClient, me: DevUser) -> None:
        memory = await create(
            client, me, content="User likes jazz", category="interests", tags=["music"]
        )
        assert set(memory) == MEMORY_FIELDS
        assert memory["content"] == "User likes jazz"
        assert memory["category"] == "interests"
        assert memory["tags"] == ["music"]
        assert memory["visibility"] == "private"
        assert memory["manually_added"] is True
        assert memory["reviewed"] is False
        assert memory["edited"] is False

    async def test_defaults_and_visibility(self, client: httpx.AsyncClient, me: DevUser) -> None:
        memory = await create(client, me, content="User has a dog", visibility="public")
        assert memory["category"] == "other"
        assert memory["visibility"] == "public"
        assert memory["tags"] == []

    async def test_duplicate_returns_the_existing_memory(
        self, client: httpx.AsyncClient, me: DevUser
    ) -> None:
        first = await create(client, me, content="User lives in Lisbon")
        again = await create(client, me, content="  User lives   in Lisbon ")
        assert again["id"] == first["id"]
        assert len(await listed(client, me)) == 1

    @pytest.mark.parametrize(
        "body", [{}, {"content": ""}, {"content": "x", "category": "nope"}, {"content": ["x"]}]
    )
    async def test_invalid_body_is_422(
        self, client: httpx.AsyncClient, me: DevUser, body: dict[str, Any]
    ) -> None:
        response = await client.post(URL, json=body, headers=me.headers)
        assert response.status_code == 422

    async def test_blank_content_is_422(self, client: httpx.AsyncClient, me: DevUser) -> None:
        response = await client.post(URL, json={"content": "   "}, headers=me.headers)
        assert response.status_code == 422
        assert response.json() == {"detail": "Text is required and cannot be empty"}


class TestBatch:
    async def test_creates_each(self, client: httpx.AsyncClient, me: DevUser) -> None:
        body = {"memories": [{"content": "User plays chess"}, {"content": "User runs marathons"}]}
        response = await client.post(f"{URL}/batch", json=body, headers=me.headers)
        assert response.status_code == 200, response.text
        created = response.json()
        assert created["created_count"] == 2
        assert [m["content"] for m in created["memories"]] == [
            "User plays chess",
            "User runs marathons",
        ]

    async def test_25_is_the_limit(self, client: httpx.AsyncClient, me: DevUser) -> None:
        memories = [{"content": f"User owns {n} bikes"} for n in range(26)]
        too_many = await client.post(
            f"{URL}/batch", json={"memories": memories}, headers=me.headers
        )
        assert too_many.status_code == 422
        assert too_many.json()["detail"][0]["loc"] == ["body", "memories"]
        ok = await client.post(f"{URL}/batch", json={"memories": memories[:25]}, headers=me.headers)
        assert ok.status_code == 200, ok.text
        assert ok.json()["created_count"] == 25


class TestList:
    async def test_newest_first_paged(self, client: httpx.AsyncClient, me: DevUser) -> None:
        for content in ("User likes tea", "User speaks German", "User works at a bakery"):
            await create(client, me, content=content)
        contents = [m["content"] for m in await listed(client, me)]
        assert contents == ["User works at a bakery", "User speaks German", "User likes tea"]
        page = await listed(client, me, limit=1, offset=1)
        assert [m["content"] for m in page] == ["User speaks German"]

    async def test_categories(self, client: httpx.AsyncClient, me: DevUser) -> None:
        await create(client, me, content="User likes tea", category="lifestyle")
        await create(client, me, content="User codes in Rust", category="skills")
        await create(client, me, content="User works at a bakery", category="work")
        found = await listed(client, me, categories="skills,work")
        assert sorted(m["category"] for m in found) == ["skills", "work"]
        assert await listed(client, me, categories="nope") == []


class TestUpdateAndDelete:
    async def test_patch(self, client: httpx.AsyncClient, me: DevUser) -> None:
        memory = await create(client, me, content="User likes tea")
        response = await client.patch(
            f"{URL}/{memory['id']}",
            json={"content": "User likes green tea", "visibility": "public", "tags": ["drinks"]},
            headers=me.headers,
        )
        assert response.status_code == 200, response.text
        updated = response.json()
        assert updated["content"] == "User likes green tea"
        assert updated["visibility"] == "public"
        assert updated["tags"] == ["drinks"]
        assert updated["edited"] is True

    async def test_patch_to_existing_content_is_409(
        self, client: httpx.AsyncClient, me: DevUser
    ) -> None:
        tea = await create(client, me, content="User likes tea")
        dog = await create(client, me, content="User has a dog named Rex")
        response = await client.patch(
            f"{URL}/{dog['id']}", json={"content": "User likes tea"}, headers=me.headers
        )
        assert response.status_code == 409
        assert response.json() == {
            "detail": f"The user already has a fact with this content ({tea['id']})"
        }

    async def test_delete(self, client: httpx.AsyncClient, me: DevUser) -> None:
        memory = await create(client, me, content="User likes tea")
        response = await client.delete(f"{URL}/{memory['id']}", headers=me.headers)
        assert response.status_code == 200
        assert response.json() == {"success": True}
        assert await listed(client, me) == []
        again = await client.delete(f"{URL}/{memory['id']}", headers=me.headers)
        assert again.status_code == 404


class TestIsolation:
    async def test_other_users_memories_are_not_found(
        self, client: httpx.AsyncClient, me: DevUser, other: DevUser
    ) -> None:
        mine = await create(client, me, content="User likes tea")
        await create(client, other, content="User likes coffee")
        assert [m["content"] for m in await listed(client, me)] == ["User likes tea"]
        patched = await client.patch(
            f"{URL}/{mine['id']}", json={"content": "hijacked"}, headers=other.headers
        )
        assert patched.status_code == 404
        deleted = await client.delete(f"{URL}/{mine['id']}", headers=other.headers)
        assert deleted.status_code == 404
        assert [m["content"] for m in await listed(client, me)] == ["User likes tea"]
