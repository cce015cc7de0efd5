"""The frame an event is built from while a plan is talked about, and a plan's
duration."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

from omi_actions.processing.local.text import Sentence

_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
_DURATION = re.compile(
    r"\bfor\s+(?:about\s+|around\s+)?(?P<n>an?|one|two|three|half\s+an|\d+(?:\.\d+)?)\s*"
    r"(?P<unit>hours?|hrs?|h|minutes?|mins?)\b"
    r"|\b(?:from\s+)?(?P<a>\d{1,2}(?::\d{2})?)\s*(?P<ap>am|pm)?\s*(?:to|-|–|until|till)\s*"
    r"(?P<b>\d{1,2}(?::\d{2})?)\s*(?P<bp>am|pm)\b",
    re.IGNORECASE,
)
_WORD_NUMBERS = {"a": 1.0, "an": 1.0, "one": 1.0, "two": 2.0, "three": 3.0, "half an": 0.5}
DEFAULT_DURATION = 30
# How many following sentences may refine an open frame.
_FRAME_WINDOW = 4


@dataclass
class _Frame:
    plan: str
    sentence: Sentence
    index: int
    day: date | None = None
    clock: time | None = None
    ambiguous: bool = False
    # The clock was written with minutes ("10:00"), not as a bare hour ("at 10").
    clock_minutes: bool = False
    # The clock came from a part of the day ("tomorrow evening" -> 18:00): a bare hour
    # said after it ("7 at the library?") is the real start.
    soft_clock: bool = False
    # The day was named precisely ("Friday", "the 3rd", "tomorrow"), not a
    # vague period ("next week", "this month"): enough for an all-day event.
    specific_day: bool = False
    # The day came from the sentence that named the plan.
    day_in_plan_sentence: bool = False
    explicit_day: bool = False
    # The day starts a span of days ("July 17-19", "the 3rd to the 9th"): a multi-day plan.
    ranged: bool = False
    # The plan noun is the object of a task verb ("call the dentist Monday").
    task_about_plan: bool = False
    duration: int = DEFAULT_DURATION
    declined: bool = False
    past: bool = False
    # Only a past date beside the plan made it past ("adopted a dog last week, she needs
    # a checkup"): a later day and time for it is the plan's.
    soft_past: bool = False
    subject: str | None = None
    venue: str | None = None
    # The last sentence that said something about the plan.
    last: int = 0
    # Opened by a tradesperson coming round ("the engineer can come on the 4th").
    visitor: bool = False
    # Opened by a modal future ("we can install it Thursday"): not a past plan.
    future: bool = False
    # Slots offered as alternatives ("Tuesday at 8am or at 4:15"), event_options.Slot,
    # and the turn that offered them: a later reply may pick one.
    options: list[Any] = field(default_factory=list)
    options_turn: int = -1
    # Someone asked to move the plan ("can we move it?"): it stays the topic.
    moving: bool = False


def _clock_minutes(raw: str, ampm: str | None) -> int:
    hour, _, minute = raw.partition(":")
    h = int(hour) % 24
    if ampm and ampm.lower() == "pm" and h < 12:
        h += 12
    return h * 60 + int(minute or 0)


def duration_of(text: str) -> int:
    match = _DURATION.search(text)
    if match is None:
        return DEFAULT_DURATION
    if match.group("n"):
        count = re.sub(r"\s+", " ", match.group("n").lower())
        amount = _WORD_NUMBERS.get(count) or float(count)
        unit = match.group("unit").lower()
        minutes = amount * 60 if unit.startswith("h") else amount
        return max(5, min(int(minutes), 24 * 60))
    ampm = match.group("bp") or match.group("ap")
    start = _clock_minutes(match.group("a"), match.group("ap") or ampm)
    end = _clock_minutes(match.group("b"), ampm)
    if end <= start:
        return DEFAULT_DURATION
    return max(5, min(end - start, 24 * 60))
