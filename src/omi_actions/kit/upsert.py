"""``INSERT … ON CONFLICT DO NOTHING`` for whichever backend the session is bound to."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession


async def insert_ignoring_conflicts(
    session: AsyncSession, table: Table, rows: list[dict[str, Any]]
) -> None:
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql":
        statement: Any = postgresql.insert(table).on_conflict_do_nothing()
    else:
        statement = sqlite.insert(table).on_conflict_do_nothing()
    await session.execute(statement, rows)
