"""SPEC §5: ``/v1/dev/user/conversations``: accepted durably, processed, the user's own."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from tests.dev_api.conftest import DevUser

URL = "/v1/dev/user/conversations"
MILK = "Mom: Don't forget to pick up milk on your way home\n\nMe: Will do."


async def create(client: httpx.AsyncClient, user: DevUser, **body: Any) -> dict[str, Any]:
    response = await client.post(URL, json=body, headers=user.headers)
    assert response.status_code == 200, response.text
    created: dict[str, Any] = response.json()
    return created


async def wait_processed(
    client: httpx.AsyncClient, user: DevUser, conversation_id: str, timeout: float = 20.0
) -> dict[str, Any]:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        response = await client.get(f"{URL}/{conversation_id}", headers=user.headers)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        if body["status"] in ("completed", "failed"):
            return body
        assert loop.time() < deadline, f"still {body['status']} after {timeout}s"
        await asyncio.sleep(0.05)


class TestCreate:
    async def test_is_processed_to_completed(self, client: httpx.AsyncClient, me: DevUser) -> None:
        created = await create(
            client, me, text=MILK, text_source="message", started_at="2024-03-10T15:00:00Z"
        )
        assert set(created) == {"id", "status", "discarded"}
        assert created["status"] == "pending"
        assert created["discarded"] is False
        conversation = await wait_processed(client, me, created["id"])
        assert conversation["status"] == "completed"
        assert conversation["source"] == "developer_api"
        assert conversation["app_id"] is None
        assert conversation["text"] == MILK
        assert conversation["structured"]["title"]
        items = await client.get(
            "/v1/dev/user/action-items",
            params={"conversation_id": created["id"]},
            headers=me.headers,
        )
        assert items.status_code == 200
        assert any("milk" in item["description"].lower() for item in items.json())

    async def test_blank_text_is_422(self, client: httpx.AsyncClient, me: DevUser) -> None:
        response = await client.post(URL, json={"text": "  "}, headers=me.headers)
        assert response.status_code == 422
        assert response.json() == {"detail": "Text is required and cannot be empty"}

    async def test_finished_before_started_is_422(
        self, client: httpx.AsyncClient, me: DevUser
    ) -> None:
        body = {
            "text": MILK,
            "started_at": "2024-03-10T15:00:00Z",
            "finished_at": "2024-03-10T14:00:00Z",
        }
        response = await client.post(URL, json=body, headers=me.headers)
        assert response.status_code == 422
        assert response.json()["detail"][0]["msg"].endswith("finished_at must be after started_at")


class TestFromSegments:
    async def test_formats_speakers(self, client: httpx.AsyncClient, me: DevUser) -> None:
        segments = [
            {"text": "Don't forget to pick up milk on your way home", "speaker": "Mom"},
            {"text": "Will do.", "speaker": "SPEAKER_00", "is_user": True, "end": 12.5},
            {"text": "  ", "speaker_id": 3},
            {"text": "And the  bread.", "speaker": "SPEAKER_01", "start": 13.0, "end": 90.0},
            {"text": "Thanks", "speaker_id": 2},
            {"text": "Bye"},
        ]
        response = await client.post(
            f"{URL}/from-segments",
            json={"transcript_segments": segments, "started_at": "2024-03-10T15:00:00Z"},
            headers=me.headers,
        )
        assert response.status_code == 200, response.text
        created = response.json()
        assert set(created) == {"id", "status", "discarded"}
        conversation = await wait_processed(client, me, created["id"])
        assert conversation["text"] == (
            "Mom: Don't forget to pick up milk on your way home\n"
            "Me: Will do.\n"
            "Speaker 1: And the bread.\n"
            "Speaker 2: Thanks\n"
            "Speaker: Bye"
        )
        assert conversation["text_source"] == "audio_transcript"
        assert conversation["started_at"] == "2024-03-10T15:00:00Z"
        assert conversation["finished_at"] == "2024-03-10T15:01:30Z"
        assert conversation["status"] == "completed"

    @pytest.mark.parametrize(
        "body",
        [
            {"transcript_segments": []},
            {"transcript_segments": [{"speaker": "Mom"}]},
            {"transcript_segments": [{"text": "hi"}], "language": "not a language!"},
        ],
    )
    async def test_invalid_is_422(
        self, client: httpx.AsyncClient, me: DevUser, body: dict[str, Any]
    ) -> None:
        response = await client.post(f"{URL}/from-segments", json=body, headers=me.headers)
        assert response.status_code == 422

    async def test_only_blank_segments_is_422(self, client: httpx.AsyncClient, me: DevUser) -> None:
        body = {"transcript_segments": [{"text": " "}]}
        response = await client.post(f"{URL}/from-segments", json=body, headers=me.headers)
        assert response.status_code == 422
        assert response.json() == {"detail": "Text is required and cannot be empty"}


class TestReadUpdateDelete:
    async def test_list_patch_delete(self, client: httpx.AsyncClient, me: DevUser) -> None:
        first = await create(client, me, text=MILK, started_at="2024-03-10T15:00:00Z")
        second = await create(client, me, text=MILK, started_at="2024-03-11T15:00:00Z")
        for created in (first, second):
            await wait_processed(client, me, created["id"])
        listed = await client.get(URL, headers=me.headers)
        assert listed.status_code == 200
        assert [c["id"] for c in listed.json()] == [second["id"], first["id"]]
        by_status = await client.get(URL, params={"statuses": "failed"}, headers=me.headers)
        assert by_status.json() == []

        patched = await client.patch(
            f"{URL}/{first['id']}",
            json={"title": "Milk run", "overview": "Buy milk", "discarded": True},
            headers=me.headers,
        )
        assert patched.status_code == 200, patched.text
        assert patched.json()["structured"]["title"] == "Milk run"
        assert patched.json()["discarded"] is True
        visible = await client.get(URL, headers=me.headers)
        assert [c["id"] for c in visible.json()] == [second["id"]]
        everything = await client.get(URL, params={"include_discarded": "true"}, headers=me.headers)
        assert len(everything.json()) == 2

        deleted = await client.delete(f"{URL}/{first['id']}", headers=me.headers)
        assert deleted.status_code == 200
        assert deleted.json() == {"success": True}
        gone = await client.get(f"{URL}/{first['id']}", headers=me.headers)
        assert gone.status_code == 404
        assert gone.json() == {"detail": "Conversation not found"}
        # Its action items stay (documented).
        items = await client.get(
            "/v1/dev/user/action-items", params={"conversation_id": first["id"]}, headers=me.headers
        )
        assert items.json()

    async def test_isolation(self, client: httpx.AsyncClient, me: DevUser, other: DevUser) -> None:
        mine = await create(client, me, text=MILK)
        await wait_processed(client, me, mine["id"])
        for method in ("GET", "PATCH", "DELETE"):
            response = await client.request(
                method,
                f"{URL}/{mine['id']}",
                json={"title": "x"} if method == "PATCH" else None,
                headers=other.headers,
            )
            assert response.status_code == 404, method
        assert (await client.get(URL, headers=other.headers)).json() == []
        assert (await client.get(f"{URL}/{mine['id']}", headers=me.headers)).status_code == 200
