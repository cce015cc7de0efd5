"""Reading "Field: value" lines, and the value shapes the labelled-record rules share.

A field line is a short label, a colon and a value; values of "none" or "n/a" and
marketing mail are skipped by the caller. Names, amounts of money, periodic prices
and weekday plurals are written once here for every ``fact_rec_*`` field rule.
"""

from __future__ import annotations

import re

_LINE = re.compile(
    r"^\s*(?:[-•*·]\s*)?(?P<label>[A-Za-z0-9][A-Za-z0-9 .'/()&+-]{0,30}?)\s*#?\s*:\s*"
    r"(?P<value>\S[^\n]*?)\s*$"
)
_MARKETING = re.compile(
    r"\bunsubscribe\b|\bshop\s+now\b|\b\d+\s*%\s+off\b|\blimited\s+time\b|\bpromo\s+code\b", re.I
)
_NONE = re.compile(r"^(?:none|n/?a|no|nil|-+|0)\.?$", re.I)
_PARENS = re.compile(r"\s*\([^)]*\)")
_NAME = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_MONEY = r"[$£€]\s?\d[\d,]*(?:\.\d{2})?"
_PERIODIC = re.compile(
    r"/\s*(?:mo|month|yr|year|wk|week)\b|\b(?:a|per|each|every)\s+(?:month|year|week)\b|"
    r"\bmonthly\b|\bweekly\b|\bannual(?:ly)?\b",
    re.I,
)


def _fields(text: str) -> list[tuple[str, str]]:
    fields: list[tuple[str, str]] = []
    for line in text.split("\n"):
        match = _LINE.match(line)
        if match is None:
            continue
        label = re.sub(r"\s+", " ", match.group("label")).strip().lower()
        label = re.sub(r"^(?:your|my)\s+", "", label)
        fields.append((label, match.group("value").strip().rstrip(".")))
    return fields


def _article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def _bare(value: str) -> str:
    return _PARENS.sub("", value).strip(" ,;")


def _heading_org(text: str) -> str:
    """ "EMPLOYEE PROFILE - Kanto Logistics" -> "Kanto Logistics"."""
    first = text.strip().split("\n", 1)[0]
    match = re.search(r"\s[-–—|]\s+(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s*$", first)
    return match.group("org") if match else ""


_DAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days"
