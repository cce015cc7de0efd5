"""Benefits, plans and memberships in the user's records: what the user is enrolled in and pays.

A benefits confirmation (medical, dental and vision cover, retirement contributions,
an FSA, covered dependants) and a plan, membership or tariff with its periodic price,
its session days, a race date, the kit and the extras booked.
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.fact_clean import _iso_when
from omi_actions.processing.local.fact_rec_field_lines import (
    _DAYS,
    _MONEY,
    _PERIODIC,
    _article,
    _bare,
)

# ------------------------------------------------------------------ benefits

_BENEFITS = re.compile(r"\bbenefits?\b|\bcoverage\b|\belections?\b|\bplan\s+year\b|\benrol", re.I)
_DEPENDANT = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*\((?P<rel>spouse|wife|husband|partner|"
    r"child|son|daughter|domestic\s+partner)\)"
)


# "Coverage begins January 1, 2026." closes a benefits confirmation.
_COVER_START = re.compile(
    r"\b(?:coverage|cover|benefits|your\s+plan)\s+(?:starts|begins|is\s+effective|takes\s+effect)"
    r"\s+(?:on\s+|from\s+)?(?P<when>[^.\n]{4,30})",
    re.I,
)


def coverage_start(text: str, reference: datetime) -> str | None:
    """The ISO day a benefits confirmation says the cover starts on."""
    match = _COVER_START.search(text)
    if match is None:
        return None
    day = _iso_when(match.group("when"), reference)
    return day.split(" at ")[0] if day else None


def _benefit(label: str, value: str) -> list[str]:
    waived = re.match(r"(?:waived|declined|opted\s+out)\b", value, re.I)
    if label in ("medical", "dental", "vision", "health", "medical plan", "dental plan"):
        kind = label.split()[0]
        if waived:
            return [f"User waived {kind} coverage"]
        plan = _bare(value).split(",")[0].strip()
        inside = re.search(r"\(([^)]*)\)|,\s*(employee\b[^,;]*)", value)
        tier = (inside.group(1) or inside.group(2)) if inside else ""
        who = f" for {tier}" if "employee" in tier else ""
        return [f"User has {plan} {kind} coverage{who}"] if plan else []
    if re.fullmatch(r"401\s?\(?k\)?|403\s?\(?b\)?|retirement|pension", label):
        share = re.search(r"\d{1,2}(?:\.\d)?\s*%(?:\s+(?:pre-?tax|roth|after-?tax))?", value, re.I)
        if share is None:
            return []
        plan = "pension" if label in ("retirement", "pension") else label
        return [f"User contributes {share.group(0)} to their {plan}"]
    if label in ("fsa", "hsa", "health savings account", "flexible spending account"):
        money = re.search(_MONEY, value)
        return [f"User has a {money.group(0)} {label.upper()}"] if money else []
    if label in ("covered dependents", "dependents", "dependants", "covered dependants"):
        facts = []
        for match in _DEPENDANT.finditer(value):
            rel = match.group("rel")
            if rel in ("child", "son", "daughter"):
                facts.append(f"User has a {rel} named {match.group('name')}")
            else:
                facts.append(f"User's {rel} is {match.group('name')}")
        return facts
    return []


# ------------------------------------------------------------------ plans and accounts

_SCHEDULE_LABELS = frozenset({"dates", "schedule", "times", "when", "sessions", "class times"})


_PRICE_LABELS = frozenset(
    {"price", "fee", "monthly fee", "monthly price", "cost", "monthly cost",
     "monthly direct debit", "direct debit", "monthly payment", "membership fee"}
)  # fmt: skip


_PLAN_LABELS = frozenset(
    {"plan", "membership", "subscription", "membership type", "package", "tariff", "energy tariff"}
)


def _plan(label: str, value: str, reference: datetime, org: str, has_plan: bool) -> list[str]:
    bare = _bare(value)
    if label in ("tariff", "energy tariff", "rate plan"):
        return [f"User is on the {bare} tariff"] if bare else []
    if label in ("plan", "membership", "subscription", "membership type", "package"):
        noun = "membership" if label.startswith("membership") else label
        if not bare or len(bare.split()) > 8 or re.search(r"[$£€]", bare):
            return []  # "Plan: Accident & Illness, $250 deductible": a policy's terms
        money = re.search(rf"{_MONEY}\s*(?:/\s*\w+|\s+(?:a|per)\s+\w+)?", value)
        price = f" ({money.group(0)})" if money else ""
        at = f" at {org}" if org and noun == "membership" else ""
        return [f"User has {_article(bare)} {bare} {noun}{at}{price}"]
    periodic = _PERIODIC.search(value) or "monthly" in label or "direct debit" in label
    if label in _PRICE_LABELS:
        money = re.search(_MONEY, value)
        if money is None or not periodic or not has_plan:
            return []
        rest = value[money.end() :].strip(" ,")
        if "monthly" in label and not _PERIODIC.match(rest):
            rest = f"a month {rest}".strip()
        by = " by direct debit" if "direct debit" in label else ""
        per = re.match(r"(?:a|per)\s+month\b|/\s*(?:mo|month)\b", rest)
        if per is not None:
            money_per = f"{money.group(0)} {per.group(0)}".replace(" /", "/")
            rest = rest[per.end() :].strip(" ,")
        else:
            money_per = money.group(0)
        paid = re.sub(r"\s+", " ", f"User pays {money_per}{by} {rest}").strip(" ,")
        return [re.sub(r"(?<=\d) /", "/", paid)]
    if re.match(rf"(?:every\s+|{_DAYS}\b)", value):
        if label in _SCHEDULE_LABELS:
            times = re.match(r"[^,;]*", value)
            return [f"User's sessions are on {times.group(0) if times else value}"]
        if len(label.split()) <= 2 and label not in ("closed", "hours", "opening hours"):
            return [f"User's {label} is on {bare}"]
    if label in ("race", "race day", "race date", "event date", "competition"):
        race = _iso_when(value, reference)
        return [f"User has a race on {race.split(' at ')[0]}"] if race else []
    if label in ("shoes", "running shoes", "bike", "racket", "board") and re.match(r"[A-Z]", bare):
        verb = "are" if label.endswith("s") else "is"
        return [f"User's {label} {verb} {bare}"]
    first = re.fullmatch(r"first\s+(?P<what>[a-z]+(?:\s+[a-z]+)?)", label)
    if first is not None:
        day = _iso_when(value, reference)
        if day is not None:
            return [f"User's first {first.group('what')} is on {day.split(' at ')[0]}"]
    if label in ("extras", "add-ons", "extras booked", "add ons"):
        return [f"User booked {_bare(item)}" for item in value.split(",") if _bare(item)]
    return []
