"""The embedded worker end to end: retries, failure, operator retry, recovery sweep."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest
from fastapi import FastAPI

from omi_actions.config import Settings
from omi_actions.conversation import service as conversation_service
from omi_actions.conversation.schemas import ConversationCreate
from omi_actions.kit.time import utcnow
from omi_actions.models import Conversation
from omi_actions.processing.testing import FakeEngine
from tests.conftest import make_settings
from tests.fixtures.factories import Factory
from tests.helpers import wait_for_status

BODY = {"text": "Alex: can you send me the report tomorrow?"}


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url, job_max_attempts=3, job_retry_base_seconds=0.01)


class TestRetries:
    @pytest.fixture
    def engine(self) -> FakeEngine:
        return FakeEngine(fail_times=2)

    async def test_transient_failures_are_retried(
        self, client: httpx.AsyncClient, factory: Factory, engine: FakeEngine
    ) -> None:
        integration = await factory.integration()
        response = await client.post(
            integration.url("/user/conversations"), json=BODY, headers=integration.headers
        )
        record = await wait_for_status(client, response.headers["Location"], integration.headers)
        assert record["status"] == "completed"
        assert record["error"] is None
        assert engine.calls == 3


class TestPermanentFailure:
    @pytest.fixture
    def engine(self) -> FakeEngine:
        return FakeEngine(fail_times=3, error="engine exploded")

    async def test_failed_keeps_error_and_can_be_retried(
        self, client: httpx.AsyncClient, factory: Factory, app: FastAPI
    ) -> None:
        integration = await factory.integration()
        response = await client.post(
            integration.url("/user/conversations"), json=BODY, headers=integration.headers
        )
        location = response.headers["Location"]
        record = await wait_for_status(client, location, integration.headers)
        assert record["status"] == "failed"
        assert "engine exploded" in record["error"]
        async with app.state.sessionmaker() as session, session.begin():
            retried = await conversation_service.retry(session, record["id"])
            assert retried.status == "pending" and retried.attempts == 0
        # The engine has used up its failures: the operator's retry now succeeds.
        record = await wait_for_status(client, location, integration.headers, ("completed",))
        assert record["structured"]["title"]


async def test_sweep_recovers_lost_and_abandoned_jobs(
    app: FastAPI, client: httpx.AsyncClient, factory: Factory
) -> None:
    integration = await factory.integration(actions=["create_conversation", "read_conversations"])
    ids = []
    for overrides in (
        {"available_at": utcnow() - timedelta(minutes=5)},  # queue message lost
        {"status": "processing", "attempts": 1, "claim_token": "dead-worker",
         "lease_expires_at": utcnow() - timedelta(seconds=1)},  # worker died
    ):  # fmt: skip
        data = ConversationCreate(text="Sam: please water the plants on Sunday")
        row = conversation_service.new_row(data, uid=integration.uid, app_id=integration.app_id)
        row.update(overrides)
        async with app.state.sessionmaker() as session, session.begin():
            await session.execute(Conversation.__table__.insert(), [row])
        ids.append(row["id"])
    for record_id in ids:
        url = integration.url(f"/user/conversations/{record_id}")
        record = await wait_for_status(client, url, integration.headers, ("completed",))
        assert record["structured"]["action_items"]


async def test_graceful_shutdown_releases_claims(settings: Settings) -> None:
    from omi_actions.app import create_app

    class SlowEngine(FakeEngine):
        def process_conversation(self, conversation):  # type: ignore[no-untyped-def]
            import time

            time.sleep(1.5)
            return super().process_conversation(conversation)

    application = create_app(settings, engine=SlowEngine())
    async with application.router.lifespan_context(application):
        factory = Factory(application.state.sessionmaker)
        integration = await factory.integration()
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            response = await client.post(
                integration.url("/user/conversations"),
                json=BODY,
                headers={**integration.headers, "Prefer": "return=representation"},
            )
            record_id = response.json()["id"]
        await asyncio.sleep(0.3)
        await application.state.runtime.stop(grace_seconds=0.1)
        async with application.state.sessionmaker() as session:
            conversation = await session.get(Conversation, record_id)
            assert conversation is not None
            assert conversation.status == "pending"
            assert conversation.attempts == 0
            assert conversation.claim_token is None
