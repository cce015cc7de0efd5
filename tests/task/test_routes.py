"""SPEC §4: ``GET …/tasks`` (read_tasks) with its filters, after the §2.4 auth rows."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import update

from omi_actions.kit.time import utcnow
from omi_actions.models import Task
from tests.fixtures.factories import Factory, Integration
from tests.helpers import wait_for_status, with_params

ACTIONS = ["create_conversation", "read_tasks"]
MILK = "Mom: Don't forget to pick up milk on your way home\n\nMe: Will do."
REPORT = (
    "Boss: Please send the quarterly report by Friday. "
    "Also remember to book the meeting room for Monday."
)
BAD_START = "Invalid start_date format. Use ISO format (YYYY-MM-DDTHH:MM:SS.sssZ) or YYYY-MM-DD"
BAD_END = "Invalid end_date format. Use ISO format (YYYY-MM-DDTHH:MM:SS.sssZ) or YYYY-MM-DD"


async def converse(client: httpx.AsyncClient, integration: Integration, text: str) -> str:
    response = await client.post(
        integration.url("/user/conversations"),
        json={"text": text, "text_source": "message", "started_at": "2024-03-10T15:00:00Z"},
        headers=integration.headers,
    )
    assert response.status_code == 200, response.text
    record = await wait_for_status(client, response.headers["Location"], integration.headers)
    assert record["status"] == "completed"
    conversation_id: str = record["id"]
    return conversation_id


async def list_tasks(
    client: httpx.AsyncClient, integration: Integration, **params: Any
) -> list[dict[str, Any]]:
    response = await client.get(
        with_params(integration.url("/tasks"), params), headers=integration.headers
    )
    assert response.status_code == 200, response.text
    tasks: list[dict[str, Any]] = response.json()["tasks"]
    return tasks


def descriptions(tasks: list[dict[str, Any]]) -> list[str]:
    return [task["description"] for task in tasks]


@pytest.fixture
async def reader(factory: Factory) -> Integration:
    return await factory.integration(actions=ACTIONS)


@pytest.fixture
async def two(client: httpx.AsyncClient, reader: Integration) -> tuple[str, str]:
    """The milk conversation, then the report one (its tasks are newer)."""
    return await converse(client, reader, MILK), await converse(client, reader, REPORT)


class TestList:
    async def test_newest_first_in_conversation_order(
        self, client: httpx.AsyncClient, reader: Integration, two: tuple[str, str]
    ) -> None:
        milk, report = two
        tasks = await list_tasks(client, reader)
        # The order is what this test is about; the wording is the engine's.
        openings = [" ".join(d.split()[:4]) for d in descriptions(tasks)]
        assert openings == [
            "Send the quarterly report",
            "Book the meeting room",
            "Pick up milk on",
        ]
        first = tasks[0]
        assert first["conversation_id"] == report
        assert first["app_id"] == reader.app_id and first["uid"] == reader.uid
        assert first["completed"] is False and first["completed_at"] is None
        assert first["due_at"] == "2024-03-15T00:00:00Z"
        assert set(first) == {
            "id", "uid", "description", "completed", "due_at", "conversation_id",
            "app_id", "created_at", "updated_at", "completed_at",
        }  # fmt: skip
        assert tasks[2]["conversation_id"] == milk

    async def test_limit_and_offset(
        self, client: httpx.AsyncClient, reader: Integration, two: tuple[str, str]
    ) -> None:
        everything = await list_tasks(client, reader)
        assert await list_tasks(client, reader, limit=2) == everything[:2]
        assert await list_tasks(client, reader, limit=2, offset=2) == everything[2:]

    async def test_conversation_filter(
        self, client: httpx.AsyncClient, reader: Integration, two: tuple[str, str]
    ) -> None:
        milk, _ = two
        tasks = await list_tasks(client, reader, conversation_id=milk)
        assert descriptions(tasks) == ["Pick up milk on the way home"]
        assert await list_tasks(client, reader, conversation_id="unknown") == []

    async def test_completed_filter(
        self, client: httpx.AsyncClient, factory: Factory, reader: Integration, two: tuple[str, str]
    ) -> None:
        milk, _ = two
        async with factory.sessionmaker() as session, session.begin():
            await session.execute(
                update(Task)
                .where(Task.conversation_id == milk)
                .values(completed=True, completed_at=utcnow())
            )
        done = await list_tasks(client, reader, completed="true")
        assert descriptions(done) == ["Pick up milk on the way home"]
        open_tasks = await list_tasks(client, reader, completed="false")
        assert len(open_tasks) == 2 and not any(task["completed"] for task in open_tasks)

    async def test_date_filters_on_created_at(
        self, client: httpx.AsyncClient, reader: Integration, two: tuple[str, str]
    ) -> None:
        today = utcnow().date()
        yesterday, tomorrow = today - timedelta(days=1), today + timedelta(days=1)
        assert len(await list_tasks(client, reader, start_date=today.isoformat())) == 3
        assert len(await list_tasks(client, reader, end_date=today.isoformat())) == 3
        assert await list_tasks(client, reader, start_date=tomorrow.isoformat()) == []
        assert await list_tasks(client, reader, end_date=f"{yesterday.isoformat()}T23:59Z") == []

    @pytest.mark.parametrize(
        ("params", "detail"),
        [({"start_date": "last week"}, BAD_START), ({"end_date": "2024-02-30"}, BAD_END)],
    )
    async def test_bad_dates_are_400(
        self,
        client: httpx.AsyncClient,
        reader: Integration,
        params: dict[str, str],
        detail: str,
    ) -> None:
        response = await client.get(
            with_params(reader.url("/tasks"), params), headers=reader.headers
        )
        assert response.status_code == 400
        assert response.json() == {"detail": detail}

    @pytest.mark.parametrize("params", [{"limit": 0}, {"limit": 1001}, {"completed": "perhaps"}])
    async def test_bad_query_is_422(
        self, client: httpx.AsyncClient, reader: Integration, params: dict[str, Any]
    ) -> None:
        response = await client.get(
            with_params(reader.url("/tasks"), params), headers=reader.headers
        )
        assert response.status_code == 422
        assert response.json()["detail"][0]["loc"] == ["query", *params]

    async def test_other_users_are_not_listed(
        self, client: httpx.AsyncClient, factory: Factory, reader: Integration
    ) -> None:
        other = await factory.integration(actions=ACTIONS, uid="user-2")
        await converse(client, other, MILK)
        assert await list_tasks(client, reader) == []

    async def test_needs_read_tasks(self, client: httpx.AsyncClient, factory: Factory) -> None:
        creator = await factory.integration(actions=["create_conversation", "read_conversations"])
        response = await client.get(creator.url("/tasks"), headers=creator.headers)
        assert response.status_code == 403
        assert response.json() == {"detail": "App does not have the capability to read tasks"}


class TestOrder:
    @pytest.mark.parametrize("params", [{"limit": 0}, {"start_date": "nope"}])
    async def test_bad_key_beats_bad_query(
        self, client: httpx.AsyncClient, reader: Integration, params: dict[str, Any]
    ) -> None:
        response = await client.get(
            with_params(reader.url("/tasks"), params),
            headers={"Authorization": "Bearer sk_not_a_real_key"},
        )
        assert response.status_code == 403
        assert response.json() == {"detail": "Invalid integration API key"}

    async def test_disabled_user_beats_bad_limit(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration(actions=ACTIONS, enabled=False)
        response = await client.get(
            with_params(integration.url("/tasks"), {"limit": 0}), headers=integration.headers
        )
        assert response.status_code == 403
        assert response.json() == {"detail": "App is not enabled for this user"}
