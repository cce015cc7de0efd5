"""What the model is asked to return, derived from the engine's result models.

The model answers with the parts of :class:`ConversationResult` it can know
(the place is resolved offline, warnings are ours), and the JSON schema sent as
``response_format`` is generated from those same pydantic models, made
"strict" (every property required, no extra properties, no ``$ref``) so that
OpenAI, vLLM, Ollama and llama.cpp can all constrain decoding with it.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, tzinfo
from functools import cache
from typing import Any

from openai.types.shared_params import ResponseFormatJSONSchema
from pydantic import BaseModel, ConfigDict, field_validator

from omi_actions.processing.schemas import (
    CONVERSATION_CATEGORIES,
    FACT_CATEGORIES,
    ActionItem,
    Event,
    ExtractedFact,
    StructuredConversation,
)

JsonSchema = dict[str, Any]


class _Fact(ExtractedFact):
    __doc__ = ExtractedFact.__doc__

    @field_validator("category", mode="before")
    @classmethod
    def _known_category(cls, value: object) -> object:
        return _normalise_category(value, FACT_CATEGORIES)


class _Structured(StructuredConversation):
    @field_validator("category", mode="before")
    @classmethod
    def _known_category(cls, value: object) -> object:
        return _normalise_category(value, CONVERSATION_CATEGORIES)


class ConversationAnswer(BaseModel):
    """The model's answer for one conversation."""

    model_config = ConfigDict(title="conversation_result")

    structured: _Structured
    facts: list[_Fact]
    discarded: bool


class FactsAnswer(BaseModel):
    """The model's answer for a text that facts are extracted from."""

    model_config = ConfigDict(title="facts_result")

    facts: list[_Fact]


def _normalise_category(value: object, allowed: tuple[str, ...]) -> object:
    """Accept "Work" or " work "; an unknown label becomes "other" rather than failing the job."""
    if not isinstance(value, str):
        return value
    label = value.strip().casefold()
    return label if label in allowed else "other"


def strict_json_schema(model: type[BaseModel]) -> JsonSchema:
    """The model's JSON schema in the strict subset structured-output servers accept."""
    schema = model.model_json_schema()
    definitions: dict[str, JsonSchema] = schema.pop("$defs", {})
    strict = _strict(schema, definitions)
    strict.pop("title", None)
    return strict


def _strict(node: JsonSchema, definitions: dict[str, JsonSchema]) -> JsonSchema:
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        merged = {**definitions[name], **{k: v for k, v in node.items() if k != "$ref"}}
        return _strict(merged, definitions)
    out: JsonSchema = {}
    for key, value in node.items():
        if key in ("title", "default"):
            continue
        if key == "properties":
            out[key] = {name: _strict(sub, definitions) for name, sub in value.items()}
        elif key in ("items", "additionalProperties") and isinstance(value, dict):
            out[key] = _strict(value, definitions)
        elif key in ("anyOf", "oneOf", "allOf"):
            out[key] = [_strict(sub, definitions) for sub in value]
        else:
            out[key] = value
    if out.get("type") == "object" and "properties" in out:
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
    return out


@cache
def response_format(model: type[BaseModel]) -> ResponseFormatJSONSchema:
    """The ``response_format`` argument of a chat completion answering with ``model``."""
    title = model.model_config.get("title") or model.__name__
    return {
        "type": "json_schema",
        "json_schema": {"name": title, "strict": True, "schema": strict_json_schema(model)},
    }


def to_utc(value: datetime, local_zone: tzinfo) -> datetime:
    """An aware UTC datetime; a naive one is read in ``local_zone`` (the reference's zone)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=local_zone)
    return value.astimezone(UTC)


def action_items_utc(items: list[ActionItem], local_zone: tzinfo) -> list[ActionItem]:
    return [
        ActionItem(
            description=item.description.strip(),
            due_at=None if item.due_at is None else to_utc(item.due_at, local_zone),
            completed=item.completed,
        )
        for item in items
    ]


def events_utc(events: list[Event], local_zone: tzinfo) -> list[Event]:
    return [
        Event(
            title=event.title.strip(),
            description=event.description.strip(),
            start=to_utc(event.start, local_zone),
            duration_minutes=event.duration_minutes,
        )
        for event in events
    ]


_THE_USER = re.compile(r"^(?:the\s+)?user\b", re.IGNORECASE)


def _as_user_statement(content: str) -> str:
    """ "The user works ..." / "user works ..." -> "User works ..." (the contract's subject)."""
    return _THE_USER.sub("User", content.strip(), count=1)


def plain_facts(facts: list[_Fact]) -> list[ExtractedFact]:
    """The answer's facts as contract models: no blanks, no fact said twice, "User" as
    the subject word."""
    seen: set[str] = set()
    out: list[ExtractedFact] = []
    for fact in facts:
        content = _as_user_statement(fact.content)
        key = " ".join(content.casefold().split())
        if not content or key in seen:
            continue
        seen.add(key)
        out.append(
            ExtractedFact(
                content=content,
                category=fact.category,
                tags=[tag.strip() for tag in fact.tags if tag.strip()],
            )
        )
    return out
