"""The ``local`` engine: wires the extractors together.

Stateless apart from lazily loaded, read-only resources (the geocoder, per
thread sentence splitters and keyword extractors), so one instance is safe to
share between worker threads. Same input, same output.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from omi_actions.processing.local.actions import extract_actions
from omi_actions.processing.local.categories import classify, pick_emoji
from omi_actions.processing.local.discard import is_content_free
from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.fact_dates import with_absolute_date
from omi_actions.processing.local.facts import extract_facts
from omi_actions.processing.local.language import language_name, language_problem
from omi_actions.processing.local.place import resolve_place
from omi_actions.processing.local.summary import keyphrases, make_overview, make_title
from omi_actions.processing.local.text import MAX_CHARS, Document, parse
from omi_actions.processing.schemas import (
    ConversationInput,
    ConversationResult,
    ExtractedFact,
    FactsInput,
    FactsResult,
    Place,
    StructuredConversation,
)

log = logging.getLogger(__name__)
T = TypeVar("T")
_FACT_SOURCES = {"email": "other_text", "social_post": "other_text", "other": "other_text"}
_FACT_SPECS = {"email": "email", "social_post": "social_post", "other": None}


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


class LocalEngine:
    """Offline, rule- and dictionary-based engine (SPEC §3.3)."""

    name = "local"

    def process_conversation(self, conversation: ConversationInput) -> ConversationResult:
        place = self._place(conversation)
        warnings: list[str] = []
        text = conversation.text
        if len(text) > MAX_CHARS:
            warnings.append(
                f"text longer than {MAX_CHARS} characters: the local engine analysed "
                "only the beginning"
            )
        problem = language_problem(text, conversation.language)
        if problem is not None:
            return self._unsupported(conversation, place, [*warnings, problem])
        if is_content_free(text) or _only_filler(text):
            return ConversationResult(
                structured=StructuredConversation(
                    title="No meaningful content",
                    overview="The conversation has no meaningful content.",
                    emoji="💬",
                    category="other",
                ),
                discarded=True,
                place=place,
                warnings=warnings,
            )
        reference = _utc(conversation.started_at)
        document = parse(text, conversation.text_source, conversation.text_source_spec)
        body = document.body
        events = _guarded("events", lambda: extract_events(document, reference), [], warnings)
        actions = _guarded(
            "action items", lambda: extract_actions(document, reference, events), [], warnings
        )
        facts = _guarded(
            "facts",
            lambda: _dated(
                extract_facts(document, reference, text[:MAX_CHARS], conversation=True), reference
            ),
            [],
            warnings,
        )
        phrases = keyphrases(_keyword_text(document))
        roles = " ".join([*document.roles, *document.speakers])
        category = classify(
            f"{document.subject or ''} {roles} {body}",
            document.hashtags,
            source=document.kind,
            spec=conversation.text_source_spec,
            speakers=[*document.roles, *document.others()],
            document=document,
            raw=text[:MAX_CHARS],
        )
        structured = StructuredConversation(
            title=make_title(document, phrases, events, actions, facts),
            overview=make_overview(document, phrases, events, actions),
            emoji=pick_emoji(f"{document.subject or ''} {body}", category),
            category=category,
            action_items=actions,
            events=events,
        )
        return ConversationResult(
            structured=structured, facts=facts, place=place, warnings=warnings
        )

    def extract_facts(self, submission: FactsInput) -> FactsResult:
        warnings: list[str] = []
        problem = language_problem(submission.text, submission.language)
        if problem is not None:
            return FactsResult(facts=[], warnings=[problem])
        if is_content_free(submission.text):
            return FactsResult(facts=[])
        if len(submission.text) > MAX_CHARS:
            warnings.append(
                f"text longer than {MAX_CHARS} characters: the local engine analysed "
                "only the beginning"
            )
        spec = submission.text_source_spec or _FACT_SPECS[submission.text_source]
        if submission.text_source == "email":
            spec = "email"
        elif submission.text_source == "social_post":
            spec = "social_post"
        document = parse(submission.text, _FACT_SOURCES[submission.text_source], spec)
        if document.kind not in ("email", "post"):
            # Free text given as facts is the user's own note unless it is mail.
            document.kind = "note" if document.kind in ("text", "note") else document.kind
        reference = _utc(submission.reference_time)
        events = _guarded("events", lambda: extract_events(document, reference), [], warnings)
        facts = _guarded(
            "facts",
            lambda: _dated(
                extract_facts(document, reference, submission.text[:MAX_CHARS], events), reference
            ),
            [],
            warnings,
        )
        return FactsResult(facts=facts, warnings=warnings)

    def _place(self, conversation: ConversationInput) -> Place | None:
        try:
            return resolve_place(conversation.geolocation)
        except Exception:  # a broken geocoder data file must not fail the conversation
            log.exception("offline reverse geocoding failed")
            return None

    def _unsupported(
        self, conversation: ConversationInput, place: Place | None, warnings: list[str]
    ) -> ConversationResult:
        name = language_name(conversation.language, conversation.text)
        words = len(conversation.text.split())
        return ConversationResult(
            structured=StructuredConversation(
                title=f"Conversation in {name}",
                overview=(
                    f"A {words}-word conversation in {name}; the local engine only analyses "
                    "English, so no summary, action items or events were extracted."
                ),
                emoji="🌐",
                category="other",
            ),
            place=place,
            warnings=warnings,
        )


def _dated(facts: list[ExtractedFact], reference: datetime) -> list[ExtractedFact]:
    """Facts about one dated occasion carry the absolute date (they outlive the text)."""
    return [
        fact.model_copy(update={"content": with_absolute_date(fact.content, reference)})
        for fact in facts
    ]


def _guarded(
    what: str, run: Callable[[], list[T]], default: list[T], warnings: list[str]
) -> list[T]:
    """Run one extractor; a bug in it costs that output, never the whole result."""
    try:
        return run()
    except Exception:  # the engine must not fail a conversation over one extractor
        log.exception("local engine: %s extraction failed", what)
        warnings.append(f"the local engine could not extract {what} from this text")
        return default


# Back-channel and mic-check words: a text made only of them says nothing
# ("Speaker 0: Mm-hm. / Speaker 1: Yeah, totally.", "lol / ikr / 😂", "testing, one, two").
_FILLER = frozenset(
    """yeah yea yes yep yup ya ok okay okok k kk mm mmm mhm mmhm mm-hm hmm hm uh huh uh-huh um
    uhm er erm ah oh right totally sure cool nice wow no nope nah lol lmao lmfao rofl haha
    hahaha hahahaha hehe omg ikr ha hah testing test tested one two three four five hello hi
    hey mic check is this thing on again sound alright so well and the it i you me speaker
    exactly true really same""".split()
)
_SPEAKER_LABEL = re.compile(r"^\s*[\w .'’-]{1,30}:\s*", re.MULTILINE)


def _only_filler(text: str) -> bool:
    """Whether every word of the text is a filler (speaker labels aside)."""
    words = re.findall(r"[a-z][a-z'’-]*|\d+", _SPEAKER_LABEL.sub(" ", text).lower())
    return bool(words) and len(words) <= 120 and all(w in _FILLER or w.isdigit() for w in words)


def _keyword_text(document: Document) -> str:
    parts = [document.subject or ""]
    parts.extend(s.text for s in document.sentences)
    return "\n".join(p for p in parts if p)
