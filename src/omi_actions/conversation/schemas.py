from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from omi_actions.kit.time import as_utc, isoformat_z, utcnow
from omi_actions.processing.schemas import ConversationTextSource, Geolocation

DEFAULT_DURATION = timedelta(minutes=5)
# Leaves room for UTC conversion and the default duration without leaving the calendar.
EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
LATEST = datetime(9999, 12, 30, tzinfo=UTC)


class ConversationCreate(BaseModel):
    """Body of ``POST /v2/integrations/{app_id}/user/conversations`` (SPEC §2.1)."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(description="The full text; must be non-empty after stripping whitespace.")
    started_at: datetime | None = Field(default=None, description="Default: now (UTC).")
    finished_at: datetime | None = Field(default=None, description="Default: started_at + 5 min.")
    language: str = Field(
        default="en", max_length=35, pattern=r"^[A-Za-z]{2,8}([_-][A-Za-z0-9]{1,8})*$"
    )
    geolocation: Geolocation | None = None
    text_source: ConversationTextSource = "audio_transcript"
    text_source_spec: str | None = Field(default=None, max_length=200)

    @model_validator(mode="before")
    @classmethod
    def _default_start(cls, data: Any) -> Any:
        # started_at defaults to now *before* validation, so a lone finished_at in the
        # past is checked against it like any other (SPEC §2.1).
        if isinstance(data, dict) and data.get("started_at") is None:
            return {**data, "started_at": utcnow()}
        return data

    @field_validator("started_at", "finished_at")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        if value is None:
            return None
        try:
            value = as_utc(value)
        except OverflowError:
            value = EARLIEST - timedelta(days=1)
        if not EARLIEST <= value <= LATEST:
            raise PydanticCustomError(
                "value_error", "datetime must be between 0001-01-02 and 9999-12-30 (UTC)"
            )
        return value

    @field_validator("finished_at")
    @classmethod
    def _after_start(cls, value: datetime | None, info: ValidationInfo) -> datetime | None:
        started_at = info.data.get("started_at")
        if value is not None and started_at is not None and value < started_at:
            raise PydanticCustomError("value_error", "finished_at must be after started_at")
        return value

    def resolved_times(self, now: datetime | None = None) -> tuple[datetime, datetime]:
        started = self.started_at or now or utcnow()
        return started, self.finished_at or started + DEFAULT_DURATION


class ConversationUpdate(BaseModel):
    """Body of ``PATCH …/user/conversations/{id}``: omitted (or null) fields stay as they are."""

    title: str | None = Field(default=None, max_length=500)
    overview: str | None = None
    discarded: bool | None = None


class ConversationSearch(BaseModel):
    """Body of ``POST …/search/conversations`` (SPEC §4)."""

    model_config = ConfigDict(extra="ignore")

    query: str = Field(
        max_length=500,
        description="Words that must all appear (case-insensitive) in the text, title or "
        "overview; empty matches every conversation.",
    )
    page: int = Field(default=1, ge=1, le=1_000_000)
    per_page: int = Field(default=10, ge=1, le=100)
    include_discarded: bool = False
    start_date: str | None = Field(default=None, description="ISO datetime or YYYY-MM-DD.")
    end_date: str | None = Field(default=None, description="ISO datetime or YYYY-MM-DD.")

    def terms(self) -> list[str]:
        return self.query.split()


def conversation_json(row: Any) -> dict[str, Any]:
    """Conversation JSON of SPEC §4 from an ORM row (or anything with the same attributes)."""
    return {
        "id": row.id,
        "created_at": isoformat_z(row.started_at),
        "started_at": isoformat_z(row.started_at),
        "finished_at": isoformat_z(row.finished_at),
        "language": row.language,
        "source": row.source,
        "app_id": row.app_id,
        "text_source": row.text_source,
        "text_source_spec": row.text_source_spec,
        "text": row.text,
        "geolocation": row.geolocation,
        "place": row.place,
        "status": row.status,
        "discarded": row.discarded,
        "error": row.error,
        "structured": row.structured,
    }
