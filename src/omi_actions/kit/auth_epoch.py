"""Bumping and reading the auth epoch (see ``models.auth_state``)."""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.models.auth_state import AuthState


async def bump_auth_epoch(session: AsyncSession) -> None:
    """Part of the caller's transaction: access changes and the epoch commit together."""
    result = await session.execute(
        update(AuthState).where(AuthState.id == 1).values(epoch=AuthState.epoch + 1)
    )
    if result.rowcount == 0:  # type: ignore[attr-defined]
        session.add(AuthState(id=1, epoch=1))
        await session.flush()


async def read_auth_epoch(session: AsyncSession) -> int:
    value = await session.scalar(select(AuthState.epoch).where(AuthState.id == 1))
    return value or 0
