from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from omi_actions.models.base import Base, UTCDateTime


class Fact(Base):
    __tablename__ = "facts"
    __table_args__ = (
        UniqueConstraint("uid", "content_hash"),
        Index("ix_facts_uid_created_at", "uid", "created_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    uid: Mapped[str] = mapped_column(String(128))
    content: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))
    category: Mapped[str] = mapped_column(String(32))
    tags: Mapped[list[str]] = mapped_column(JSON)
    app_id: Mapped[str | None] = mapped_column(String(64))
    conversation_id: Mapped[str | None] = mapped_column(String(36))
    submission_id: Mapped[str | None] = mapped_column(String(36))
    text_source: Mapped[str | None] = mapped_column(String(32))
    text_source_spec: Mapped[str | None] = mapped_column(String(200))
    visibility: Mapped[str] = mapped_column(String(16), default="private")
    manually_added: Mapped[bool] = mapped_column(default=False)
    reviewed: Mapped[bool] = mapped_column(default=False)
    edited: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    invalid_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    superseded_by: Mapped[str | None] = mapped_column(String(36))
    note: Mapped[str | None] = mapped_column(Text)
