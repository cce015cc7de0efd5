"""SPEC §4 for conversations: list, search and update (all after the §2.4 auth rows)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from omi_actions.app import create_app
from omi_actions.config import Settings
from omi_actions.models import Conversation
from tests.fixtures.factories import Factory, Integration
from tests.helpers import wait_for_status, with_params

ACTIONS = ["create_conversation", "read_conversations", "update_conversations"]
BAD_START = "Invalid start_date format. Use ISO format (YYYY-MM-DDTHH:MM:SS.sssZ) or YYYY-MM-DD"
BAD_END = "Invalid end_date format. Use ISO format (YYYY-MM-DDTHH:MM:SS.sssZ) or YYYY-MM-DD"
NOT_OWNER = "App can only update records it created"


async def create(
    client: httpx.AsyncClient, integration: Integration, text: str, started_at: str
) -> dict[str, Any]:
    """A conversation, once processed (polling its Location is faster than ``Prefer: wait``)."""
    response = await client.post(
        integration.url("/user/conversations"),
        json={"text": text, "started_at": started_at, "text_source": "other_text"},
        headers=integration.headers,
    )
    assert response.status_code == 200, response.text
    record = await wait_for_status(client, response.headers["Location"], integration.headers)
    assert record["status"] == "completed"
    return record


async def list_ids(client: httpx.AsyncClient, integration: Integration, **params: Any) -> list[str]:
    response = await client.get(
        with_params(integration.url("/conversations"), params), headers=integration.headers
    )
    assert response.status_code == 200, response.text
    return [c["id"] for c in response.json()["conversations"]]


@pytest.fixture
async def reader(factory: Factory) -> Integration:
    return await factory.integration(actions=ACTIONS)


@pytest.fixture
async def three(client: httpx.AsyncClient, reader: Integration) -> list[dict[str, Any]]:
    """Three conversations on 10, 11 and 12 March 2024 (oldest first)."""
    texts = [
        "We planned the garden party with Alex and bought tomato seeds.",
        "Budget review for the garden: fence repairs cost more than planned.",
        "Doctor appointment moved to Tuesday; remember to bring the blood test results.",
    ]
    return list(
        await asyncio.gather(
            *(
                create(client, reader, text, f"2024-03-{10 + day}T15:00:00Z")
                for day, text in enumerate(texts)
            )
        )
    )


class TestList:
    async def test_newest_first_with_conversation_json(
        self, client: httpx.AsyncClient, reader: Integration, three: list[dict[str, Any]]
    ) -> None:
        response = await client.get(reader.url("/conversations"), headers=reader.headers)
        assert response.status_code == 200
        assert response.headers["X-RateLimit-Limit"] == "6000"
        conversations = response.json()["conversations"]
        assert [c["id"] for c in conversations] == [c["id"] for c in reversed(three)]
        assert conversations[0] == three[2]

    async def test_limit_and_offset(
        self, client: httpx.AsyncClient, reader: Integration, three: list[dict[str, Any]]
    ) -> None:
        ids = [c["id"] for c in reversed(three)]
        assert await list_ids(client, reader, limit=2) == ids[:2]
        assert await list_ids(client, reader, limit=2, offset=1) == ids[1:]
        assert await list_ids(client, reader, offset=3) == []

    @pytest.mark.parametrize("limit", [0, 1001, "x"])
    async def test_limit_out_of_range_is_422(
        self, client: httpx.AsyncClient, reader: Integration, limit: object
    ) -> None:
        response = await client.get(
            with_params(reader.url("/conversations"), {"limit": limit}), headers=reader.headers
        )
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"] == ["query", "limit"]

    async def test_negative_offset_is_422(
        self, client: httpx.AsyncClient, reader: Integration
    ) -> None:
        response = await client.get(
            with_params(reader.url("/conversations"), {"offset": -1}), headers=reader.headers
        )
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"] == ["query", "offset"]

    async def test_date_filters(
        self, client: httpx.AsyncClient, reader: Integration, three: list[dict[str, Any]]
    ) -> None:
        first, second, third = (c["id"] for c in three)
        assert await list_ids(client, reader, start_date="2024-03-11") == [third, second]
        # A bare end date includes that whole day.
        assert await list_ids(client, reader, end_date="2024-03-11") == [second, first]
        both = {"start_date": "2024-03-11T00:00:00.000Z", "end_date": "2024-03-11T23:59:59Z"}
        assert await list_ids(client, reader, **both) == [second]
        assert await list_ids(client, reader, start_date="2024-03-12T15:00:01+00:00") == []

    @pytest.mark.parametrize(
        ("params", "detail"),
        [
            ({"start_date": "yesterday"}, BAD_START),
            ({"end_date": "2024-13-01"}, BAD_END),
            ({"start_date": "2024-03-10", "end_date": "10/03/2024"}, BAD_END),
        ],
    )
    async def test_bad_dates_are_400(
        self,
        client: httpx.AsyncClient,
        reader: Integration,
        params: dict[str, str],
        detail: str,
    ) -> None:
        response = await client.get(
            with_params(reader.url("/conversations"), params), headers=reader.headers
        )
        assert response.status_code == 400
        assert response.json() == {"detail": detail}

    async def test_discarded_hidden_unless_asked(
        self, client: httpx.AsyncClient, reader: Integration, three: list[dict[str, Any]]
    ) -> None:
        discarded = await create(client, reader, "ok", "2024-03-20T10:00:00Z")
        assert discarded["discarded"] is True
        assert discarded["id"] not in await list_ids(client, reader)
        assert (await list_ids(client, reader, include_discarded="true"))[0] == discarded["id"]

    async def test_statuses_repeatable(
        self, client: httpx.AsyncClient, reader: Integration, three: list[dict[str, Any]]
    ) -> None:
        everything = await list_ids(client, reader)
        statuses = [("statuses", "failed"), ("statuses", "completed")]
        response = await client.get(
            with_params(reader.url("/conversations"), statuses), headers=reader.headers
        )
        assert [c["id"] for c in response.json()["conversations"]] == everything
        assert await list_ids(client, reader, statuses="pending") == []
        assert await list_ids(client, reader, statuses="bad\x00value") == []

    async def test_other_users_are_not_listed(
        self, client: httpx.AsyncClient, factory: Factory, reader: Integration
    ) -> None:
        other = await factory.integration(actions=ACTIONS, uid="user-2")
        await create(
            client, other, "Another user's meeting notes about taxes.", "2024-03-10T10:00:00Z"
        )
        assert await list_ids(client, reader) == []

    async def test_needs_read_conversations(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        creator = await factory.integration(actions=["create_conversation"])
        response = await client.get(creator.url("/conversations"), headers=creator.headers)
        assert response.status_code == 403
        assert response.json() == {
            "detail": "App does not have the capability to read conversations"
        }


class TestOrder:
    """Query parameter errors (row 10 and the date 400) come after the auth rows."""

    @pytest.mark.parametrize(
        "params", [{"limit": 0}, {"offset": -1}, {"start_date": "nope"}, {"statuses": "x"}]
    )
    async def test_bad_key_beats_bad_query(
        self, client: httpx.AsyncClient, reader: Integration, params: dict[str, Any]
    ) -> None:
        response = await client.get(
            with_params(reader.url("/conversations"), params),
            headers={"Authorization": "Bearer sk_not_a_real_key"},
        )
        assert response.status_code == 403
        assert response.json() == {"detail": "Invalid integration API key"}

    async def test_missing_auth_and_capability_beat_bad_limit(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        creator = await factory.integration(actions=["create_conversation"])
        url = with_params(creator.url("/conversations"), {"limit": 0})
        unauthenticated = await client.get(url)
        assert unauthenticated.status_code == 401
        no_capability = await client.get(url, headers=creator.headers)
        assert no_capability.status_code == 403
        missing_uid = await client.get(
            f"/v2/integrations/{creator.app_id}/conversations",
            params={"limit": 0},
            headers=creator.headers,
        )
        assert missing_uid.status_code == 422
        assert missing_uid.json()["detail"][0]["loc"] == ["query", "uid"]

    async def test_search_invalid_json_before_auth(
        self, client: httpx.AsyncClient, reader: Integration
    ) -> None:
        response = await client.post(
            reader.url("/search/conversations"),
            content=b"{nope",
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 400
        assert response.json()["detail"].startswith("Invalid request format: ")

    async def test_search_bad_key_beats_bad_body(
        self, client: httpx.AsyncClient, reader: Integration
    ) -> None:
        response = await client.post(
            reader.url("/search/conversations"),
            json={"query": "x", "per_page": 0},
            headers={"Authorization": "Bearer sk_not_a_real_key"},
        )
        assert response.status_code == 403

    async def test_patch_bad_key_beats_bad_body(
        self, client: httpx.AsyncClient, reader: Integration
    ) -> None:
        response = await client.patch(
            reader.url("/user/conversations/some-id"),
            json={"discarded": "not a bool"},
            headers={"Authorization": "Bearer sk_not_a_real_key"},
        )
        assert response.status_code == 403
        assert response.json() == {"detail": "Invalid integration API key"}


class TestSearch:
    async def search(
        self, client: httpx.AsyncClient, integration: Integration, **body: Any
    ) -> httpx.Response:
        return await client.post(
            integration.url("/search/conversations"), json=body, headers=integration.headers
        )

    async def test_every_term_must_match_case_insensitively(
        self, client: httpx.AsyncClient, reader: Integration, three: list[dict[str, Any]]
    ) -> None:
        response = await self.search(client, reader, query="GARDEN")
        assert response.status_code == 200
        body = response.json()
        assert [c["id"] for c in body["conversations"]] == [three[1]["id"], three[0]["id"]]
        assert body["total_pages"] == 1 and body["current_page"] == 1 and body["per_page"] == 10
        narrowed = (await self.search(client, reader, query="garden fence")).json()
        assert [c["id"] for c in narrowed["conversations"]] == [three[1]["id"]]
        nothing = (await self.search(client, reader, query="garden doctor")).json()
        assert nothing == {"conversations": [], "total_pages": 0, "current_page": 1, "per_page": 10}

    async def test_like_wildcards_are_literal(
        self, client: httpx.AsyncClient, reader: Integration, three: list[dict[str, Any]]
    ) -> None:
        body = (await self.search(client, reader, query="%")).json()
        assert body["conversations"] == []

    async def test_paging_math(
        self, client: httpx.AsyncClient, reader: Integration, three: list[dict[str, Any]]
    ) -> None:
        newest_first = [c["id"] for c in reversed(three)]
        first = (await self.search(client, reader, query="", per_page=2)).json()
        assert [c["id"] for c in first["conversations"]] == newest_first[:2]
        assert (first["total_pages"], first["current_page"], first["per_page"]) == (2, 1, 2)
        second = (await self.search(client, reader, query="", per_page=2, page=2)).json()
        assert [c["id"] for c in second["conversations"]] == newest_first[2:]
        assert second["total_pages"] == 2 and second["current_page"] == 2
        beyond = (await self.search(client, reader, query="", per_page=2, page=3)).json()
        assert beyond["conversations"] == [] and beyond["total_pages"] == 2

    async def test_matches_structured_title(
        self, client: httpx.AsyncClient, reader: Integration, three: list[dict[str, Any]]
    ) -> None:
        await client.patch(
            reader.url(f"/user/conversations/{three[2]['id']}"),
            json={"title": "Zanzibar logistics"},
            headers=reader.headers,
        )
        body = (await self.search(client, reader, query="zanzibar")).json()
        assert [c["id"] for c in body["conversations"]] == [three[2]["id"]]

    async def test_dates_and_discarded(
        self, client: httpx.AsyncClient, reader: Integration, three: list[dict[str, Any]]
    ) -> None:
        body = (await self.search(client, reader, query="garden", start_date="2024-03-11")).json()
        assert [c["id"] for c in body["conversations"]] == [three[1]["id"]]
        body = (await self.search(client, reader, query="garden", end_date="2024-03-10")).json()
        assert [c["id"] for c in body["conversations"]] == [three[0]["id"]]
        discarded = await create(client, reader, "test", "2024-03-21T09:00:00Z")
        assert discarded["discarded"] is True
        hidden = (await self.search(client, reader, query="test")).json()
        assert discarded["id"] not in [c["id"] for c in hidden["conversations"]]
        shown = (await self.search(client, reader, query="test", include_discarded=True)).json()
        assert discarded["id"] in [c["id"] for c in shown["conversations"]]

    async def test_bad_date_is_400(self, client: httpx.AsyncClient, reader: Integration) -> None:
        response = await self.search(client, reader, query="x", start_date="soon")
        assert response.status_code == 400
        assert response.json() == {"detail": BAD_START}

    @pytest.mark.parametrize(
        "body", [{}, {"query": "x", "page": 0}, {"query": "x", "per_page": 101}, {"query": 5}]
    )
    async def test_bad_body_is_422(
        self, client: httpx.AsyncClient, reader: Integration, body: dict[str, Any]
    ) -> None:
        response = await self.search(client, reader, **body)
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"][0] == "body"

    async def test_other_users_are_not_found(
        self, client: httpx.AsyncClient, factory: Factory, reader: Integration
    ) -> None:
        other = await factory.integration(actions=ACTIONS, uid="user-2")
        await create(client, other, "Secret garden plans.", "2024-03-10T10:00:00Z")
        body = (await self.search(client, reader, query="garden")).json()
        assert body["conversations"] == []

    async def test_needs_read_conversations(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        creator = await factory.integration(actions=["create_conversation"])
        response = await self.search(client, creator, query="x")
        assert response.status_code == 403
        assert response.json() == {
            "detail": "App does not have the capability to read conversations"
        }


class TestUpdate:
    async def test_title_overview_discarded(
        self, client: httpx.AsyncClient, reader: Integration, three: list[dict[str, Any]]
    ) -> None:
        record = three[0]
        url = reader.url(f"/user/conversations/{record['id']}")
        response = await client.patch(
            url, json={"title": "Garden party", "overview": "Planning."}, headers=reader.headers
        )
        assert response.status_code == 200
        updated = response.json()
        assert updated["structured"] == {
            **record["structured"],
            "title": "Garden party",
            "overview": "Planning.",
        }
        assert updated["discarded"] is False
        discarded = await client.patch(url, json={"discarded": True}, headers=reader.headers)
        assert discarded.json()["discarded"] is True
        assert discarded.json()["structured"]["title"] == "Garden party"
        assert (await client.get(url, headers=reader.headers)).json() == discarded.json()
        assert record["id"] not in await list_ids(client, reader)

    async def test_another_apps_record_is_403(
        self, client: httpx.AsyncClient, factory: Factory, reader: Integration
    ) -> None:
        record = await create(client, reader, "Lunch with Sam on Friday.", "2024-03-10T10:00:00Z")
        other_app = await factory.integration(actions=ACTIONS, uid=reader.uid)
        response = await client.patch(
            other_app.url(f"/user/conversations/{record['id']}"),
            json={"title": "Hijacked"},
            headers=other_app.headers,
        )
        assert response.status_code == 403
        assert response.json() == {"detail": NOT_OWNER}

    async def test_another_users_record_is_404(
        self, client: httpx.AsyncClient, reader: Integration
    ) -> None:
        record = await create(client, reader, "Lunch with Sam on Friday.", "2024-03-10T10:00:00Z")
        response = await client.patch(
            reader.url(f"/user/conversations/{record['id']}", uid="user-2"),
            json={"title": "Hijacked"},
            headers=reader.headers,
        )
        assert response.status_code == 403  # user-2 has not enabled the app (row 8)
        missing = await client.patch(
            reader.url("/user/conversations/no-such-id"), json={}, headers=reader.headers
        )
        assert missing.status_code == 404
        assert missing.json() == {"detail": "Conversation not found"}

    async def test_enabled_other_user_gets_404(
        self, client: httpx.AsyncClient, factory: Factory, reader: Integration
    ) -> None:
        record = await create(client, reader, "Lunch with Sam on Friday.", "2024-03-10T10:00:00Z")
        await factory.enable("user-2", reader.app_id)
        response = await client.patch(
            reader.url(f"/user/conversations/{record['id']}", uid="user-2"),
            json={"title": "Hijacked"},
            headers=reader.headers,
        )
        assert response.status_code == 404
        assert response.json() == {"detail": "Conversation not found"}

    async def test_needs_update_conversations(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        creator = await factory.integration(actions=["create_conversation"])
        record = await create(client, creator, "Lunch with Sam on Friday.", "2024-03-10T10:00:00Z")
        response = await client.patch(
            creator.url(f"/user/conversations/{record['id']}"),
            json={"title": "x"},
            headers=creator.headers,
        )
        assert response.status_code == 403
        assert response.json() == {
            "detail": "App does not have the capability to update conversations"
        }

    async def test_bad_body(
        self, client: httpx.AsyncClient, reader: Integration, three: list[dict[str, Any]]
    ) -> None:
        url = reader.url(f"/user/conversations/{three[0]['id']}")
        invalid = await client.patch(url, content=b"[1]", headers=reader.headers)
        assert invalid.status_code == 400
        wrong = await client.patch(url, json={"discarded": "maybe"}, headers=reader.headers)
        assert wrong.status_code == 422
        assert wrong.json()["detail"][0]["loc"] == ["body", "discarded"]


@pytest.fixture
async def idle_client(settings: Settings) -> AsyncIterator[tuple[httpx.AsyncClient, Factory]]:
    """A server without its worker: conversations stay ``pending``."""
    application = create_app(settings, run_worker=False)
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            yield c, Factory(application.state.sessionmaker)


class TestUpdateUnprocessed:
    async def test_pending_is_409_and_failed_gets_structured(
        self, idle_client: tuple[httpx.AsyncClient, Factory]
    ) -> None:
        client, factory = idle_client
        integration = await factory.integration(actions=ACTIONS)
        created = await client.post(
            integration.url("/user/conversations"),
            json={"text": "Call the plumber tomorrow."},
            headers={**integration.headers, "Prefer": "return=representation"},
        )
        record_id = created.json()["id"]
        url = integration.url(f"/user/conversations/{record_id}")
        pending = await client.patch(url, json={"title": "Plumber"}, headers=integration.headers)
        assert pending.status_code == 409
        async with factory.sessionmaker() as session, session.begin():
            await session.execute(
                update(Conversation).where(Conversation.id == record_id).values(status="failed")
            )
        response = await client.patch(url, json={"title": "Plumber"}, headers=integration.headers)
        assert response.status_code == 200
        assert response.json()["structured"] == {
            "title": "Plumber",
            "overview": "",
            "emoji": "",
            "category": "other",
            "action_items": [],
            "events": [],
        }
