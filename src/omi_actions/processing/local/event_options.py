"""Slots offered as alternatives and the one the other side picks.

"I've got Tuesday at 8am or at 4:15" ... "Eight's no good. 4:15 works": the plan is
at 4:15, not at the first time offered. A sentence that names two or more clock
times joined by "or" offers them; a reply in a later turn that names one of them
picks it (or rules it out when it says it does not suit).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, time

from omi_actions.processing.local.dates import DateMention

_HOURS = {
    w: i + 1
    for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A clock said in a reply: "4:15", "8am", "eight", "at one". Not a date ("the 6th").
_SAID_CLOCK = re.compile(
    r"\b(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?!\d|st\b|nd\b|rd\b|th\b|[:./-]\d)|"
    r"\b(?P<w>" + "|".join(_HOURS) + r")\b(?!\s+(?:of|point|more|another|or\s+two|days?|"
    r"weeks?|months?|years?|people|kids|times?)\b)|\b(?P<noon>noon|midday)\b",
    re.IGNORECASE,
)
_SAID_DAY = re.compile(
    r"\b(?P<wd>mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b|"
    r"\b(?P<ord>\d{1,2})(?:st|nd|rd|th)\b",
    re.IGNORECASE,
)
# "Eight's no good", "7:30 is too early", "I can't do Wednesday".
_RULED_OUT = re.compile(
    r"\b(?:no\s+good|too\s+(?:early|late|soon)|can'?t|cannot|won'?t\s+work|"
    r"doesn'?t\s+(?:work|suit)|not\s+(?:good|great|possible|ideal|ok(?:ay)?)|"
    r"bad\s+for\s+me|busy|out\s+for\s+me)\b",
    re.IGNORECASE,
)
_OR = re.compile(r"^[\s,]*(?:or|or\s+else)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Slot:
    day: date | None
    clock: time
    ambiguous: bool = False


def offered(mentions: list[DateMention]) -> list[Slot]:
    """The slots of "Wednesday at 7:30am, or Friday at 1pm" (an empty list when the
    sentence does not offer a choice)."""
    timed = [m for m in mentions if m.has_time and not m.past]
    if len(timed) < 2:
        return []
    slots: list[Slot] = []
    for m in timed:
        day = m.value.date() if m.has_day else (slots[-1].day if slots else None)
        slots.append(Slot(day, m.value.time(), m.ambiguous))
    return slots


def joined_by_or(mentions: list[DateMention], text: str) -> bool:
    timed = [m for m in mentions if m.has_time and not m.past]
    return len(timed) >= 2 and all(
        _OR.match(text[a.end : b.start]) for a, b in itertools.pairwise(timed)
    )


def _said_clocks(text: str) -> list[tuple[int, int | None]]:
    said: list[tuple[int, int | None]] = []
    for match in _SAID_CLOCK.finditer(text):
        if match.group("noon"):
            said.append((12, 0))
        elif match.group("w"):
            said.append((_HOURS[match.group("w").lower()] % 12, None))
        else:
            hour = int(match.group("h"))
            if 1 <= hour <= 23:
                minute = match.group("m")
                said.append((hour % 12, int(minute) if minute else None))
    return said


def _said_days(text: str) -> tuple[set[int], set[int]]:
    weekdays: set[int] = set()
    days: set[int] = set()
    for match in _SAID_DAY.finditer(text):
        if match.group("wd"):
            stem = match.group("wd").lower()[:3]
            weekdays.update(i for i, w in enumerate(_WEEKDAYS) if w.startswith(stem))
        else:
            days.add(int(match.group("ord")))
    return weekdays, days


def _fits(slot: Slot, clocks: list[tuple[int, int | None]], days: tuple[set[int], set[int]]) -> int:
    """2 when the reply names the slot's clock, 1 its day only, 0 neither."""
    hit = any(
        slot.clock.hour % 12 == hour and (minute is None or minute == slot.clock.minute)
        for hour, minute in clocks
    )
    weekdays, dates = days
    on_day = slot.day is not None and (slot.day.weekday() in weekdays or slot.day.day in dates)
    return 2 if hit else 1 if on_day else 0


def choose(slots: list[Slot], text: str) -> tuple[Slot | None, list[Slot]] | None:
    """What a reply does with the slots: (picked slot or None, slots left), or None
    when it says nothing about them."""
    clocks, days = _said_clocks(text), _said_days(text)
    scores = [_fits(s, clocks, days) for s in slots]
    best = max(scores, default=0)
    if best == 0:
        return None
    # A day both slots share says nothing about which one.
    if best == 1 and len({s.day for s in slots}) < len(slots):
        return None
    named = [s for s, score in zip(slots, scores, strict=True) if score == best]
    if len(named) != 1:
        return None
    if _RULED_OUT.search(text):
        left = [s for s in slots if s != named[0]]
        return (left[0] if len(left) == 1 else None), left
    return named[0], []
