"""Time phrases around an action item: what to cut from its description, and
the due dates the date grammar alone does not give.

A task description is a short imperative ("Sign the lease renewal"); the
deadline that came with it ("by July 15", "within 10 days", "tomorrow after
work") belongs in ``due_at``, so it is cut from the text once the due date has
been read. A few deadline forms are resolved here rather than in
:mod:`dates`, because they only make sense for tasks: "within 30 days" (a
deadline counted from the message), "arrive fifteen minutes early" (relative
to the appointment), a clock time "that morning" (the day said before).
"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta

from omi_actions.processing.local.dates import DateMention, find_dates
from omi_actions.processing.schemas import Event

_NUMBERS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
}
_COUNT = r"(?P<n>\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
# "within 10 days", "in the next 30 days", "no later than 5 business days from today".
_WITHIN = re.compile(
    r"\b(?:within|in\s+the\s+next|no\s+later\s+than)\s+(?:the\s+next\s+)?"
    + _COUNT
    + r"\s+(?:(?:business|working|calendar)\s+)?(?P<unit>days?|weeks?|hours?)"
    r"(?:\s+(?:of|from|after)\s+(?:today|now|this\s+(?:email|message|notice|letter)|receipt))?",
    re.IGNORECASE,
)
_EARLY = re.compile(
    r"\b" + _COUNT + r"\s+(?:minutes?|mins?)\s+(?:early|before(?:\s+(?:it|the\s+\w+))?)\b",
    re.IGNORECASE,
)
_THAT_DAY = re.compile(
    r"\b(?:that|the\s+same)\s+(?:morning|day|afternoon|evening|night)\b", re.IGNORECASE
)
_RECURRING = re.compile(
    r"\b(?:each|every)\s+(?:day|night|morning|evening|week|month|time|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b|\b(?:daily|nightly|weekly)\b",
    re.IGNORECASE,
)
_LEAD = (
    r"(?:\s*,?\s+(?:by|on|before|until|till|no\s+later\s+than|due|from|at|for|this|ideally|"
    r"latest|starting|no\s+later\s+than|any\s+time|sometime|first\s+thing)\b)*"
)
# Deadline wording with no date of its own ("before then", "asap", "after work").
_TIME_TAILS = re.compile(
    r"(?:\s*,?\s+(?:before|by|until)\s+then\b|\s+asap\b|\s+right\s+away\b|\s+after\s+work\b|"
    r"\s+first\s+thing(?:\s+in\s+the\s+morning)?\b|\s+at\s+the\s+latest\b|\s+if\s+possible\b|"
    r"\s+(?:before|once|when|until|so)\s+(?:it|they|he|she)\s+\w+\b.*$|"
    r"\s+so\s+(?:it'?s|it\s+is|that\s+it)\b.*$|\s+(?:that|the\s+same)\s+(?:morning|day|afternoon|"
    r"evening|night)\b)",
    re.IGNORECASE,
)


# A word after the date that makes it a modifier of a noun ("Friday dinner").
_MODIFIER_AFTER = re.compile(
    r"^\s+(?!(?:and|or|but|to|so|if|at|in|on|by|for|with|before|after|then|when|once|"
    r"please|because|as|from|until|the|a|an|this|that|it|them|about|regarding|via|through|"
    r"instead|again|too|while|first|early|latest|ahead|also|together|myself|yourself|"
    r"morning|afternoon|evening|night)\b)[a-z][a-z'-]+",
    re.IGNORECASE,
)


def _count(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBERS[text.lower()]


def within_due(text: str, reference: datetime) -> datetime | None:
    """ "within 10 days" -> the anchor date plus ten days (all-day)."""
    match = _WITHIN.search(text)
    if match is None:
        return None
    count, unit = _count(match.group("n")), match.group("unit").lower()
    if unit.startswith("hour"):
        return reference + timedelta(hours=count)
    days = count * 7 if unit.startswith("week") else count
    day = (reference + timedelta(days=days)).date()
    return datetime.combine(day, time(0, 0), tzinfo=reference.tzinfo)


def is_recurring(text: str) -> bool:
    """ "initial it each week", "take one tablet daily": a habit, not one deadline."""
    return _RECURRING.search(text) is not None


def minutes_early(task: str, start: datetime) -> datetime | None:
    """ "arrive fifteen minutes early" for an appointment at ``start``."""
    match = _EARLY.search(task)
    if match is None:
        return None
    return start - timedelta(minutes=_count(match.group("n")))


def same_day(text: str) -> bool:
    """ "by 8:30 AM that morning": the clock time is on a day said earlier."""
    return _THAT_DAY.search(text) is not None


def at_event_time(due: datetime, events: list[Event]) -> datetime:
    """An all-day due date on the day of one timed event: the event's start.

    "leave the key with the neighbour on Friday" when the plumber comes Friday at
    10: the task is done by the time the event begins.
    """
    if due.time() != time(0, 0):
        return due
    same = [e for e in events if e.start.date() == due.date() and e.start.time() != time(0, 0)]
    return same[0].start if len(same) == 1 else due


# "Monday's all-hands", "tomorrow's stand-up": the day names the occasion, not a deadline.
_POSSESSIVE = re.compile(r"['’]s\b")


def strip_time_phrases(description: str, reference: datetime) -> str:
    """The description without its deadline ("Sign the renewal by July 15")."""
    text = description
    spans: list[tuple[int, int]] = []
    for mention in find_dates(text, reference):
        spans.extend(_mention_spans(text, mention))
    within = _WITHIN.search(text)
    if within is not None:
        spans.append((within.start(), within.end()))
    for start, end in sorted(spans, reverse=True):
        if (
            _MODIFIER_AFTER.match(text[end:])
            or _POSSESSIVE.match(text[end:])
            or re.search(r"\b(?:of|the|about|regarding|re:?)\s*$", text[:start])
        ):
            continue  # "the 1:30 debrief", "for Friday dinner": the date names the thing
        lead = re.search(_LEAD + r"\s*$", text[:start], re.IGNORECASE)
        cut_from = lead.start() if lead is not None and lead.group(0).strip() else start
        text = f"{text[:cut_from].rstrip()} {text[end:].lstrip()}"
    text = _TIME_TAILS.sub("", text)
    text = re.sub(r"\s+([,.!?])(?=\s|$)", r"\1", re.sub(r"\s+", " ", text)).strip(" ,;:-?")
    words = text.split()
    # Never cut the description down to a bare verb: keep the original then.
    if len(words) < 2 or len(words) < len(description.split()) // 3:
        return description
    return text


def _mention_spans(text: str, mention: DateMention) -> list[tuple[int, int]]:
    span = text[mention.start : mention.end]
    if len(span) <= len(mention.phrase) + 2:
        return [(mention.start, mention.end)]
    # A day and a clock time said apart ("tomorrow ... at 1pm"): cut each part.
    words = mention.phrase.split()
    for k in range(1, len(words)):
        head, tail = " ".join(words[:k]), " ".join(words[k:])
        if span.startswith(head) and span.endswith(tail):
            return [
                (mention.start, mention.start + len(head)),
                (mention.end - len(tail), mention.end),
            ]
    return []


_HOUR_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# "at about five", "from eight", "around 6": a spoken clock time the date parser leaves.
_SPOKEN_CLOCK = re.compile(
    r"\b(?:at|from|around|about|by)\s+(?:about\s+|around\s+|roughly\s+)?"
    r"(?P<h>[1-9]|1[0-2]|" + "|".join(_HOUR_WORDS) + r")(?:\s+o'?clock)?"
    r"(?!\s*(?:[:.]\d|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|%|percent|"
    r"people|of|or|to|-|–|quid|pounds?|dollars?|euros?|kids?|times?|items?|pm|am|p\.m|a\.m)\b)"
    r"(?=\s*(?:[,.!?;]|$|\s+(?:then|tonight|that|on|at|and|for|please|ish|or\s+so)\b))",
    re.IGNORECASE,
)
_EVENING = re.compile(
    r"\b(?:tonight|evening|drinks?|dinner|party|pub|bar|gig|concert|show|film|movie|"
    r"after\s+work)\b",
    re.IGNORECASE,
)


def spoken_clock(text: str, context: str = "") -> time | None:
    """ "at about five" -> 17:00; "from eight" for drinks -> 20:00; "around 9" -> 09:00.

    Hours 1-6 are afternoon times, 7-11 are morning ones unless the talk is of an
    evening plan; 12 is noon.
    """
    match = _SPOKEN_CLOCK.search(text)
    if match is None:
        return None
    raw = match.group("h").lower()
    hour = _HOUR_WORDS[raw] if raw in _HOUR_WORDS else int(raw)
    if 1 <= hour <= 6 or (7 <= hour <= 11 and _EVENING.search(f"{context} {text}")):
        hour += 12
    return time(hour % 24, 0)
