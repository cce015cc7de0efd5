"""Request bodies and response shapes of OMI's Developer API (SPEC §5)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from omi_actions.fact.schemas import FactUpdate
from omi_actions.kit.time import isoformat_z
from omi_actions.processing.schemas import FactCategory, Geolocation
from omi_actions.task.schemas import TaskCreate

MAX_BATCH = 25
MAX_ACTION_ITEMS_BATCH = 50  # OMI's limit for POST /v1/dev/user/action-items/batch
MAX_SEGMENTS = 10_000

Visibility = Literal["private", "public"]


class MemoryCreate(BaseModel):
    model_config = ConfigDict(extra="ignore")

    content: str = Field(min_length=1, max_length=2000)
    category: FactCategory = "other"
    visibility: Visibility = "private"
    tags: list[str] = Field(default_factory=list)


class MemoriesBatchCreate(BaseModel):
    model_config = ConfigDict(extra="ignore")

    memories: list[MemoryCreate] = Field(max_length=MAX_BATCH)


class ActionItemsBatchCreate(BaseModel):
    model_config = ConfigDict(extra="ignore")

    action_items: list[TaskCreate] = Field(max_length=MAX_ACTION_ITEMS_BATCH)


class MemoryUpdate(FactUpdate):
    model_config = ConfigDict(extra="ignore")

    visibility: Visibility | None = None


class TranscriptSegment(BaseModel):
    model_config = ConfigDict(extra="ignore")

    text: str = Field(max_length=100_000)
    speaker: str | None = Field(default=None, max_length=100)
    speaker_id: int | None = Field(default=None, ge=0, le=10_000)
    is_user: bool = False
    start: float | None = Field(default=None, ge=0, le=604_800, allow_inf_nan=False)
    end: float | None = Field(default=None, ge=0, le=604_800, allow_inf_nan=False)

    def label(self) -> str:
        """``Me`` for the user; a name as given; ``SPEAKER_01``/``speaker_id`` as ``Speaker 1``."""
        if self.is_user:
            return "Me"
        speaker = (self.speaker or "").strip()
        numbered = re.fullmatch(r"SPEAKER_(\d+)", speaker)
        if speaker and numbered is None:
            return speaker
        if self.speaker_id is not None:
            return f"Speaker {self.speaker_id}"
        if numbered is not None:
            return f"Speaker {int(numbered.group(1))}"
        return "Speaker"


class ConversationFromSegments(BaseModel):
    """Body of ``POST /v1/dev/user/conversations/from-segments``.

    Times, language and geolocation follow the create route's rules; without
    ``finished_at`` the last segment's ``end`` (seconds from the start) sets it.
    """

    model_config = ConfigDict(extra="ignore")

    transcript_segments: list[TranscriptSegment] = Field(min_length=1, max_length=MAX_SEGMENTS)
    started_at: datetime | None = None
    finished_at: datetime | None = None
    language: str = "en"
    geolocation: Geolocation | None = None

    def transcript(self) -> str:
        """One ``Speaker: text`` line per non-empty segment."""
        return "\n".join(
            f"{segment.label()}: {' '.join(segment.text.split())}"
            for segment in self.transcript_segments
            if segment.text.strip()
        )

    def duration_seconds(self) -> float | None:
        ends = [s.end for s in self.transcript_segments if s.end is not None]
        return max(ends) if ends else None


# Field names omi-mcp 0.1.13 sends where OMI's Developer API (and omi-cli) use others.
# They are accepted only when the OMI name is absent, so OMI's own bodies mean the same.
_ACTION_ITEM_ALIASES = {"content": "description", "due_date": "due_at"}


def _renamed(body: dict[str, Any], aliases: dict[str, str]) -> dict[str, Any]:
    renamed = dict(body)
    for alias, name in aliases.items():
        if alias in renamed and name not in renamed:
            renamed[name] = renamed.pop(alias)
    return renamed


def action_item_body(body: dict[str, Any]) -> dict[str, Any]:
    """An action item create/update body: omi-mcp's ``content``/``due_date`` as OMI's names."""
    return _renamed(body, _ACTION_ITEM_ALIASES)


def action_items_batch_body(body: dict[str, Any]) -> dict[str, Any]:
    """OMI's ``{action_items: [...]}``; omi-mcp's ``{items: [...]}`` means the same."""
    data = _renamed(body, {"items": "action_items"})
    items = data.get("action_items")
    if isinstance(items, list):
        data["action_items"] = [
            action_item_body(item) if isinstance(item, dict) else item for item in items
        ]
    return data


def memories_batch_body(body: dict[str, Any]) -> dict[str, Any]:
    """OMI's ``{memories: [...]}``; omi-mcp's ``{contents: ["..."]}`` means the same."""
    contents = body.get("contents")
    if "memories" in body or not isinstance(contents, list):
        return body
    return {**body, "memories": [{"content": content} for content in contents]}


def from_segments_body(body: dict[str, Any]) -> dict[str, Any]:
    """OMI's ``transcript_segments``; omi-mcp's ``segments`` means the same."""
    return _renamed(body, {"segments": "transcript_segments"})


def memory_json(row: Any) -> dict[str, Any]:
    """A fact in the shape of OMI's Developer API memory."""
    return {
        "id": row.id,
        "content": row.content,
        "category": row.category,
        "visibility": row.visibility,
        "tags": row.tags,
        "created_at": isoformat_z(row.created_at),
        "updated_at": isoformat_z(row.updated_at),
        "manually_added": row.manually_added,
        "reviewed": row.reviewed,
        "edited": row.edited,
    }


def created_conversation_json(row: dict[str, Any]) -> dict[str, Any]:
    return {"id": row["id"], "status": row["status"], "discarded": row["discarded"]}
