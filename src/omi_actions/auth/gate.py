"""Cached lookups for the auth hot path: keys, apps, enablements.

Every lookup is cached for a few seconds; the caches are dropped as soon as
the auth epoch (bumped in the same transaction as any revocation, disable or
app change, by any process) moves. On SQLite the epoch is read per request
through a plain read-only connection (microseconds, no thread hop); on
PostgreSQL it is one small query per request, or at most one every
``epoch_poll_seconds`` when that is set (trading immediacy for throughput).
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from omi_actions.api_key import service as api_key_service
from omi_actions.app_registry.repository import AppRepository
from omi_actions.dev_key import service as dev_key_service
from omi_actions.kit.auth_epoch import read_auth_epoch
from omi_actions.kit.cache import TTLCache
from omi_actions.kit.text import storable
from omi_actions.user import service as user_service

_MISSING = object()


@dataclass(frozen=True)
class AppInfo:
    id: str
    actions: frozenset[str]


class AuthGate:
    def __init__(
        self,
        sessionmaker: async_sessionmaker[AsyncSession],
        database_url: str,
        ttl_seconds: float,
        epoch_poll_seconds: float = 0.0,
    ) -> None:
        self._sessionmaker = sessionmaker
        self._keys: TTLCache[str, api_key_service.ActiveKey | None] = TTLCache(ttl_seconds)
        self._dev_keys: TTLCache[str, str | None] = TTLCache(ttl_seconds)
        self._apps: TTLCache[str, AppInfo | None] = TTLCache(ttl_seconds)
        self._enabled: TTLCache[tuple[str, str], bool] = TTLCache(ttl_seconds)
        self._epoch: int | None = None
        self._epoch_checked = 0.0
        self._epoch_poll = epoch_poll_seconds
        self._sqlite_path = _sqlite_path(database_url)
        self._sqlite: sqlite3.Connection | None = None

    def invalidate(self) -> None:
        self._keys.clear()
        self._dev_keys.clear()
        self._apps.clear()
        self._enabled.clear()

    async def refresh(self) -> None:
        """Drop the caches if another process changed access since we last looked."""
        epoch = await self._read_epoch()
        if epoch is not None and epoch != self._epoch:
            self.invalidate()
            self._epoch = epoch

    async def app_key(self, canonical_key: str) -> api_key_service.ActiveKey | None:
        hit, value = self._keys.get(canonical_key)
        if hit:
            return value
        async with self._sessionmaker() as session:
            value = await api_key_service.find_active(session, canonical_key)
        self._keys.set(canonical_key, value)
        return value

    async def dev_key_uid(self, canonical_key: str) -> str | None:
        hit, value = self._dev_keys.get(canonical_key)
        if hit:
            return value
        async with self._sessionmaker() as session:
            value = await dev_key_service.find_active_uid(session, canonical_key)
        self._dev_keys.set(canonical_key, value)
        return value

    async def app(self, app_id: str) -> AppInfo | None:
        if not storable(app_id):
            return None
        hit, value = self._apps.get(app_id)
        if hit:
            return value
        async with self._sessionmaker() as session:
            app = await AppRepository(session).get(app_id)
            value = None if app is None else AppInfo(app.id, frozenset(app.actions))
        self._apps.set(app_id, value)
        return value

    async def is_enabled(self, uid: str, app_id: str) -> bool:
        hit, value = self._enabled.get((uid, app_id))
        if hit:
            return bool(value)
        async with self._sessionmaker() as session:
            enabled = await user_service.is_enabled(session, uid, app_id)
        self._enabled.set((uid, app_id), enabled)
        return enabled

    async def _read_epoch(self) -> int | None:
        if self._sqlite_path is not None:
            return self._read_sqlite_epoch()
        now = time.monotonic()
        if self._epoch_poll and now - self._epoch_checked < self._epoch_poll:
            return None
        self._epoch_checked = now
        async with self._sessionmaker() as session:
            return await read_auth_epoch(session)

    def _read_sqlite_epoch(self) -> int | None:
        try:
            if self._sqlite is None:
                self._sqlite = sqlite3.connect(
                    f"file:{self._sqlite_path}?mode=ro", uri=True, check_same_thread=False
                )
            row = self._sqlite.execute("SELECT epoch FROM auth_state WHERE id = 1").fetchone()
        except sqlite3.Error:
            self.close()
            return -1  # unknown: forces a cache drop, so we never serve stale grants
        return int(row[0]) if row else 0

    def close(self) -> None:
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None


def _sqlite_path(database_url: str) -> str | None:
    url = make_url(database_url)
    if not url.drivername.startswith("sqlite"):
        return None
    if not url.database or url.database == ":memory:":
        return None
    return url.database
