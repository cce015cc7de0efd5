from __future__ import annotations

from typing import Any

from omi_actions.kit.time import isoformat_z


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
