"""Holidays as days: "Christmas Eve dinner", "hosting Thanksgiving this year".

dates.py reads numbers and weekdays; a plan is often dated by the holiday it
belongs to instead. Fixed-date holidays resolve to their next occurrence on or
after the anchor date; Thanksgiving (US), Easter and a few floating days are
computed. Regional variants are left out on purpose: a wrong date is worse than
none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) given weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _easter(year: int) -> date:
    """Gregorian Easter Sunday (anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month = (h + leap - 7 * m + 114) // 31
    day = (h + leap - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


_HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas eve": _fixed(12, 24),
    "christmas day": _fixed(12, 25),
    "christmas": _fixed(12, 25),
    "xmas": _fixed(12, 25),
    "boxing day": _fixed(12, 26),
    "new year's eve": _fixed(12, 31),
    "new years eve": _fixed(12, 31),
    "nye": _fixed(12, 31),
    "new year's day": _fixed(1, 1),
    "new years day": _fixed(1, 1),
    "valentine's day": _fixed(2, 14),
    "valentines day": _fixed(2, 14),
    "valentine's": _fixed(2, 14),
    "st. patrick's day": _fixed(3, 17),
    "st patrick's day": _fixed(3, 17),
    "halloween": _fixed(10, 31),
    "fourth of july": _fixed(7, 4),
    "4th of july": _fixed(7, 4),
    "independence day": _fixed(7, 4),
    "juneteenth": _fixed(6, 19),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "mother's day": lambda y: _nth_weekday(y, 5, 6, 2),
    "mothers day": lambda y: _nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "fathers day": lambda y: _nth_weekday(y, 6, 6, 3),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "easter sunday": _easter,
    "easter": _easter,
}
HOLIDAY_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(h).replace("'", "['’]?") for h in sorted(_HOLIDAYS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)


def holiday_date(name: str, anchor: date) -> date | None:
    """The next date (on or after ``anchor``) of the holiday ``name``; None if unknown."""
    key = re.sub(r"\s+", " ", name.lower().replace("’", "'")).strip()
    rule = _HOLIDAYS.get(key) or _HOLIDAYS.get(key.replace("'", ""))
    if rule is None:
        return None
    day = rule(anchor.year)
    return day if day >= anchor else rule(anchor.year + 1)


def holiday_in(text: str, anchor: date) -> tuple[str, date] | None:
    """The first holiday named in ``text`` and its next date."""
    match = HOLIDAY_RE.search(text)
    if match is None:
        return None
    day = holiday_date(match.group(0), anchor)
    return (match.group(0), day) if day is not None else None
