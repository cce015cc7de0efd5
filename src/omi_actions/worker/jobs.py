"""Job state on the record rows: atomic claim, lease renewal, completion guard, retry.

A record (conversation or fact submission) moves pending → processing →
completed | failed. Claiming is one conditional UPDATE, so two workers never
hold the same row; every later write is conditioned on the claim token, so a
worker whose lease was taken over cannot overwrite the new owner's work.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.kit.ids import new_id
from omi_actions.kit.time import utcnow
from omi_actions.models import Conversation, FactSubmission

JobModel = type[Conversation] | type[FactSubmission]

MAX_BACKOFF_SECONDS = 300.0


@dataclass(frozen=True)
class Claim:
    record_id: str
    token: str
    attempts: int


def new_job_columns(now: datetime) -> dict[str, object]:
    """Job state of a just-accepted record: pending, due now."""
    return {"status": "pending", "attempts": 0, "error": None, "available_at": now}


def _claimable(model: JobModel, now: datetime):  # type: ignore[no-untyped-def]
    return or_(
        and_(model.status == "pending", model.available_at <= now),
        and_(model.status == "processing", model.lease_expires_at < now),
    )


async def claim(
    session: AsyncSession, model: JobModel, record_id: str, lease_seconds: float
) -> Claim | None:
    """Claim one row if it is due (see :func:`claim_many`)."""
    claims = await claim_many(session, model, [record_id], lease_seconds)
    return claims[0] if claims else None


async def claim_many(
    session: AsyncSession, model: JobModel, record_ids: Sequence[str], lease_seconds: float
) -> list[Claim]:
    """Claim every due row among ``record_ids`` in one statement (one token for the batch)."""
    if not record_ids:
        return []
    now = utcnow()
    token = new_id()
    result = await session.execute(
        update(model)
        .where(model.id.in_(record_ids), _claimable(model, now))
        .values(
            status="processing",
            attempts=model.attempts + 1,
            claim_token=token,
            lease_expires_at=now + timedelta(seconds=lease_seconds),
            updated_at=now,
        )
        .returning(model.id, model.attempts)
    )
    return [Claim(record_id, token, attempts) for record_id, attempts in result.all()]


async def renew(
    session: AsyncSession, model: JobModel, claims: Sequence[Claim], lease_seconds: float
) -> int:
    """Extend the leases still held by ``claims``; how many were."""
    if not claims:
        return 0
    result = await session.execute(
        update(model)
        .where(
            model.id.in_([claim.record_id for claim in claims]),
            model.claim_token == claims[0].token,
            model.status == "processing",
        )
        .values(lease_expires_at=utcnow() + timedelta(seconds=lease_seconds))
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


async def mark_completed(
    session: AsyncSession, model: JobModel, claim: Claim, **values: object
) -> bool:
    """Set ``completed`` with ``values`` if the claim still holds (same transaction as results)."""
    now = utcnow()
    result = await session.execute(
        update(model)
        .where(
            model.id == claim.record_id,
            model.claim_token == claim.token,
            model.status == "processing",
        )
        .values(
            status="completed",
            error=None,
            lease_expires_at=None,
            completed_at=now,
            updated_at=now,
            **values,
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


def backoff_seconds(attempts: int, base: float) -> float:
    return float(min(base * 2 ** max(attempts - 1, 0), MAX_BACKOFF_SECONDS))


async def mark_failed_attempt(
    session: AsyncSession,
    model: JobModel,
    claim: Claim,
    error: str,
    *,
    max_attempts: int,
    retry_base_seconds: float,
) -> float | None:
    """Record a failed attempt: back to pending after a backoff, or ``failed`` for good.

    Returns the retry delay, or None when the record is now ``failed``.
    """
    now = utcnow()
    final = claim.attempts >= max_attempts
    delay = None if final else backoff_seconds(claim.attempts, retry_base_seconds)
    await session.execute(
        update(model)
        .where(model.id == claim.record_id, model.claim_token == claim.token)
        .values(
            status="failed" if final else "pending",
            error=error[:2000],
            lease_expires_at=None,
            claim_token=None,
            available_at=now + timedelta(seconds=delay or 0),
            updated_at=now,
        )
    )
    return delay


async def due_ids(
    session: AsyncSession, model: JobModel, older_than: timedelta, limit: int
) -> list[str]:
    """Rows that should be running but may have no queue message: stale pending, expired leases."""
    now = utcnow()
    query = (
        select(model.id)
        .where(
            or_(
                and_(model.status == "pending", model.available_at <= now - older_than),
                and_(model.status == "processing", model.lease_expires_at < now),
            )
        )
        .order_by(model.available_at)
        .limit(limit)
    )
    return list((await session.scalars(query)).all())


async def retry(session: AsyncSession, model: JobModel, record_id: str) -> bool:
    """Operator retry of a ``failed`` record: back to pending with a fresh attempt budget."""
    now = utcnow()
    result = await session.execute(
        update(model)
        .where(model.id == record_id, model.status == "failed")
        .values(status="pending", attempts=0, error=None, available_at=now, updated_at=now)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def release(session: AsyncSession, model: JobModel, claim: Claim) -> None:
    """Give a claimed row back (graceful shutdown): pending again, this attempt not counted."""
    await session.execute(
        update(model)
        .where(model.id == claim.record_id, model.claim_token == claim.token)
        .values(
            status="pending",
            attempts=model.attempts - 1,
            claim_token=None,
            lease_expires_at=None,
            available_at=utcnow(),
        )
    )
