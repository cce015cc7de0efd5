"""Reading a clock time said in a phrase: "7:30pm", "half past six", "at seven", "8 in the evening".

Parsed here rather than by dateparser, which mishandles forms like "tonight at 8".
"""

from __future__ import annotations

import re
from datetime import time

from omi_actions.processing.local.date_grammar import _HOUR_WORDS

_HOUR_VALUES = {word: index + 1 for index, word in enumerate(_HOUR_WORDS.split("|"))}


_MERIDIEM_SUFFIX = re.compile(
    r"\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night))$"
)


# "seven a.m.", "nine thirty pm": an hour in words with its half of the day.
_SAID_MERIDIEM = re.compile(r"(.+?)\s*([ap])\.?m\.?")
_HOUR_WORD_FIRST = re.compile(rf"(?:{_HOUR_WORDS})\b")


def _meridiem(clock: time, part: str) -> time:
    """A clock time said with a part of the day: "7:30 in the morning", "8 in the evening"."""
    if part == "morning":
        return clock.replace(hour=0) if clock.hour == 12 else clock
    if part == "night" and (clock.hour < 5 or clock.hour == 12):
        return clock.replace(hour=0) if clock.hour == 12 else clock  # "2 at night"
    if part in ("afternoon", "evening", "night", "tonight") and clock.hour < 12:
        return clock.replace(hour=clock.hour + 12)
    return clock


def _parse_clock(raw: str, guess_pm: bool = True) -> time | None:
    raw = raw.strip().lower()
    suffix = _MERIDIEM_SUFFIX.search(raw)
    if suffix is not None:
        clock = _parse_clock(raw[: suffix.start()], guess_pm=False)
        if clock is None or clock.hour > 12:
            return clock
        return _meridiem(clock, suffix.group("part") or "night")
    worded = re.fullmatch(r"(half|(?:a\s+)?quarter)\s+(past|after|to)\s+(\w+)", raw)
    if worded is not None:
        hour = _HOUR_VALUES.get(worded.group(3)) or int(worded.group(3))
        minutes = 30 if worded.group(1) == "half" else 15
        if worded.group(2) == "to":
            hour, minutes = hour - 1, 60 - minutes
        if guess_pm and 1 <= hour <= 7:
            hour += 12
        return time(hour % 24, minutes)
    said = _SAID_MERIDIEM.fullmatch(raw)
    if said is not None and _HOUR_WORD_FIRST.match(said.group(1)):
        bare = _parse_clock(said.group(1), guess_pm=False)  # "seven a.m.", "nine thirty pm"
        if bare is None or bare.hour > 12:
            return None
        hour = bare.hour % 12 + (12 if said.group(2) == "p" else 0)
        return bare.replace(hour=hour)
    spelled = re.fullmatch(
        rf"({_HOUR_WORDS})(?:[\s-](fifteen|thirty|forty[\s-]five|o'?clock))?", raw
    )
    if spelled is not None:  # "at seven", "at five thirty", "at one o'clock"
        minutes = {"fifteen": 15, "thirty": 30}.get(spelled.group(2) or "", 0)
        if (spelled.group(2) or "").startswith("forty"):
            minutes = 45
        return time(_HOUR_VALUES[spelled.group(1)], minutes)
    text = re.sub(r"-?ish$", "", re.sub(r"o'?clock$", "", raw.replace(" ", ""))).rstrip("h")
    text = re.sub(r"(\d)\.(\d{2})", r"\1:\2", text).replace(".", "")
    if text in ("noon", "midday"):
        return time(12, 0)
    if text == "midnight":
        return time(0, 0)
    match = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?(am|pm)?", text)
    if match is None:
        return None
    hour, minute, ampm = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
