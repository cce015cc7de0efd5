"""Developer-key authentication for ``/v1/dev/user/…`` (SPEC §5).

A personal ``omi_dev_`` key acts on its own user's account. Like OMI's
Developer API, a bad key is a ``401`` (not the integration routes' ``403``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request

from omi_actions.auth.gate import AuthGate
from omi_actions.errors import MissingAuthorization, RateLimited, Unauthorized
from omi_actions.kit.keys import DEV_KEY_PREFIX, canonical_key, hash_key
from omi_actions.observability import add_response_headers
from omi_actions.ratelimit import RateLimiter

RATE_LIMIT_BUCKET = "dev"


class InvalidDevKey(Unauthorized):
    detail = "Invalid API key"


@dataclass(frozen=True)
class DevKeyContext:
    """Who a request acts for: the key's user (and the key, by its hash, for rate limits)."""

    uid: str
    key_hash: str


async def dev_key_auth(
    request: Request,
    authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
) -> DevKeyContext:
    state = request.app.state
    scheme, _, presented = (authorization or "").partition(" ")
    presented = presented.strip()
    if scheme.lower() != "bearer" or not presented:
        raise MissingAuthorization()
    key = canonical_key(presented, DEV_KEY_PREFIX)
    if key is None:  # malformed: no database lookup
        raise InvalidDevKey()
    gate: AuthGate = state.auth_gate
    await gate.refresh()
    uid = await gate.dev_key_uid(key)
    if uid is None:
        raise InvalidDevKey()
    # The limiter's store (maybe Redis) sees the key's hash, never the key.
    key_hash = hash_key(key)
    state.key_usage.touch_dev(key_hash)
    limiter: RateLimiter = state.rate_limiter
    result = await limiter.hit(RATE_LIMIT_BUCKET, "dev_key", key_hash)
    if result is not None:
        add_response_headers(request.scope["state"], result.headers())
        if not result.allowed:
            state.metrics.rate_limited.labels(RATE_LIMIT_BUCKET).inc()
            raise RateLimited(max(1, result.reset_seconds), {})
    return DevKeyContext(uid=uid, key_hash=key_hash)


DevKeyAuth = Annotated[DevKeyContext, Depends(dev_key_auth)]
