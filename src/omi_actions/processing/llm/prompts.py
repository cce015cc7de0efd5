"""The prompts, kept as text files beside this module, and how they are filled in."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from importlib import resources
from string import Template

from openai.types.chat import ChatCompletionMessageParam

from omi_actions.processing.schemas import ConversationInput, FactsInput

_PACKAGE = "omi_actions.processing.llm"


@cache
def load(name: str) -> str:
    """The text of ``prompts/<name>.txt``."""
    return (resources.files(_PACKAGE) / "prompts" / f"{name}.txt").read_text(encoding="utf-8")


def _moment(value: datetime) -> str:
    """ISO 8601 keeping the submitter's offset (naive is UTC), ``Z`` for UTC."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    return aware.isoformat().replace("+00:00", "Z")


def _weekday(value: datetime) -> str:
    return value.strftime("%A")


def conversation_messages(
    conversation: ConversationInput, text: str
) -> list[ChatCompletionMessageParam]:
    user = Template(load("conversation_user")).substitute(
        started_at=_moment(conversation.started_at),
        weekday=_weekday(conversation.started_at),
        finished_at=_moment(conversation.finished_at),
        language=conversation.language,
        text_source=conversation.text_source,
        text_source_spec=conversation.text_source_spec or "none",
        text=text,
    )
    return [
        {"role": "system", "content": load("conversation_system")},
        {"role": "user", "content": user},
    ]


def facts_messages(submission: FactsInput, text: str) -> list[ChatCompletionMessageParam]:
    user = Template(load("facts_user")).substitute(
        reference_time=_moment(submission.reference_time),
        weekday=_weekday(submission.reference_time),
        language=submission.language,
        text_source=submission.text_source,
        text_source_spec=submission.text_source_spec or "none",
        text=text,
    )
    return [
        {"role": "system", "content": load("facts_system")},
        {"role": "user", "content": user},
    ]
