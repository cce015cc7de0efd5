"""Find date/time phrases in a sentence and resolve them against a reference time.

dateparser is slow when asked to *search* free text and guesses wildly on
arbitrary words, so we find candidate phrases ourselves with a narrow grammar
(day words, month-day forms, clock times) and only hand the day part to
dateparser, configured for English and future dates. Clock times are parsed
here because dateparser mishandles forms like "tonight at 8".
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

import dateparser

_WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# "sat", "sun" and "wed" are left out: they are ordinary English words.
_WEEKDAY_SHORT = "mon|tue|tues|thu|thur|thurs|fri"
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
_PART = r"morning|afternoon|evening|night|noon|midday|lunchtime|lunch"

# Day expressions, most specific first (alternation order matters).
_DAY = rf"""
(?P<day>
    \d{{4}}-\d{{2}}-\d{{2}}
  | (?:(?:{_WEEKDAYS}|{_WEEKDAY_SHORT}|sat|sun|wed)\.?,?\s+)?(?:{_MONTHS})\.?\s+{_ORD}
        (?:\s*[-–]\s*{_ORD})?(?:,?\s+\d{{4}})?
  | (?:(?:{_WEEKDAYS}),?\s+)?(?:the\s+)?{_ORD}\s+(?:of\s+)?(?:{_MONTHS})(?:,?\s+\d{{4}})?
  | (?:{_WEEKDAYS}),?\s+the\s+{_ORD}\b
  | \d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?
  | (?:the\s+)?day\s+after\s+tomorrow
  | today|tonight|tomorrow|tmrw|tmr|yesterday
  | (?:this|next|coming|last)\s+(?:{_WEEKDAYS}|week(?:end)?|month|year)
  | (?:this|the)\s+coming\s+(?:{_WEEKDAYS}|week(?:end)?)
  | (?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:day|week|month)
  | eod|eow
  | in\s+(?:a|an|one|two|three|four|five|six|seven|ten|\d+)
        \s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b
  | (?:a|one|two)\s+weeks?\s+from\s+(?:{_WEEKDAYS}|today|tomorrow|now)
  | (?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+from\s+(?:now|today)
  | (?:{_WEEKDAYS})s?
  | (?:{_WEEKDAY_SHORT})\b\.?
  | (?:the\s+)?weekend
  | the\s+{_ORD}\b(?!-|[:.]\d)
  | (?<=(?:by|on)\s)(?:sat|sun|wed)\b
  | (?:sat|sun|wed)\b(?=\s+\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm))
  | (?:sat|sun|wed)\b(?=\s+(?:morning|afternoon|evening|night)\b)
)
"""

_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_CLOCK = rf"""
(?P<time>
    \d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])
  | \d{{1,2}}:\d{{2}}(?:\s*h)?
  | \d{{1,2}}(?::\d{{2}})?\s*-?\s*ish\b
  | noon|midnight|midday
  | (?:half|(?:a\s+)?quarter)\s+(?:past|after|to)\s+(?:\d{{1,2}}|{_HOUR_WORDS})
      (?:\s+in\s+the\s+(?:morning|afternoon|evening))?
)
"""

_AT = r"(?:\s*,?\s*(?:at|@|around|by|from|@ around|at around|at about|about)?\s*)"

# A day optionally followed by a clock time / part of day, or a clock time
# optionally followed by a day ("7pm on Friday").
_PHRASE = re.compile(
    rf"""
    \b(?:
        {_DAY}(?:\s+(?P<part1>{_PART}))?
        (?:{_AT}{_CLOCK.replace("time>", "time1>")}|\s+at\s+(?P<bare1>\d{{1,2}})(?![:\d]))?
      | (?:at\s+|@\s*|around\s+|by\s+)?{_CLOCK.replace("time>", "time2>")}
        (?:\s+(?:on\s+|this\s+|next\s+)?{_DAY.replace("day>", "day2>")})?
      | (?:this|tomorrow|friday)\s+(?P<part2>{_PART})
      | at\s+(?P<bare>\d{{1,2}})(?![:\d])(?:\s+(?:o'clock|tonight|in\s+the\s+(?P<part3>{_PART})))?
      | between\s+(?P<bare2>\d{{1,2}})(?![:\d])\s+and\s+(?:\d{{1,2}}(?![:\d])|noon|midday)
    )
    """,
    re.IGNORECASE | re.VERBOSE,
)

_PART_HOURS = {
    "morning": 9,
    "afternoon": 15,
    "evening": 18,
    "night": 20,
    "tonight": 20,
    "noon": 12,
    "midday": 12,
    "lunchtime": 12,
    "lunch": 12,
}

_NUMBER_WORDS = {
    "a": "1",
    "an": "1",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "ten": "10",
}

# Cheap pre-check: no digit and no day word means no date phrase at all.
_DIGIT_OR_DAY_WORD = re.compile(
    rf"\d|\b(?:{_WEEKDAYS}|{_WEEKDAY_SHORT}|sat|sun|wed|{_MONTHS}|today|tonight|tomorrow|tmrw|"
    rf"tmr|yesterday|week|weekend|month|year|noon|midnight|midday|morning|afternoon|evening|"
    rf"night|lunch|eod|eow|{_HOUR_WORDS})",
    re.IGNORECASE,
)

_SETTINGS: dict[str, Any] = {
    "PREFER_DATES_FROM": "future",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "MDY",
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


_HOUR_VALUES = {word: index + 1 for index, word in enumerate(_HOUR_WORDS.split("|"))}


def _parse_clock(raw: str) -> time | None:
    worded = re.fullmatch(
        r"(half|(?:a\s+)?quarter)\s+(past|after|to)\s+(\w+)(?:\s+in\s+the\s+(\w+))?",
        raw.strip().lower(),
    )
    if worded is not None:
        hour = _HOUR_VALUES.get(worded.group(3)) or int(worded.group(3))
        minutes = 30 if worded.group(1) == "half" else 15
        if worded.group(2) == "to":
            hour, minutes = hour - 1, 60 - minutes
        part = worded.group(4)
        if (part in ("afternoon", "evening") or (part is None and 1 <= hour <= 7)) and hour < 12:
            hour += 12
        return time(hour % 24, minutes)
    text = re.sub(r"-?ish$", "", raw.lower().replace(" ", "")).rstrip("h")
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


@lru_cache(maxsize=4096)
def _parse_day_cached(phrase: str, base: datetime) -> datetime | None:
    # lru_cache makes repeated phrases against one reference time free; the
    # cache is thread-safe for reads and dateparser itself holds no shared
    # mutable state we rely on.
    settings = dict(_SETTINGS, RELATIVE_BASE=base)
    try:
        result = dateparser.parse(phrase, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input; a miss is fine
        return None
    return result if isinstance(result, datetime) else None


def _resolve_day(day: str, base: datetime) -> tuple[date, bool] | None:
    """The calendar date of a day phrase and whether it lies in the past."""
    phrase = re.sub(r"\s+", " ", day.strip().lower()).rstrip(".")
    if phrase in ("tmrw", "tmr"):
        phrase = "tomorrow"
    if phrase == "tonight":
        return base.date(), False
    if phrase in ("eod", "end of day", "the end of the day", "end of the day"):
        return base.date(), False
    if phrase.startswith("last ") or phrase == "yesterday":
        parsed = _parse_day_cached(phrase, base)
        return (parsed.date(), True) if parsed else None
    if "weekend" in phrase:
        days = (5 - base.weekday()) % 7
        if phrase.startswith("next") and days < 2:
            days += 7
        return (base + timedelta(days=days)).date(), False
    if phrase.startswith(("end of", "the end of")) or phrase == "eow":
        if "month" in phrase:
            extra = 1 if "next" in phrase else 0
            year, month = base.year, base.month + extra
            if month > 12:
                year, month = year + 1, 1
            return date(year, month, calendar.monthrange(year, month)[1]), False
        days = (4 - base.weekday()) % 7
        if "next" in phrase:
            days += 7
        return (base + timedelta(days=days)).date(), False
    from_day = re.fullmatch(r"(a|one|two)\s+weeks?\s+from\s+(\w+)", phrase)
    if from_day is not None:
        weeks = 2 if from_day.group(1) == "two" else 1
        anchor = _resolve_day(from_day.group(2), base)
        if anchor is None:
            return None
        return anchor[0] + timedelta(weeks=weeks), False
    if phrase in ("next week", "this coming week", "the coming week", "coming week"):
        days = 7 - base.weekday()
        return (base + timedelta(days=days)).date(), False
    phrase = re.sub(
        r"\b(min|hr)s?$", lambda m: "minutes" if m.group(1) == "min" else "hours", phrase
    )
    match = re.fullmatch(
        r"(?:in\s+)?(\w+)\s+(minute|hour|day|week|month)s?(?:\s+from\s+(?:now|today))?", phrase
    )
    if match is not None and (match.group(1) in _NUMBER_WORDS or match.group(1).isdigit()):
        phrase = f"in {_NUMBER_WORDS.get(match.group(1), match.group(1))} {match.group(2)}s"
    phrase = re.sub(r"^(?:this|the)\s+coming\s+", "", phrase)
    phrase = re.sub(r"^coming\s+", "", phrase)
    phrase = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", phrase)
    # "May 16-20" is a range: its first day is the date.
    phrase = re.sub(r"(\d{1,2})\s*[-–]\s*\d{1,2}", r"\1", phrase)
    phrase = re.sub(r"^the\s+", "", phrase)
    phrase = re.sub(rf"^(?:{_WEEKDAYS}),?\s+(?:the\s+)?(?=\d{{1,2}}$)", "", phrase)
    if re.fullmatch(r"\d{1,2}", phrase):
        return _day_of_month(int(phrase), base)
    weekday = _weekday_of(phrase)
    if weekday is not None:
        return _weekday_date(phrase, weekday, base), False
    month_day = _month_day(phrase, base)
    if month_day is not None:
        return month_day
    parsed = _parse_day_cached(phrase, base)
    if parsed is None:
        return None
    return parsed.date(), parsed.date() < base.date()


_WEEKDAY_INDEX = {name: index for index, name in enumerate(_WEEKDAYS.split("|"))}
_WEEKDAY_INDEX.update({name[:3]: index for name, index in list(_WEEKDAY_INDEX.items())})
_WEEKDAY_INDEX.update({"tues": 1, "thur": 3, "thurs": 3})


def _weekday_of(phrase: str) -> int | None:
    """Weekday index of "friday", "fri", "this friday", "next friday", "fridays"."""
    match = re.fullmatch(r"(?:(?:this|next|on)\s+)?([a-z]+?)(?:day)?s?", phrase)
    if match is None:
        return None
    word = phrase.split()[-1]
    word = word[:-1] if word.endswith("days") else word
    return _WEEKDAY_INDEX.get(word)


def _weekday_date(phrase: str, target: int, base: datetime) -> date:
    # A bare, "this" or "next" weekday is the first such day strictly after the
    # anchor date (the labelling rule: "next Tuesday" said on a Saturday is three
    # days later, "next Friday" said on a Thursday is the day after); "this" may
    # also be today.
    days = (target - base.weekday()) % 7
    if days == 0 and not phrase.startswith("this"):
        days = 7
    return (base + timedelta(days=days)).date()


def _day_of_month(day: int, base: datetime) -> tuple[date, bool] | None:
    if not 1 <= day <= 31:
        return None
    year, month = base.year, base.month
    for _ in range(2):
        if day <= calendar.monthrange(year, month)[1]:
            candidate = date(year, month, day)
            # "the 2nd" said on the 2nd means next month's (strictly after the anchor).
            if candidate > base.date():
                return candidate, False
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return None


_MONTH_INDEX = {
    name: index
    for index, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")],
        start=1,
    )
    for name in names
}  # fmt: skip


def _month_day(phrase: str, base: datetime) -> tuple[date, bool] | None:
    """ "april 3", "3 of april", "may 15, 2024", "fri aug 1": the common forms, without
    dateparser (which costs milliseconds per call); a date without a year is the next one."""
    phrase = re.sub(rf"^(?:{_WEEKDAYS}|{_WEEKDAY_SHORT}|sat|sun|wed)\.?,?\s+", "", phrase)
    match = re.fullmatch(r"([a-z]+)\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?", phrase) or re.fullmatch(
        r"(\d{1,2})\s+(?:of\s+)?([a-z]+)(?:,?\s+(\d{4}))?", phrase
    )
    if match is None:
        return None
    first, second, year_text = match.groups()
    month_name, day_text = (first, second) if first.isalpha() else (second, first)
    month = _MONTH_INDEX.get(month_name)
    if month is None:
        return None
    day = int(day_text)
    years = [int(year_text)] if year_text else [base.year, base.year + 1]
    for year in years:
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            # "the 32nd of May": a month-day form with an impossible day is no date,
            # and must not reach dateparser (which would read 32 as a year).
            raise ValueError(f"no day {day} in month {month}")
        candidate = date(year, month, day)
        if year_text or candidate >= base.date():
            return candidate, candidate < base.date()
    return None


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
    if not _DIGIT_OR_DAY_WORD.search(text):
        return ()
    mentions: list[DateMention] = []
    for match in _PHRASE.finditer(text):
        try:
            mention = _resolve_match(match, base)
        except (ValueError, OverflowError):
            continue  # an impossible date ("the 0th", year 10000) is no date
        if mention is not None:
            mentions.append(mention)
    return tuple(_merge_day_and_time(mentions, base))


def _merge_day_and_time(mentions: list[DateMention], base: datetime) -> list[DateMention]:
    """Join "tomorrow ... at 1pm" said apart in one sentence into one moment."""
    days = [m for m in mentions if m.has_day and not m.has_time]
    clocks = [m for m in mentions if not m.has_day and m.has_time]
    if len(days) != 1 or not clocks:
        return mentions
    day, clock = days[0], clocks[0]
    value = datetime.combine(day.value.date(), clock.value.timetz())
    merged = DateMention(
        min(day.start, clock.start),
        max(day.end, clock.end),
        f"{day.phrase} {clock.phrase}",
        value,
        True,
        day.past,
        True,
        clock.ambiguous,
    )
    rest = [m for m in mentions if m is not day and m is not clock]
    return sorted([*rest, merged], key=lambda m: m.start)


def combine(day: DateMention, clock: DateMention) -> datetime:
    """The day of one mention at the clock time of another (e.g. across sentences)."""
    return datetime.combine(day.value.date(), clock.value.timetz())


def _resolve_match(match: re.Match[str], base: datetime) -> DateMention | None:
    groups = match.groupdict()
    day_text = groups.get("day") or groups.get("day2")
    clock_text = groups.get("time1") or groups.get("time2")
    part = groups.get("part1") or groups.get("part2") or groups.get("part3")
    bare = groups.get("bare") or groups.get("bare1") or groups.get("bare2")
    phrase = match.group(0).strip()
    lowered = phrase.lower()
    if day_text is None and groups.get("part2"):
        day_text = lowered.split()[0]
        if day_text == "this":
            day_text = "today"
    clock: time | None = _parse_clock(clock_text) if clock_text else None
    ambiguous = False
    if (
        clock is not None
        and clock_text is not None
        and not re.search(r"[ap]\.?m", clock_text, re.I)
    ):
        if clock_text[:1] != "0" and 1 <= clock.hour <= 12:
            ambiguous = True
            if 1 <= clock.hour <= 7 or "tonight" in lowered:
                clock = time(clock.hour + 12 if clock.hour < 12 else clock.hour, clock.minute)
    if clock is None and bare is not None:
        hour = int(bare)
        if hour > 12:
            if hour > 23:
                return None
        elif "tonight" in lowered or part in ("afternoon", "evening", "night") or 1 <= hour <= 7:
            hour = hour + 12 if hour < 12 else hour
        else:
            ambiguous = True
        clock = time(hour, 0)
    if clock is not None and clock_text is not None and clock_text.isdigit():
        return None
    if day_text is None:
        if clock is None:
            return None
        day: date = base.date()
        past = False
        if datetime.combine(day, clock) < base:
            day = day + timedelta(days=1)
        has_day = False
    else:
        has_day = True
        resolved = _resolve_day(day_text, base)
        if resolved is None:
            return None
        day, past = resolved
    has_time = clock is not None
    if clock is None:
        tonight = day_text is not None and day_text.lower() == "tonight"
        part_hour = _PART_HOURS.get(part.lower(), 9) if part else (20 if tonight else None)
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
        match.start(), match.end(), phrase, value, has_time, past, has_day, ambiguous
    )
