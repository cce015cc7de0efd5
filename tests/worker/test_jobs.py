"""Claim, lease and completion guards on the record rows (no engine involved)."""

from __future__ import annotations

from datetime import timedelta

from fastapi import FastAPI
from sqlalchemy import func, select, update

from omi_actions.conversation import service as conversation_service
from omi_actions.conversation.schemas import ConversationCreate
from omi_actions.kit.time import utcnow
from omi_actions.models import Conversation, Fact, Task
from omi_actions.processing.testing import FakeEngine
from omi_actions.worker import jobs
from tests.helpers import SEED_STARTED_AT


async def _insert_conversation(app: FastAPI, **overrides: object) -> str:
    data = ConversationCreate(text="Mom: buy bread please", started_at=SEED_STARTED_AT)  # type: ignore[arg-type]
    row = conversation_service.new_row(data, uid="u", app_id="a")
    row.update(overrides)
    async with app.state.sessionmaker() as session, session.begin():
        await session.execute(Conversation.__table__.insert(), [row])
    return str(row["id"])


async def test_claim_is_exclusive_and_completion_needs_the_claim(app: FastAPI) -> None:
    app.state.runtime.processor.in_flight.add("x")  # keep the sweep away from nothing in particular
    record_id = await _insert_conversation(
        app, status="processing", lease_expires_at=utcnow() + timedelta(hours=1)
    )
    sessionmaker = app.state.sessionmaker
    async with sessionmaker() as session, session.begin():
        await session.execute(
            update(Conversation).where(Conversation.id == record_id)
            .values(status="pending", available_at=utcnow() + timedelta(hours=1))
        )  # fmt: skip
    async with sessionmaker() as session, session.begin():
        assert await jobs.claim(session, Conversation, record_id, 60) is None  # not due yet
        await session.execute(
            update(Conversation).where(Conversation.id == record_id).values(available_at=utcnow())
        )
    async with sessionmaker() as session, session.begin():
        first = await jobs.claim(session, Conversation, record_id, 0.0)
    assert first is not None and first.attempts == 1
    # The first lease (0 s) has expired: a second worker takes over.
    async with sessionmaker() as session, session.begin():
        second = await jobs.claim(session, Conversation, record_id, 60)
    assert second is not None and second.attempts == 2
    async with sessionmaker() as session, session.begin():
        assert await jobs.claim(session, Conversation, record_id, 60) is None  # held
        assert not await jobs.mark_completed(session, Conversation, first)  # lost its lease
        assert await jobs.mark_completed(session, Conversation, second)
        assert (
            await session.scalar(select(Conversation.status).where(Conversation.id == record_id))
            == "completed"
        )


async def test_derived_records_are_idempotent(app: FastAPI) -> None:
    record_id = await _insert_conversation(app, status="completed")
    result = FakeEngine().process_conversation(
        conversation_service.engine_input(await _load(app, record_id))
    )
    for _ in range(2):  # a replayed job writes the same tasks and facts again
        async with app.state.sessionmaker() as session, session.begin():
            conversation = await session.get(Conversation, record_id)
            assert conversation is not None
            await conversation_service.store_derived(session, conversation, result)
    async with app.state.sessionmaker() as session:
        tasks = await session.scalar(select(func.count()).select_from(Task))
        facts = await session.scalar(select(func.count()).select_from(Fact))
    assert tasks == len(result.structured.action_items) == 1
    assert facts == len(result.facts) == 1


async def _load(app: FastAPI, record_id: str) -> Conversation:
    async with app.state.sessionmaker() as session:
        conversation = await session.get(Conversation, record_id)
        assert conversation is not None
        return conversation


def test_failure_descriptions_never_carry_sql() -> None:
    from sqlalchemy.exc import IntegrityError

    from omi_actions.processing.base import EngineError
    from omi_actions.worker.processor import describe_error

    database_error = IntegrityError("INSERT INTO facts VALUES (?)", ("secret text",), ValueError())
    described = describe_error(database_error)
    assert "INSERT" not in described and "secret" not in described
    assert described.startswith("database error (ValueError)")
    assert describe_error(EngineError("llm answer was not valid JSON")) == (
        "llm answer was not valid JSON"
    )
