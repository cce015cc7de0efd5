"""The engine contract: what goes into an engine and what comes out.

Both engines (``local`` and ``llm``) produce exactly these models; the worker
stores them and the API serialises them (SPEC §3).
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

ConversationCategory = Literal[
    "personal", "education", "health", "finance", "legal", "philosophy", "spiritual",
    "science", "entrepreneurship", "parenting", "romantic", "travel", "inspiration",
    "technology", "business", "social", "work", "sports", "politics", "literature",
    "history", "architecture", "music", "weather", "news", "entertainment", "psychology",
    "real", "design", "family", "economics", "environment", "other",
]  # fmt: skip
CONVERSATION_CATEGORIES: tuple[str, ...] = ConversationCategory.__args__  # type: ignore[attr-defined]

FactCategory = Literal[
    "core", "hobbies", "lifestyle", "interests", "habits", "work", "skills", "learnings", "other"
]
FACT_CATEGORIES: tuple[str, ...] = FactCategory.__args__  # type: ignore[attr-defined]

ConversationTextSource = Literal["audio_transcript", "message", "other_text"]
FactTextSource = Literal["email", "social_post", "other"]


class Geolocation(BaseModel):
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)


class Place(BaseModel):
    """A place name resolved offline from a geolocation."""

    name: str
    admin1: str | None = None
    country_code: str


class ConversationInput(BaseModel):
    """A conversation as submitted; ``started_at`` anchors relative dates."""

    text: str
    started_at: datetime
    finished_at: datetime
    language: str = "en"
    text_source: ConversationTextSource = "audio_transcript"
    text_source_spec: str | None = None
    geolocation: Geolocation | None = None


class FactsInput(BaseModel):
    """Free text that facts about the user are extracted from."""

    text: str
    text_source: FactTextSource = "other"
    text_source_spec: str | None = None
    reference_time: datetime
    language: str = "en"


class ActionItem(BaseModel):
    description: str
    due_at: datetime | None = None
    completed: bool = False


class Event(BaseModel):
    title: str
    description: str = ""
    start: datetime
    duration_minutes: int = 30


class ExtractedFact(BaseModel):
    """A short third-person statement about the user ("User ...")."""

    content: str
    category: FactCategory = "other"
    tags: list[str] = Field(default_factory=list)


# SPEC §3.1: a title has at most this many words, whichever engine wrote it.
MAX_TITLE_WORDS = 10


class StructuredConversation(BaseModel):
    title: str
    overview: str
    emoji: str
    category: ConversationCategory = "other"
    action_items: list[ActionItem] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)


class ConversationResult(BaseModel):
    """Everything an engine makes of one conversation."""

    structured: StructuredConversation
    facts: list[ExtractedFact] = Field(default_factory=list)
    discarded: bool = False
    place: Place | None = None
    # What the engine could not do (e.g. "language 'de' not supported by the local engine").
    warnings: list[str] = Field(default_factory=list)


class FactsResult(BaseModel):
    facts: list[ExtractedFact] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
