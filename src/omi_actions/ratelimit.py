"""Per (app, uid, route) rate limits with the ``limits`` library (SPEC §2.5).

In-process memory storage by default; a Redis URL shares the counters across
processes. If the store fails, the request is allowed (fail open), logged and
counted.
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass
from typing import cast

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, Storage
from limits.storage import storage_from_string

from omi_actions.observability import Metrics

logger = logging.getLogger("omi_actions.ratelimit")


@dataclass(frozen=True)
class RateLimitResult:
    allowed: bool
    limit: int
    remaining: int
    reset_seconds: int

    def headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset_seconds),
        }


class RateLimiter:
    def __init__(self, limits_by_bucket: dict[str, str], storage_url: str | None, metrics: Metrics):
        self._items: dict[str, RateLimitItem] = {
            bucket: parse(spec) for bucket, spec in limits_by_bucket.items()
        }
        self._storage = cast(
            Storage,
            storage_from_string(_async_url(storage_url)) if storage_url else MemoryStorage(),
        )
        self._metrics = metrics

    async def hit(self, bucket: str, app_id: str, uid: str) -> RateLimitResult | None:
        """Count one request; None if the store failed (the request is allowed)."""
        item = self._items[bucket]
        key = item.key_for(bucket, app_id, uid)
        try:
            # A fixed window, counted with the storage's own primitives: one increment
            # gives both the verdict and what is left (the strategy class would need three
            # storage calls for the same answer).
            count = await self._storage.incr(key, item.get_expiry())
            reset_at = await self._storage.get_expiry(key)
        except Exception as exc:
            self._metrics.limiter_failures.inc()
            logger.warning("rate limiter store failed, allowing request: %s", exc)
            return None
        reset_seconds = max(0, math.ceil(reset_at - time.time()))
        allowed = count <= item.amount
        return RateLimitResult(allowed, item.amount, max(0, item.amount - count), reset_seconds)


def _async_url(url: str) -> str:
    if url.startswith(("redis://", "rediss://")):
        return "async+" + url
    return url
