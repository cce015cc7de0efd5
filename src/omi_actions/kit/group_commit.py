"""Group commit: rows that arrive together are inserted in one transaction.

Each caller's ``insert`` returns only after the transaction holding its row has
committed (and, with SQLite ``synchronous=FULL`` or PostgreSQL's defaults, is
on disk), so a ``200`` still means "durable" while one fsync serves a whole
batch of concurrent requests.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.ext.asyncio import AsyncEngine

from omi_actions.observability import Metrics

logger = logging.getLogger("omi_actions.group_commit")


@dataclass
class _Pending:
    table: Table
    row: dict[str, Any]
    done: asyncio.Future[None] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class WriterClosed(RuntimeError):
    pass


class GroupCommitWriter:
    def __init__(
        self, engine: AsyncEngine, *, metrics: Metrics | None = None, max_batch: int = 512
    ) -> None:
        self._engine = engine
        self._metrics = metrics
        self._max_batch = max_batch
        self._queue: asyncio.Queue[_Pending] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self.batches = 0
        self.rows = 0

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="group-commit-writer")

    async def stop(self) -> None:
        """Commit what is queued, then stop."""
        self._closing = True
        if self._task is not None:
            await self._queue.join()
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
            self._task = None

    async def insert(self, table: Table, row: dict[str, Any]) -> None:
        if self._closing or self._task is None:
            raise WriterClosed("the writer is not running")
        pending = _Pending(table, row)
        self._queue.put_nowait(pending)
        await asyncio.shield(pending.done)

    async def _run(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while len(batch) < self._max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                await self._commit(batch)
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def _commit(self, batch: list[_Pending]) -> None:
        try:
            await self._write(batch)
        except Exception as exc:
            if len(batch) == 1:
                _settle(batch, exc)
                return
            # One bad row must not fail its neighbours: retry each on its own.
            logger.warning("group commit of %d rows failed (%s); retrying singly", len(batch), exc)
            for pending in batch:
                try:
                    await self._write([pending])
                except Exception as single_exc:
                    _settle([pending], single_exc)
                else:
                    _settle([pending], None)
            return
        _settle(batch, None)

    async def _write(self, batch: list[_Pending]) -> None:
        by_table: dict[Table, list[dict[str, Any]]] = defaultdict(list)
        for pending in batch:
            by_table[pending.table].append(pending.row)
        async with self._engine.begin() as connection:
            for table, rows in by_table.items():
                await connection.execute(insert(table), rows)
        self.batches += 1
        self.rows += len(batch)
        if self._metrics is not None:
            self._metrics.group_commit_batch.observe(len(batch))


def _settle(batch: list[_Pending], error: BaseException | None) -> None:
    for pending in batch:
        if pending.done.done():
            continue
        if error is None:
            pending.done.set_result(None)
        else:
            pending.done.set_exception(error)
