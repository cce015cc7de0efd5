"""A small bounded TTL cache for hot-path lookups (keys, apps, enablements)."""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class TTLCache(Generic[K, V]):
    def __init__(
        self, ttl_seconds: float, max_entries: int = 50_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:  # fmt: skip
        self._ttl = ttl_seconds
        self._max = max_entries
        self._clock = clock
        self._entries: dict[K, tuple[float, V]] = {}

    def get(self, key: K) -> tuple[bool, V | None]:
        entry = self._entries.get(key)
        if entry is None:
            return False, None
        expires, value = entry
        if expires < self._clock():
            self._entries.pop(key, None)
            return False, None
        return True, value

    def set(self, key: K, value: V) -> None:
        if self._ttl <= 0:
            return
        if len(self._entries) >= self._max:
            self._entries.clear()  # crude but bounded; entries are cheap to refetch
        self._entries[key] = (self._clock() + self._ttl, value)

    def clear(self) -> None:
        self._entries.clear()
