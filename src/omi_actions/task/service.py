"""Tasks: action items extracted from conversations (and, later, created directly)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.kit.ids import new_id
from omi_actions.kit.listing import Page, date_range
from omi_actions.kit.text import storable
from omi_actions.kit.time import utcnow
from omi_actions.models import Task
from omi_actions.processing.schemas import ActionItem
from omi_actions.task.repository import TaskRepository


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
