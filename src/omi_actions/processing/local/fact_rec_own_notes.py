"""Notes kept by the user that hold their details without colons.

A weekly schedule written as a list ("Mon + Wed  swim 6:30 Aquatic Centre"), training
days ("long runs Sundays"), a budget ("rent 1,350", "car loan 289 (ends Aug 2027)"),
house notes ("door code 4471#", "bins out tues night", the landlord's number) and
documents ("Passport expires ...").
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.fact_clean import _iso_when
from omi_actions.processing.local.fact_rec_field_lines import _DAYS, _NAME

_DAY_WORD = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)"
_DAY_NAMES = {
    "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday",
    "weds": "Wednesday", "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday",
    "fri": "Friday", "sat": "Saturday", "sun": "Sunday",
}  # fmt: skip
_SCHEDULE_LINE = re.compile(
    rf"^\s*[-•*]?\s*(?P<days>{_DAY_WORD}[a-z]*\.?(?:\s*(?:\+|&|,|/|and)\s*{_DAY_WORD}[a-z]*\.?)*)"
    r"[ \t]*[:\-–]?[ \t]+(?P<rest>\S[^\n]{2,80})$",
    re.I | re.M,
)
_ROUTINE = re.compile(r"\broutine\b|\bschedule\b|\bmy\s+week\b|\bweekly\b|\btimetable\b", re.I)
_DATEISH = re.compile(
    r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b"
)
_CLOCK = re.compile(r"\b(?:[01]?\d|2[0-3])[:.][0-5]\d\b|\b\d{1,2}\s*[ap]m\b", re.I)
_VERB_ACTIVITIES = {
    "swim": "swims", "run": "runs", "walk": "walks", "cycle": "cycles", "climb": "climbs",
    "hike": "hikes", "row": "rows", "lift": "lifts", "train": "trains", "skate": "skates",
}  # fmt: skip


def _days(text: str) -> str:
    names = [_DAY_NAMES[d.lower()[:4] if d.lower()[:4] in _DAY_NAMES else d.lower()[:3]]
             for d in re.findall(rf"{_DAY_WORD}[a-z]*", text, re.I)]  # fmt: skip
    plural = [f"{n}s" for n in dict.fromkeys(names)]
    return " and ".join(plural) if len(plural) <= 2 else ", ".join(plural)


def _schedule_fact(days: str, rest: str) -> list[str]:
    rest = re.sub(r"\s*\((?:I|we)\s+[^)]*\)|!+", "", rest).strip(" ,.")
    facts: list[str] = []
    for part in re.split(r"\s+then\s+|\s*;\s*", rest):
        part = part.strip(" ,.")
        if len(part) < 3:
            continue
        clock = _CLOCK.search(part)
        at = f" at {clock.group(0)}" if clock else ""
        what = (part[: clock.start()] + part[clock.end() :]) if clock else part
        what = re.sub(r"\s+", " ", what).strip(" ,")
        place = ""
        if clock and part[clock.end() :].strip():
            what = part[: clock.start()].strip(" ,")
            place = " " + re.sub(r"^(?:at\s+)?", "at ", part[clock.end() :].strip(" ,"))
        what = re.split(r",\s*no\b", what)[0].strip()
        if not what:
            continue
        words = what.split()
        verb = _VERB_ACTIVITIES.get(words[0].lower())
        if verb is not None:
            body = " ".join([verb, *words[1:]])
        else:
            body = f"has {what}"
        facts.append(f"User {body} on {days}{at}{place}")
    return facts


def weekly_schedule(text: str) -> list[str]:
    """A week written as a list of lines starting with weekdays, in a note about a routine."""
    lines = [m for m in _SCHEDULE_LINE.finditer(text) if not _DATEISH.search(m.group(0))]
    if len(lines) < 2 or not _ROUTINE.search(text):
        return []
    facts: list[str] = []
    for match in lines:
        facts.extend(_schedule_fact(_days(match.group("days")), match.group("rest")))
    return facts


# "long runs Sundays, tempo Thursdays": what the user does on a weekday, every week.
_PLURAL_DAY = re.compile(
    rf"(?:^|[,;\n]\s*)(?P<what>[a-z][a-z -]{{2,25}}?)\s+(?:on\s+)?(?P<day>{_DAYS})\b"
    r"(?=\s*(?:[,;.\n]|$))",
    re.M,
)


def plural_days(text: str) -> list[str]:
    facts: list[str] = []
    for match in _PLURAL_DAY.finditer(text):
        what = match.group("what").strip()
        if re.search(r"\b(?:closed|open|except|not|no|until|and)\b", what):
            continue
        sessions = " sessions" if " " not in what else ""  # "tempo" alone reads as a fragment
        facts.append(f"User does {what}{sessions} on {match.group('day')}")
    return facts


_BUDGET = re.compile(r"\bbudget\b|\bmonthly\s+(?:costs|bills|expenses|outgoings)\b", re.I)
_BUDGET_LINE = re.compile(
    r"^\s*[-•*]?\s*(?P<what>[a-z][a-z ]{1,25}?)\s*[:=-]?\s*(?P<about>~|≈|about\s+|approx\.?\s+)?"
    r"(?P<amount>[$£€]?\s?\d[\d,]*(?:\.\d{2})?k?)(?P<per>\s*/\s*(?:mo|month)\b)?"
    r"(?P<rest>[^\n]*)$",
    re.I | re.M,
)
_SPEND_ON = frozenset(
    {"groceries", "food", "eating out", "takeaway", "fuel", "petrol", "gas", "fun", "clothes",
     "entertainment", "travel", "coffee", "dining"}
)  # fmt: skip
_LOANS = re.compile(r"\bloan\b|\bmortgage\b|\bcredit\s+card\b|\bfinance\b", re.I)
_MONTH_YEAR = re.compile(r"\b(?:ends?|until|till|through)\s+(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{4})")
_MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May",
    "jun": "June", "jul": "July", "aug": "August", "sep": "September", "oct": "October",
    "nov": "November", "dec": "December",
}  # fmt: skip


def _month_year(when: str) -> str:
    month, year = when.replace(".", "").split()
    return f"{_MONTHS.get(month[:3].lower(), month)} {year}"


def budget_lines(text: str) -> list[str]:
    """A monthly budget note: "rent 1,350", "car loan 289 (ends Aug 2027)", "savings 400/mo"."""
    first = text.strip().split("\n", 1)[0]
    if not _BUDGET.search(first):
        return []
    per = "a week" if re.search(r"\bweek", first, re.I) else "a month"
    facts: list[str] = []
    for match in _BUDGET_LINE.finditer(text):
        what = match.group("what").strip().lower()
        if what in ("budget", "total", "income", "left", "leftover", "balance", "net"):
            continue
        amount = match.group("amount").replace(" ", "")
        about = "about " if match.group("about") else ""
        rest = match.group("rest")
        if what in ("savings", "saving", "save"):
            goal = re.search(
                r"(?:->|→|towards?|for)\s*(?P<goal>[a-z][a-z ]{2,30}?)(?=\s*[,;(]|$)", rest
            )
            toward = f" toward a {goal.group('goal').strip()}" if goal else ""
            facts.append(f"User saves {amount} {per}{toward}")
            target = re.search(r"\bgoal\s+(?P<amt>[$£€]?\d[\d,.]*k?)\s+(?P<by>by\s+[^,;\n]+)", rest)
            if target is not None:
                purpose = toward.replace(" toward", " for")
                by = target.group("by").strip()
                facts.append(f"User's goal is to save {target.group('amt')}{purpose} {by}")
            continue
        if what == "rent":
            facts.append(f"User pays {about}{amount} {per} in rent")
        elif _LOANS.search(what):
            ends = _MONTH_YEAR.search(rest)
            tail = f" that ends in {_month_year(ends.group('when'))}" if ends else ""
            facts.append(f"User pays {about}{amount} {per} on a {what}{tail}")
        elif what in _SPEND_ON:
            facts.append(f"User spends {about or 'about '}{amount} {per} on {what}")
        else:
            facts.append(f"User pays {about}{amount} {per} for {what}")
    return facts


_CODE = re.compile(
    r"\b(?P<what>(?:front\s+|back\s+|building\s+|main\s+)?(?:door|gate|alarm|garage|lockbox|"
    r"key\s?safe|entry|bike\s+lock|padlock|locker)\s+(?:code|pin))\s*(?:is\s+|:\s*|-\s*)?"
    r"(?P<code>[0-9][0-9A-Z#*]{2,9}|[0-9#*]{3,10})(?![\w-])",
    re.I,
)
_ROLE_CONTACT = re.compile(
    r"(?:^|\n)\s*[-•*]?\s*(?:my\s+)?(?P<role>landlord|landlady|property\s+manager|building\s+manager|"
    r"super|cleaner|plumber|electrician|handyman|dog\s+walker|babysitter|nanny)\s*(?:is\s+|:\s*|-\s*)?"
    rf"(?P<name>{_NAME})\s*,?\s*(?P<phone>\+?\(?\d[\d() .-]{{5,}}\d)?",
)
_BINS = re.compile(
    rf"\b(?:bins?|rubbish|trash|garbage)\s+(?:go(?:es)?\s+)?out\s+(?:on\s+)?(?P<day>{_DAY_WORD})[a-z]*"
    r"\.?(?:\s+(?P<part>night|evening|morning))?",
    re.I,
)
_RECYCLING = re.compile(
    r"\brecycling\s+(?:is\s+)?(?:collected\s+|goes\s+out\s+)?(?P<freq>every\s+other\s+week|"
    r"fortnightly|biweekly|every\s+two\s+weeks|weekly)",
    re.I,
)
_DOCUMENT = re.compile(
    r"^\s*[-•*]?\s*(?:my\s+)?(?P<doc>passport|driver'?s\s+licen[cs]e|driving\s+licen[cs]e|"
    r"visa|id\s+card|green\s+card)\s+(?:expires|expiry|exp\.?)\s*:?\s*(?:on\s+)?(?P<when>[^\n]{4,30})$",
    re.I | re.M,
)
_PREFER_LINE = re.compile(r"^\s*[-•*]?\s*(?P<verb>Prefers?)\s+(?P<what>[a-z][^,\n.]{2,40})", re.M)


def house_notes(text: str, reference: datetime) -> list[str]:
    """The user's own notes: door codes, the landlord's number, bin days, documents."""
    facts: list[str] = []
    for match in _CODE.finditer(text):
        what = re.sub(r"\s+", " ", match.group("what").lower())
        facts.append(f"User's {what} is {match.group('code')}")
    for match in _ROLE_CONTACT.finditer(text):
        role = re.sub(r"\s+", " ", match.group("role").lower())
        phone = f", phone {match.group('phone').strip()}" if match.group("phone") else ""
        facts.append(f"User's {role} is {match.group('name')}{phone}")
    bins = _BINS.search(text)
    if bins is not None and re.search(r"\b(?:put|take)\s+(?:the\s+)?$", text[: bins.start()], re.I):
        bins = None  # "put the bins out Monday night": a task for this week
    if bins is not None:
        day = _DAY_NAMES[bins.group("day").lower()]
        part = f" {bins.group('part').lower()}s" if bins.group("part") else "s"
        facts.append(f"User puts the bins out on {day}{part}")
    recycling = _RECYCLING.search(text)
    if recycling is not None:
        facts.append(f"User's recycling is collected {recycling.group('freq').lower()}")
    for match in _DOCUMENT.finditer(text):
        expiry = _iso_when(match.group("when"), reference)
        if expiry is not None:
            doc = re.sub(r"\s+", " ", match.group("doc").lower())
            facts.append(f"User's {doc} expires on {expiry.split(' at ')[0]}")
    for match in _PREFER_LINE.finditer(text):
        facts.append(f"User prefers {match.group('what').strip()}")
    return facts


def note_records(text: str, kind: str, reference: datetime) -> list[str]:
    """Everything above that only a note of the user's own holds."""
    facts = weekly_schedule(text)
    facts.extend(budget_lines(text))
    facts.extend(house_notes(text, reference))
    if not facts and re.search(r"\bplan\b|\btraining\b|\bgoal\b", text, re.I):
        facts.extend(plural_days(text))
    return facts
