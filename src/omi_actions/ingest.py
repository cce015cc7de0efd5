"""Accepting a submission: commit the row (group commit), then dispatch its job.

The ``200`` is sent only after the row is committed; the queue message that
follows carries only the id, so losing it loses nothing (the recovery sweep
re-dispatches stale pending rows).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, cast

import orjson
from sqlalchemy import Table, insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from omi_actions import idempotency
from omi_actions.kit.group_commit import GroupCommitWriter
from omi_actions.kit.prefer import Preferences
from omi_actions.models import IdempotencyRecord
from omi_actions.worker.queue import JobKind

Dispatch = Callable[[JobKind, list[str]], Awaitable[None]]


@dataclass(frozen=True)
class Accepted:
    """What the route answers: status, body and the record's Location."""

    status_code: int
    body: bytes
    location: str | None
    replayed: bool = False


class Ingestor:
    def __init__(
        self,
        writer: GroupCommitWriter,
        dispatch: Dispatch,
        idempotency_ttl_seconds: int,
    ) -> None:
        self._writer = writer
        self._dispatch = dispatch
        self._ttl = idempotency_ttl_seconds

    async def submit(
        self,
        kind: JobKind,
        table: Table,
        row: dict[str, Any],
        response: Callable[[], Accepted],
        idempotency_request: idempotency.IdempotencyRequest | None,
    ) -> Accepted:
        if idempotency_request is None:
            # The writer dispatches the job after the commit (one message per batch).
            await self._writer.insert(table, row)
            return response()
        replay = await self._insert_idempotent(table, row, response, idempotency_request)
        if replay is not None:
            return replay
        await self._dispatch(kind, [row["id"]])
        return response()

    async def _insert_idempotent(
        self,
        table: Table,
        row: dict[str, Any],
        response: Callable[[], Accepted],
        request: idempotency.IdempotencyRequest,
    ) -> Accepted | None:
        """Insert the row and its idempotency record in one transaction, or replay.

        Two requests with the same key in one batch make it fail; the writer then
        retries each alone, and the second one finds the first's record.
        """

        async def insert_or_replay(session: AsyncSession) -> Accepted | None:
            stored = await idempotency.find(session, request)
            if stored is not None:
                return Accepted(stored.status_code, stored.body, stored.location, replayed=True)
            accepted = response()
            await session.execute(insert(table), [row])
            stored_response = idempotency.StoredResponse(
                accepted.status_code, accepted.body, accepted.location
            )
            record = idempotency.new_record(request, stored_response, self._ttl)
            await session.execute(insert(cast(Table, IdempotencyRecord.__table__)), [record])
            return None

        for attempt in range(3):
            try:
                return await self._writer.run(insert_or_replay)
            except IntegrityError:
                # A concurrent request (another process) with the same key won the race.
                if attempt == 2:
                    raise
                await asyncio.sleep(0.01 * (attempt + 1))
        return None


@dataclass(frozen=True)
class Submission:
    """One accepted record, and how to describe it before and after processing."""

    kind: JobKind
    table: Table
    row: dict[str, Any]
    location: str
    pending_body: Callable[[], dict[str, Any]]
    status_of: Callable[[AsyncSession], Awaitable[str | None]]
    processed_body: Callable[[AsyncSession], Awaitable[dict[str, Any]]]


EMPTY_BODY = b"{}"


async def accept(
    ingestor: Ingestor,
    sessionmaker: async_sessionmaker[AsyncSession],
    submission: Submission,
    preferences: Preferences,
    idempotency_request: idempotency.IdempotencyRequest | None,
) -> Accepted:
    """Commit, dispatch and answer per SPEC §2.3 (``{}``, or the record with ``Prefer``)."""

    def response() -> Accepted:
        body = orjson.dumps(submission.pending_body()) if preferences.representation else EMPTY_BODY
        return Accepted(200, body, submission.location)

    accepted = await ingestor.submit(
        submission.kind, submission.table, submission.row, response, idempotency_request
    )
    if accepted.replayed or preferences.wait_seconds is None:
        return accepted
    await wait_until_processed(sessionmaker, submission.status_of, preferences.wait_seconds)
    if not preferences.representation:
        return accepted
    async with sessionmaker() as session:
        return Accepted(
            200, orjson.dumps(await submission.processed_body(session)), accepted.location
        )


async def wait_until_processed(
    sessionmaker: async_sessionmaker[AsyncSession],
    status_of: Callable[[AsyncSession], Awaitable[str | None]],
    timeout_seconds: float,
) -> None:
    """``Prefer: wait=N``: return when processing finished or the time is up."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_seconds
    delay = 0.02
    while True:
        async with sessionmaker() as session:
            status = await status_of(session)
        if status in (None, "completed", "failed"):
            return
        remaining = deadline - loop.time()
        if remaining <= 0:
            return
        await asyncio.sleep(min(delay, remaining))
        delay = min(delay * 1.5, 0.25)
