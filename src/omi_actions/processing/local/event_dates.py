"""Which date mentions time a plan, and applying them to its frame: the day, the
clock time, reschedules, and weekdays anchored to a date said before."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from omi_actions.processing.local.dates import DateMention, find_dates
from omi_actions.processing.local.event_context import PART_CLOCK
from omi_actions.processing.local.event_frame import DEFAULT_DURATION, _Frame, duration_of
from omi_actions.processing.local.event_plans import _plan_of

# ("shift" as a verb only: "your shift: Sat 9am to noon" is a work shift.)
_RESCHEDULE = re.compile(
    r"\b(?:mov(?:e|ed|es|ing)\b|reschedul\w+|push\w*|chang\w+|shift(?:ed|ing)|shift\s+(?:it|that|this|to))\b",
    re.IGNORECASE,
)
_DEADLINE_LEAD = re.compile(
    r"\b(?:(?<!come\s)(?<!stop\s)(?<!drop\s)(?<!swing\s)(?<!pop\s)by|before|until|till|"
    r"due(?:\s+(?:on|by))?|no\s+later\s+than|deadline\s+is)\s*$",
    re.IGNORECASE,
)
_MONTH_WORD = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
# Periods too vague to put a plan on a calendar day.
_VAGUE_DAY = re.compile(
    r"\b(?:week|month|year|soon|sometime)\b|^(?:in\s+\w+\s+(?:minutes?|mins?|hours?|hrs?))$",
    re.IGNORECASE,
)
# A later bare clock that replaces the planned one ("I've got 6:45", "how about 8:15").
_RESCHEDULE_HINT = re.compile(
    r"\b(?:i'?ve\s+got|we\s+have|how\s+about|what\s+about|instead|works|open|free|then|"
    r"earliest|latest|can\s+do|any\s+chance|"
    r"available|make\s+it|let'?s\s+do|is\s+full|full)\b",
    re.IGNORECASE,
)
_SAME_TIME = re.compile(r"\bsame\s+time\b", re.IGNORECASE)
# "no food after 10pm", "fast from midnight": a clock that bounds something else.
_FROM_OR_AFTER = re.compile(r"\b(?:from|after|since)\s*$", re.IGNORECASE)


def _bounds_something_else(mention: DateMention, text: str) -> bool:
    """A clock without a day said as the bound of a restriction, after a plan is timed."""
    if mention.has_day or not mention.has_time:
        return False
    phrase = mention.phrase.lower()
    return phrase.startswith(("from ", "after ")) or bool(
        _FROM_OR_AFTER.search(text[: mention.start])
    )


def _usable(mention: DateMention, text: str) -> bool:
    """A mention that can be an event's start (not a deadline, not the past, not the
    opening hours of a place)."""
    if mention.past or re.match(r"(?:by|before|until|till)\b", mention.phrase, re.I):
        return False
    before = text[: mention.start]
    if re.search(r"\bsince\s+(?:last\s+)?$", before, re.I):
        return False  # "leaking since Monday": a past state, not a plan
    if re.search(r"\bon\s+sale\s+(?:from\s+|at\s+|on\s+)?$", before[-40:], re.I):
        return False  # "tickets go on sale tomorrow at 10am": the sale, not the show
    if re.search(r"\b(?:done|sent|paid|finished|completed)\s+(?:on\s+)?$", before, re.I):
        return False  # "give notice (done Feb 3)": when a task was done, not a plan
    if _POSSESSIVE_DAY.match(text, mention.start):
        if re.search(r"\b(?:after|since)\s+$", before, re.I) and _AFTERMATH.search(text):
            return False  # "knee still sore after Sunday's race": last Sunday's
        return True  # "before Tuesday's investor meeting": the day of the meeting
    return not (_DEADLINE_LEAD.search(before) or _OPENING_HOURS.search(before))


_POSSESSIVE_DAY = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun|to)day['’]s\s+(?!been\b|gone\b|got\b)[a-z]",
    re.IGNORECASE,
)
# How someone still feels after a plan: the plan is over.
_AFTERMATH = re.compile(
    r"\b(?:still|recover(?:ing|ed)?|sore|aching|achy|stiff|exhausted|hungover|wrecked)\b",
    re.IGNORECASE,
)
# "the lab opens at seven", "we're open until 9": when a place is open, not a plan.
_OPENING_HOURS = re.compile(
    r"\b(?:opens?|closes?|shuts?|open\s+(?:from|until|till|til)|closing|open\s+daily)\s*(?:at\s*)?$",
    re.IGNORECASE,
)


# An errand said in passing: "I'll call the imaging center", "you can collect it".
_ASIDE_TASK = re.compile(
    r"\b(?:i'?ll|i\s+will|i'?m\s+going\s+to|you\s+can|can\s+you|please)\s+"
    r"(?!(?:see|meet|join|come|be\s+there)\b)\w+",
    re.IGNORECASE,
)
_DEICTIC = re.compile(
    r"(?:today|tonight|tomorrow|tmrw|tmr)(?:\s+(?:morning|afternoon|evening|night))?|"
    r"this\s+(?:morning|afternoon|evening)",
    re.IGNORECASE,
)


def _soft(mention: DateMention) -> bool:
    """A part of the day ("tonight", "Friday afternoon"), not a clock time."""
    return not re.search(r"\d|\b(?:noon|midnight|midday)\b", mention.phrase, re.IGNORECASE)


# Lines that time the end of a plan rather than its start ("Arrives 09:40",
# "Check-out: Sunday by 11:00").
_END_PART = re.compile(
    r"\b(?:arriv(?:e|es|al|ing)|check-?out|ends?\s+(?:at|by)|finish(?:es)?\s+(?:at|by)|"
    r"wraps?\s+up|back\s+(?:home\s+)?by)\b",
    re.IGNORECASE,
)
_SAME_TIME_NEXT_WEEK = re.compile(r"\bsame\s+time\s+next\s+week\b", re.IGNORECASE)


def _ambiguous(mention: DateMention) -> bool:
    """ "at 8", "8ish": a clock time without am/pm."""
    return mention.ambiguous or bool(re.search(r"\d\s*-?\s*ish\b", mention.phrase, re.I))


# "Meet at 14 Elm St": a house number, not 14:00.
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,2}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|"
    r"Drive|Way|Ct|Court|Pl|Place|Sq|Square|Terrace|Hwy|Highway)\b\.?"
)


# "Next check-up in 6 months", "recheck in a month": a period, not a plan's day (no dev
# label dates a plan from it).
_IN_MONTHS = re.compile(r"(?i)^in\s+\S+\s+months?$")


def _find_dates(text: str, reference: datetime) -> list[DateMention]:
    return [
        m
        for m in find_dates(text, reference)
        if not (m.has_time and not m.has_day and _STREET_AFTER.match(text, m.end))
        and not _IN_MONTHS.match(m.phrase)
    ]


_CLOCK_IN_PHRASE = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?\s*$", re.I)


def _part_clock(mention: DateMention, text: str) -> bool:
    """A clock that times a part of the plan ("Doors 6:30 PM"), wherever the date parser
    put the start of its phrase ("Fri, Apr 2 · Doors 6:30 PM" is one mention)."""
    clock = _CLOCK_IN_PHRASE.search(mention.phrase)
    at = mention.start
    if clock is not None:
        found = text.find(clock.group(0).strip(), mention.start, mention.end + 1)
        at = found if found >= 0 else at
    return bool(PART_CLOCK.search(text[max(0, at - 24) : at]))


def _part_of_day(phrase: str) -> bool:
    """A clock read from a part of the day ("tomorrow evening"), not a said hour."""
    return bool(
        re.search(r"\b(?:morning|afternoon|evening|night|tonight)\b", phrase, re.I)
        and not re.search(r"\d|noon|midnight", phrase, re.I)
    )


def _apply(frame: _Frame, mentions: list[DateMention], text: str, reference: datetime) -> None:
    if _SAME_TIME_NEXT_WEEK.search(text):
        # "same time next week": the anchor's day and time, a week on.
        moment = reference.astimezone(UTC) + timedelta(days=7)
        frame.day, frame.clock, frame.ambiguous = moment.date(), moment.time(), False
        frame.clock = frame.clock.replace(second=0, microsecond=0)
        frame.specific_day = frame.explicit_day = True
        frame.day_in_plan_sentence = frame.sentence.text == text
        return
    usable = [m for m in mentions if _usable(m, text)]
    if not usable:
        return
    if (
        frame.day is None
        and frame.clock is None
        and frame.sentence.text != text
        and _ASIDE_TASK.search(text)
        and all(_DEICTIC.fullmatch(m.phrase.strip()) for m in usable)
        and _plan_of(text) is None
    ):
        # "bring the log to your follow-up" ... "I'll send it to your pharmacy this
        # afternoon": an errand's time, not the undated plan's.
        return
    if (
        frame.day is not None
        and frame.clock is None
        and frame.specific_day
        and frame.sentence.text != text
        and not _RESCHEDULE.search(text)
        and all(_DEICTIC.fullmatch(m.phrase.strip()) for m in usable)
    ):
        return  # "lunch on Sunday?" ... "I'll call her back tonight": another matter
    if (
        frame.day is not None
        and frame.clock is None
        and frame.explicit_day
        and frame.sentence.text != text
        and not _RESCHEDULE.search(text)
        and not any(m.has_time or re.search(rf"\d|{_MONTH_WORD}", m.phrase, re.I) for m in usable)
    ):
        return  # "July 17-19" ... "I'll book it this weekend": the task's day, not the plan's
    if (
        frame.day is not None
        and frame.clock is not None
        and frame.sentence.text != text
        and not _RESCHEDULE.search(text)
    ):
        if _END_PART.search(text):
            return  # "Arrives: Sat 09:40" is the end of the journey, not its start
        usable = [m for m in usable if not _bounds_something_else(m, text)]
        if not usable:
            return  # "nothing to eat from midnight": a limit before the plan, not its start
        if not any(re.search(r"\d", m.phrase) or (m.has_time and not _soft(m)) for m in usable):
            # A complete plan is not moved by a later, vaguer day or part of a day
            # ("tomorrow", "I'll pay you tonight", "Friday afternoon works").
            return
        if frame.explicit_day and not any(m.has_time for m in usable):
            return  # "the 5th" said after "February 13 at 6pm" is another matter
        if not frame.ambiguous and all(m.ambiguous or not m.has_time for m in usable):
            if not any(m.has_day for m in usable):
                # "6:45 in lane 3" after "6am": a bare clock keeps the half of the day
                # the plan was set in ("7:30 is brutal" after "7:30am" stays 7:30am).
                said = [m.value.time() for m in usable if m.has_time]
                if said and _RESCHEDULE_HINT.search(text):
                    hour = said[0].hour % 12 + (12 if frame.clock.hour >= 12 else 0)
                    frame.clock = said[0].replace(hour=hour)
                return
    if _RESCHEDULE.search(text) and len(usable) >= 1:
        clocks = [m for m in usable if m.has_time]
        days = [m for m in usable if m.has_day]
        if days:
            # "moved to January 6 at 10, since half the team is out next week"
            specific = [m for m in days if not _VAGUE_DAY.search(m.phrase)]
            chosen = next((m for m in specific if m.has_time), None) or (specific or days)[-1]
            frame.day = chosen.value.date()
            frame.specific_day = not _VAGUE_DAY.search(chosen.phrase)
        if clocks:
            last = clocks[-1]
            frame.clock, frame.ambiguous = last.value.time(), last.ambiguous
            frame.soft_clock = _part_of_day(last.phrase)
        return
    # Explicit month-day beats a relative day said earlier ("in two weeks" ... "Nov 10").
    days = [m for m in usable if m.has_day]
    if days:
        explicit = [m for m in days if re.search(r"\d", m.phrase)]
        # A day said with its clock time ("wed 8pm") is the plan's day, more than a
        # bare day mentioned beside it ("reset tuesday, we run it wed 8pm").
        timed_days = [m for m in days if m.has_time]
        chosen = (explicit or days)[0]
        if timed_days and not chosen.has_time and (not explicit or timed_days[0] in explicit):
            chosen = timed_days[0]
        # "cover my on-call Saturday?" "I can take Saturday": the same day said again.
        again = frame.day_in_plan_sentence and frame.day == chosen.value.date()
        frame.day = chosen.value.date()
        frame.specific_day = not _VAGUE_DAY.search(chosen.phrase)
        frame.day_in_plan_sentence = frame.sentence.text == text or again
        frame.explicit_day = bool(re.search(rf"\d|{_MONTH_WORD}", chosen.phrase, re.I))
        frame.ranged = chosen.until is not None and chosen.until > chosen.value
    clocks = [m for m in usable if m.has_time]
    starts = [m for m in clocks if not _part_clock(m, text)]
    clocks = starts or clocks  # "Doors 7 PM · Show 8 PM": the show starts at 8
    if clocks:
        frame.clock, frame.ambiguous = clocks[0].value.time(), _ambiguous(clocks[0])
        frame.clock_minutes = bool(re.search(r"\d[:.]\d\d", clocks[0].phrase))
        frame.soft_clock = _part_of_day(clocks[0].phrase)
    elif _SAME_TIME.search(text) and frame.specific_day:  # not "same time next month?"
        frame.clock = reference.astimezone(UTC).time().replace(second=0, microsecond=0)
    frame.duration = duration_of(text) if frame.duration == DEFAULT_DURATION else frame.duration


_BARE_WEEKDAY = re.compile(
    r"(?:on\s+)?(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)",
    re.IGNORECASE,
)
_CLOCK_WORDS = re.compile(
    r"\b(?:at\s+|@\s*)?\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?|\b(?:at\s+)?(?:noon|midnight)\b",
    re.IGNORECASE,
)


def _anchored(mentions: list[DateMention], frame: _Frame) -> list[DateMention]:
    """A bare weekday said after an explicit date means that date's week: "weekend of
    Oct 10 ... check-in is 4pm Friday" is Friday Oct 10, not the coming Friday."""
    if frame.day is None or not frame.explicit_day:
        return mentions
    result: list[DateMention] = []
    for mention in mentions:
        day_words = _CLOCK_WORDS.sub("", mention.phrase).strip(" ,")
        named = _BARE_WEEKDAY.fullmatch(day_words)
        if mention.has_day and named is not None:
            target = _WEEKDAY_INDEX[named.group("day").lower()]
            delta = (target - frame.day.weekday() + 7) % 7
            if delta > 3:
                delta -= 7
            day = frame.day + timedelta(days=delta)
            if day != mention.value.date():
                mention = replace(mention, value=datetime.combine(day, mention.value.timetz()))
        result.append(mention)
    return result


_WEEKDAY_INDEX = {
    name: i
    for i, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}
