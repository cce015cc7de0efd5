"""How a later sentence bears on the open frame: refining it, moving it, offering a slot.

A sentence that names a plan may only add to the plan already open ("the hike" ...
"see you at the trailhead"); a plan being moved stays the topic past the usual window
("can we move it?" ... "let's make it Wednesday at 2"); slots offered with "or" wait
for the reply that picks or rules one out.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.dates import DateMention, find_dates
from omi_actions.processing.local.event_dates import (
    _MONTH_WORD,
    _usable,
)
from omi_actions.processing.local.event_frame import _EPOCH, _FRAME_WINDOW, _Frame
from omi_actions.processing.local.event_options import Slot, choose, joined_by_or, offered
from omi_actions.processing.local.event_plans import _MULTI_DAY, _PLAN_PARTS, _plan_of
from omi_actions.processing.local.text import Sentence


def _same_plan(a: str, b: str) -> bool:
    last = a.split()[-1].lower()
    if last == "day":  # "photo day", "sports day": the head noun says little
        return a.lower().endswith(b.lower()) or b.lower().endswith(a.lower())
    return last == b.split()[-1].lower()


def _refines(opened: _Frame, frame: _Frame, text: str, index: int) -> bool:
    """Whether a sentence that names a plan only adds to the open one."""
    gap = index - frame.index
    if opened.plan in ("Follow-up", "Meeting", "Meetup", "Catch-up") and _plan_of(text) is None:
        return gap <= _FRAME_WINDOW
    if gap > _FRAME_WINDOW + 2:
        return False
    if _same_plan(opened.plan, frame.plan) and gap <= _FRAME_WINDOW:
        return True  # the hike, then "see you at the trailhead": one hike
    if opened.plan in _PLAN_PARTS and frame.day is not None and frame.clock is None:
        return True  # "bake sale next Thursday" ... "drop-off 8:15": the sale's time
    if (
        frame.plan.split()[-1].capitalize() in _MULTI_DAY
        and frame.explicit_day
        and frame.clock is None
        and gap <= _FRAME_WINDOW
        and not any(
            m.has_time or re.search(rf"\d|{_MONTH_WORD}", m.phrase, re.I)
            for m in find_dates(text, _EPOCH)
        )
    ):
        return True  # "cabin booked for Oct 10" ... "groceries for Friday dinner": the trip
    # "the load test is Sunday 19:30 ... can you be on the bridge call?": an undated
    # plan in the same turn as a complete one is part of it.
    return (
        frame.day is not None
        and frame.clock is not None
        and opened.sentence.turn == frame.sentence.turn
        and opened.sentence.speaker == frame.sentence.speaker
        and not find_dates(text, _EPOCH)
        and gap <= 2
    )


_MOVE_ASK = re.compile(
    r"\b(?:can|could|would|shall)\s+(?:we|i|you)\s+(?:move|reschedule|change|push)\s+"
    r"(?:it|that|this|the\s+\w+)\b|\bneed\s+to\s+(?:move|reschedule)\b",
    re.IGNORECASE,
)


def _still_talked_about(frame: _Frame, index: int, text: str) -> bool:
    """A plan being moved is still the topic past the usual window: "can we move it?"
    ... "I have Wednesday the 30th at 4pm" ... "you're all set for the 30th at 4"."""
    if _MADE_IT.search(text) and index - frame.last <= 3 and not _plan_of(text):
        # "Hang on, they said mornings are bad. Let's make it Wednesday at 2."
        return bool(find_dates(text, _EPOCH))
    return frame.moving and index - frame.last <= 2 and bool(find_dates(text, _EPOCH))


def _made_next(frame: _Frame, index: int, sentences: list[Sentence]) -> bool:
    """The next sentence settles the plan anew ("Hang on. Let's make it Wednesday at 2")."""
    if index + 1 >= len(sentences):
        return False
    ahead = sentences[index + 1].text
    return bool(_MADE_IT.search(ahead)) and _still_talked_about(frame, index + 1, ahead)


# A new slot for the plan being settled: "let's make it 2", "make it Wednesday instead".
_MADE_IT = re.compile(r"\b(?:let'?s\s+make\s+it|make\s+it|let'?s\s+say)\b", re.IGNORECASE)


def _offer(frame: _Frame, mentions: list[DateMention], text: str, turn: int) -> None:
    """Keep the slots of "Wednesday at 7:30am, or Friday at 1pm" for the reply to pick."""
    if joined_by_or(mentions, text):
        frame.options = offered([m for m in mentions if _usable(m, text)])
        frame.options_turn = turn


_OR_LEAD = re.compile(r"^\W*(?:or|alternatively)\b", re.IGNORECASE)


def _another_slot(frame: _Frame, mentions: list[DateMention], sentence: Sentence) -> bool:
    """A sentence that opens with "Or" and offers another day and time for a timed plan
    adds a slot to choose from, rather than moving the plan."""
    text, turn = sentence.text, sentence.turn
    if frame.clock is None or not _OR_LEAD.match(text):
        return False
    if sentence.speaker != frame.sentence.speaker and turn != frame.options_turn:
        return False  # "Or the 10th?" from the other side is an answer, not a slot
    slots = offered([m for m in mentions if _usable(m, text)] * 2)[:1]
    if not slots or slots[0].day is None:
        return False
    current = Slot(frame.day, frame.clock, frame.ambiguous)
    frame.options = [*(frame.options or [current]), slots[0]]
    frame.options_turn = turn
    return True


def _pick(frame: _Frame, text: str, turn: int, index: int) -> bool:
    """Whether a reply picked or ruled out an offered slot ("4:15 works", "7:30 is
    too early"): the frame then holds the chosen slot."""
    if not frame.options or turn == frame.options_turn or index - frame.last > 3:
        return False
    chosen = choose(frame.options, text)
    if chosen is None:
        return False
    slot, frame.options = chosen
    if slot is not None:
        frame.day = slot.day or frame.day
        frame.clock, frame.ambiguous = slot.clock, slot.ambiguous
    frame.last = index
    return True
