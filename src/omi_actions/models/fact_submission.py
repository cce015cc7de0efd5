from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from omi_actions.models.base import Base, UTCDateTime
from omi_actions.models.job import JobColumns


class FactSubmission(JobColumns, Base):
    """Text (and/or explicit memories) an app submitted for fact extraction."""

    __tablename__ = "fact_submissions"
    __table_args__ = (Index("ix_fact_submissions_status_available_at", "status", "available_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    uid: Mapped[str] = mapped_column(String(128), index=True)
    app_id: Mapped[str | None] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text, default="")
    text_source: Mapped[str] = mapped_column(String(32))
    text_source_spec: Mapped[str | None] = mapped_column(String(200))
    memories: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    # Facts this submission produced or matched (deduplicated onto), in order.
    fact_ids: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
