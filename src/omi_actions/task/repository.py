from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.kit.upsert import insert_ignoring_conflicts
from omi_actions.models import Task


class TaskRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, task_id: str) -> Task | None:
        return await self.session.get(Task, task_id)

    async def add(self, task: Task) -> Task:
        self.session.add(task)
        await self.session.flush()
        return task

    async def delete(self, task_id: str) -> None:
        await self.session.execute(delete(Task).where(Task.id == task_id))

    async def insert_ignoring_duplicates(self, rows: list[dict[str, Any]]) -> None:
        await insert_ignoring_conflicts(self.session, Task.__table__, rows)  # type: ignore[arg-type]

    async def for_conversation(self, conversation_id: str) -> Sequence[Task]:
        query = select(Task).where(Task.conversation_id == conversation_id).order_by(Task.ordinal)
        return (await self.session.scalars(query)).all()

    async def list_for_user(
        self,
        uid: str,
        *,
        limit: int,
        offset: int,
        completed: bool | None = None,
        conversation_id: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
    ) -> Sequence[Task]:
        query = select(Task).where(Task.uid == uid)
        if completed is not None:
            query = query.where(Task.completed.is_(completed))
        if conversation_id is not None:
            query = query.where(Task.conversation_id == conversation_id)
        if start is not None:
            query = query.where(Task.created_at >= start)
        if end is not None:
            query = query.where(Task.created_at <= end)
        # Newest first; a conversation's tasks keep their order within it.
        query = query.order_by(Task.created_at.desc(), Task.conversation_id, Task.ordinal, Task.id)
        return (await self.session.scalars(query.limit(limit).offset(offset))).all()
