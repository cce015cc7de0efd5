from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic_core import PydanticCustomError

from omi_actions.kit.time import as_utc, isoformat_z


def _utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    try:
        return as_utc(value)
    except OverflowError:
        raise PydanticCustomError("value_error", "datetime out of range") from None


class TaskCreate(BaseModel):
    """A task the user creates directly (no conversation)."""

    model_config = ConfigDict(extra="ignore")

    description: str = Field(min_length=1, max_length=2000)
    due_at: datetime | None = None
    completed: bool = False

    _due_at_utc = field_validator("due_at")(_utc)


class TaskUpdate(BaseModel):
    """Omitted fields stay as they are; ``due_at: null`` clears the due date."""

    model_config = ConfigDict(extra="ignore")

    description: str | None = Field(default=None, min_length=1, max_length=2000)
    due_at: datetime | None = None
    completed: bool | None = None

    _due_at_utc = field_validator("due_at")(_utc)


def task_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "uid": row.uid,
        "description": row.description,
        "completed": row.completed,
        "due_at": isoformat_z(row.due_at),
        "conversation_id": row.conversation_id,
        "app_id": row.app_id,
        "created_at": isoformat_z(row.created_at),
        "updated_at": isoformat_z(row.updated_at),
        "completed_at": isoformat_z(row.completed_at),
    }
