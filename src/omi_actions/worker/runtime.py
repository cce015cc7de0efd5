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
from typing import Any

from sqlalchemy import Table
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from omi_actions.config import Settings
from omi_actions.conversation import service as conversation_service
from omi_actions.kit.group_commit import GroupCommitWriter
from omi_actions.observability import Metrics, TrafficMonitor
from omi_actions.worker import jobs
from omi_actions.worker.engine_runner import EngineRunner
from omi_actions.worker.processor import MODELS, Processor, ProcessorConfig
from omi_actions.worker.queue import JobKind, JobQueue

logger = logging.getLogger("omi_actions.worker")

POLL_INTERVAL_SECONDS = 1.0
DEPTH_INTERVAL_SECONDS = 15.0
# Ids per queue message: big enough to share claims and commits, small enough to spread.
DISPATCH_CHUNK = 32
SWEEP_LIMIT = 2000

KIND_BY_TABLE = {model.__tablename__: kind for kind, model in MODELS.items()}


class WorkerRuntime:
    def __init__(
        self,
        settings: Settings,
        writer: GroupCommitWriter,
        read_sessionmaker: async_sessionmaker[AsyncSession],
        runner: EngineRunner | None,
        metrics: Metrics,
        *,
        standalone: bool = False,
        traffic: TrafficMonitor | None = None,
    ) -> None:
        self._read = read_sessionmaker
        self._metrics = metrics
        self._runner = runner
        self.consume = runner is not None
        self.processor: Processor | None = None
        if runner is not None:
            config = ProcessorConfig(
                lease_seconds=settings.job_lease_seconds,
                max_attempts=settings.job_max_attempts,
                retry_base_seconds=settings.job_retry_base_seconds,
                concurrency=settings.worker_concurrency,
            )
            self.processor = Processor(
                writer, read_sessionmaker, runner, config, metrics, traffic=traffic
            )
        self.queue = JobQueue(settings.queue_url, self._handle)
        polling = standalone and self.queue.in_process
        self._sweep_interval = POLL_INTERVAL_SECONDS if polling else settings.sweep_interval_seconds
        # A pending row younger than this is assumed to have its message still on the way.
        self._stale_after = timedelta(seconds=0 if polling else settings.sweep_interval_seconds)
        self._sweeper: asyncio.Task[None] | None = None
        self._depth_recorded = -DEPTH_INTERVAL_SECONDS
        if self.processor is not None:
            self.processor.dispatch = self._send
        writer.after_commit = self.dispatch_inserted

    async def start(self) -> None:
        await self.queue.start(consume=self.consume)
        if self._runner is not None:
            self._sweeper = asyncio.create_task(self._sweep_forever(), name="recovery-sweep")
            warm = asyncio.create_task(self._runner.warm_up(), name="engine-warm-up")
            warm.add_done_callback(_log_failure)
            self._warm_up = warm

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

    async def dispatch(self, kind: JobKind, record_ids: list[str]) -> None:
        """After commit: hand the ids to whoever processes them."""
        if self.queue.in_process and not self.consume:
            return  # standalone workers poll the database for them
        for start in range(0, len(record_ids), DISPATCH_CHUNK):
            await self._send(kind, record_ids[start : start + DISPATCH_CHUNK])

    async def dispatch_inserted(self, inserted: dict[Table, list[dict[str, Any]]]) -> None:
        """The group-commit writer's hook: new submission rows are committed."""
        for table, rows in inserted.items():
            kind = KIND_BY_TABLE.get(table.name)
            if kind is not None:
                await self.dispatch(kind, [row["id"] for row in rows])

    async def _send(self, kind: JobKind, record_ids: list[str]) -> bool:
        if self.processor is not None and self.queue.in_process:
            self.processor.in_flight.update(record_ids)
        return await self.queue.dispatch(kind, record_ids)

    async def _handle(self, kind: JobKind, record_ids: list[str]) -> None:
        if self.processor is None:
            logger.error("received %s jobs but this process does not process jobs", kind)
            return
        await self.processor.handle(kind, record_ids)

    async def sweep(self, stale_after: timedelta) -> int:
        """Re-dispatch rows that should be running: stale pending, expired leases."""
        assert self.processor is not None
        async with self._read() as session:
            due = {
                kind: await jobs.due_ids(session, MODELS[kind], stale_after, SWEEP_LIMIT)
                for kind in JobKind
            }
        sent = 0
        for kind, ids in due.items():
            fresh = [i for i in ids if i not in self.processor.in_flight]
            for start in range(0, len(fresh), DISPATCH_CHUNK):
                await self._send(kind, fresh[start : start + DISPATCH_CHUNK])
            sent += len(fresh)
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
        async with self._read() as session:
            counts = await conversation_service.job_counts(session)
        for kind, by_status in counts.items():
            for status in ("pending", "processing", "completed", "failed"):
                self._metrics.queue_depth.labels(kind, status).set(by_status.get(status, 0))


def _log_failure(task: asyncio.Task[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        logger.warning("engine warm-up failed: %s", task.exception())
