"""A reply in an email thread that names the plan only in its subject ("Re: Coffee this
week?" ... "Can we push to Thursday the 8th at 9:30 instead?"): the day and time in the
body are the subject's plan.

Read only when the rest of the engine found no event at that time, and only from the
first sentence of the newest message that gives a day and a clock time without naming
a plan of its own, a deadline or a past day.
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.event_dates import _VAGUE_DAY, _find_dates
from omi_actions.processing.local.event_declines import _CANCELLED, _DECLINE, _PAST, straight
from omi_actions.processing.local.event_finish import _finish
from omi_actions.processing.local.event_frame import _Frame
from omi_actions.processing.local.event_plans import _modifiers, _plan_of
from omi_actions.processing.local.text import Document
from omi_actions.processing.schemas import Event

# "Re: Fwd: ...", "You're registered: ...", "Reminder - ...": the plan follows the lead.
_SUBJECT_LEAD = re.compile(
    r"^(?:\s*(?:re|fwd?|aw|sv)\s*:\s*)+|^[^:]{0,30}\b(?:registered|confirmed|reminder|"
    r"invitation|invite|update)\b[^:]{0,10}:\s*",
    re.IGNORECASE,
)
# A time something is due by, or a plan that is over or called off, is not the plan's start.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|before|until|till|due|deadline|closes?|ends?|expires?|no\s+later\s+than)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_DEADLINE_LEAD = re.compile(r"(?:by|before|until|till)\b", re.IGNORECASE)
_NOT_A_PLAN_SUBJECT = re.compile(
    r"\b(?:invoice|receipt|order|payment|statement|newsletter|digest|cancel\w*|"
    r"postponed|recap|minutes|notes|feedback|thank\w*)\b",
    re.IGNORECASE,
)


# "You're registered: Clean Up Australia Day": what follows is the name of an event.
_SIGNED_UP_LEAD = re.compile(
    r"^\s*(?:you'?re|you\s+are)\s+(?:registered|signed\s+up|in|going)\s*:\s*"
    r"(?P<name>[A-Z][^:@#]{2,48})$",
    re.IGNORECASE,
)


def _subject_plan(subject: str) -> str | None:
    signed_up = _SIGNED_UP_LEAD.match(
        re.sub(r"^(?:\s*(?:re|fwd?)\s*:\s*)+", "", subject, flags=re.I)
    )
    subject = _SUBJECT_LEAD.sub("", subject).strip()
    if not subject or _NOT_A_PLAN_SUBJECT.search(subject) or _PAST.search(subject):
        return None
    found = _plan_of(subject)
    if found is None and signed_up is not None and len(signed_up.group("name").split()) <= 6:
        return signed_up.group("name").strip()
    if found is None or re.search(r"\b(?:before|after|for)\s+\S+\s*$", subject[: found[1]]):
        return None  # "NDA before Friday's call": the call is only a reference point
    title, start, _ = found
    modifiers = _modifiers(subject, start)
    plan = f"{modifiers} {title.lower()}".strip() if modifiers else title
    return plan[:1].upper() + plan[1:]


def subject_event(document: Document, reference: datetime, events: list[Event]) -> Event | None:
    """The subject's plan at the day and time the newest message gives it."""
    if document.kind != "email" or not document.subject:
        return None
    plan = _subject_plan(document.subject)
    if plan is None:
        return None
    for index, sentence in enumerate(document.sentences):
        text = sentence.text
        plain = straight(text)
        if _CANCELLED.search(text) or _DECLINE.search(plain):
            return None  # the thread calls the plan off
        mentions = [
            m
            for m in _find_dates(text, reference)
            if m.has_day
            and m.has_time
            and not m.past
            and not _VAGUE_DAY.search(m.phrase)
            and not _DEADLINE_BEFORE.search(text[: m.start])
            and not _DEADLINE_LEAD.match(m.phrase)
        ]
        if not mentions:
            continue
        if _PAST.search(text) or _plan_of(text) is not None:
            return None  # the first timed sentence is about something else
        mention = mentions[0]
        if any(abs((e.start - mention.value).total_seconds()) <= 3600 for e in events):
            return None  # read already
        frame = _Frame(plan, sentence, index, day=mention.value.date())
        if _plan_of(plan) is None:
            frame.subject = plan  # an event's own name ("Clean Up Australia Day") as is
        frame.clock, frame.ambiguous = mention.value.time(), mention.ambiguous
        frame.specific_day = frame.day_in_plan_sentence = True
        return _finish(frame, document, reference)
    return None
