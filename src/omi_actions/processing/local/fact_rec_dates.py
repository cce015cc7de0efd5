"""Numeric dates of a record read in the record's own order (day first or month first).

"12/06/2025" is 12 June in a Portuguese car-hire mail and December 6 in a US one. A
single date cannot tell; the record around it can: another date in it whose first
number is over 12 ("19/06/2025") is day-first, one whose second number is over 12
("4/17/2025") is month-first, and a record with no such date is day-first when it
plainly comes from a day-first country (pounds, euros or rupees, a +44/+353/+61/+91
phone, a .uk/.ie/.au/... address, a UK postcode) and nothing American is in it.
"""

from __future__ import annotations

import re

_NUMERIC = re.compile(r"(?<![\d/.-])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)")
_DAY_FIRST_PLACE = re.compile(
    r"[£€₹]|\b(?:A|AU|NZ)\$|\b(?:EUR|GBP|INR|AUD|NZD|ZAR)\b|\+(?:44|353|61|64|91|27|49|33|34|39|351|31|41|43|32|45|46|47)"
    r"[\s\d]|[@.][\w-]+\.(?:co\.uk|uk|ie|com\.au|au|nz|in|za|de|fr|es|it|pt|nl|ch|at|be|dk|se|no|"
    r"fi|pl|eu)\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b(?:NHS|GP\s+surgery|postcode)\b"
    # British spellings: a record written in them writes its days first
    r"|\b(?i:centre|licence|programme|cheque|tyres?|favourite|colour|organisation)\b"
)
# dollars, a +1 phone, a state and ZIP code ("OR 97214")
_MONTH_FIRST_PLACE = re.compile(
    r"\$\s?\d|\bUSD\b|\+1[\s(-]\d|\b[A-Z]{2}\s\d{5}(?:-\d{4})?\b|\bZIP\b"
)


def record_day_first(text: str) -> bool | None:
    """True when the record writes day first, False when month first, None when it cannot
    be told."""
    day_first = month_first = False
    for match in _NUMERIC.finditer(text):
        first, second = int(match.group(1)), int(match.group(3))
        if match.group(2) == "." and len(match.group(4)) == 4 and second <= 12:
            day_first = True  # "04.07.2025": dots are a day-first writing
        elif first > 12 >= second:
            day_first = True
        elif second > 12 >= first:
            month_first = True
    if day_first != month_first:
        return day_first
    if day_first:
        return None  # both orders in one text: leave every date as it reads
    place_day = bool(_DAY_FIRST_PLACE.search(text))
    place_month = bool(_MONTH_FIRST_PLACE.search(text))
    if place_day != place_month:
        return place_day
    return None


def _iso(match: re.Match[str], day_first: bool) -> str:
    first, second, year = int(match.group(1)), int(match.group(3)), match.group(4)
    day, month = (first, second) if day_first else (second, first)
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return match.group(0)
    if len(year) == 2:
        year = f"19{year}" if int(year) >= 50 else f"20{year}"
    return f"{year}-{month:02d}-{day:02d}"


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


def _spelled(match: re.Match[str]) -> str:
    """ "12/06/2025" -> "12 June 2025" (only a date whose two numbers could both be months)."""
    first, second, year = int(match.group(1)), int(match.group(3)), match.group(4)
    if first > 12 or second > 12 or first == 0 or second == 0 or match.group(2) == ".":
        return match.group(0)  # read right already: a day over 12, or dots (day first)
    if len(year) == 2:
        year = f"19{year}" if int(year) >= 50 else f"20{year}"
    return f"{first} {_MONTHS[second - 1]} {year}"


def day_first_text(text: str) -> str:
    """The text with its ambiguous numeric dates spelled out day first when the record is
    day-first (the date rules read "12/06/2025" month first; a month-first record needs
    nothing)."""
    if not _NUMERIC.search(text) or record_day_first(text) is not True:
        return text
    return _NUMERIC.sub(_spelled, text)


def numeric_day(value: str, record: str) -> str | None:
    """ "12/03/1988" -> "1988-03-12" in a day-first record, "1988-12-03" in a month-first
    one; None when the value is no numeric date or the order cannot be told."""
    match = _NUMERIC.fullmatch(value.strip())
    if match is None:
        return None
    first, second = int(match.group(1)), int(match.group(3))
    if first > 12 >= second:
        return _iso(match, True)
    if second > 12 >= first:
        return _iso(match, False)
    order = record_day_first(record)
    return None if order is None else _iso(match, order)
