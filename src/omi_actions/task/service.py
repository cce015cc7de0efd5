"""Tasks: action items extracted from conversations, or created directly by their user."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.errors import NotFound, TextRequired
from omi_actions.kit.ids import new_id
from omi_actions.kit.listing import Page, date_range
from omi_actions.kit.text import storable
from omi_actions.kit.time import utcnow
from omi_actions.models import Task
from omi_actions.processing.schemas import ActionItem
from omi_actions.task.repository import TaskRepository
from omi_actions.task.schemas import TaskCreate, TaskUpdate


class TaskNotFound(NotFound):
    detail = "Action item not found"


async def add_from_conversation(
    session: AsyncSession,
    *,
    uid: str,
    app_id: str | None,
    conversation_id: str,
    action_items: Sequence[ActionItem],
) -> None:
    """One task per action item; ``(conversation_id, ordinal)`` makes a replay harmless."""
    now = utcnow()
    rows = [
        {
            "id": new_id(),
            "uid": uid,
            "app_id": app_id,
            "conversation_id": conversation_id,
            "ordinal": ordinal,
            "description": item.description,
            "due_at": item.due_at,
            "completed": item.completed,
            "created_at": now,
            "updated_at": now,
        }
        for ordinal, item in enumerate(action_items)
    ]
    await TaskRepository(session).insert_ignoring_duplicates(rows)


async def for_conversation(session: AsyncSession, conversation_id: str) -> Sequence[Task]:
    return await TaskRepository(session).for_conversation(conversation_id)


async def list_tasks(
    session: AsyncSession,
    uid: str,
    page: Page,
    *,
    completed: bool | None = None,
    conversation_id: str | None = None,
    start_date: str | None = None,
    end_date: str | None = None,
) -> Sequence[Task]:
    """``GET …/tasks``: the user's tasks, newest first; dates filter ``created_at``."""
    dates = date_range(start_date, end_date)
    if conversation_id is not None and not storable(conversation_id):
        return []
    return await TaskRepository(session).list_for_user(
        uid,
        limit=page.limit,
        offset=page.offset,
        completed=completed,
        conversation_id=conversation_id,
        start=dates.start,
        end=dates.end,
    )


async def get(session: AsyncSession, uid: str, task_id: str) -> Task:
    if not storable(task_id):
        raise TaskNotFound()
    task = await TaskRepository(session).get(task_id)
    if task is None or task.uid != uid:
        raise TaskNotFound()
    return task


async def create(session: AsyncSession, uid: str, data: TaskCreate) -> Task:
    """A task of the user's own, not from any conversation."""
    description = _description(data.description)
    now = utcnow()
    task = Task(
        id=new_id(),
        uid=uid,
        app_id=None,
        conversation_id=None,
        ordinal=None,
        description=description,
        due_at=data.due_at,
        completed=data.completed,
        completed_at=now if data.completed else None,
        created_at=now,
        updated_at=now,
    )
    return await TaskRepository(session).add(task)


async def update(session: AsyncSession, uid: str, task_id: str, data: TaskUpdate) -> Task:
    """Completing sets ``completed_at`` (kept if it already was); reopening clears it."""
    task = await get(session, uid, task_id)
    now = utcnow()
    if data.description is not None:
        task.description = _description(data.description)
    if "due_at" in data.model_fields_set:
        task.due_at = data.due_at
    if data.completed is not None and data.completed != task.completed:
        task.completed = data.completed
        task.completed_at = now if data.completed else None
    task.updated_at = now
    await session.flush()
    return task


async def delete(session: AsyncSession, uid: str, task_id: str) -> None:
    task = await get(session, uid, task_id)
    await TaskRepository(session).delete(task.id)


def _description(text: str) -> str:
    description = text.strip()
    if not description:
        raise TextRequired()
    return description
