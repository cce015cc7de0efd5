"""Helpers shared by the extractor tests: run one extractor (or the whole local
engine) on a text anchored at a test's own reference time.

Test files bind their reference time once, e.g.
``_descriptions = partial(action_descriptions, reference=REF)``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from omi_actions.processing.local import LocalEngine
from omi_actions.processing.local.actions import extract_actions
from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.text import parse
from omi_actions.processing.schemas import ActionItem, ConversationInput, FactsInput

_ENGINE = LocalEngine()


def action_items(
    text: str, source: str = "message", spec: str | None = None, *, reference: datetime
) -> list[ActionItem]:
    """The action items of ``text``, with the events found in it (as the engine runs)."""
    document = parse(text, source, spec)
    return extract_actions(document, reference, extract_events(document, reference))


def action_descriptions(
    text: str,
    source: str = "message",
    spec: str | None = None,
    *,
    reference: datetime,
    lower: bool = False,
) -> list[str]:
    """The descriptions of :func:`action_items`, lower-cased when ``lower``."""
    found = [a.description for a in action_items(text, source, spec, reference=reference)]
    return [d.lower() for d in found] if lower else found


def conversation_facts(
    text: str,
    source: str = "audio_transcript",
    spec: str | None = None,
    *,
    reference: datetime,
) -> list[str]:
    """The facts the whole local engine finds in a conversation started at ``reference``."""
    result = _ENGINE.process_conversation(
        ConversationInput(
            text=text,
            started_at=reference,
            finished_at=reference + timedelta(minutes=5),
            text_source=source,  # type: ignore[arg-type]
            text_source_spec=spec,
            language="en",
        )
    )
    return [f.content for f in result.facts]


def submitted_facts(
    text: str, source: str = "social_post", spec: str | None = None, *, reference: datetime
) -> list[str]:
    """The facts the local engine finds in a text submitted on its own at ``reference``."""
    result = _ENGINE.extract_facts(
        FactsInput(
            text=text,
            text_source=source,  # type: ignore[arg-type]
            text_source_spec=spec,
            reference_time=reference,
            language="en",
        )
    )
    return [f.content for f in result.facts]
