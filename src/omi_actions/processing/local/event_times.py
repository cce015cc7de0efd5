"""Choosing a plan's start clock: the half of the day an hour without am/pm falls
in, and clock times said loosely ("booked for 7", "one o'clock")."""

from __future__ import annotations

import re
from datetime import time

from omi_actions.processing.local.event_frame import _Frame
from omi_actions.processing.local.event_plans import _EVENING, _VISITOR_NOUN

# A bare hour answering "what time?": "8?", "around 7".
_BARE_HOUR = re.compile(
    r"^\W*(?:at\s+|around\s+|maybe\s+|how\s+about\s+)?(\d{1,2})\s*(?:\?|!|\.|,|$|"
    r"(?=\s+(?:at|@)\s+(?:the\s+)?[A-Z][\w'’-]+\W*$)|"
    # "7 at the library?", "7 it is": an hour with the place or an agreement.
    r"(?=\s+(?:at|@)\s+the\s+[a-z][\w'’-]+\s*\?\s*$)|(?=\s+it\s+is\b))"
)


# Evening plans: a clock time without am/pm is in the evening ("dinner at 8").
_STRICT_EVENING = frozenset({"Dinner", "Drinks", "Concert", "Gala", "night"})
# Plans that happen in the day: "surgery at 7", "breakfast at 7" are in the morning.
_DAY_HOURS: dict[str, tuple[int, int]] = {
    "Breakfast": (5, 11), "Brunch": (9, 15), "Coffee": (6, 18), "Standup": (7, 12),
    "Surgery": (5, 17), "Procedure": (5, 17), "Colonoscopy": (5, 17), "Biopsy": (6, 17),
    "Infusion": (6, 18), "test": (6, 18), "work": (6, 18), "draw": (6, 18), "Scan": (6, 18),
    "MRI": (6, 18), "X-ray": (6, 18), "Ultrasound": (6, 18), "Mammogram": (6, 18),
    "Appointment": (7, 18), "appointment": (7, 18), "Checkup": (7, 18), "Cleaning": (7, 18),
    "Physical": (7, 18), "Consultation": (7, 18), "Vaccination": (7, 18), "Screening": (7, 18),
    "Interview": (7, 18), "Exam": (7, 18), "Orientation": (7, 18), "Drop-off": (6, 10),
    "Lecture": (7, 18), "Inspection": (7, 18), "Hearing": (7, 18), "Shift": (5, 23),
    "Operation": (5, 17), "Arthroscopy": (5, 17), "Endoscopy": (5, 17), "Gastroscopy": (5, 17),
    "Neutering": (6, 17), "Spaying": (6, 17), "Adjustment": (7, 18), "Soundcheck": (9, 20),
    "Delivery": (7, 19), "Installation": (7, 19), "Repair": (7, 19), "Fitting": (7, 19),
    "Removal": (7, 19), "Collection": (7, 19), "Survey": (7, 19), "Measuring": (7, 19),
    "Replacement": (7, 19),
    # Outdoor exercise: "long run Saturday at 7" is at dawn, "run at 6" after work.
    "Run": (5, 19), "Hike": (5, 16), "Parkrun": (6, 12),
}  # fmt: skip


def _half_of_day(frame: _Frame, clock: time) -> time:
    """An hour said without am/pm ("at 7", "10:00") in the half of the day the plan
    fits: the date parser reads 1-7 as pm; dinner is in the evening, surgery and
    breakfast in the morning, a work party at 10:00 in the morning."""
    head = frame.plan.split()[-1]
    other = clock.replace(hour=(clock.hour + 12) % 24)
    hours = _DAY_HOURS.get(head) or _DAY_HOURS.get(head.capitalize())
    if hours is None and head.lower() == "visit" and _VISITOR_NOUN.search(frame.plan):
        hours = (7, 19)  # a plumber or an electrician calls in working hours
    if hours is not None:
        low, high = hours
        if not low <= clock.hour < high and low <= other.hour < high:
            return other
        return clock
    if clock.hour >= 12:
        return clock
    if head in _STRICT_EVENING or head.capitalize() in _STRICT_EVENING:
        return other
    evening = head.capitalize() in {p.split()[-1] for p in _EVENING}
    if evening and not (frame.clock_minutes and clock.hour >= 10):
        return other  # "party at 9" is 21:00; "party ... 10:00" stays in the morning
    return clock


_HOUR_NAMES = {
    w: i + 1
    for i, w in enumerate("one two three four five six seven eight nine ten eleven twelve".split())
}
_HOUR_WORD = "|".join(_HOUR_NAMES)
_NOT_A_COUNT = r"(?!\s*(?:people|persons|guests|of\s+us|ppl|pax|adults|kids|%|[.:/]\d))"
# Clock times the date parser leaves alone because they are only times in context:
# "booked Alfredo's for 7", "Sunday 11 at the café", "next Sunday, 9 to 12",
# "one o'clock", "from six to eight in the evening".
_LOOSE_CLOCK = re.compile(
    rf"\b(?:booked|reserved|table|reservation)\b[^.?!]{{0,30}}?\bfor\s+(?P<a>\d{{1,2}}){_NOT_A_COUNT}\b|"
    rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?:from\s+)?(?P<b>\d{{1,2}})"
    rf"(?=\s+at\s|\s*(?:-|–|to|till|until)\s*\d{{1,2}}\b{_NOT_A_COUNT})|"
    rf"\bfrom\s+(?P<c>\d{{1,2}}|{_HOUR_WORD})\s*(?:-|–|to|till|until)\s*(?:\d{{1,2}}|{_HOUR_WORD})\b"
    rf"{_NOT_A_COUNT}(?:\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night|tonight))?|"
    rf"\b(?P<d>{_HOUR_WORD})\s+o'?clock\b|"
    rf"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+from\s+(?P<e>\d{{1,2}}){_NOT_A_COUNT}(?![\w:.])|"
    # "The Crown, from eight", "around 3, yes?": an hour after "from"/"around".
    rf"\b(?:from|around|round|at)\s+(?P<f>{_HOUR_WORD})"
    rf"(?=\s*(?:[.,!?;)]|$|(?:then|tomorrow|today|tonight|please|ok|okay|works|sharp|ish|yes)\b))|"
    rf"\b(?:from|around)\s+(?P<g>\d{{1,2}}){_NOT_A_COUNT}(?![\w:.,]?\d|\s*(?:[-–]|to|and|or|[a-z]+s)\b)|"
    # "coming Tuesday between nine and eleven", "cover the shift tomorrow, seven to three":
    # an hour window in words starts at its first hour.
    rf"\bbetween\s+(?P<h>{_HOUR_WORD}|\d{{1,2}})\s+and\s+(?P<h2>{_HOUR_WORD}|\d{{1,2}})\b"
    rf"{_NOT_A_COUNT}|"
    rf"(?:,|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\btomorrow|\btoday)\s+(?P<i>{_HOUR_WORD})\s+"
    rf"(?:to|till|until|-|–)\s+(?P<i2>{_HOUR_WORD})\b|"
    # "can you cover my shift on Monday? 2 to 10": a line that is only the hours.
    rf"^\W*(?P<j>\d{{1,2}}|{_HOUR_WORD})\s*(?:to|till|until|-|–)\s*(?P<j2>\d{{1,2}}|{_HOUR_WORD})\W*$",
    re.IGNORECASE,
)


def _loose_clock(text: str) -> tuple[time, bool] | None:
    """(clock, ambiguous) of a clock time said loosely, or None."""
    match = _LOOSE_CLOCK.search(text)
    if match is None:
        return None
    raw = (
        match.group("a")
        or match.group("b")
        or match.group("c")
        or match.group("d")
        or match.group("e")
        or match.group("f")
        or match.group("g")
        or match.group("h")
        or match.group("i")
        or match.group("j")
    )
    hour = _HOUR_NAMES.get(raw.lower()) or int(raw)
    if not 1 <= hour <= 12:
        return None
    end = match.group("h2") or match.group("i2") or match.group("j2")
    if end is not None:
        last = _HOUR_NAMES.get(end.lower()) or int(end)
        if 5 <= hour <= 11 and last < hour:
            return time(hour, 0), False  # "seven to three": a morning start
    part = (match.group("part") or "").lower()
    if part and "morning" not in part:
        return time(hour % 12 + 12, 0), False
    if part:
        return time(hour % 12, 0), False
    # Like the date parser: a bare 1-7 is read as pm, the plan's kind may say otherwise.
    return time(hour + 12 if hour <= 7 else hour, 0), True
