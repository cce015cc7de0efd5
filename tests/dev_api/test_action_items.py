"""SPEC §5: ``/v1/dev/user/action-items``: the user's own tasks, created and completed."""

from __future__ import annotations

from typing import Any

import httpx

from tests.dev_api.conftest import DevUser

URL = "/v1/dev/user/action-items"


async def create(client: httpx.AsyncClient, user: DevUser, **body: Any) -> dict[str, Any]:
    response = await client.post(URL, json=body, headers=user.headers)
    assert response.status_code == 200, response.text
    item: dict[str, Any] = response.json()
    return item


class TestCreate:
    async def test_returns_the_task(self, client: httpx.AsyncClient, me: DevUser) -> None:
        item = await create(
            client, me, description="Book the dentist", due_at="2024-03-12T09:00:00+01:00"
        )
        assert item["description"] == "Book the dentist"
        assert item["due_at"] == "2024-03-12T08:00:00Z"
        assert item["completed"] is False
        assert item["completed_at"] is None
        assert item["conversation_id"] is None
        assert item["uid"] == me.uid

    async def test_created_completed(self, client: httpx.AsyncClient, me: DevUser) -> None:
        item = await create(client, me, description="Already done", completed=True)
        assert item["completed"] is True
        assert item["completed_at"] is not None

    async def test_blank_description_is_422(self, client: httpx.AsyncClient, me: DevUser) -> None:
        for body in ({}, {"description": ""}, {"description": "  "}, {"description": 3}):
            response = await client.post(URL, json=body, headers=me.headers)
            assert response.status_code == 422, body


class TestListUpdateDelete:
    async def test_completion(self, client: httpx.AsyncClient, me: DevUser) -> None:
        item = await create(client, me, description="Call mom", due_at="2024-03-12T09:00:00Z")
        done = await client.patch(
            f"{URL}/{item['id']}", json={"completed": True}, headers=me.headers
        )
        assert done.status_code == 200, done.text
        assert done.json()["completed"] is True
        assert done.json()["completed_at"] is not None
        assert done.json()["due_at"] == "2024-03-12T09:00:00Z"  # omitted: unchanged

        completed = await client.get(URL, params={"completed": "true"}, headers=me.headers)
        assert [i["id"] for i in completed.json()] == [item["id"]]
        open_items = await client.get(URL, params={"completed": "false"}, headers=me.headers)
        assert open_items.json() == []

        reopened = await client.patch(
            f"{URL}/{item['id']}",
            json={"completed": False, "description": "Call dad", "due_at": None},
            headers=me.headers,
        )
        body = reopened.json()
        assert (body["completed"], body["completed_at"]) == (False, None)
        assert (body["description"], body["due_at"]) == ("Call dad", None)

    async def test_list_newest_first_and_delete(
        self, client: httpx.AsyncClient, me: DevUser
    ) -> None:
        first = await create(client, me, description="One")
        second = await create(client, me, description="Two")
        listed = await client.get(URL, headers=me.headers)
        assert [i["id"] for i in listed.json()] == [second["id"], first["id"]]
        paged = await client.get(URL, params={"limit": 1, "offset": 1}, headers=me.headers)
        assert [i["id"] for i in paged.json()] == [first["id"]]
        deleted = await client.delete(f"{URL}/{first['id']}", headers=me.headers)
        assert deleted.json() == {"success": True}
        assert [i["id"] for i in (await client.get(URL, headers=me.headers)).json()] == [
            second["id"]
        ]
        missing = await client.delete(f"{URL}/{first['id']}", headers=me.headers)
        assert missing.status_code == 404
        assert missing.json() == {"detail": "Action item not found"}

    async def test_isolation(self, client: httpx.AsyncClient, me: DevUser, other: DevUser) -> None:
        mine = await create(client, me, description="Mine")
        assert (await client.get(URL, headers=other.headers)).json() == []
        patched = await client.patch(
            f"{URL}/{mine['id']}", json={"completed": True}, headers=other.headers
        )
        assert patched.status_code == 404
        deleted = await client.delete(f"{URL}/{mine['id']}", headers=other.headers)
        assert deleted.status_code == 404
        still = (await client.get(URL, headers=me.headers)).json()
        assert [(i["id"], i["completed"]) for i in still] == [(mine["id"], False)]
