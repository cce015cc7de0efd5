from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.kit.upsert import insert_ignoring_conflicts
from omi_actions.models import Task


class TaskRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def insert_ignoring_duplicates(self, rows: list[dict[str, Any]]) -> None:
        await insert_ignoring_conflicts(self.session, Task.__table__, rows)  # type: ignore[arg-type]

    async def for_conversation(self, conversation_id: str) -> Sequence[Task]:
        query = select(Task).where(Task.conversation_id == conversation_id).order_by(Task.ordinal)
        return (await self.session.scalars(query)).all()
