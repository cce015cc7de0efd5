"""Helpers shared by the tests of facts from written records (rounds 10a, 11a)."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.facts import extract_facts
from omi_actions.processing.local.text import parse

# Wednesday 14 May 2025, 09:00 UTC.
REF = datetime(2025, 5, 14, 9, 0, tzinfo=UTC)


def facts(text: str, source: str = "other", spec: str | None = None) -> list[str]:
    """The facts the local engine extracts from ``text`` submitted at ``REF``."""
    doc = parse(text, source, spec)
    return [f.content for f in extract_facts(doc, REF, text, extract_events(doc, REF))]


def mail(sender: str, subject: str, body: str, to: str = "me@example.com") -> str:
    return f"From: {sender}\nTo: {to}\nSubject: {subject}\n\n{body}"
