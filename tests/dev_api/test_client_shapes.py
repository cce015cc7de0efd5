"""SPEC §5: the requests OMI's real clients send, and the answers they parse.

Checked by hand against omi-cli 0.2.3 and omi-mcp 0.1.13 (docs/api.md, "Using
OMI's clients"); these tests pin those shapes without depending on the packages.

* omi-cli joins ``OMI_API_BASE`` and ``/v1/dev/user/…``, sends query flags such as
  ``start_date=2024-05-01T00:00:00`` (``datetime.isoformat()``, no zone) and
  ``include_transcript=false``, expects bare JSON arrays from lists, and shows
  ``detail`` (a string, or FastAPI's list of ``{loc, msg}``) from errors.
* omi-mcp has its own spellings: ``{base}/user/memories``, ``{contents}``,
  ``/conversations/from_segments`` with ``{segments}``, action items as
  ``{content, due_date}`` and ``/action-items/batch`` with ``{items}``.
"""

from __future__ import annotations

import asyncio
from datetime import datetime
from typing import Any

import httpx
import pytest

from omi_actions.processing.base import Engine
from omi_actions.processing.schemas import ConversationInput, ConversationResult
from omi_actions.processing.testing import FakeEngine
from tests.dev_api.conftest import DevUser

BASE = "/v1/dev/user"
MEMORY_FIELDS = {
    "id", "content", "category", "visibility", "tags", "created_at", "updated_at",
    "manually_added", "reviewed", "edited",
}  # fmt: skip
ACTION_ITEM_FIELDS = {"id", "description", "completed", "due_at", "created_at", "completed_at"}


class CategoryEngine(FakeEngine):
    """The fake engine, with the category taken from the text's first word (``work: …``)."""

    def process_conversation(self, conversation: ConversationInput) -> ConversationResult:
        result = super().process_conversation(conversation)
        category = conversation.text.split(":", 1)[0]
        structured = result.structured.model_copy(update={"category": category})
        return result.model_copy(update={"structured": structured})


def _parses(timestamp: str | None) -> None:
    """omi-cli's pydantic models read these as ``datetime``."""
    assert timestamp is not None
    datetime.fromisoformat(timestamp)


async def _ok(response: httpx.Response) -> Any:
    assert response.status_code == 200, response.text
    return response.json()


async def _wait_processed(client: httpx.AsyncClient, user: DevUser, conversation_id: str) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 20.0
    while True:
        response = await client.get(f"{BASE}/conversations/{conversation_id}", headers=user.headers)
        if (await _ok(response))["status"] in ("completed", "failed"):
            return
        assert loop.time() < deadline
        await asyncio.sleep(0.05)


class TestOmiCliMemories:
    async def test_create_list_update_delete(self, client: httpx.AsyncClient, me: DevUser) -> None:
        # `omi memory create "..." --tag drinks` sends no category.
        created = await _ok(
            await client.post(
                f"{BASE}/memories",
                json={"content": "User likes green tea", "visibility": "private", "tags": ["tea"]},
                headers=me.headers,
            )
        )
        assert set(created) == MEMORY_FIELDS
        assert created["tags"] == ["tea"]
        _parses(created["created_at"])
        _parses(created["updated_at"])
        await client.post(
            f"{BASE}/memories",
            json={"content": "User works as a nurse", "category": "work", "tags": []},
            headers=me.headers,
        )

        # `omi memory list --categories work,skills`; `omi auth whoami` lists with limit=1.
        listed = await _ok(
            await client.get(
                f"{BASE}/memories",
                params={"limit": 25, "offset": 0, "categories": "work,skills"},
                headers=me.headers,
            )
        )
        assert isinstance(listed, list)
        assert [m["content"] for m in listed] == ["User works as a nurse"]
        one = await _ok(
            await client.get(f"{BASE}/memories", params={"limit": 1}, headers=me.headers)
        )
        assert isinstance(one, list) and len(one) == 1

        updated = await _ok(
            await client.patch(
                f"{BASE}/memories/{created['id']}",
                json={"content": "User loves green tea", "visibility": "public", "tags": ["t"]},
                headers=me.headers,
            )
        )
        assert set(updated) == MEMORY_FIELDS
        assert (updated["content"], updated["visibility"], updated["tags"]) == (
            "User loves green tea",
            "public",
            ["t"],
        )

        deleted = await client.delete(f"{BASE}/memories/{created['id']}", headers=me.headers)
        assert await _ok(deleted) == {"success": True}
        # The CLI exits 5 on a 404 and prints its string detail.
        for method in ("PATCH", "DELETE"):
            again = await client.request(
                method,
                f"{BASE}/memories/{created['id']}",
                json={"content": "x"} if method == "PATCH" else None,
                headers=me.headers,
            )
            assert again.status_code == 404
            assert again.json() == {"detail": "Memory not found"}

    async def test_batch_in_omis_shape(self, client: httpx.AsyncClient, me: DevUser) -> None:
        body = {"memories": [{"content": "User has a cat"}, {"content": "User plays chess"}]}
        batch = await _ok(
            await client.post(f"{BASE}/memories/batch", json=body, headers=me.headers)
        )
        assert set(batch) == {"memories", "created_count"}
        assert batch["created_count"] == 2
        assert all(set(memory) == MEMORY_FIELDS for memory in batch["memories"])

    async def test_errors_carry_a_detail_the_cli_can_print(
        self, client: httpx.AsyncClient, me: DevUser
    ) -> None:
        bad_key = await client.get(
            f"{BASE}/memories", headers={"Authorization": "Bearer omi_dev_" + "A" * 40}
        )
        assert bad_key.status_code == 401  # the CLI's "Authentication failed", exit 2
        assert isinstance(bad_key.json()["detail"], str)
        invalid = await client.post(
            f"{BASE}/memories", json={"content": "x", "category": "nope"}, headers=me.headers
        )
        assert invalid.status_code == 422
        (error,) = invalid.json()["detail"]
        assert error["loc"] and error["msg"]


class TestOmiCliConversations:
    @pytest.fixture
    def engine(self) -> Engine:
        return CategoryEngine()

    async def _create(self, client: httpx.AsyncClient, user: DevUser, **extra: Any) -> str:
        # `omi conversation create --text … [--started-at …]`: naive isoformat times.
        body = {"text_source": "other_text", "language": "en", **extra}
        created = await _ok(
            await client.post(f"{BASE}/conversations", json=body, headers=user.headers)
        )
        assert set(created) == {"id", "status", "discarded"}
        conversation_id: str = created["id"]
        await _wait_processed(client, user, conversation_id)
        return conversation_id

    async def test_list_filters(self, client: httpx.AsyncClient, me: DevUser) -> None:
        march = await self._create(
            client, me, text="work: ship the release", started_at="2024-03-10T15:00:00"
        )
        may = await self._create(
            client, me, text="travel: book the flights", started_at="2024-05-01T10:00:00"
        )
        june = await self._create(
            client, me, text="health: call the dentist", started_at="2024-06-01T09:00:00"
        )

        async def listed(**params: Any) -> list[str]:
            params = {"limit": 25, "offset": 0, "include_transcript": False, **params}
            rows = await _ok(
                await client.get(f"{BASE}/conversations", params=params, headers=me.headers)
            )
            assert isinstance(rows, list)
            return [row["id"] for row in rows]

        assert await listed() == [june, may, march]
        assert await listed(start_date="2024-04-01T00:00:00") == [june, may]
        assert await listed(end_date="2024-05-01T10:00:00") == [may, march]
        assert await listed(
            start_date="2024-04-01T00:00:00+00:00", end_date="2024-05-31T00:00:00+00:00"
        ) == [may]
        assert await listed(categories="work,travel") == [may, march]
        assert await listed(categories="travel", end_date="2024-04-01") == []
        assert await listed(categories="nosuch") == []
        assert await listed(include_transcript=True, limit=1) == [june]

        bad = await client.get(
            f"{BASE}/conversations", params={"start_date": "yesterday"}, headers=me.headers
        )
        assert bad.status_code == 400

    async def test_read_fields_and_updates(self, client: httpx.AsyncClient, me: DevUser) -> None:
        conversation_id = await self._create(
            client, me, text="family: pick up milk", text_source_spec="sms"
        )
        # `omi conversation get ID` (include_transcript=false) and the list table read these.
        row = await _ok(
            await client.get(
                f"{BASE}/conversations/{conversation_id}",
                params={"include_transcript": False},
                headers=me.headers,
            )
        )
        for field in ("id", "created_at", "started_at", "finished_at", "language", "source"):
            assert field in row
        assert set(row["structured"]) >= {"title", "overview", "emoji", "category"}
        assert row["structured"]["category"] == "family"

        titled = await _ok(
            await client.patch(
                f"{BASE}/conversations/{conversation_id}",
                json={"title": "Milk run"},
                headers=me.headers,
            )
        )
        assert titled["structured"]["title"] == "Milk run"
        discarded = await _ok(
            await client.patch(
                f"{BASE}/conversations/{conversation_id}",
                json={"discarded": True},
                headers=me.headers,
            )
        )
        assert discarded["discarded"] is True
        deleted = await client.delete(f"{BASE}/conversations/{conversation_id}", headers=me.headers)
        assert await _ok(deleted) == {"success": True}
        gone = await client.delete(f"{BASE}/conversations/{conversation_id}", headers=me.headers)
        assert gone.status_code == 404
        assert gone.json() == {"detail": "Conversation not found"}

    async def test_from_segments_with_source(self, client: httpx.AsyncClient, me: DevUser) -> None:
        # `omi conversation from-segments FILE --source phone --started-at …`
        body = {
            "transcript_segments": [
                {
                    "text": "work: hey",
                    "speaker": "SPEAKER_00",
                    "is_user": True,
                    "start": 0.0,
                    "end": 2.5,
                },
                {"text": "Hi", "speaker": "SPEAKER_01", "is_user": False, "start": 2.8, "end": 5.2},
            ],
            "language": "en",
            "source": "phone",
            "started_at": "2024-05-01T10:00:00",
        }
        created = await _ok(
            await client.post(f"{BASE}/conversations/from-segments", json=body, headers=me.headers)
        )
        assert set(created) == {"id", "status", "discarded"}


class TestOmiCliActionItems:
    async def test_create_list_update_delete(self, client: httpx.AsyncClient, me: DevUser) -> None:
        # `omi action-item create "…" --due-at 2024-05-06T09:00:00` always sends completed.
        created = await _ok(
            await client.post(
                f"{BASE}/action-items",
                json={
                    "description": "Book flights",
                    "completed": False,
                    "due_at": "2024-05-06T09:00:00",
                },
                headers=me.headers,
            )
        )
        assert set(created) >= ACTION_ITEM_FIELDS
        assert created["due_at"] == "2024-05-06T09:00:00Z"
        _parses(created["created_at"])

        async def listed(**params: Any) -> list[str]:
            params = {"limit": 100, "offset": 0, **params}
            rows = await _ok(
                await client.get(f"{BASE}/action-items", params=params, headers=me.headers)
            )
            assert isinstance(rows, list)
            return [row["id"] for row in rows]

        assert await listed() == [created["id"]]
        assert await listed(completed=False) == [created["id"]]
        assert await listed(completed=True) == []
        # Dates bound created_at (that is "now" here).
        assert await listed(end_date="2020-01-01T00:00:00") == []
        assert await listed(start_date="2020-01-01T00:00:00") == [created["id"]]

        # `omi action-item complete ID`, then `update --open --description … --due-at …`.
        done = await _ok(
            await client.patch(
                f"{BASE}/action-items/{created['id']}", json={"completed": True}, headers=me.headers
            )
        )
        assert done["completed"] is True
        _parses(done["completed_at"])
        reopened = await _ok(
            await client.patch(
                f"{BASE}/action-items/{created['id']}",
                json={
                    "description": "Book flights to Porto",
                    "completed": False,
                    "due_at": "2024-05-07T09:00:00+02:00",
                },
                headers=me.headers,
            )
        )
        assert (reopened["description"], reopened["completed"], reopened["due_at"]) == (
            "Book flights to Porto",
            False,
            "2024-05-07T07:00:00Z",
        )
        deleted = await client.delete(f"{BASE}/action-items/{created['id']}", headers=me.headers)
        assert await _ok(deleted) == {"success": True}

    async def test_batch_in_omis_shape(self, client: httpx.AsyncClient, me: DevUser) -> None:
        body = {
            "action_items": [
                {"description": "Buy stamps"},
                {
                    "description": "Call plumber",
                    "completed": True,
                    "due_at": "2024-06-02T00:00:00Z",
                },
            ]
        }
        batch = await _ok(
            await client.post(f"{BASE}/action-items/batch", json=body, headers=me.headers)
        )
        assert set(batch) == {"action_items", "created_count"}
        assert batch["created_count"] == 2
        assert [item["description"] for item in batch["action_items"]] == [
            "Buy stamps",
            "Call plumber",
        ]
        assert batch["action_items"][1]["completed"] is True
        empty = await _ok(
            await client.post(
                f"{BASE}/action-items/batch", json={"action_items": []}, headers=me.headers
            )
        )
        assert empty == {"action_items": [], "created_count": 0}

    @pytest.mark.parametrize(
        "body",
        [
            {},
            {"action_items": [{"description": "x"}] * 51},
            {"action_items": [{"description": "ok"}, {"description": "  "}]},
            {"action_items": [{"due_at": "2024-06-02T00:00:00Z"}]},
        ],
    )
    async def test_bad_batch_is_422_and_creates_nothing(
        self, client: httpx.AsyncClient, me: DevUser, body: dict[str, Any]
    ) -> None:
        response = await client.post(f"{BASE}/action-items/batch", json=body, headers=me.headers)
        assert response.status_code == 422
        assert await _ok(await client.get(f"{BASE}/action-items", headers=me.headers)) == []

    async def test_batch_is_per_user(
        self, client: httpx.AsyncClient, me: DevUser, other: DevUser
    ) -> None:
        body = {"action_items": [{"description": "Mine"}]}
        await _ok(await client.post(f"{BASE}/action-items/batch", json=body, headers=me.headers))
        assert await _ok(await client.get(f"{BASE}/action-items", headers=other.headers)) == []


class TestOmiMcpSpellings:
    """omi-mcp 0.1.13's own paths and field names (its base URL is ``…/v1/dev/user``)."""

    async def test_memories(self, client: httpx.AsyncClient, me: DevUser) -> None:
        created = await _ok(
            await client.post(
                f"{BASE}/memories", json={"content": "User likes jazz"}, headers=me.headers
            )
        )
        batch = await _ok(
            await client.post(
                f"{BASE}/memories/batch",
                json={"contents": ["User has a dog", "User lives in Lisbon"]},
                headers=me.headers,
            )
        )
        assert batch["created_count"] == 2
        assert [m["content"] for m in batch["memories"]] == [
            "User has a dog",
            "User lives in Lisbon",
        ]
        # get_memories() calls "{base}/user/memories".
        listed = await _ok(
            await client.get(
                f"{BASE}/user/memories", params={"limit": 10, "offset": 0}, headers=me.headers
            )
        )
        assert {m["id"] for m in listed} >= {created["id"]}
        assert len(listed) == 3
        unauthenticated = await client.get(f"{BASE}/user/memories")
        assert unauthenticated.status_code == 401

        # The OMI name wins when both are sent; a non-list is still a 422.
        both = await _ok(
            await client.post(
                f"{BASE}/memories/batch",
                json={"memories": [{"content": "User rows"}], "contents": ["ignored"]},
                headers=me.headers,
            )
        )
        assert [m["content"] for m in both["memories"]] == ["User rows"]
        bad = await client.post(
            f"{BASE}/memories/batch", json={"contents": "User rows"}, headers=me.headers
        )
        assert bad.status_code == 422

    async def test_from_segments(self, client: httpx.AsyncClient, me: DevUser) -> None:
        body = {
            "segments": [
                {"speaker": "SPEAKER_00", "text": "Let's ship on Friday.", "is_user": True},
                {
                    "speaker": "SPEAKER_01",
                    "text": "I'll write the changelog.",
                    "start": 2,
                    "end": 4,
                },
            ]
        }
        created = await _ok(
            await client.post(f"{BASE}/conversations/from_segments", json=body, headers=me.headers)
        )
        assert set(created) == {"id", "status", "discarded"}
        await _wait_processed(client, me, created["id"])
        conversation = await _ok(
            await client.get(f"{BASE}/conversations/{created['id']}", headers=me.headers)
        )
        assert conversation["text"] == (
            "Me: Let's ship on Friday.\nSpeaker 1: I'll write the changelog."
        )
        empty = await client.post(
            f"{BASE}/conversations/from_segments", json={"segments": []}, headers=me.headers
        )
        assert empty.status_code == 422

    async def test_action_items(self, client: httpx.AsyncClient, me: DevUser) -> None:
        created = await _ok(
            await client.post(
                f"{BASE}/action-items",
                json={"content": "Renew passport", "due_date": "2024-06-01T00:00:00Z"},
                headers=me.headers,
            )
        )
        assert (created["description"], created["due_at"]) == (
            "Renew passport",
            "2024-06-01T00:00:00Z",
        )
        updated = await _ok(
            await client.patch(
                f"{BASE}/action-items/{created['id']}",
                json={
                    "content": "Renew passport ASAP",
                    "due_date": "2024-05-20T00:00:00Z",
                    "completed": True,
                },
                headers=me.headers,
            )
        )
        assert (updated["description"], updated["due_at"], updated["completed"]) == (
            "Renew passport ASAP",
            "2024-05-20T00:00:00Z",
            True,
        )
        # The OMI names win when both are sent.
        both = await _ok(
            await client.patch(
                f"{BASE}/action-items/{created['id']}",
                json={"description": "Passport", "content": "ignored"},
                headers=me.headers,
            )
        )
        assert both["description"] == "Passport"

        batch = await _ok(
            await client.post(
                f"{BASE}/action-items/batch",
                json={
                    "items": [
                        {"content": "Buy stamps"},
                        {"content": "Call plumber", "due_date": "2024-06-02"},
                    ]
                },
                headers=me.headers,
            )
        )
        assert [(i["description"], i["due_at"]) for i in batch["action_items"]] == [
            ("Buy stamps", None),
            ("Call plumber", "2024-06-02T00:00:00Z"),
        ]
        assert batch["created_count"] == 2
