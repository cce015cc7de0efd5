"""The finished event list: repeats dropped and booking titles named by what was booked.

A plan read twice at the same start keeps its fuller title; an online check-in is
the flight (or train, ferry) it is for, and a reservation names its route.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, time

from omi_actions.processing.local.text import Document
from omi_actions.processing.schemas import Event


def _words(title: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", title.lower())) - {"the", "a", "an", "with", "at"}


def _without_repeats(events: list[Event]) -> list[Event]:
    """A plan read twice at the same start ("Flight", "Flight from Lisbon to Berlin"):
    the fuller title stays."""
    kept: list[Event] = []
    for event in sorted(events, key=lambda e: -len(e.title)):
        words = _words(event.title)
        if not any(k.start == event.start and words <= _words(k.title) for k in kept):
            kept.append(event)
    return [e for e in events if any(e is k for k in kept)]


# "Check-in is now open for your flight BA 283 from ...": the flight is the plan.
_CHECK_IN_FOR = re.compile(
    r"(?i:\bcheck-?in\b[^.!?]*?\b(?:for|on)\s+your\s+(?P<mode>flight|train|ferry|sailing))"
    r"(?P<no>\s+[A-Z]{1,3}\s?\d{2,4}\b)?"
)


def _journey_checked_in(event: Event) -> Event:
    if not re.match(r"(?i)(?:online\s+)?check-?in\b", event.title):
        return event
    found = _CHECK_IN_FOR.search(event.description or "")
    if found is None:
        return event
    mode = found.group("mode").capitalize()
    mode = "Ferry" if mode == "Sailing" else mode
    return event.model_copy(update={"title": f"{mode}{found.group('no') or ''}"})


# "moved your reservation to the 07:42 service ... the service from Leeds to York": a
# booking of a journey whose route the text names.
_ROUTE = re.compile(
    r"\b(?P<mode>service|train|coach|bus|ferry)\s+from\s+"
    r"(?P<a>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+to\s+"
    r"(?P<b>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})"
)


def _booked_route(event: Event, document: Document) -> Event:
    if event.title not in ("Reservation", "Booking"):
        return event
    found = _ROUTE.search(document.body[:5000])
    if found is None:
        return event
    mode = found.group("mode").capitalize()
    mode = "Train" if mode == "Service" else mode
    title = f"{mode} from {found.group('a')} to {found.group('b')}"
    return event.model_copy(update={"title": title[:120]})


def already_past(event: Event, reference: datetime) -> bool:
    """A moment before the conversation began is a record ("Time: 31 May, 23:41"),
    not a plan: no labelled event starts before ``started_at``. An all-day event counts
    as past only from the day before."""
    start = event.start if event.start.tzinfo else event.start.replace(tzinfo=UTC)
    if start.time() == time(0, 0):
        return start.date() < reference.date()
    return start < reference


# "we start demo Monday", "Demo starts the ninth": builders knocking a room out, not a
# product demo (which is presented, given or shown, never "started").
_DEMOLITION = re.compile(
    r"(?i)\b(?:demo\s+(?:starts|begins)\b|(?:start|begin)(?:s|ning|ing)?\s+(?:the\s+)?demo\b)"
)


def demolition_titled(event: Event) -> Event:
    if not re.match(r"(?i)demo\b", event.title) or not _DEMOLITION.search(event.description or ""):
        return event
    return event.model_copy(update={"title": "Demolition starts"})


def without_echoed_name(event: Event) -> Event:
    """ "Chloe babysitting with Chloe": the person already leads the title."""
    title = event.title
    head, sep, tail = title.rpartition(" with ")
    if sep and tail and head.split(" ", 1)[0] == tail:
        return event.model_copy(update={"title": head})
    return event
