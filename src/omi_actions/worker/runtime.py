"""The processing side of a process: queue, processor and recovery sweep.

``serve`` runs one embedded (jobs run in-process); ``omi-actions worker``
runs one on its own. Without a shared broker, a standalone worker finds its
jobs by sweeping the database every second.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from omi_actions.config import Settings
from omi_actions.conversation import service as conversation_service
from omi_actions.observability import Metrics
from omi_actions.processing.base import Engine
from omi_actions.worker import jobs
from omi_actions.worker.processor import MODELS, Processor, ProcessorConfig
from omi_actions.worker.queue import JobKind, JobQueue

logger = logging.getLogger("omi_actions.worker")

POLL_INTERVAL_SECONDS = 1.0
DEPTH_INTERVAL_SECONDS = 15.0


class WorkerRuntime:
    def __init__(
        self,
        settings: Settings,
        sessionmaker: async_sessionmaker[AsyncSession],
        engine: Engine | None,
        metrics: Metrics,
        *,
        consume: bool,
        standalone: bool = False,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._metrics = metrics
        self.consume = consume
        self.processor: Processor | None = None
        if consume:
            assert engine is not None
            config = ProcessorConfig(
                lease_seconds=settings.job_lease_seconds,
                max_attempts=settings.job_max_attempts,
                retry_base_seconds=settings.job_retry_base_seconds,
                concurrency=settings.worker_concurrency,
            )
            self.processor = Processor(sessionmaker, engine, config, metrics)
        self.queue = JobQueue(settings.queue_url, self._handle)
        polling = standalone and self.queue.in_process
        self._sweep_interval = POLL_INTERVAL_SECONDS if polling else settings.sweep_interval_seconds
        # A pending row younger than this is assumed to have its message still on the way.
        self._stale_after = timedelta(seconds=0 if polling else settings.sweep_interval_seconds)
        self._sweeper: asyncio.Task[None] | None = None
        self._depth_recorded = -DEPTH_INTERVAL_SECONDS
        if self.processor is not None:
            self.processor.dispatch = self._send

    async def start(self) -> None:
        await self.queue.start(consume=self.consume)
        if self.consume:
            self._sweeper = asyncio.create_task(self._sweep_forever(), name="recovery-sweep")

    async def stop(self, grace_seconds: float = 10.0) -> None:
        """Stop sweeping, let running jobs finish (up to ``grace_seconds``), then cancel."""
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
        await self.queue.drain(grace_seconds)
        await self.queue.stop()
        if self.processor is not None:
            self.processor.close()

    async def dispatch(self, kind: JobKind, record_id: str) -> None:
        """After commit: hand the id to whoever processes it."""
        if self.queue.in_process and not self.consume:
            return  # standalone workers poll the database for it
        await self._send(kind, record_id)

    async def _send(self, kind: JobKind, record_id: str) -> bool:
        if self.processor is not None and self.queue.in_process:
            self.processor.in_flight.add(record_id)
        return await self.queue.dispatch(kind, record_id)

    async def _handle(self, kind: JobKind, record_id: str) -> None:
        if self.processor is None:
            logger.error("received %s %s but this process does not process jobs", kind, record_id)
            return
        await self.processor.handle(kind, record_id)

    async def sweep(self, stale_after: timedelta) -> int:
        """Re-dispatch rows that should be running: stale pending, expired leases."""
        assert self.processor is not None
        sent = 0
        async with self._sessionmaker() as session:
            due = {
                kind: await jobs.due_ids(session, MODELS[kind], stale_after, 2000)
                for kind in JobKind
            }
        for kind, ids in due.items():
            for record_id in ids:
                if record_id in self.processor.in_flight:
                    continue
                await self._send(kind, record_id)
                sent += 1
        return sent

    async def _sweep_forever(self) -> None:
        stale_after = timedelta(0)  # on start every pending row is ours to run
        while True:
            try:
                sent = await self.sweep(stale_after)
                if sent:
                    logger.info("recovery sweep dispatched %d jobs", sent)
                await self._record_depth()
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                logger.warning("recovery sweep failed: %s", exc)
            stale_after = self._stale_after
            await asyncio.sleep(self._sweep_interval)

    async def _record_depth(self) -> None:
        now = time.monotonic()
        if now - self._depth_recorded < DEPTH_INTERVAL_SECONDS:
            return
        self._depth_recorded = now
        async with self._sessionmaker() as session:
            counts = await conversation_service.job_counts(session)
        for kind, by_status in counts.items():
            for status in ("pending", "processing", "completed", "failed"):
                self._metrics.queue_depth.labels(kind, status).set(by_status.get(status, 0))
