"""The task queue: taskiq brokers carry record ids; the database row is the truth.

This is the only module that imports taskiq. With no queue URL the broker is
taskiq's in-memory one (jobs run in this process, on this loop); with
``redis://`` it is a Redis Streams broker whose messages are acknowledged
after the job ran, and ``omi-actions worker`` processes consume it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from enum import StrEnum
from typing import Any

from taskiq import AsyncBroker, InMemoryBroker
from taskiq.api import run_receiver_task

logger = logging.getLogger("omi_actions.worker.queue")


class JobKind(StrEnum):
    CONVERSATION = "conversation.process"
    FACT_SUBMISSION = "fact_submission.process"


JobHandler = Callable[[JobKind, list[str]], Awaitable[None]]


def build_broker(queue_url: str | None) -> AsyncBroker:
    if not queue_url or queue_url.startswith("memory"):
        # propagate_exceptions=False: a failed job is recorded on its row, not re-raised here.
        return InMemoryBroker(propagate_exceptions=False)
    if queue_url.startswith(("redis://", "rediss://", "unix://")):
        from taskiq_redis import RedisStreamBroker

        return RedisStreamBroker(url=queue_url, queue_name="omi-actions")
    raise ValueError(f"unsupported queue URL {queue_url!r}: use redis://HOST:PORT/DB or unset")


class JobQueue:
    def __init__(self, queue_url: str | None, handler: JobHandler) -> None:
        self.broker = build_broker(queue_url)
        self.in_process = isinstance(self.broker, InMemoryBroker)
        self._handler = handler
        self._receiver: asyncio.Task[None] | None = None
        self._tasks = {kind: self._register(kind) for kind in JobKind}

    def _register(self, kind: JobKind) -> Any:
        async def run(record_ids: list[str]) -> None:
            await self._handler(kind, record_ids)

        return self.broker.register_task(run, task_name=kind.value)

    async def start(self, *, consume: bool) -> None:
        """Connect; with ``consume`` also take jobs off a shared broker in this process."""
        await self.broker.startup()
        if consume and not self.in_process:
            self._receiver = asyncio.create_task(
                run_receiver_task(self.broker, max_async_tasks=64), name="taskiq-receiver"
            )

    async def drain(self, timeout: float) -> None:
        """Wait for in-process jobs to finish; cancel those still running after ``timeout``."""
        if not isinstance(self.broker, InMemoryBroker):
            return
        running = list(self.broker._running_tasks)
        if not running:
            return
        _, pending = await asyncio.wait(running, timeout=timeout)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=5)

    async def stop(self) -> None:
        if self._receiver is not None:
            self._receiver.cancel()
            try:
                await self._receiver
            except asyncio.CancelledError:
                pass
        await self.broker.shutdown()

    async def is_reachable(self) -> bool:
        if self.in_process:
            return True
        try:
            connection_pool = getattr(self.broker, "connection_pool", None)
            if connection_pool is None:
                return True
            from redis.asyncio import Redis

            async with Redis(connection_pool=connection_pool) as client:
                return bool(await client.ping())
        except Exception:
            return False

    async def dispatch(self, kind: JobKind, record_ids: list[str]) -> bool:
        """Send one job for a batch of ids; False (logged) if the broker refused.

        Nothing is lost then: the recovery sweep re-dispatches stale pending rows.
        """
        try:
            await self._tasks[kind].kiq(record_ids)
        except Exception as exc:
            logger.warning("could not dispatch %s (%d ids): %s", kind.value, len(record_ids), exc)
            return False
        return True
