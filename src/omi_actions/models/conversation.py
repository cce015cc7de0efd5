from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from omi_actions.models.base import Base, UTCDateTime
from omi_actions.models.job import JobColumns


class Conversation(JobColumns, Base):
    __tablename__ = "conversations"
    __table_args__ = (
        Index("ix_conversations_uid_started_at", "uid", "started_at"),
        Index("ix_conversations_status_available_at", "status", "available_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    uid: Mapped[str] = mapped_column(String(128))
    app_id: Mapped[str | None] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(32), default="external_integration")
    text: Mapped[str] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime] = mapped_column(UTCDateTime)
    language: Mapped[str] = mapped_column(String(35))
    geolocation: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    place: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    text_source: Mapped[str] = mapped_column(String(32))
    text_source_spec: Mapped[str | None] = mapped_column(String(200))
    discarded: Mapped[bool] = mapped_column(default=False)
    structured: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
