"""SPEC §4 for facts: list memories, update and delete (all after the §2.4 auth rows)."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.fixtures.factories import Factory, Integration
from tests.helpers import wait_for_status, with_params

ACTIONS = ["create_facts", "read_memories", "update_facts"]
NOT_OWNER = "App can only update records it created"


async def add_facts(
    client: httpx.AsyncClient, integration: Integration, *contents: str
) -> list[dict[str, Any]]:
    """Explicit memories, processed; one submission each so ``created_at`` increases."""
    facts: list[dict[str, Any]] = []
    for content in contents:
        response = await client.post(
            integration.url("/user/memories"),
            json={"memories": [{"content": content, "tags": ["t"]}]},
            headers=integration.headers,
        )
        assert response.status_code == 200, response.text
        submission = await wait_for_status(
            client, response.headers["Location"], integration.headers
        )
        facts.extend(submission["facts"])
    return facts


async def list_memories(
    client: httpx.AsyncClient, integration: Integration, **params: Any
) -> list[dict[str, Any]]:
    response = await client.get(
        with_params(integration.url("/memories"), params), headers=integration.headers
    )
    assert response.status_code == 200, response.text
    memories: list[dict[str, Any]] = response.json()["memories"]
    return memories


@pytest.fixture
async def reader(factory: Factory) -> Integration:
    return await factory.integration(actions=ACTIONS)


class TestList:
    async def test_newest_first_with_paging(
        self, client: httpx.AsyncClient, reader: Integration
    ) -> None:
        facts = await add_facts(
            client, reader, "User likes green tea", "User plays chess", "User owns a cat"
        )
        newest_first = list(reversed(facts))
        assert await list_memories(client, reader) == newest_first
        assert await list_memories(client, reader, limit=1, offset=1) == newest_first[1:2]
        assert await list_memories(client, reader, offset=5) == []

    async def test_superseded_only_when_asked(
        self, client: httpx.AsyncClient, reader: Integration
    ) -> None:
        old, new = await add_facts(client, reader, "User works at Google", "User works at Meta")
        assert [f["id"] for f in await list_memories(client, reader)] == [new["id"]]
        everything = await list_memories(client, reader, include_superseded="true")
        assert [f["id"] for f in everything] == [new["id"], old["id"]]
        assert everything[1]["superseded_by"] == new["id"]
        assert everything[1]["invalid_at"] is not None

    @pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 1001}, {"offset": -1}])
    async def test_bad_paging_is_422(
        self, client: httpx.AsyncClient, reader: Integration, params: dict[str, int]
    ) -> None:
        response = await client.get(
            with_params(reader.url("/memories"), params), headers=reader.headers
        )
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"] == ["query", *params]

    async def test_other_users_are_not_listed(
        self, client: httpx.AsyncClient, factory: Factory, reader: Integration
    ) -> None:
        other = await factory.integration(actions=ACTIONS, uid="user-2")
        await add_facts(client, other, "User lives in Lisbon")
        assert await list_memories(client, reader) == []

    async def test_needs_read_memories(self, client: httpx.AsyncClient, factory: Factory) -> None:
        creator = await factory.integration(actions=["create_facts", "read_conversations"])
        response = await client.get(creator.url("/memories"), headers=creator.headers)
        assert response.status_code == 403
        assert response.json() == {"detail": "App does not have the capability to read memories"}

    async def test_read_facts_alias_grants_read_memories(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        aliased = await factory.integration(actions=["read_facts"])
        response = await client.get(aliased.url("/memories"), headers=aliased.headers)
        assert response.status_code == 200

    async def test_bad_key_beats_bad_limit(
        self, client: httpx.AsyncClient, reader: Integration
    ) -> None:
        response = await client.get(
            with_params(reader.url("/memories"), {"limit": 0}),
            headers={"Authorization": "Bearer sk_not_a_real_key"},
        )
        assert response.status_code == 403
        assert response.json() == {"detail": "Invalid integration API key"}


class TestUpdate:
    async def test_content_category_tags(
        self, client: httpx.AsyncClient, reader: Integration
    ) -> None:
        (fact,) = await add_facts(client, reader, "User likes green tea")
        url = reader.url(f"/user/facts/{fact['id']}")
        response = await client.patch(
            url,
            json={"content": "User  likes   oolong tea", "category": "interests", "tags": ["tea"]},
            headers=reader.headers,
        )
        assert response.status_code == 200
        updated = response.json()
        assert updated["content"] == "User likes oolong tea"
        assert updated["category"] == "interests"
        assert updated["tags"] == ["tea"]
        assert updated["updated_at"] >= fact["updated_at"]
        assert (await client.get(url, headers=reader.headers)).json() == updated
        # The hash moved with the content: the old text is new again, the new one a duplicate.
        (again,) = await add_facts(client, reader, "User likes green tea")
        assert again["id"] != fact["id"]
        (duplicate,) = await add_facts(client, reader, "user likes oolong tea")
        assert duplicate["id"] == fact["id"]

    async def test_duplicate_content_is_409(
        self, client: httpx.AsyncClient, reader: Integration
    ) -> None:
        first, second = await add_facts(client, reader, "User likes green tea", "User plays chess")
        response = await client.patch(
            reader.url(f"/user/facts/{second['id']}"),
            json={"content": "User likes green tea."},
            headers=reader.headers,
        )
        assert response.status_code == 409
        assert first["id"] in response.json()["detail"]
        # The same fact keeping its own content is no conflict.
        same = await client.patch(
            reader.url(f"/user/facts/{first['id']}"),
            json={"content": "User likes green tea"},
            headers=reader.headers,
        )
        assert same.status_code == 200

    async def test_bad_body(self, client: httpx.AsyncClient, reader: Integration) -> None:
        (fact,) = await add_facts(client, reader, "User likes green tea")
        url = reader.url(f"/user/facts/{fact['id']}")
        invalid = await client.patch(url, content=b"nope", headers=reader.headers)
        assert invalid.status_code == 400
        assert invalid.json()["detail"].startswith("Invalid request format: ")
        wrong = await client.patch(url, json={"category": "nonsense"}, headers=reader.headers)
        assert wrong.status_code == 422
        assert wrong.json()["detail"][0]["loc"] == ["body", "category"]
        blank = await client.patch(url, json={"content": "   "}, headers=reader.headers)
        assert blank.status_code == 422

    async def test_another_apps_fact_is_403(
        self, client: httpx.AsyncClient, factory: Factory, reader: Integration
    ) -> None:
        (fact,) = await add_facts(client, reader, "User likes green tea")
        other_app = await factory.integration(actions=ACTIONS, uid=reader.uid)
        url = other_app.url(f"/user/facts/{fact['id']}")
        patched = await client.patch(url, json={"tags": []}, headers=other_app.headers)
        deleted = await client.delete(url, headers=other_app.headers)
        for response in (patched, deleted):
            assert response.status_code == 403
            assert response.json() == {"detail": NOT_OWNER}

    async def test_another_users_fact_is_404(
        self, client: httpx.AsyncClient, factory: Factory, reader: Integration
    ) -> None:
        (fact,) = await add_facts(client, reader, "User likes green tea")
        await factory.enable("user-2", reader.app_id)
        url = reader.url(f"/user/facts/{fact['id']}", uid="user-2")
        patched = await client.patch(url, json={"tags": []}, headers=reader.headers)
        deleted = await client.delete(url, headers=reader.headers)
        for response in (patched, deleted):
            assert response.status_code == 404
            assert response.json() == {"detail": "Fact not found"}

    async def test_needs_update_facts(self, client: httpx.AsyncClient, factory: Factory) -> None:
        creator = await factory.integration(actions=["create_facts"])
        (fact,) = await add_facts(client, creator, "User likes green tea")
        url = creator.url(f"/user/facts/{fact['id']}")
        patched = await client.patch(url, json={"tags": []}, headers=creator.headers)
        deleted = await client.delete(url, headers=creator.headers)
        for response in (patched, deleted):
            assert response.status_code == 403
            assert response.json() == {"detail": "App does not have the capability to update facts"}

    async def test_bad_key_beats_bad_body(
        self, client: httpx.AsyncClient, reader: Integration
    ) -> None:
        response = await client.patch(
            reader.url("/user/facts/any"),
            json={"category": "nonsense"},
            headers={"Authorization": "Bearer sk_not_a_real_key"},
        )
        assert response.status_code == 403
        assert response.json() == {"detail": "Invalid integration API key"}


class TestDelete:
    async def test_deletes_the_fact(self, client: httpx.AsyncClient, reader: Integration) -> None:
        kept, gone = await add_facts(client, reader, "User likes green tea", "User plays chess")
        url = reader.url(f"/user/facts/{gone['id']}")
        response = await client.delete(url, headers=reader.headers)
        assert response.status_code == 200
        assert response.json() == {}
        assert (await client.get(url, headers=reader.headers)).status_code == 404
        assert [f["id"] for f in await list_memories(client, reader)] == [kept["id"]]
        again = await client.delete(url, headers=reader.headers)
        assert again.status_code == 404
        # Deleted means gone: the same content can be learned again as a new fact.
        (relearned,) = await add_facts(client, reader, "User plays chess")
        assert relearned["id"] != gone["id"]
