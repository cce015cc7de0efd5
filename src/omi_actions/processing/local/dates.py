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

from omi_actions.processing.local.event_holidays import HOLIDAY_RE, holiday_date

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
_ANY_WEEKDAY = rf"(?:{_WEEKDAYS}|{_WEEKDAY_SHORT}|sat|sun|wed)"
_SUFFIXED = r"\d{1,2}(?:st|nd|rd|th)"
_RANGE_TO = r"(?:\s*[-–—]\s*|\s+(?:to|until|till|through|thru)\s+)"
# "end of day", "COB", "close of business": the end of a working day.
_EOD = (
    r"(?:eod|cob|eob|(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?"
    r"(?:business\s+day|business|work(?:ing)?\s+day|day))"
)
_HOLIDAY_NAMES = HOLIDAY_RE.pattern.removeprefix(r"(?<![\w-])").removesuffix(r"(?![\w-])")
_DAY = rf"""
(?P<day>
    \d{{4}}-\d{{2}}-\d{{2}}
  | (?:the\s+)?{_ORD}{_RANGE_TO}(?:the\s+)?{_ORD}\s+(?:of\s+)?(?:{_MONTHS})\b\.?(?:,?\s+\d{{4}})?
  | (?:{_ANY_WEEKDAY}\.?,?\s+)?(?:{_MONTHS})\.?\s+(?:the\s+)?{_ORD}
        (?:{_RANGE_TO}{_ORD}(?!\s*(?:[:.]\d|[ap]\.?m\b)))?(?:,?\s+\d{{4}})?\b
  | (?:{_ANY_WEEKDAY}\.?,?\s+)?(?:the\s+)?{_ORD}\s+(?:of\s+)?(?:{_MONTHS})\b\.?(?:,?\s+\d{{4}})?
  | (?:the\s+)?{_SUFFIXED}{_RANGE_TO}(?:the\s+)?{_SUFFIXED}\b
  | {_ANY_WEEKDAY}\.?,?\s+(?:the\s+{_ORD}|{_SUFFIXED})\b
  | (?<![\d.])(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{{4}}|\d{{2}}(?!\d))?
  | \d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?
  | {_EOD}(?:\s*,?\s*(?:on\s+)?(?:this\s+|next\s+)?(?:{_ANY_WEEKDAY}|today|tomorrow|tmrw|tmr)\b)?
  | (?:{_WEEKDAYS}|{_WEEKDAY_SHORT}|today|tomorrow|tmrw|tmr)\.?,?\s+(?:by\s+)?{_EOD}
  | (?:the\s+)?day\s+after\s+tomorrow
  | today|tonight|tomorrow|tmrw|tmr|yesterday
  | (?:{_WEEKDAYS})\s+(?:of\s+)?next\s+week\b
  | next\s+week\s+(?:on\s+)?(?:{_WEEKDAYS})
  | (?:this|next|coming|last)\s+(?:{_WEEKDAYS}|week(?:end)?|month|year)
  | (?:this|the)\s+coming\s+(?:{_WEEKDAYS}|week(?:end)?)
  | (?:the\s+)?end\s+of\s+(?:the\s+|this\s+|next\s+)?(?:day|week|month)
  | (?:the\s+)?end\s+of\s+(?:{_MONTHS})\b
  | eod|eow
  | in\s+(?:a|an|one|two|three|four|five|six|seven|ten|\d+)
        \s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b
  | in\s+(?:a|one)\s+fortnight|(?:a|one)\s+fortnight\s+(?:from\s+)?(?:today|tomorrow|now)
  | (?:a|one|two)\s+weeks?\s+(?:from|on)\s+(?:{_WEEKDAYS}|today|tomorrow|now)
  | (?:a|one|two|three|\d+)\s+(?:days?|weeks?)\s+from\s+(?:now|today)
  | (?:{_WEEKDAYS})\s+week\b
  | (?:{_WEEKDAYS})s?
  | (?:{_WEEKDAY_SHORT})\b\.?
  | (?:the\s+)?weekend
  | the\s+first\s+of\s+(?:{_MONTHS})\b\.?(?:,?\s+\d{{4}})?
  | (?:(?<=\bon\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bstarting\s))
      the\s+first\b(?=\s*(?:[.,!?;)]|$|at\s|of\s+(?:the|next)\s+month\b))
  | the\s+{_ORD}\b(?!-|[:.]\d)
  | (?<=(?:by|on)\s)(?:sat|sun|wed)\b
  | (?:sat|sun|wed)\b(?=\s+\d{{1,2}}(?::\d{{2}})?\s*(?:am|pm))
  | (?:sat|sun|wed)\b(?=\s+(?:morning|afternoon|evening|night)\b)
  | HOLIDAYS
  | (?:sat|sun|wed)\b
)
"""

_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_MERIDIEM = r"(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
_CLOCK = rf"""
(?P<time>
    \d{{1,2}}(?:[:.]\d{{2}})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])
  | \d{{1,2}}(?::\d{{2}})?(?:\s*o'?clock)?\s+{_MERIDIEM}
  | \d{{1,2}}:\d{{2}}(?:\s*h)?
  | (?<=at\s)\d{{1,2}}\.[0-5]\d(?![\d.]\d)
  | \d{{1,2}}(?::\d{{2}})?\s*-?\s*ish\b
  | \d{{1,2}}\s*o'?clock\b
  | noon|midnight|midday
  | (?:half|(?:a\s+)?quarter)\s+(?:past|after|to)\s+(?:\d{{1,2}}|{_HOUR_WORDS})
      (?:\s+{_MERIDIEM})?
  | (?<=at\s)(?:{_HOUR_WORDS})(?:[\s-](?:fifteen|thirty|forty[\s-]five|o'?clock))?
      (?:\s+{_MERIDIEM})?
      (?=\s*(?:[.,!?;)]|$|(?:at|on|in|tonight|tomorrow|sharp|then|works?|is|and|with)\b))
)
"""

_AT = r"(?:\s*,?\s*(?:at|@|around|by|from|@ around|at around|at about|about)?\s*)"


# A day optionally followed by a clock time / part of day, or a clock time
# optionally followed by a day ("7pm on Friday").
# Every phrase starts with a digit or one of these letter pairs: a cheap first test.
_STARTS = (
    r"[\d@]|a\s|(?:mo|tu|we|th|fr|sa|su|ja|fe|ma|ap|ju|au|se|oc|no|de|to|tm|ye|ne|ny|co|cl|ch|"
    r"la|en|eo|ea|in|on|tw|te|da|ha|qu|mi|me|at|ar|by|be|bo|fo|fi|fa|va|st|xm|si|ev)"
)


def _phrase(day: str) -> re.Pattern[str]:
    return re.compile(
        rf"""
    \b(?={_STARTS})(?:
        {day}(?:\s+(?P<part1>{_PART}))?
        (?:{_AT}{_CLOCK.replace("time>", "time1>")}|\s+at\s+(?P<bare1>\d{{1,2}})(?![:\d])
          | \s+(?P<bare3>\d{{1,2}})(?=\s*(?:[?!]|works?\b|ok\b|okay\b|sounds?\b|then\b)))?
      | (?:at\s+|@\s*|around\s+|by\s+)?{_CLOCK.replace("time>", "time2>")}
        (?:\s+(?:on\s+|this\s+|next\s+)?{day.replace("day>", "day2>")}
            (?:\s+(?P<part4>morning|afternoon|evening|night)\b)?
          | \s+this\s+(?P<part5>morning|afternoon|evening)\b)?
      | (?:this|tomorrow|friday)\s+(?P<part2>{_PART})
      | at\s+(?P<bare>\d{{1,2}})(?![:\d])
        (?:\s+(?:o'clock|tonight|(?:in\s+the|at|this)\s+(?P<part3>{_PART})))?
      | between\s+(?P<bare2>\d{{1,2}})(?![:\d])\s+and\s+(?:\d{{1,2}}(?![:\d])|noon|midday)
    )
    """,
        re.IGNORECASE | re.VERBOSE,
    )


_HOLIDAY_HINTS = (
    "christ xmas boxing year nye valentine patrick hallow july independ juneteenth "
    "thanksgiving mother father memorial labor easter"
).split()
# Holiday names are only tried when the text names one: the alternation is costly.
_PHRASE = _phrase(_DAY.replace("  | HOLIDAYS\n", ""))
_PHRASE_HOLIDAYS = _phrase(_DAY.replace("HOLIDAYS", rf"(?:{_HOLIDAY_NAMES})(?![\w-])"))

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
    rf"night|lunch|eod|eow|cob|eob|close|fortnight|{_HOUR_WORDS}|the\s+first\b)",
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
    # The last day of a range ("3-9 March", "the 3rd to the 9th"); ``value`` is its first.
    until: datetime | None = None


_HOUR_VALUES = {word: index + 1 for index, word in enumerate(_HOUR_WORDS.split("|"))}


_MERIDIEM_SUFFIX = re.compile(
    r"\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening)|at\s+(?P<night>night))$"
)


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


_EOD_PART = re.compile(rf"^{_EOD}\s*,?\s*(?:on\s+)?|\s*,?\s+(?:by\s+)?{_EOD}$")
_WEEKDAY_ORDINAL = re.compile(rf"({_ANY_WEEKDAY})\.?,?\s+(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?")
_NUMERIC_DATE = re.compile(r"(\d{1,2})([./])(\d{1,2})(?:[./](\d{2}|\d{4})?)?")
_ORDINAL_RANGE = re.compile(
    rf"(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th){_RANGE_TO}(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)"
)
_DAYS_MONTH_RANGE = re.compile(
    rf"(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?{_RANGE_TO}(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?"
    r"(\s+(?:of\s+)?[a-z]+\.?(?:,?\s+\d{4})?)"
)
_MONTH_DAYS_RANGE = re.compile(
    rf"(.*?[a-z]\.?\s+(?:the\s+)?)(\d{{1,2}})(?:st|nd|rd|th)?{_RANGE_TO}(\d{{1,2}})(?:st|nd|rd|th)?(,?\s+\d{{4}})?"
)


def _range_parts(phrase: str) -> tuple[str, str] | None:
    """ "3-9 march" -> ("3 march", "9 march"); "the 3rd to the 9th" -> ("3rd", "9th")."""
    match = _ORDINAL_RANGE.fullmatch(phrase)
    if match is not None:
        return match.group(1), match.group(2)
    match = _DAYS_MONTH_RANGE.fullmatch(phrase)
    if match is not None:
        return match.group(1) + match.group(3), match.group(2) + match.group(3)
    match = _MONTH_DAYS_RANGE.fullmatch(phrase)
    if match is not None:
        head, year = match.group(1), match.group(4) or ""
        month = re.sub(rf"^(?:{_ANY_WEEKDAY})\.?,?\s+", "", head)
        return head + match.group(2) + year, month + match.group(3) + year
    return None


def range_end(day_text: str, first: date, base: datetime) -> date | None:
    """The last day of a range phrase whose first day is ``first``; None if no range."""
    phrase = re.sub(r"\s+", " ", day_text.strip().lower()).rstrip(".")
    parts = _range_parts(phrase)
    if parts is None:
        return None
    end = parts[1]
    if end.isdigit():
        found = _day_of_month(int(end), datetime.combine(first, time(0, 0)) - timedelta(days=1))
    else:
        found = _resolve_day(end, datetime.combine(first, time(0, 0)))
    if found is None or found[0] < first:
        return None
    return found[0]


def _weekday_ordinal(target: int, day: int, base: datetime) -> tuple[date, bool] | None:
    """ "Thu the 5th": the next 5th if it is a Thursday, else the one after if that is
    (a weekday that fits neither is a slip: the next 5th)."""
    first = _day_of_month(day, base)
    if first is None:
        return None
    candidate = first[0]
    for _ in range(2):
        if candidate.weekday() == target:
            return candidate, False
        moved = _day_of_month(day, datetime.combine(candidate, time(0, 0)))
        if moved is None:
            break
        candidate = moved[0]
    return first


def _numeric_date(phrase: str, base: datetime) -> tuple[date, bool] | None:
    """ "3/14", "14/03" (a first number over 12 is the day), "14.03." (day first)."""
    match = _NUMERIC_DATE.fullmatch(phrase)
    if match is None:
        return None
    first, second = int(match.group(1)), int(match.group(3))
    if match.group(2) == "." or first > 12:
        day, month = first, second
    else:
        month, day = first, second
    year_text = match.group(4)
    if not 1 <= month <= 12:
        return None
    if year_text:
        year = int(year_text) + (2000 if len(year_text) == 2 else 0)
        if day > calendar.monthrange(year, month)[1] or day < 1:
            return None
        found = date(year, month, day)
        return found, found < base.date()
    for year in (base.year, base.year + 1):
        if 1 <= day <= calendar.monthrange(year, month)[1]:
            found = date(year, month, day)
            if found >= base.date():
                return found, False
    return None


def _resolve_special(phrase: str, base: datetime) -> tuple[date, bool] | None:
    """Day forms read without dateparser: end of business day, holidays, ranges,
    weekday + day of month, numeric dates, "Tuesday week", a fortnight, "end of May"."""
    if phrase in ("eod", "cob", "eob") or re.fullmatch(_EOD, phrase):
        return base.date(), False
    without_eod = _EOD_PART.sub("", phrase)
    if without_eod != phrase:
        return _resolve_day(without_eod, base) if without_eod else (base.date(), False)
    holiday = holiday_date(phrase, base.date())
    if holiday is not None:
        return holiday, False
    parts = _range_parts(phrase)
    if parts is not None:
        return _resolve_day(parts[0], base)
    weekday_ordinal = _WEEKDAY_ORDINAL.fullmatch(phrase)
    if weekday_ordinal is not None:
        target = _WEEKDAY_INDEX[weekday_ordinal.group(1)]
        return _weekday_ordinal(target, int(weekday_ordinal.group(2)), base)
    if phrase[:1].isdigit() and ("/" in phrase or "." in phrase):
        return _numeric_date(phrase, base)
    words = phrase.split()
    if len(words) == 2 and words[1] == "week" and words[0] in _WEEKDAY_INDEX:
        return _weekday_date(words[0], _WEEKDAY_INDEX[words[0]], base) + timedelta(days=7), False
    if "next week" in phrase and len(words) >= 3:
        named = [w for w in words if w in _WEEKDAY_INDEX]
        if named:
            monday = base.date() + timedelta(days=7 - base.weekday())
            return monday + timedelta(days=_WEEKDAY_INDEX[named[0]]), False
    if "fortnight" in phrase:
        extra = 1 if phrase.endswith("tomorrow") else 0
        return base.date() + timedelta(days=14 + extra), False
    month_end = re.fullmatch(r"(?:the\s+)?end\s+of\s+([a-z]+)", phrase)
    if month_end is not None and month_end.group(1) in _MONTH_INDEX:
        month = _MONTH_INDEX[month_end.group(1)]
        year = base.year + (1 if month < base.month else 0)
        return date(year, month, calendar.monthrange(year, month)[1]), False
    return None


def _resolve_day(day: str, base: datetime) -> tuple[date, bool] | None:
    """The calendar date of a day phrase and whether it lies in the past."""
    phrase = re.sub(r"\s+", " ", day.strip().lower()).rstrip(".")
    if phrase in ("tmrw", "tmr"):
        phrase = "tomorrow"
    if phrase == "tonight":
        return base.date(), False
    special = _resolve_special(phrase, base)
    if special is not None:
        return special
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
    from_day = re.fullmatch(r"(a|one|two)\s+weeks?\s+(?:from|on)\s+(\w+)", phrase)
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
    phrase = re.sub(r"^the\s+first\b", "the 1", phrase)  # "on the first", "the first of May"
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
    return tuple(_without_overlaps(_merge_day_and_time(mentions, base)))


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


# Words before "sat"/"sun"/"wed" that make them a day rather than a verb or a noun.
_SHORT_DAY_BEFORE = re.compile(
    r"(?:\b(?:on|by|until|till|til|this|next|see\s+(?:you|u|ya)|cya)|[-–/&])\s*$", re.IGNORECASE
)
_SHORT_DAY_LIST = re.compile(
    r"(?:\b(?:from|to|and|or|before|after|thru|through|every|each)|,)\s*$", re.IGNORECASE
)
_SHORT_DAY_SUBJECT = re.compile(
    r"\b(?:i|we|you|u|he|she|they|it|who|just|then|finally|had|have|has|was|were|been|newly|"
    r"the|a|in|of|under|into|out|sunny|hot|morning|evening|setting|rising)\s*$",
    re.IGNORECASE,
)
_HOLIDAY_BEFORE = re.compile(
    r"\b(?:on|by|until|till|before|this|next|over|for|at|after|around|since)\s+$", re.IGNORECASE
)
# "Room 3/14", "24/7", "1/2 cup", "9/10 stars": numbers with a slash that are not dates.
_NOT_A_SLASH_DATE_BEFORE = re.compile(
    r"(?:\b(?:room|rm|apt|apartment|unit|suite|flat|no|nr|number|page|p|pp|ch|chapter|section|"
    r"step|row|seat|gate|platform|grade|ratio|odds|bus|route|line|building|bldg|floor|lot)\.?|"
    r"\b(?:scored?|rated?|gave|give|gives)(?:\s+(?:it|this|that|them|him|her|us|me))?|#)\s*$",
    re.IGNORECASE,
)
_NOT_A_SLASH_DATE_AFTER = re.compile(
    r"^\s*(?:%|cups?\b|tsp\b|tbsp\b|teaspoons?\b|tablespoons?\b|inch|in\b|mile|lbs?\b|oz\b|"
    r"stars?\b|of\b|split\b|ratio\b|[a-z]?/)",
    re.IGNORECASE,
)
_MERIDIEM_PARTS = frozenset({"morning", "afternoon", "evening", "night"})


def _short_day_ok(word: str, before: str, after: str) -> bool:
    """ "on sat", "from Tue to Wed", "sat?" are days; "I sat.", "the sun" are not."""
    if _SHORT_DAY_BEFORE.search(before):
        return True
    if word == "sun":  # lower-case "sun" is the sun unless said right after "on"/"by"
        return False
    if _SHORT_DAY_SUBJECT.search(before):
        return False
    if _SHORT_DAY_LIST.search(before) and word[:1].isupper():
        return True
    return bool(re.match(r"\s*(?:[?!.,;:)]|$)", after)) and (
        word[:1].isupper() or word in ("sat", "wed")
    )


def _plausible(match: re.Match[str], day_text: str | None, clock_text: str | None) -> bool:
    """Context checks for day words that are also ordinary words or numbers."""
    if day_text is None:
        return True
    text = match.string
    start = match.start("day") if match.group("day") is not None else match.start("day2")
    word = day_text.strip().rstrip(".")
    before, after = text[:start], text[start + len(day_text) :]
    if word.lower() in ("sat", "sun", "wed") and clock_text is None and match.group("day"):
        trail = text[match.end("day") :]
        if re.match(r"\s+\d|\s+(?:morning|afternoon|evening|night)\b", trail, re.I):
            return True
        if re.search(r"\b(?:by|on)\s$", before, re.I):
            return True
        return _short_day_ok(word if not word.isupper() else word.title(), before, after)
    if HOLIDAY_RE.fullmatch(word):
        return bool(_HOLIDAY_BEFORE.search(before)) or clock_text is not None
    dotted = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.?(\d*)", word)
    if dotted is not None:
        if re.search(
            r"\b(?:version|ver|v|release|rev|chapter|section|step|no|nr)\.?\s*$", before, re.I
        ):
            return False
        return bool(dotted.group(3)) or len(dotted.group(1)) == 2 or len(dotted.group(2)) == 2
    if re.fullmatch(r"\d{1,2}/\d{1,2}", word):
        if word in ("24/7", "9/11") or _NOT_A_SLASH_DATE_BEFORE.search(before):
            return False
        return not _NOT_A_SLASH_DATE_AFTER.match(after)
    return True


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
    bare = groups.get("bare") or groups.get("bare1") or groups.get("bare2") or groups.get("bare3")
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
        if hour > 12:
            if hour > 23:
                return None
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
