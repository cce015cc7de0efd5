"""Group commit: the single write path of a process.

Rows to insert and write operations (claims, completions, …) that arrive
together run in one transaction, committed once. Each caller's ``insert`` or
``run`` returns only after that transaction has committed (and, with SQLite
``synchronous=FULL`` or PostgreSQL's defaults, is on disk), so a ``200`` still
means "durable" while one fsync serves a whole batch. On SQLite this also
means one writer per process, so transactions of this process never wait on
each other in SQLite's busy handler.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Table, insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from omi_actions.observability import Metrics

logger = logging.getLogger("omi_actions.group_commit")

T = TypeVar("T")
Operation = Callable[[AsyncSession], Awaitable[Any]]
# Called after each commit with the rows it inserted, per table (e.g. to dispatch their jobs).
AfterCommit = Callable[[dict[Table, list[dict[str, Any]]]], Awaitable[None]]


def _new_future() -> asyncio.Future[Any]:
    return asyncio.get_running_loop().create_future()


@dataclass
class _Pending:
    table: Table | None
    row: dict[str, Any] | None
    operation: Operation | None
    done: asyncio.Future[Any] = field(default_factory=_new_future)


class WriterClosed(RuntimeError):
    pass


class GroupCommitWriter:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        *,
        metrics: Metrics | None = None,
        max_batch: int = 512,
        after_commit: AfterCommit | None = None,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._metrics = metrics
        self._max_batch = max_batch
        self.after_commit = after_commit
        self._queue: asyncio.Queue[_Pending] = asyncio.Queue()
        self._task: asyncio.Task[None] | None = None
        self._closing = False
        self.batches = 0
        self.items = 0

    def start(self) -> None:
        self._closing = False
        self._task = asyncio.create_task(self._run(), name="group-commit-writer")

    @property
    def idle(self) -> bool:
        return self._queue.empty()

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
        await self._submit(_Pending(table, row, None))

    async def run(self, operation: Callable[[AsyncSession], Awaitable[T]]) -> T:
        """Run ``operation`` inside the next batch's transaction; its result once committed."""
        result: T = await self._submit(_Pending(None, None, operation))
        return result

    async def _submit(self, pending: _Pending) -> Any:
        if self._closing or self._task is None:
            raise WriterClosed("the writer is not running")
        self._queue.put_nowait(pending)
        return await asyncio.shield(pending.done)

    async def _run(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while len(batch) < self._max_batch and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                await self._commit(batch)
            except Exception:  # never lose the writer task; callers got their errors
                logger.exception("group commit failed")
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def _commit(self, batch: list[_Pending]) -> None:
        try:
            results = await self._write(batch)
        except Exception as exc:
            if len(batch) == 1:
                _settle(batch, None, exc)
                return
            # One bad item must not fail its neighbours: retry each on its own.
            logger.warning("group commit of %d items failed (%s); retrying singly", len(batch), exc)
            for pending in batch:
                try:
                    single = await self._write([pending])
                except Exception as single_exc:
                    _settle([pending], None, single_exc)
                else:
                    _settle([pending], single, None)
                    await self._after_commit([pending])
            return
        _settle(batch, results, None)
        await self._after_commit(batch)

    async def _after_commit(self, batch: list[_Pending]) -> None:
        if self.after_commit is None:
            return
        inserted = _rows_by_table(batch)
        if not inserted:
            return
        try:
            await self.after_commit(inserted)
        except Exception as exc:  # the rows are safe; the recovery sweep dispatches them
            logger.warning("after-commit hook failed: %s", exc)

    async def _write(self, batch: list[_Pending]) -> list[Any]:
        inserts = _rows_by_table(batch)
        results: list[Any] = []
        async with self._sessionmaker() as session:
            async with session.begin():
                for table, rows in inserts.items():
                    await session.execute(insert(table), rows)
                for pending in batch:
                    operation = pending.operation
                    results.append(None if operation is None else await operation(session))
        self.batches += 1
        self.items += len(batch)
        if self._metrics is not None:
            self._metrics.group_commit_batch.observe(len(batch))
        return results


def _rows_by_table(batch: Sequence[_Pending]) -> dict[Table, list[dict[str, Any]]]:
    rows: dict[Table, list[dict[str, Any]]] = defaultdict(list)
    for pending in batch:
        if pending.table is not None and pending.row is not None:
            rows[pending.table].append(pending.row)
    return rows


def _settle(
    batch: Sequence[_Pending], results: list[Any] | None, error: BaseException | None
) -> None:
    for index, pending in enumerate(batch):
        if pending.done.done():
            continue
        if error is None:
            pending.done.set_result(None if results is None else results[index])
        else:
            pending.done.set_exception(error)
