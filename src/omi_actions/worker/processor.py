"""Runs one job: claim the row, run the engine off the loop, store results atomically."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from omi_actions.conversation import service as conversation_service
from omi_actions.fact import service as fact_service
from omi_actions.kit.time import utcnow
from omi_actions.models import Conversation, FactSubmission
from omi_actions.observability import Metrics
from omi_actions.processing.base import Engine, EngineError
from omi_actions.processing.schemas import FactsResult
from omi_actions.worker import jobs
from omi_actions.worker.queue import JobKind

logger = logging.getLogger("omi_actions.worker")

T = TypeVar("T")
Dispatch = Callable[[JobKind, str], Coroutine[Any, Any, bool]]

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
        sessionmaker: async_sessionmaker[AsyncSession],
        engine: Engine,
        config: ProcessorConfig,
        metrics: Metrics,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._engine = engine
        self._config = config
        self._metrics = metrics
        self._slots = asyncio.Semaphore(config.concurrency)
        self._executor = ThreadPoolExecutor(config.concurrency, thread_name_prefix="engine")
        self._retry_handles: set[asyncio.TimerHandle] = set()
        self._retry_tasks: set[asyncio.Task[bool]] = set()
        self.dispatch: Dispatch | None = None
        # Ids dispatched in this process and not finished yet (the sweep skips them).
        self.in_flight: set[str] = set()

    def close(self) -> None:
        for handle in self._retry_handles:
            handle.cancel()
        self._executor.shutdown(wait=False, cancel_futures=True)

    async def handle(self, kind: JobKind, record_id: str) -> None:
        """Taskiq entry point; never raises (the row records what happened)."""
        try:
            async with self._slots:
                await self._run(kind, record_id)
        except asyncio.CancelledError:
            raise
        except Exception:
            # The claim (if any) stays until its lease expires; the sweep takes the job up again.
            logger.exception("job crashed", extra={"job": kind.value, "record_id": record_id})
        finally:
            self.in_flight.discard(record_id)

    async def _run(self, kind: JobKind, record_id: str) -> None:
        model = MODELS[kind]
        async with self._sessionmaker() as session, session.begin():
            claim = await jobs.claim(session, model, record_id, self._config.lease_seconds)
        if claim is None:
            return  # done, failed, not due yet, or another worker holds it
        if claim.attempts > self._config.max_attempts:
            await self._fail(kind, claim, f"gave up after {claim.attempts - 1} attempts")
            return
        try:
            async with self._lease_kept(model, claim):
                if kind is JobKind.CONVERSATION:
                    stored = await self._process_conversation(claim)
                else:
                    stored = await self._process_fact_submission(claim)
        except asyncio.CancelledError:
            await asyncio.shield(self._release(model, claim))
            raise
        except Exception as exc:
            await self._fail(kind, claim, describe_error(exc))
            return
        outcome = "completed" if stored else "lost_lease"
        self._metrics.jobs.labels(kind.value, outcome).inc()

    async def _process_conversation(self, claim: jobs.Claim) -> bool:
        async with self._sessionmaker() as session:
            conversation = await session.get(Conversation, claim.record_id)
            assert conversation is not None
            engine_input = conversation_service.engine_input(conversation)
        result = await self._off_loop(self._engine.process_conversation, engine_input)
        async with self._sessionmaker() as session, session.begin():
            values = conversation_service.result_values(result)
            if not await jobs.mark_completed(session, Conversation, claim, **values):
                await session.rollback()
                return False
            conversation = await session.get(Conversation, claim.record_id)
            assert conversation is not None
            await conversation_service.store_derived(session, conversation, result)
            accepted_at = conversation.created_at
        self._observe_latency(JobKind.CONVERSATION, accepted_at)
        return True

    async def _process_fact_submission(self, claim: jobs.Claim) -> bool:
        async with self._sessionmaker() as session:
            submission = await session.get(FactSubmission, claim.record_id)
            assert submission is not None
            extraction_input = fact_service.extraction_input(submission)
        result = (
            await self._off_loop(self._engine.extract_facts, extraction_input)
            if extraction_input is not None
            else FactsResult()
        )
        async with self._sessionmaker() as session, session.begin():
            submission = await session.get(FactSubmission, claim.record_id)
            assert submission is not None
            fact_ids = await fact_service.store_submission_facts(session, submission, result.facts)
            if not await jobs.mark_completed(session, FactSubmission, claim, fact_ids=fact_ids):
                await session.rollback()
                return False
            accepted_at = submission.created_at
        self._observe_latency(JobKind.FACT_SUBMISSION, accepted_at)
        return True

    async def _off_loop(self, function: Callable[[Any], T], argument: Any) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, function, argument)

    @contextlib.asynccontextmanager
    async def _lease_kept(self, model: jobs.JobModel, claim: jobs.Claim) -> AsyncIterator[None]:
        """Renew the lease while the job runs: a slow engine is not a dead worker."""

        async def renew_forever() -> None:
            interval = self._config.lease_seconds / 3
            while True:
                await asyncio.sleep(interval)
                try:
                    async with self._sessionmaker() as session, session.begin():
                        await jobs.renew(session, model, claim, self._config.lease_seconds)
                except Exception as exc:
                    logger.warning("lease renewal failed: %s", exc)

        renewer = asyncio.create_task(renew_forever())
        try:
            yield
        finally:
            renewer.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await renewer

    async def _release(self, model: jobs.JobModel, claim: jobs.Claim) -> None:
        try:
            async with self._sessionmaker() as session, session.begin():
                await jobs.release(session, model, claim)
        except Exception as exc:  # the lease expires and the sweep recovers the row
            logger.warning("could not release %s on shutdown: %s", claim.record_id, exc)

    async def _fail(self, kind: JobKind, claim: jobs.Claim, error: str) -> None:
        logger.warning(
            "job failed: %s", error, extra={"job": kind.value, "record_id": claim.record_id}
        )
        async with self._sessionmaker() as session, session.begin():
            delay = await jobs.mark_failed_attempt(
                session,
                MODELS[kind],
                claim,
                error,
                max_attempts=self._config.max_attempts,
                retry_base_seconds=self._config.retry_base_seconds,
            )
        self._metrics.jobs.labels(kind.value, "failed" if delay is None else "retry").inc()
        if delay is not None:
            self._schedule_retry(kind, claim.record_id, delay)

    def _schedule_retry(self, kind: JobKind, record_id: str, delay: float) -> None:
        if self.dispatch is None:
            return
        dispatch = self.dispatch
        loop = asyncio.get_running_loop()

        def fire() -> None:
            self._retry_handles.discard(handle)
            self.in_flight.add(record_id)
            task = loop.create_task(dispatch(kind, record_id))
            self._retry_tasks.add(task)
            task.add_done_callback(self._retry_tasks.discard)

        handle = loop.call_later(delay, fire)
        self._retry_handles.add(handle)

    def _observe_latency(self, kind: JobKind, accepted_at: Any) -> None:
        self._metrics.processing_latency.labels(kind.value).observe(
            (utcnow() - accepted_at).total_seconds()
        )
