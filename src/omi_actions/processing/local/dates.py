"""Find date/time phrases in a sentence and resolve them against a reference time.

dateparser is slow when asked to *search* free text and guesses wildly on
arbitrary words, so we find candidate phrases ourselves with a narrow grammar
(day words, month-day forms, clock times) and only hand the day part to
dateparser, configured for English and future dates. Clock times are parsed
here because dateparser mishandles forms like "tonight at 8".

This module finds the phrases and builds the mentions; the grammar, the clock and
day readers and the context checks for ambiguous words live in ``date_*``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from omi_actions.processing.local.date_clock import _HOUR_VALUES, _meridiem, _parse_clock
from omi_actions.processing.local.date_days import _parse_day_cached, _resolve_day
from omi_actions.processing.local.date_days import range_end as range_end
from omi_actions.processing.local.date_grammar import (
    _DIGIT_OR_DAY_WORD,
    _HOLIDAY_HINTS,
    _PHRASE,
    _PHRASE_HOLIDAYS,
)
from omi_actions.processing.local.date_plausibility import _plausible
from omi_actions.processing.local.event_holidays import HOLIDAY_RE

_PART_HOURS = {
    "morning": 9,
    "afternoon": 15,
    "arvo": 15,
    "evening": 18,
    "night": 20,
    "tonight": 20,
    "noon": 12,
    "midday": 12,
    "lunchtime": 12,
    "lunch": 12,
}


@dataclass(frozen=True)
class DateMention:
    """A resolved date phrase: ``value`` is aware UTC; ``has_time`` if a clock time was said."""

    start: int
    end: int
    phrase: str
    value: datetime
    has_time: bool
    past: bool
    has_day: bool = True
    # A clock time said without am/pm ("at 8", "5:30"): callers may know better.
    ambiguous: bool = False
    # The last day of a range ("3-9 March", "the 3rd to the 9th"); ``value`` is its first.
    until: datetime | None = None


def _naive_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC).replace(tzinfo=None)


def find_dates(text: str, reference: datetime) -> list[DateMention]:
    """All date/time mentions in ``text`` resolved against ``reference`` (UTC)."""
    base = _naive_utc(reference).replace(second=0, microsecond=0)
    return list(_find_dates_cached(text, base))


@lru_cache(maxsize=4096)
def _find_dates_cached(text: str, base: datetime) -> tuple[DateMention, ...]:
    # Extractors look at the same sentence several times; mentions are immutable.
    lowered = text.lower()
    holiday = any(hint in lowered for hint in _HOLIDAY_HINTS) and bool(HOLIDAY_RE.search(text))
    if not holiday and not _DIGIT_OR_DAY_WORD.search(text):
        return ()
    mentions: list[DateMention] = []
    grammar = _PHRASE_HOLIDAYS if holiday else _PHRASE
    for match in grammar.finditer(text):
        try:
            mention = _resolve_match(match, base)
        except (ValueError, OverflowError):
            continue  # an impossible date ("the 0th", year 10000) is no date
        if mention is not None:
            mentions.append(mention)
    return tuple(_without_overlaps(_merge_day_and_time(_without_span_ends(mentions, text), base)))


# "8am–8pm", "9:00 to 17:30": the second clock is where the span ends, not a second moment.
# "move your appointment from 9 am to 3:30 pm": the second clock is the new moment.
_MOVED = re.compile(
    r"\b(?:mov|chang|reschedul|push|shift|switch|bump|brought\s+forward|bring)\w*", re.IGNORECASE
)
_SPAN_JOIN = re.compile(r"\s*(?:-|–|—|to|till|until)\s*", re.IGNORECASE)


def _without_span_ends(mentions: list[DateMention], text: str) -> list[DateMention]:
    kept: list[DateMention] = []
    for mention in mentions:
        previous = kept[-1] if kept else None
        if (
            previous is not None
            and previous.has_time
            and mention.has_time
            and not mention.has_day
            and _SPAN_JOIN.fullmatch(text[previous.end : mention.start])
            and not ("to" in text[previous.end : mention.start].lower() and _MOVED.search(text))
        ):
            continue
        kept.append(mention)
    return kept


def _merge_day_and_time(mentions: list[DateMention], base: datetime) -> list[DateMention]:
    """Join "tomorrow ... at 1pm" said apart in one sentence into one moment."""
    days = [m for m in mentions if m.has_day and not m.has_time]
    clocks = [m for m in mentions if not m.has_day and m.has_time]
    if len(days) != 1 or not clocks:
        return mentions
    day, clock = days[0], clocks[0]
    low, high = min(day.start, clock.start), max(day.end, clock.end)
    if any(m is not day and m is not clock and m.start < high and m.end > low for m in mentions):
        return mentions  # another date lies between them: they are not one moment
    clock_time = clock.value.timetz()
    if (
        clock.ambiguous
        and clock_time.hour < 12
        and re.search(r"\b(?:tonight|evening|night)\b", day.phrase, re.IGNORECASE)
    ):
        clock_time = clock_time.replace(hour=clock_time.hour + 12)  # "tonight ... at 8"
    value = datetime.combine(day.value.date(), clock_time)
    merged = DateMention(
        min(day.start, clock.start),
        max(day.end, clock.end),
        f"{day.phrase} {clock.phrase}",
        value,
        True,
        day.past,
        True,
        clock.ambiguous,
        day.until,
    )
    rest = [m for m in mentions if m is not day and m is not clock]
    return sorted([*rest, merged], key=lambda m: m.start)


def _without_overlaps(mentions: list[DateMention]) -> list[DateMention]:
    """Mentions never overlap: the longest (most specific) one wins."""
    if len(mentions) < 2:
        return mentions
    kept: list[DateMention] = []
    for mention in sorted(mentions, key=lambda m: (m.start - m.end, m.start)):
        if all(mention.end <= k.start or mention.start >= k.end for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def combine(day: DateMention, clock: DateMention) -> datetime:
    """The day of one mention at the clock time of another (e.g. across sentences)."""
    return datetime.combine(day.value.date(), clock.value.timetz())


_MERIDIEM_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


# "7-10pm", "5–6:30 pm", "7 to 6:30": the clock said is the end of a span whose start
# is the bare hour just before it.
_SPAN_START = re.compile(
    r"(?<![\d:/.,-])(\d{1,2})(?::([0-5]\d))?\s*(?:-|–|—|to|till|until)\s*$", re.IGNORECASE
)


def _range_start(match: re.Match[str], end: time, ambiguous: bool) -> tuple[time, bool] | None:
    """(start clock, ambiguous) of a span whose end ``match`` read, or None."""
    group = "time1" if match.group("time1") else "time2"
    before = match.string[max(0, match.start(group) - 12) : match.start(group)]
    span = _SPAN_START.search(before)
    if span is None:
        return None
    hour, minute = int(span.group(1)), int(span.group(2) or 0)
    if not 1 <= hour <= 12:
        return None
    end_half = end.hour % 12 + end.minute / 60
    start_half = hour % 12 + minute / 60
    if start_half >= end_half:
        if end.hour < 12:
            return None  # "10-2am"? not a span we can read
        return time(hour % 12, minute), False  # "7 to 6:30", "11-1pm": from the morning
    start_hour = hour % 12 + (12 if end.hour >= 12 else 0)
    return time(start_hour, minute), ambiguous


_ORDINAL_NUMBERS = {
    word: index + 1
    for index, word in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth".split()
    )
}
_ORDINAL_WORD = re.compile(
    r"\b(?:(twenty|thirty)[\s-])?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|"
    r"eighteenth|nineteenth)\b|\b(twentieth|thirtieth)\b",
    re.IGNORECASE,
)
# A spelled hour after "about"/"around" with no day said: "about five" is usually a count.
_LOOSE_SPELLED_CLOCK = re.compile(r"\b(?:about|around)\s+[a-z]+(?:[\s-][a-z]+)?$", re.IGNORECASE)


def _day_number_words(day_text: str) -> str:
    """ "Monday the ninth" -> "Monday the 9th", so the day readers see digits."""

    def number(match: re.Match[str]) -> str:
        if match.group(3):
            value = 20 if match.group(3).lower() == "twentieth" else 30
        else:
            tens = {"twenty": 20, "thirty": 30}.get((match.group(1) or "").lower(), 0)
            value = tens + _ORDINAL_NUMBERS[match.group(2).lower()]
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(value % 10 if value // 10 != 1 else 0, "th")
        return f"{value}{suffix}"

    return _ORDINAL_WORD.sub(number, day_text)


def _resolve_match(match: re.Match[str], base: datetime) -> DateMention | None:
    groups = match.groupdict()
    day_text = groups.get("day") or groups.get("day2")
    clock_text = groups.get("time1") or groups.get("time2")
    part = (
        groups.get("part1")
        or groups.get("part2")
        or groups.get("part3")
        or groups.get("part4")
        or groups.get("part5")
    )
    part = part.lower() if part else None
    if part == "arvo":
        part = "afternoon"
    bare = groups.get("bare") or groups.get("bare1") or groups.get("bare2") or groups.get("bare3")
    if groups.get("bare4") and groups.get("bare4_end"):
        bare = groups["bare4"]  # "sat 12-6": a span of hours, not a score ("Saturday 3-1")
        span_first, span_last = int(bare) % 12, int(groups["bare4_end"]) % 12
        if not (span_first < span_last or (span_first >= 7 and span_last <= 7)) or int(bare) > 12:
            bare = None
    if bare is not None and not bare.isdigit():
        bare = str(_HOUR_VALUES[bare.lower()])  # "between ten and twelve"
    if day_text is not None:
        day_text = _day_number_words(day_text)
    phrase = match.group(0).strip()
    lowered = phrase.lower()
    if not _plausible(match, day_text, clock_text):
        return None
    if day_text is None and (groups.get("part2") or groups.get("part5")):
        day_text = "today" if groups.get("part5") else lowered.split()[0]
        if day_text == "this":
            day_text = "today"
    tonight = "tonight" in lowered
    if day_text is None and bare is not None and re.search(r"\b(?:tonight|this\s+\w+)$", lowered):
        day_text = "tonight" if lowered.endswith("tonight") else "today"  # "at 8 tonight"
    clock: time | None = _parse_clock(clock_text) if clock_text else None
    ambiguous = False
    if (
        clock is not None
        and clock_text is not None
        and not re.search(r"[ap]\.?m|\bin\s+the\b|\bat\s+night", clock_text, re.I)
        and clock_text.lower() not in ("noon", "midnight", "midday")
    ):
        if part in _MERIDIEM_PARTS and clock.hour <= 12 and clock_text[:1] != "0":
            clock = _meridiem(clock, part)  # "Friday morning at 7:30", "8:30 tomorrow evening"
        elif clock_text[:1] != "0" and 1 <= clock.hour <= 12:
            ambiguous = True
            if 1 <= clock.hour <= 7 or tonight:
                clock = time(clock.hour + 12 if clock.hour < 12 else clock.hour, clock.minute)
    if clock is not None and clock_text is not None:
        started = _range_start(match, clock, ambiguous)
        if started is not None:
            clock, ambiguous = started
    if clock is None and bare is not None:
        hour = int(bare)
        span_meridiem = (groups.get("span_m") or "").lower()
        if hour > 12:
            if hour > 23:
                return None
        elif span_meridiem:  # "between 8 and 10am", "between 1 and 5pm"
            end_hour = int(groups.get("span_end") or 12) % 12
            afternoon = span_meridiem == "p" and hour % 12 <= end_hour  # not "11 and 2pm"
            hour = hour % 12 + (12 if afternoon else 0)
        elif part == "morning":
            hour = 0 if hour == 12 else hour
        elif tonight or part in ("afternoon", "evening", "night"):
            hour = hour + 12 if hour < 12 else hour
        elif 1 <= hour <= 7:
            hour, ambiguous = hour + 12, True  # "at 7": read as pm, callers may know better
        else:
            ambiguous = True
        clock = time(hour, 0)
    if clock is not None and clock_text is not None and clock_text.isdigit():
        return None
    until: datetime | None = None
    if day_text is None:
        if clock is None:
            return None
        if clock_text is not None and _LOOSE_SPELLED_CLOCK.search(
            match.string[max(0, match.start() - 8) : match.end()]
        ):
            return None  # "about five" alone is a count more often than a time
        day: date = base.date()
        past = False
        if datetime.combine(day, clock) < base and not tonight:
            day = day + timedelta(days=1)
        has_day = False
    else:
        has_day = True
        resolved = _resolve_day(day_text, base)
        if resolved is None:
            return None
        day, past = resolved
        if clock == time(0, 0) and tonight and clock_text is not None:
            day += timedelta(days=1)  # "midnight tonight" is the start of tomorrow
        last = range_end(day_text, day, base) if re.search(r"\d", day_text) else None
        if last is not None and last > day:
            until = datetime.combine(last, time(0, 0)).replace(tzinfo=UTC)
    has_time = clock is not None
    if clock is None:
        part_hour = _PART_HOURS.get(part, 9) if part else None
        if part_hour is not None:
            clock, has_time = time(part_hour, 0), True
        elif (
            day_text is not None
            and re.match(r"in\s", day_text.lower())
            and re.search(r"\b(?:hours?|hrs?|minutes?|mins?)\b", day_text.lower())
        ):
            relative = re.sub(r"\b(a|an|one)\b", "1", day_text.lower())
            relative = re.sub(r"\bmins?\b", "minutes", re.sub(r"\bhrs?\b", "hours", relative))
            moment = _parse_day_cached(relative, base)
            if moment is not None:
                return DateMention(
                    match.start(), match.end(), phrase, moment.replace(tzinfo=UTC), True, False
                )
    if clock is not None and bare is not None and clock.hour < 8 and day_text is None:
        return None  # a lone "at 3" without a day is too often not a time
    value = datetime.combine(day, clock or time(0, 0)).replace(tzinfo=UTC)
    return DateMention(
        match.start(), match.end(), phrase, value, has_time, past, has_day, ambiguous, until
    )
