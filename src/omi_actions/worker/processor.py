"""Runs jobs in batches: claim rows, run the engine off the loop, store results atomically.

Every write (claim, lease renewal, completion with its tasks and facts,
failure) goes through the process's group-commit writer, so the worker's
transactions share fsyncs with ingest instead of competing with it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Coroutine, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from omi_actions.conversation import service as conversation_service
from omi_actions.fact import service as fact_service
from omi_actions.kit.group_commit import GroupCommitWriter
from omi_actions.kit.time import utcnow
from omi_actions.models import Conversation, FactSubmission
from omi_actions.observability import Metrics, TrafficMonitor
from omi_actions.processing.base import EngineError
from omi_actions.processing.schemas import ConversationResult, FactsResult
from omi_actions.worker import jobs
from omi_actions.worker.engine_runner import EngineRunner
from omi_actions.worker.queue import JobKind

logger = logging.getLogger("omi_actions.worker")

Dispatch = Callable[[JobKind, list[str]], Coroutine[Any, Any, bool]]

# Longest an embedded worker defers a batch to in-flight requests (its floor under load).
YIELD_TO_INGEST_SECONDS = 1.0
BATCHES_IN_FLIGHT = 2

MODELS: dict[JobKind, jobs.JobModel] = {
    JobKind.CONVERSATION: Conversation,
    JobKind.FACT_SUBMISSION: FactSubmission,
}


@dataclass(frozen=True)
class ProcessorConfig:
    lease_seconds: float = 60.0
    max_attempts: int = 5
    retry_base_seconds: float = 2.0
    concurrency: int = 4


def describe_error(exc: Exception) -> str:
    """What a failed record's ``error`` says: the engine's reason, never SQL or parameters."""
    if isinstance(exc, EngineError):
        return str(exc)
    if isinstance(exc, SQLAlchemyError):
        origin = getattr(exc, "orig", None)
        return f"database error ({type(origin or exc).__name__}); will retry"
    return f"{type(exc).__name__}: {str(exc)[:300]}"


class Processor:
    def __init__(
        self,
        writer: GroupCommitWriter,
        read_sessionmaker: async_sessionmaker[AsyncSession],
        runner: EngineRunner,
        config: ProcessorConfig,
        metrics: Metrics,
        *,
        traffic: TrafficMonitor | None = None,
    ) -> None:
        self._writer = writer
        self._traffic = traffic
        self._read = read_sessionmaker
        self._runner = runner
        self._config = config
        self._metrics = metrics
        # Engine calls in flight across batches (the runner's pool bounds real parallelism).
        self._engine_slots = asyncio.Semaphore(max(config.concurrency, 1) * 2)
        # Batches claimed at once: enough to keep the engine busy, few enough that queued
        # jobs stay unclaimed (and so free for other workers) until there is room.
        self._batch_slots = asyncio.Semaphore(BATCHES_IN_FLIGHT)
        self._retry_handles: set[asyncio.TimerHandle] = set()
        self._retry_tasks: set[asyncio.Task[bool]] = set()
        self.dispatch: Dispatch | None = None
        # Ids dispatched in this process and not finished yet (the sweep skips them).
        self.in_flight: set[str] = set()

    def close(self) -> None:
        for handle in self._retry_handles:
            handle.cancel()
        self._runner.close()

    async def handle(self, kind: JobKind, record_ids: Sequence[str]) -> None:
        """Taskiq entry point; never raises (the rows record what happened)."""
        try:
            await self._run_batch(kind, list(record_ids))
        except asyncio.CancelledError:
            raise
        except Exception:
            # Claims (if any) stay until their lease expires; the sweep takes the jobs up again.
            logger.exception("job batch crashed", extra={"job": kind.value})
        finally:
            self.in_flight.difference_update(record_ids)

    async def _run_batch(self, kind: JobKind, record_ids: list[str]) -> None:
        async with self._batch_slots:
            if self._traffic is not None:
                # Embedded in an API process: acknowledging submissions comes first.
                await self._traffic.wait_quiet(YIELD_TO_INGEST_SECONDS)
            await self._claim_and_run(kind, record_ids)

    async def _claim_and_run(self, kind: JobKind, record_ids: list[str]) -> None:
        model = MODELS[kind]
        lease = self._config.lease_seconds

        async def claim(session: AsyncSession) -> list[jobs.Claim]:
            return await jobs.claim_many(session, model, record_ids, lease)

        claims = await self._writer.run(claim)
        if not claims:
            return  # done, failed, not due yet, or another worker holds them
        runnable = []
        for job in claims:
            if job.attempts > self._config.max_attempts:
                await self._fail(kind, job, f"gave up after {job.attempts - 1} attempts")
            else:
                runnable.append(job)
        if not runnable:
            return
        rows = await self._load(model, [job.record_id for job in runnable])
        try:
            async with self._lease_kept(model, runnable):
                await asyncio.gather(
                    *(self._run_one(kind, job, rows[job.record_id]) for job in runnable)
                )
        except asyncio.CancelledError:
            await asyncio.shield(self._release(model, runnable))
            raise

    async def _snapshot(self, uid: str) -> fact_service.KnowledgeSnapshot:
        """The user's knowledge base, read and indexed before the write transaction."""
        async with self._read() as session:
            return await fact_service.knowledge_snapshot(session, uid)

    async def _load(self, model: jobs.JobModel, record_ids: list[str]) -> dict[str, Any]:
        async with self._read() as session:
            rows = (await session.scalars(select(model).where(model.id.in_(record_ids)))).all()
        return {str(row.id): row for row in rows}  # type: ignore[attr-defined]

    async def _run_one(self, kind: JobKind, job: jobs.Claim, row: Any) -> None:
        try:
            async with self._engine_slots:
                if kind is JobKind.CONVERSATION:
                    stored = await self._complete_conversation(job, row)
                else:
                    stored = await self._complete_submission(job, row)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            await self._fail(kind, job, describe_error(exc))
            return
        self._metrics.jobs.labels(kind.value, "completed" if stored else "lost_lease").inc()
        if stored:
            self._metrics.processing_latency.labels(kind.value).observe(
                (utcnow() - row.created_at).total_seconds()
            )

    async def _complete_conversation(self, job: jobs.Claim, row: Conversation) -> bool:
        result: ConversationResult = await self._runner.process_conversation(
            conversation_service.engine_input(row)
        )

        snapshot = await self._snapshot(row.uid) if result.facts else None

        async def complete(session: AsyncSession) -> bool:
            values = conversation_service.result_values(result)
            if not await jobs.mark_completed(session, Conversation, job, **values):
                return False
            conversation = await session.get(Conversation, job.record_id)
            assert conversation is not None
            await conversation_service.store_derived(session, conversation, result, snapshot)
            return True

        return await self._writer.run(complete)

    async def _complete_submission(self, job: jobs.Claim, row: FactSubmission) -> bool:
        extraction_input = fact_service.extraction_input(row)
        result = (
            await self._runner.extract_facts(extraction_input)
            if extraction_input is not None
            else FactsResult()
        )
        wanted = result.facts or fact_service.explicit_facts(row)
        snapshot = await self._snapshot(row.uid) if wanted else None

        async def complete(session: AsyncSession) -> bool:
            submission = await session.get(FactSubmission, job.record_id)
            assert submission is not None
            if submission.claim_token != job.token or submission.status != "processing":
                return False
            fact_ids = await fact_service.store_submission_facts(
                session, submission, result.facts, snapshot
            )
            return await jobs.mark_completed(session, FactSubmission, job, fact_ids=fact_ids)

        return await self._writer.run(complete)

    @contextlib.asynccontextmanager
    async def _lease_kept(
        self, model: jobs.JobModel, claims: list[jobs.Claim]
    ) -> AsyncIterator[None]:
        """Renew the leases while the batch runs: a slow engine is not a dead worker."""

        async def renew(session: AsyncSession) -> int:
            return await jobs.renew(session, model, claims, self._config.lease_seconds)

        async def renew_forever() -> None:
            while True:
                await asyncio.sleep(self._config.lease_seconds / 3)
                try:
                    await self._writer.run(renew)
                except Exception as exc:
                    logger.warning("lease renewal failed: %s", exc)

        renewer = asyncio.create_task(renew_forever())
        try:
            yield
        finally:
            renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewer

    async def _release(self, model: jobs.JobModel, claims: list[jobs.Claim]) -> None:
        async def release(session: AsyncSession) -> None:
            for job in claims:
                await jobs.release(session, model, job)

        try:
            await self._writer.run(release)
        except Exception as exc:  # the leases expire and the sweep recovers the rows
            logger.warning("could not release %d jobs on shutdown: %s", len(claims), exc)

    async def _fail(self, kind: JobKind, job: jobs.Claim, error: str) -> None:
        logger.warning(
            "job failed: %s", error, extra={"job": kind.value, "record_id": job.record_id}
        )

        async def record(session: AsyncSession) -> float | None:
            return await jobs.mark_failed_attempt(
                session,
                MODELS[kind],
                job,
                error,
                max_attempts=self._config.max_attempts,
                retry_base_seconds=self._config.retry_base_seconds,
            )

        delay = await self._writer.run(record)
        self._metrics.jobs.labels(kind.value, "failed" if delay is None else "retry").inc()
        if delay is not None:
            self._schedule_retry(kind, job.record_id, delay)

    def _schedule_retry(self, kind: JobKind, record_id: str, delay: float) -> None:
        if self.dispatch is None:
            return
        dispatch = self.dispatch
        loop = asyncio.get_running_loop()

        def fire() -> None:
            self._retry_handles.discard(handle)
            self.in_flight.add(record_id)
            task = loop.create_task(dispatch(kind, [record_id]))
            self._retry_tasks.add(task)
            task.add_done_callback(self._retry_tasks.discard)

        handle = loop.call_later(delay, fire)
        self._retry_handles.add(handle)
