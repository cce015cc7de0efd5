"""Due dates of action items: a date said in the clause, "before then", a
deadline said just after, a recent occasion or visit the task belongs to, and
the event a task prepares for (whose name may also be added to the
description).
"""

from __future__ import annotations

import re
from datetime import datetime, time

from omi_actions.processing.local import (
    action_time,
)
from omi_actions.processing.local.action_context import _VAGUE_PERIOD, _Context
from omi_actions.processing.local.dates import combine, find_dates
from omi_actions.processing.schemas import Event

_PREP_VERBS = frozenset(
    {"bring", "prepare", "prep", "pack", "wear", "fast", "print", "reset", "practice", "read"}
)
_DUE_LEAD = re.compile(r"\b(?:for|from|about|regarding|re:?)\s+$", re.IGNORECASE)
_POLITE = re.compile(r"^(?:(?:please|pls|plz|kindly|also|just|and)\s+)+", re.IGNORECASE)
_THEN = re.compile(r"\b(?:before|by|until)\s+then\b|\bnext\s+time\b", re.IGNORECASE)


def _due(
    clause: str,
    task: str,
    sentence_index: int,
    context: _Context,
    events: list[Event],
    kind: str = "",
) -> datetime | None:
    due = _stated_due(clause, task, sentence_index, context, events, kind)
    if due is None:
        return None
    if events:
        due = action_time.at_event_time(due, events)
    if due.time() == time(0, 0):
        # "pick both up on Wednesday" ... "I'll come by Wednesday at about five".
        due = context.clock_on(due) or due
    if events:
        starts = {e.start for e in events}
        if due in starts:
            # "arrive fifteen minutes early" to the appointment.
            due = action_time.minutes_early(task, due) or due
    return due


def _stated_due(
    clause: str,
    task: str,
    sentence_index: int,
    context: _Context,
    events: list[Event],
    kind: str,
) -> datetime | None:
    mentions = [m for m in find_dates(clause, context.reference) if not m.past]
    mentions = [m for m in mentions if not _DUE_LEAD.search(clause[: m.start])]
    # "next week", "this month": a period, not a due date.
    mentions = [m for m in mentions if m.has_time or not _VAGUE_PERIOD.fullmatch(m.phrase)]
    # "the 1:30 debrief": a clock time naming a meeting, not the deadline.
    mentions = [
        m for m in mentions if m.has_day or not re.search(r"the\s+$", clause[: m.start], re.I)
    ]
    section = context.section[sentence_index]
    if mentions:
        inside = [m for m in mentions if m.phrase.lower() in task.lower()]
        chosen = (inside or mentions)[0]
        if section is not None:
            if not chosen.has_day:
                return combine(section, chosen)  # "Wed" / "- book club 19:00"
            if chosen.phrase.lower() == "today":
                return section.value  # "Tue" / "- expense report (deadline is today)"
        if not chosen.has_day and action_time.same_day(clause):
            # "by 8:30 AM that morning": the day said before.
            previous = context.last_day(sentence_index - 1) if sentence_index > 0 else None
            if previous is not None:
                return combine(previous, chosen)
        return chosen.value
    within = action_time.within_due(clause, context.reference)
    if within is not None:
        return within
    if kind == "ready":
        later = _deadline_after(sentence_index, context)
        if later is not None:
            return later
    if kind in ("request", "imperative"):
        later = _bare_deadline(sentence_index, context)
        if later is not None:
            return later  # "Could you draft it? Ideally by Monday."
    if action_time.is_recurring(clause):
        return None  # "initial it each week": a habit
    sentence_text = context.document.sentences[sentence_index].text
    # A date said elsewhere in the same sentence ("Tomorrow, first thing: call the bank"),
    # unless it names what something is for ("groceries for Friday dinner").
    elsewhere = [
        m
        for m in context.mentions[sentence_index]
        if not m.past
        and m.has_day
        and not _VAGUE_PERIOD.fullmatch(m.phrase)
        and not _DUE_LEAD.search(sentence_text[: m.start])
    ]
    if len(elsewhere) == 1 and not _THEN.search(sentence_text):
        return elsewhere[0].value
    if section is not None:
        clock = [m for m in context.mentions[sentence_index] if m.has_time and not m.has_day]
        return combine(section, clock[0]) if clock else section.value
    if _THEN.search(sentence_text):
        if re.search(r"next\s+time", sentence_text, re.I) and len(events) == 1:
            return events[0].start
        previous = context.last_date(sentence_index - 1) if sentence_index > 0 else None
        if previous is not None:
            return previous.value
    # "please bring ...": the verb after a politeness word decides, not "please".
    verb = _POLITE.sub("", task).split(" ", 1)[0].lower()
    if _BEFORE_VISIT.search(clause):
        # "fill out the form before you come in": the visit last agreed on.
        occasion = _recent_occasion(sentence_index, context)
        if occasion is not None:
            return occasion
    if len(events) == 1 and (verb in _PREP_VERBS or re.search(r"\bbefore\b", task, re.I)):
        return events[0].start
    # A task that names a coming event ("bring the cable to the game night",
    # "present it at the review") is due when the event starts.
    named = _event_named_in(f"{clause} {sentence_text}", events)
    if named is not None and (verb in _PREP_VERBS or verb in _AT_EVENT_VERBS):
        return named.start
    if (
        len(events) == 1
        and verb in _AT_EVENT_VERBS
        and re.search(r"\b(?:there|then|at\s+the|to\s+the)\b", clause, re.I)
    ):
        return events[0].start
    if not events and verb in _PREP_VERBS:
        # "Monday at 9:30 with Dr. Patel ... bring his vaccination record": the occasion
        # said shortly before, even when it was not recognised as an event.
        occasion = _recent_occasion(sentence_index, context)
        if occasion is not None:
            return occasion
    # A deadline stated in the sentence before ("The deadline has moved to March 4").
    if sentence_index > 0 and re.search(
        r"\b(?:deadline|due)\b", context.document.sentences[sentence_index - 1].text, re.I
    ):
        stated = [m for m in context.mentions[sentence_index - 1] if not m.past]
        if stated:
            return stated[0].value
    return _said_just_before(sentence_index, context, kind)


_UNTIL = re.compile(r"\b(?:until|till|by|before|through|no\s+later\s+than)\s+(?:the\s+)?$", re.I)


def _deadline_after(sentence_index: int, context: _Context) -> datetime | None:
    """ "Your order is ready for pickup. It will be held until Sat 8/16.": the deadline
    said in the next sentences of the same message."""
    sentences = context.document.sentences
    current = sentences[sentence_index]
    for position in range(sentence_index + 1, min(len(sentences), sentence_index + 3)):
        if sentences[position].speaker != current.speaker:
            break
        text = sentences[position].text
        within = action_time.within_due(text, context.reference)
        if within is not None:
            return within
        for mention in context.mentions[position]:
            if not mention.past and mention.has_day and _UNTIL.search(text[: mention.start]):
                return mention.value
    return None


# A deadline said on its own right after the ask: "Ideally by Monday.", "By Friday please."
_BARE_BY = re.compile(
    r"^\W*(?:(?:ideally|preferably|hopefully|if\s+possible|at\s+the\s+latest|latest)\s*,?\s+)?"
    r"(?:by(?!\s+the\s+way\b)|before|no\s+later\s+than)\s",
    re.IGNORECASE,
)


def _bare_deadline(sentence_index: int, context: _Context) -> datetime | None:
    sentences = context.document.sentences
    position = sentence_index + 1
    if (
        position >= len(sentences)
        or sentences[position].speaker != sentences[sentence_index].speaker
    ):
        return None
    if not _BARE_BY.match(sentences[position].text):
        return None
    days = [m for m in context.mentions[position] if not m.past and m.has_day]
    return days[0].value if days else None


_BEFORE_VISIT = re.compile(
    r"\bbefore\s+(?:you\s+(?:come\s+in|arrive|get\s+here)|your\s+(?:visit|appointment|session|"
    r"scan|arrival|exam|procedure|class|lesson|shift|interview))\b",
    re.IGNORECASE,
)


def _recent_occasion(sentence_index: int, context: _Context) -> datetime | None:
    """The most recent future day said in the last few sentences, with its clock time if
    one follows in the next sentence ("next Saturday?" - "Yep, 9am")."""
    first = max(0, sentence_index - 6)
    for position in range(sentence_index - 1, first - 1, -1):
        dated = [
            m
            for m in context.mentions[position]
            if not m.past and m.has_day and not _VAGUE_PERIOD.fullmatch(m.phrase)
        ]
        if not dated:
            continue
        chosen = dated[-1]
        if not chosen.has_time and position + 1 < sentence_index:
            clocks = [m for m in context.mentions[position + 1] if m.has_time and not m.has_day]
            if clocks:
                return combine(chosen, clocks[0])
        return chosen.value
    return None


def _said_just_before(sentence_index: int, context: _Context, kind: str) -> datetime | None:
    """A request right after its speaker named one date: "The service is at 11pm on the
    24th. Could you read the second lesson?" is due then."""
    if kind not in ("request", "imperative") or sentence_index == 0:
        return None
    sentences = context.document.sentences
    current = sentences[sentence_index]
    previous = sentences[sentence_index - 1]
    if previous.speaker != current.speaker or previous.from_user is True:
        return None
    if context.mentions[sentence_index]:
        return None
    dated = [
        m
        for m in context.mentions[sentence_index - 1]
        if not m.past and m.has_day and not _VAGUE_PERIOD.fullmatch(m.phrase)
    ]
    if len({m.value.date() for m in dated}) != 1:
        return None
    # "the Christmas Eve service is at 11pm on the 24th": one day, said twice.
    return max(dated, key=lambda m: m.has_time).value


_AT_EVENT_VERBS = frozenset(
    """present demo show share bring wear pack read sing play lead host introduce pitch cover
    take drive pick""".split()
)
_EVENT_STOP = frozenset(
    """with at the a an to for of on in and meeting call visit appointment""".split()
)


def _event_named_in(text: str, events: list[Event]) -> Event | None:
    """The one coming event whose distinctive title words occur in ``text``."""
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]+", text)}
    named = [
        e
        for e in events
        if {w.lower() for w in re.findall(r"[A-Za-z][\w'-]+", e.title)} - _EVENT_STOP & words
    ]
    return named[0] if len(named) == 1 else None


_GENERIC_TITLE = re.compile(r"^(?:meeting|call|chat|catch-?up|plans?)\s+with\b", re.IGNORECASE)


_BARE_REPLY = re.compile(r"^reply\s+to\s+[\w.'’-]+(?:\s+[A-Z][\w.'’-]*)?$", re.IGNORECASE)


def _with_event_context(description: str, events: list[Event], asked: bool = False) -> str:
    """ "Bring Catan" -> "Bring Catan to Game night with Kai" when one event is coming."""
    verb = description.split(" ", 1)[0].lower()
    if asked and len(events) == 1 and verb == "buy" and len(description.split()) == 2:
        # "Buy snacks" (the user's share of a party) -> "Buy snacks for the game night".
        title = events[0].title
        if _GENERIC_TITLE.match(title):
            return description
        if not title[1:2].isupper():
            title = title[:1].lower() + title[1:]
        return f"{description} for the {title}"
    if len(events) == 1 and _BARE_REPLY.match(description):
        # "Reply to Ola" (a bare "let me know by Wednesday"): about the one event planned.
        title = events[0].title
        if _GENERIC_TITLE.match(title) or title.lower() in description.lower():
            return description
        if not title[1:2].isupper():
            title = title[:1].lower() + title[1:]
        return f"{description} about the {title}"
    if len(events) != 1 or verb not in ("bring", "wear", "pack", "rsvp"):
        return description
    if re.search(r"\b(?:to|for)\s+(?:the\s+)?[A-Za-z]", description.split(" ", 2)[-1]):
        return description
    title = events[0].title
    if _GENERIC_TITLE.match(title):
        return description  # "Meeting with Priya": the occasion's own name is not known
    if not title[1:2].isupper():
        title = title[:1].lower() + title[1:]
    if verb == "rsvp":
        rest = description.split(" ", 1)[1] if " " in description else ""
        return f"RSVP to {title} {rest}".strip()
    return f"{description} to the {title}"
