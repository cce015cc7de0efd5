"""``Idempotency-Key``: a retry with the same key and body replays the first answer (24 h)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import orjson
from sqlalchemy import delete
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.errors import BadRequest, Conflict
from omi_actions.kit.time import utcnow
from omi_actions.models import IdempotencyRecord

MAX_KEY_LENGTH = 255


class IdempotencyKeyReused(Conflict):
    detail = "Idempotency-Key was already used with a different request body"


@dataclass(frozen=True)
class IdempotencyRequest:
    scope: str
    key: str
    request_hash: str


@dataclass(frozen=True)
class StoredResponse:
    status_code: int
    body: bytes
    location: str | None


def build_request(
    key: str | None, *, app_id: str, uid: str, route: str, body: dict[str, Any]
) -> IdempotencyRequest | None:
    if key is None:
        return None
    key = key.strip()
    if not key or len(key) > MAX_KEY_LENGTH:
        raise BadRequest(f"Idempotency-Key must be 1 to {MAX_KEY_LENGTH} characters")
    scope = hashlib.sha256(f"{app_id}\x00{uid}\x00{route}".encode()).hexdigest()
    request_hash = hashlib.sha256(orjson.dumps(body, option=orjson.OPT_SORT_KEYS)).hexdigest()
    return IdempotencyRequest(scope=scope, key=key, request_hash=request_hash)


async def find(session: AsyncSession, request: IdempotencyRequest) -> StoredResponse | None:
    """The stored answer for this key, or None; a different body is a 409."""
    record = await session.get(IdempotencyRecord, (request.scope, request.key))
    if record is None:
        return None
    if record.expires_at <= utcnow():
        await session.execute(
            delete(IdempotencyRecord).where(
                IdempotencyRecord.scope == request.scope, IdempotencyRecord.key == request.key
            )
        )
        return None
    if record.request_hash != request.request_hash:
        raise IdempotencyKeyReused()
    return StoredResponse(record.status_code, record.body.encode(), record.location)


def new_record(
    request: IdempotencyRequest, response: StoredResponse, ttl_seconds: int
) -> dict[str, Any]:
    now = utcnow()
    return {
        "scope": request.scope,
        "key": request.key,
        "request_hash": request.request_hash,
        "status_code": response.status_code,
        "body": response.body.decode(),
        "location": response.location,
        "created_at": now,
        "expires_at": now + timedelta(seconds=ttl_seconds),
    }
