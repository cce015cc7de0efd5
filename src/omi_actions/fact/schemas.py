from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from omi_actions.kit.time import isoformat_z
from omi_actions.processing.schemas import FactCategory, FactTextSource


class ExplicitMemory(BaseModel):
    model_config = ConfigDict(extra="ignore")

    content: str = Field(min_length=1, max_length=2000)
    tags: list[str] = Field(default_factory=list)
    category: FactCategory | None = None


class FactsCreate(BaseModel):
    """Body of ``POST …/user/facts`` and ``…/user/memories`` (SPEC §2.2)."""

    model_config = ConfigDict(extra="ignore")

    text: str | None = Field(default=None, description="Text facts are extracted from.")
    text_source: FactTextSource = "other"
    text_source_spec: str | None = Field(default=None, max_length=200)
    memories: list[ExplicitMemory] | None = Field(
        default=None, description="Explicit facts, stored as given (no extraction)."
    )

    def has_content(self) -> bool:
        explicit = [m for m in self.memories or [] if m.content.strip()]
        return bool((self.text or "").strip()) or bool(explicit)


class FactUpdate(BaseModel):
    content: str | None = Field(default=None, min_length=1, max_length=2000)
    category: FactCategory | None = None
    tags: list[str] | None = None


def fact_json(row: Any) -> dict[str, Any]:
    return {
        "id": row.id,
        "uid": row.uid,
        "content": row.content,
        "category": row.category,
        "tags": row.tags,
        "app_id": row.app_id,
        "conversation_id": row.conversation_id,
        "submission_id": row.submission_id,
        "text_source": row.text_source,
        "text_source_spec": row.text_source_spec,
        "created_at": isoformat_z(row.created_at),
        "updated_at": isoformat_z(row.updated_at),
        "invalid_at": isoformat_z(row.invalid_at),
        "superseded_by": row.superseded_by,
    }


def submission_json(row: Any, facts: list[dict[str, Any]] | None) -> dict[str, Any]:
    return {
        "id": row.id,
        "status": row.status,
        "error": row.error,
        "text_source": row.text_source,
        "text_source_spec": row.text_source_spec,
        "created_at": isoformat_z(row.created_at),
        "facts": facts or [],
    }
