"""Patterns the record-card rules share: a weekday, a clock time, a person's name, and
reading a clock time as "HH:MM"."""

from __future__ import annotations

import re

_DAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_TIME = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"


def _clock(text: str | None) -> str:
    """ "7am" -> "07:00", "19:00" -> "19:00", "5.30 pm" -> "17:30"; "" when none."""
    if not text:
        return ""
    match = re.fullmatch(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?m?\.?", text.strip(), re.I)
    if match is None:
        return ""
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    half = (match.group(3) or "").lower()
    if half == "p" and hour < 12:
        hour += 12
    elif half == "a" and hour == 12:
        hour = 0
    if not half and match.group(2) is None:
        return ""  # a bare number is not a time
    if hour > 23 or minute > 59:
        return ""
    return f"{hour:02d}:{minute:02d}"
