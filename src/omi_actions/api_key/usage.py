"""``last_used_at`` without a write per request: remember uses, flush periodically.

Covers both kinds of key: app keys (``sk_``, by id) and developer keys
(``omi_dev_``, by hash, which is what their authentication knows).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.api_key import service as api_key_service
from omi_actions.dev_key import service as dev_key_service
from omi_actions.kit.group_commit import GroupCommitWriter

logger = logging.getLogger("omi_actions.api_key")


class KeyUsageTracker:
    def __init__(self, writer: GroupCommitWriter, interval_seconds: float = 10.0) -> None:
        self._writer = writer
        self._interval = interval_seconds
        self._used: set[str] = set()
        self._used_dev: set[str] = set()
        self._task: asyncio.Task[None] | None = None

    def touch(self, key_id: str) -> None:
        self._used.add(key_id)

    def touch_dev(self, key_hash: str) -> None:
        self._used_dev.add(key_hash)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="key-usage-flush")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self.flush()

    async def flush(self) -> None:
        used, self._used = self._used, set()
        used_dev, self._used_dev = self._used_dev, set()
        if not used and not used_dev:
            return

        async def record(session: AsyncSession) -> None:
            for key_id in sorted(used):
                await api_key_service.touch(session, key_id)
            for key_hash in sorted(used_dev):
                await dev_key_service.touch(session, key_hash)

        try:
            await self._writer.run(record)
        except Exception as exc:
            logger.warning("could not record key usage: %s", exc)

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self._interval)
            await self.flush()
