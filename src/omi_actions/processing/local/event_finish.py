"""Turning a complete frame into an Event, naming a generic plan by the occasion
said around it."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta

from omi_actions.processing.local.event_dates import _VAGUE_DAY, _find_dates
from omi_actions.processing.local.event_declines import _CANCELLED, _PAST
from omi_actions.processing.local.event_frame import _Frame
from omi_actions.processing.local.event_naming import _title
from omi_actions.processing.local.event_openers import _ORDINAL_BIRTHDAY
from omi_actions.processing.local.event_plans import (
    _ALL_DAY_PLANS,
    _MULTI_DAY,
    _modifiers,
    _plan_of,
)
from omi_actions.processing.local.event_rescue import GENERIC_PLANS, numeric_age, visit_purpose
from omi_actions.processing.local.event_times import _half_of_day
from omi_actions.processing.local.event_titles import meal_for
from omi_actions.processing.local.text import Document
from omi_actions.processing.schemas import Event


def _finish(frame: _Frame, document: Document, reference: datetime) -> Event | None:
    if frame.declined or frame.past or frame.day is None:
        return None
    if frame.clock is None:
        # A plan on a named day without a clock time is an all-day event.
        said = " ".join(s.text for s in document.sentences[frame.index : frame.last + 1])
        all_day = bool(re.search(r"\ball[- ]day\b", said or frame.sentence.text, re.I))
        multi_day = frame.plan.split()[-1].capitalize() in _MULTI_DAY and not (
            frame.task_about_plan and not frame.explicit_day
        )  # "can you book the cabin?" ... "I'll book it this weekend": the booking's day
        strong = (
            frame.specific_day
            and frame.day_in_plan_sentence
            and not frame.task_about_plan
            and frame.plan.split()[-1].lower() in _ALL_DAY_PLANS
        )
        if not (strong or multi_day or all_day or frame.ranged):
            return None
        clock = time(0, 0)
    else:
        clock = _half_of_day(frame, frame.clock) if frame.ambiguous else frame.clock
        if frame.ambiguous:
            clock = _said_with_half(clock, document) or clock
            if frame.venue is not None and clock.hour < 11:
                clock = clock.replace(hour=clock.hour + 12)  # a table booked "for 8": 20:00
    start = datetime.combine(frame.day, clock).replace(tzinfo=UTC)
    if start < reference - timedelta(hours=1):
        return None
    if frame.venue is not None and frame.clock is not None:
        frame.subject = f"{meal_for(clock.hour)} at the {frame.venue}"
    if frame.subject is None and frame.plan in GENERIC_PLANS:
        _rescue_generic(frame, document, start.date(), reference)
    return Event(
        title=_title(frame, document)[:120],
        description=frame.sentence.text.strip()[:500],
        start=start,
        duration_minutes=frame.duration,
    )


def _rescue_generic(frame: _Frame, document: Document, day: date, reference: datetime) -> None:
    """Name a "Meetup"/"Meeting"/"Appointment" by the occasion said around it: the
    visit's purpose, the mail's subject ("April book club"), the sentence before
    ("You coming to Dave's fortieth on Saturday?")."""
    purpose = visit_purpose(frame.sentence.text)
    if purpose is not None:
        frame.subject = purpose
        return
    texts = [document.subject or ""] if document.kind == "email" else []
    lo = max(0, frame.index - 2)
    texts += [s.text for s in reversed(document.sentences[lo : frame.index])]
    for text in texts:
        if not text or _PAST.search(text) or _CANCELLED.search(text):
            continue
        if any(
            m.has_day and m.value.date() != day and not _VAGUE_DAY.search(m.phrase)
            for m in _find_dates(text, reference)
        ):
            continue  # another day's plan
        aged = _ORDINAL_BIRTHDAY.search(text)
        if aged is not None:
            frame.subject = f"{numeric_age(aged.group(0))} birthday"
            return
        found = _plan_of(text)
        if found is None or found[0] in GENERIC_PLANS or found[0] in ("Follow-up", "Call"):
            continue
        modifiers = _modifiers(text, found[1])
        plan = f"{modifiers} {found[0].lower()}".strip() if modifiers else found[0]
        frame.plan = plan[:1].upper() + plan[1:]
        return


_CLOCK_WITH_HALF = re.compile(r"\b(\d{1,2}):(\d{2})\s*([ap])\.?\s?m\b", re.IGNORECASE)


def _said_with_half(clock: time, document: Document) -> time | None:
    """An ambiguous "the 7:15" said elsewhere in the text as "7:15am": that half of the
    day. Only a clock with minutes is specific enough to be the same time."""
    if clock.minute == 0:
        return None
    halves = {
        match.group(3).lower()
        for match in _CLOCK_WITH_HALF.finditer(document.body)
        if int(match.group(1)) % 12 == clock.hour % 12 and int(match.group(2)) == clock.minute
    }
    if len(halves) != 1:
        return None
    hour = clock.hour % 12 + (12 if halves == {"p"} else 0)
    return clock.replace(hour=hour)
