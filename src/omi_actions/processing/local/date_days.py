"""Resolving a day phrase to a calendar date against a reference time.

The common forms (weekdays, month-day, numeric dates, ranges, "Tuesday week", a
fortnight, "end of May", end of business day, holidays) are read here; only what is
left goes to dateparser, configured for English and future dates.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

import dateparser

from omi_actions.processing.local.date_grammar import (
    _ANY_WEEKDAY,
    _EOD,
    _RANGE_TO,
    _WEEKDAY_SHORT,
    _WEEKDAYS,
)
from omi_actions.processing.local.event_holidays import holiday_date

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

_SETTINGS: dict[str, Any] = {
    "PREFER_DATES_FROM": "future",
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DAY_OF_MONTH": "first",
    "DATE_ORDER": "MDY",
}


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
        dated = date(year, month, day)
        return dated, dated < base.date()
    found = _next_date(month, day, base.date())
    if found is not None and match.group(2) == "/" and first <= 12 and second <= 12:
        # "appt on 02/04" written on 30 March: read day first when month first would be
        # most of a year away and day first is within the coming weeks (a non-US date).
        swapped = _next_date(day, month, base.date())
        if (
            swapped is not None
            and (found - base.date()).days > 120
            and (swapped - base.date()).days <= 60
        ):
            found = swapped
    return (found, False) if found is not None else None


def _next_date(month: int, day: int, today: date) -> date | None:
    """The first ``month``/``day`` on or after ``today`` (this year or the next)."""
    for year in (today.year, today.year + 1):
        if 1 <= day <= calendar.monthrange(year, month)[1]:
            found = date(year, month, day)
            if found >= today:
                return found
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
