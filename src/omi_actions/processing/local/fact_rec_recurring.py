"""What recurs in a record: recurring calendar entries, sessions booked every week, and
recurring payments.

"Recurring: Spanish class, Thursdays 19:00" -> "User takes Spanish class every Thursday
at 19:00"; "rent $1,650 due on the 1st" -> "User pays $1,650 rent on the 1st of each
month".
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_rec_card_parts import _DAY, _NAME, _TIME, _clock

# "Recurring: Spanish class, Thursdays 19:00"; "Recurring event: Yoga with Ana, every
# Tuesday 18:00-19:00".
_RECURRING = re.compile(
    rf"\brecurring(?:\s+(?:event|meeting|entry))?\s*:\s*(?P<what>[A-Za-z][^,\n.:;]{{2,50}}?)\s*,"
    rf"\s*(?:every\s+|on\s+)?(?P<day>{_DAY}s?|weekdays|weekends|daily|every\s+day)\s*"
    rf"(?:at\s+)?(?P<time>{_TIME})?",
    re.I,
)
# "Your personal training sessions with coach Mia are booked every Tuesday at 7am."
_BOOKED_EVERY = re.compile(
    rf"\b(?i:your)\s+(?P<what>(?:[\w-]+\s+){{0,4}}?(?:sessions?|lessons?|class(?:es)?|"
    rf"appointments?|practices?|meetings?))(?P<with>\s+with\s+(?:\w+\s+)?{_NAME})?\s+"
    rf"(?:are|is|have\s+been|has\s+been)\s+(?:(?:booked|scheduled|set)\s+(?:for\s+)?)?"
    rf"(?:every|on)\s+(?P<day>{_DAY})s?\s+(?:at\s+)?(?P<time>{_TIME})",
    re.I,
)


def _every(day: str) -> str:
    day = day.strip().lower()
    if day in ("daily", "every day"):
        return "every day"
    if day.startswith("week"):
        return "every " + day.rstrip("s")
    return "every " + day.rstrip("s").capitalize()


def _lessons_verb(what: str) -> str:
    return "takes" if re.search(r"\b(?:class(?:es)?|lessons?|course)$", what, re.I) else "has"


def recurring(text: str) -> list[str]:
    """Recurring calendar entries and sessions booked every week."""
    facts: list[str] = []
    for match in _RECURRING.finditer(text):
        what = match.group("what").strip()
        proper = re.match(r"[A-Z]{2}|[A-Z][a-z]+\s+[A-Z]|[A-Z][a-z]+(?:ish|ese|ian|ch)\b", what)
        lowered = what if proper else what[:1].lower() + what[1:]
        at = _clock(match.group("time"))
        when = f" {_every(match.group('day'))}" + (f" at {at}" if at else "")
        facts.append(f"User {_lessons_verb(what.split(' with ')[0])} {lowered}{when}")
    for match in _BOOKED_EVERY.finditer(text):
        what = match.group("what").strip().lower() + (match.group("with") or "")
        at = _clock(match.group("time"))
        facts.append(f"User has {what} every {match.group('day').capitalize()} at {at}".rstrip())
    return [re.sub(r"\s+at$", "", f) for f in facts]


# ------------------------------------------------------------------ money

_MONEY = r"[$£€]\s?\d[\d,]*(?:\.\d{2})?"
_PER_MONTH = r"\s*(?:/\s*(?:mo|month)\b|\s+(?:per|a|each)\s+month\b|\s+monthly\b)"
# "rent $1,650 due on the 1st", "Car loan $320/month until March 2027"
_BILL = re.compile(
    r"\b(?P<what>rent|mortgage(?:\s+payment)?|car\s+(?:loan|payment)|student\s+loan|"
    r"childcare|daycare|tuition)\s*(?:is\s+|of\s+|:\s*)?(?P<amount>" + _MONEY + r")"
    r"(?P<per>" + _PER_MONTH + r")?"
    r"(?:,?\s+(?:is\s+)?due\s+(?:on\s+)?the\s+(?P<day>\d{1,2}(?:st|nd|rd|th))"
    r"(?:\s+of\s+(?:each|every|the)\s+month)?)?"
    r"(?:,?\s+until\s+(?P<until>[A-Z][a-z]+\s+\d{4}))?",
    re.I,
)


def bills(text: str) -> list[str]:
    """Recurring payments in a budget note or a statement."""
    facts: list[str] = []
    for match in _BILL.finditer(text):
        what = re.sub(r"\s+", " ", match.group("what").lower())
        amount = match.group("amount").replace(" ", "")
        day, until = match.group("day"), match.group("until")
        if not (day or until or match.group("per")):
            continue  # "rent $1,650" alone: a price, maybe of a listing
        if what == "rent" and day:
            facts.append(f"User pays {amount} rent on the {day} of each month")
            continue
        if what == "rent":
            facts.append(f"User pays {amount} rent per month")
            continue
        tail = f" until {until}" if until else ""
        on = f" due on the {day}" if day else ""
        facts.append(f"User has a {what} of {amount} per month{on}{tail}")
    return facts


def recurring_titles(text: str) -> list[str]:
    """The titles of the recurring entries of a calendar record, lower case."""
    return [m.group("what").strip().lower() for m in _RECURRING.finditer(text)]
