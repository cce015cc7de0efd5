"""Labelled records of the user's own: one fact per "Field: value" line.

A profile or medical card, an employee record, a benefits confirmation, a health or
language app's summary and a welcome mail list the user's details as labelled fields.
Each field name maps to a fact template ("Resting heart rate: 58 bpm" -> "User's
resting heart rate is 58 bpm"); a field with an unknown name says nothing. Records
about another person (a relative's contact card) and marketing mail are skipped.

Notes kept by the user hold the same details without colons: a budget ("rent 1,350"),
house notes ("door code 4471#", "bins out tues night"), a weekly schedule written as
a list ("Mon + Wed  swim 6:30 Aquatic Centre") and documents ("Passport expires ...").
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.fact_clean import _iso_when

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

# Labels of a card that is the user's own (identity, work).
_EMAIL_LABELS = frozenset({"email", "e-mail", "email address", "personal email", "work email"})
_TITLE_LABELS = frozenset({"title", "job title", "position", "role"})
_MANAGER_LABELS = frozenset({"manager", "line manager", "reports to", "supervisor"})
_START_LABELS = frozenset({"start date", "date joined", "hire date", "joined", "employed since"})
_DESK_LABELS = frozenset({"desk", "desk number", "desk location"})
_WORK_LABELS = _MANAGER_LABELS | _START_LABELS | {"department", "dept", "employee id", "team"}


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


# ------------------------------------------------------------------ allergies

_ALLERGY_NOTE = re.compile(r"(?:^|[,;/]\s*)([^,;/(]+?)\s*\(([^)]*)\)")


def allergy_facts(value: str) -> list[str]:
    """ "peanuts (severe, EpiPen in bag), cats (mild)" -> "User is severely allergic to
    peanuts", "User is mildly allergic to cats", "User carries an EpiPen"."""
    notes = {item.strip().lower(): note.lower() for item, note in _ALLERGY_NOTE.findall(value)}
    bare = re.sub(r"\s*\([^)]*\)", "", value)
    facts: list[str] = []
    for item in re.split(r"\s*[,;/]\s*|\s+and\s+", bare):
        item = item.strip(" .")
        if not item or item.lower() in ("none", "n/a", "no", "nkda", "nka"):
            continue
        note = notes.get(item.lower(), "")
        degree = next((f"{d}ly " for d in ("mild", "severe") if d in note), "")
        facts.append(f"User is {degree}allergic to {item}")
    if re.search(r"\bEpi-?Pen\b", value, re.I):
        facts.append("User carries an EpiPen")
    return facts


# ------------------------------------------------------------------ health and apps

_HOURS = re.compile(r"(?P<h>\d{1,2})\s*h(?:rs?|ours?)?\s*(?:(?P<m>\d{1,2})\s*m(?:in\w*)?)?", re.I)
_ACTIVITY_VERBS = {
    "run": "runs", "runs": "runs", "swim": "swims", "swims": "swims", "ride": "cycles",
    "rides": "cycles", "cycle": "cycles", "cycling": "cycles", "walk": "walks", "walks": "walks",
    "hike": "hikes", "hikes": "hikes", "yoga": "does yoga", "row": "rows", "rows": "rows",
    "strength": "does strength training", "hiit": "does HIIT", "climb": "climbs",
}  # fmt: skip


def _health(label: str, value: str, weekly: bool) -> list[str]:
    number = re.search(r"\d[\d,.]*", value)
    if number is None:
        return []
    if label in ("resting heart rate", "resting hr", "avg resting heart rate"):
        bpm = re.search(r"\d{2,3}\s*bpm", value)
        return [f"User's resting heart rate is {bpm.group(0) if bpm else number.group(0)}"]
    if label in ("sleep", "avg sleep", "average sleep", "sleep average", "time asleep"):
        hours = _HOURS.search(value)
        if hours is None:
            return []
        minutes = f" {hours.group('m')} minutes" if hours.group("m") else ""
        return [f"User sleeps about {hours.group('h')} hours{minutes} a night on average"]
    if label in ("steps", "daily steps", "avg steps", "average steps", "step count"):
        return [f"User walks about {number.group(0)} steps a day on average"]
    if label in ("weight", "body weight", "current weight"):
        unit = re.search(r"\d[\d.,]*\s*(?:kg|lbs?|st(?:one)?\b[\w ]*)", value)
        return [f"User weighs {unit.group(0).strip()}"] if unit else []
    if label in ("blood pressure", "avg blood pressure"):
        return [f"User's blood pressure is {_bare(value)}"]
    if label in ("workouts", "exercise sessions", "sessions", "activities") and weekly:
        facts: list[str] = []
        count = re.match(r"\s*(\d{1,2})\b", value)
        if count is not None:
            facts.append(f"User works out about {count.group(1)} times a week")
        inside = re.search(r"\(([^)]*)\)", value)
        verbs: list[str] = []
        for word in re.findall(r"[a-z]+", (inside.group(1) if inside else "").lower()):
            verb = _ACTIVITY_VERBS.get(word)
            if verb and verb not in verbs:
                verbs.append(verb)
        if verbs:
            facts.append("User " + " and ".join(verbs))
        return facts
    return []


_APP_LABELS = frozenset({"streak", "level", "current level", "xp", "lessons completed"})


def _language_app(fields: dict[str, str], text: str) -> list[str]:
    """A language app's recap: the language, the level, the streak, the practice."""
    language = fields.get("language") or fields.get("learning") or fields.get("course")
    if not language or not any(label in fields for label in _APP_LABELS):
        return []
    language = _bare(language)
    if not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", language):
        return []
    facts = [f"User is learning {language}"]
    level = fields.get("level") or fields.get("current level")
    if level:
        facts.append(f"User's {language} is at {_bare(level)} level")
    streak = re.match(r"(\d[\d,]*)\s*days?\b", fields.get("streak", ""))
    if streak is not None:
        app = re.match(r"\s*(?P<app>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+[-–—:|]", text)
        on = f" on {app.group('app')}" if app else ""
        facts.append(f"User has a {streak.group(1)}-day {language} streak{on}")
    practice = fields.get("average practice") or fields.get("daily practice")
    if practice:
        amount = re.sub(r"\bmin\b\.?", "minutes", practice)
        amount = re.sub(r"\s*/\s*day\b", " a day", amount)
        best = fields.get("best time") or fields.get("usual time")
        usually = f", usually {best[:1].lower()}{best[1:]}" if best else ""
        facts.append(f"User practises {language} about {amount}{usually}")
    return facts


# ------------------------------------------------------------------ benefits

_BENEFITS = re.compile(r"\bbenefits?\b|\bcoverage\b|\belections?\b|\bplan\s+year\b|\benrol", re.I)
_DEPENDANT = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*\((?P<rel>spouse|wife|husband|partner|"
    r"child|son|daughter|domestic\s+partner)\)"
)


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

_DAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days"
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


# ------------------------------------------------------------------ identity and work


def _identity(label: str, value: str, text: str, reference: datetime) -> list[str]:
    if label in _EMAIL_LABELS:
        email = re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value)
        return [f"User's email is {value}"] if email else []
    if label in ("address", "home address") and re.search(r"\d", value):
        from omi_actions.processing.local.fact_rec_mail import STREET

        if re.search(STREET, value):
            return []  # "User lives at ..." (fact_records.form_fields)
        return [f"User's address is {value}"]
    if label in _TITLE_LABELS:
        role = re.fullmatch(
            r"(?P<role>[A-Z][\w-]*(?:\s+[\w&-]+){0,4}?)\s*(?:,|\bat\b|@)\s*"
            r"(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})",
            value,
        )
        if role is None:
            return []
        return [
            f"User is {_article(role.group('role'))} {role.group('role')} at {role.group('org')}"
        ]
    flyer = re.fullmatch(
        r"(?P<what>(?:[\w&'’-]+\s+){0,3}frequent\s+fl[yi]er)(?:\s+(?:number|no\.?))?", label
    )
    if (
        flyer is not None
        and re.fullmatch(r"[A-Z0-9][A-Z0-9 -]{4,20}", value)
        and re.search(r"\d", value)
    ):
        shown = re.search(re.escape(flyer.group("what")).replace(r"\ ", r"\s+"), text, re.I)
        return [f"User's {shown.group(0) if shown else flyer.group('what')} number is {value}"]
    if label in _MANAGER_LABELS and re.fullmatch(_NAME, value):
        return [f"User's manager is {value}"]
    if label in _DESK_LABELS and re.fullmatch(r"[\w.-]{1,10}(?:\s[\w.-]{1,10})?", value):
        return [f"User's desk is {value}"]
    if label in _START_LABELS:
        day = (
            value
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
            else (_iso_when(value, reference) or "").split(" at ")[0]
        )
        if not day:
            return []
        org = _heading_org(text)
        return [f"User started at {org} on {day}" if org else f"User started work on {day}"]
    return []


def labelled_records(text: str, kind: str, reference: datetime) -> list[str]:
    """Facts from the labelled fields of a record of the user's own."""
    if kind == "transcript" or _MARKETING.search(text):
        return []
    from omi_actions.processing.local import fact_forms

    text = fact_forms.split_inline(text)
    fields = [(label, value) for label, value in _fields(text) if value and not _NONE.match(value)]
    fields = [(la, va) for la, va in fields if la not in ("from", "to", "subject", "cc", "date")]
    single = ("frequent fl",)
    if len(fields) < 2 and not any(word in label for label, _ in fields for word in single):
        return []  # one "Goal:" in prose is no record; a loyalty number is one on its own
    own = fact_forms.card_person(text) is None
    weekly = bool(re.search(r"\bweek(?:ly)?\b", text, re.I))
    benefits = bool(_BENEFITS.search(text))
    work = any(label in _WORK_LABELS for label, _ in fields)
    # A price is the user's when the record names the plan it pays for.
    has_plan = any(label in _PLAN_LABELS for label, _ in fields)
    sender_line = re.search(r"^From:\s*\"?(?P<name>[^<\n@\"]+?)\"?\s*<", text, re.M)
    sender = sender_line.group("name").strip() if sender_line else ""
    facts: list[str] = _language_app(dict(fields), text)
    for label, value in fields:
        if len(value) > 100:
            continue
        facts.extend(_health(label, value, weekly))
        if benefits:
            facts.extend(_benefit(label, value))
        facts.extend(_plan(label, value, reference, sender, has_plan))
        if own and (label not in _DESK_LABELS or work):
            facts.extend(_identity(label, value, text, reference))
    return facts


# ------------------------------------------------------------------ notes without colons

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


__all__ = ["budget_lines", "house_notes", "labelled_records", "note_records", "weekly_schedule"]
