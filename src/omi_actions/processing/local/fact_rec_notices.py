"""Notices written to the user that state something lasting: an account opened in the
user's name, access kept until a date, an admission offer and an award, a pet the user
adopted, a volunteer rota the user is on; and an appointment record laid out as labelled
fields ("Clinician: Dr. A (Dermatology)" / "Date: ..."), which states the user's plan.

Every rule reads a second-person structure ("Your new ... account ... is now open",
"we are pleased to offer you admission to ...") or a labelled layout, never a sender.
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.fact_clean import _iso_when

_NAME = r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
_ORG = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}"

# "Your new joint checking account with Daniel Okoye is now open. Account ending 4417."
_ACCOUNT_OPEN = re.compile(
    r"\b(?i:your)\s+(?:new\s+)?(?P<what>(?:(?i:joint)\s+)?(?i:checking|savings|current|"
    r"brokerage|investment|ISA|credit\s+card|business)\s+account)"
    rf"(?:\s+with\s+(?P<who>{_NAME}))?\s+(?:is|has\s+been)\s+(?:now\s+)?(?:open(?:ed)?|active|"
    r"activated|set\s+up)\b"
)
_ENDING = re.compile(r"\b(?i:account\s+)?(?i:ending)\s+(?:in\s+)?(?P<digits>\d{4})\b")
# "you'll keep access until 12 June 2026"
_ACCESS_UNTIL = re.compile(
    r"\b(?i:you)(?:'ll|’ll|\s+will)\s+(?:still\s+)?(?:keep|have|retain)\s+(?:full\s+)?access\s+"
    r"(?:until|till|through)\s+(?P<when>[^.,;!\n]{4,30})"
)
# "We are pleased to offer you admission to the MSc in Environmental Science, starting in
# September 2026."
_ADMISSION = re.compile(
    r"\b(?:offer(?:ed)?\s+you\s+(?:admission|a\s+place)\s+(?:to|on|in)|"
    r"(?i:you)(?:'ve|’ve|\s+have)\s+been\s+(?:admitted|accepted)\s+(?:to|into|on))\s+"
    r"(?:the\s+|our\s+)?(?P<what>[A-Z][^,.;\n]{3,70}?)"
    r"(?:,?\s+(?P<link>starting|beginning|commencing|for)\s+(?:in\s+|on\s+)?(?P<when>[A-Z][a-z]+\s+\d{4}))?"
    r"(?=[,.;!\n]|\s+with\b|$)"
)
# "... program for Autumn 2024 with a partial scholarship of $12,000 per year."
_WITH_AWARD = re.compile(
    r"\bwith\s+(?:a|an)\s+(?P<what>(?:[a-z-]+\s+){0,2}(?:scholarship|bursary|grant|fellowship)"
    r"[^.;!\n]{0,40}?)(?=[.;!\n]|$)"
)
_AWARDED = re.compile(
    r"\b(?i:you)(?:'ve|’ve|\s+have)\s+(?:also\s+)?been\s+awarded\s+(?:a|an|the)\s+"
    r"(?P<what>[^.;!\n]{3,80}?)(?=[.;!\n]|$)"
)
_ADMISSIONS_OFFICE = re.compile(
    r"\s+(?:Graduate\s+|Undergraduate\s+)?(?:Admissions?|Admissions\s+Office|Registry)\b.*$"
)
# "Congratulations on adopting Mochi!" ... "Mochi, our 2-year-old tabby, ..."
_ADOPTED = re.compile(r"\b(?i:on|for)\s+adopting\s+(?P<name>[A-Z][a-z]+)\b")
# "You're on the warehouse team every second Saturday, 9:00-12:00"
_ROTA = re.compile(
    r"\b(?i:you)(?:'re|’re|\s+are)\s+(?:now\s+)?on\s+the\s+(?P<team>[\w -]{2,30}?)\s+"
    r"(?P<noun>team|rota|crew|shift)\s+(?P<when>(?:every|each|on)\s+[^.;!\n]{3,50}?)"
    r"(?:,?\s+starting\s+(?:on\s+)?(?P<start>[^.;!\n]{4,40}?))?(?=[.;!\n]|$)"
)
# "Your place on Evening Pottery is confirmed."
_PLACE_ON = re.compile(
    r"\b(?i:your)\s+(?:place|spot)\s+(?:on|in|for)\s+(?:the\s+)?"
    r"(?P<what>[A-Z][^.,;\n]{3,60}?)\s+(?:is|has\s+been)\s+(?:now\s+)?confirmed\b"
)

# "Your electricity supply at 27 Harlow Road, Bristol BS6 4QT starts on 1 May 2026."
_SUPPLY_AT = re.compile(
    r"\b(?i:your)\s+(?:[a-z]+\s+){0,2}(?:supply|service|connection|broadband|cover)\s+at\s+"
    r"(?P<addr>\d{1,5}[A-Za-z]?\s+[A-Z][^.;\n]{3,60}?)"
    r"(?=\s+(?:starts|will|is|has|from|begins|goes)\b|[.;\n])"
)
# A rota or assignment list naming the user as "you": "- May 30 Mount Si: you".
_ASSIGNED = re.compile(
    r"^\s*[-•*]?\s*(?P<what>[^:\n]{3,50}?)\s*[:–—-]\s*(?i:you|me)\s*[.!]?\s*$", re.M
)

# "Your talk "Caching at the Edge" has been accepted for DevConf Krakow"
_ACCEPTED_TALK = re.compile(
    r"\b(?i:your)\s+(?P<kind>talk|session|workshop|paper|proposal|abstract|poster)\s+"
    r"[\"“'‘](?P<title>[^\"”'’\n]{3,80})[\"”'’]\s+(?:has\s+been|was|is)\s+accepted\s+"
    rf"(?:for|at|to)\s+(?:the\s+)?(?P<event>{_ORG})"
)
_DOMAIN = re.compile(
    r"\b(?i:your)\s+domain\s+(?:name\s+)?(?P<domain>[a-z0-9-]+(?:\.[a-z0-9-]+)+)\b"
)
# "Dear parent/carer of Amara," a school's letter about the user's child
# "Dear Parent/Carer of Ava Chen": the child's name; "Parents of Room 12" is a class
_PARENT_OF = re.compile(
    r"\b(?i:parents?|parent\s*/\s*(?:carer|guardian)s?)\s+of\s+"
    r"(?!(?:Room|Class|Year|Grade|Form|Group|Team|Section|Kindergarten|Reception|Pupils|"
    r"Students|Children|All)\b)(?P<name>[A-Z][a-z]+)\b(?!\s+\d)"
)
_SCHOOL_YEAR = re.compile(r"\b(?P<year>(?:Year|Grade|Class)\s+\d{1,2})\b")


def _sender_org(text: str) -> str:
    match = re.search(r"^From:\s*\"?(?P<name>[^<\n@\"]+?)\"?\s*<", text, re.M)
    return match.group("name").strip() if match else ""


def notices(text: str, reference: datetime) -> list[str]:
    """Second-person notices of lasting facts (see the module docstring)."""
    facts: list[str] = []
    account = _ACCOUNT_OPEN.search(text)
    if account is not None:
        what = re.sub(r"\s+", " ", account.group("what")).lower()
        who = f" with {account.group('who')}" if account.group("who") else ""
        ending = _ENDING.search(text, account.end())
        tail = f", ending {ending.group('digits')}" if ending else ""
        facts.append(f"User has a {what}{who}{tail}")
    access = _ACCESS_UNTIL.search(text)
    if access is not None:
        day = _iso_when(access.group("when"), reference)
        org = _sender_org(text)
        if day is not None:
            facts.append(f"User has {org + ' ' if org else ''}access until {day.split(' at ')[0]}")
    admission = _ADMISSION.search(text)
    org = _ADMISSIONS_OFFICE.sub("", _sender_org(text))
    if re.fullmatch(r"(?i:admissions?|registry|registrar|the\s+team|office)?", org):
        org = ""  # "Admissions <admissions@...>": an office, not the school's name
    at = f" at {org}" if org else ""
    if admission is not None:
        link = "for" if admission.group("link") == "for" else "starting"
        when = f" {link} {admission.group('when')}" if admission.group("when") else ""
        facts.append(f"User has been admitted to the {admission.group('what').strip()}{at}{when}")
    award = _AWARDED.search(text) or (_WITH_AWARD.search(text) if admission else None)
    if award is not None:
        by = f" by {org}" if org and admission is not None else ""
        facts.append(f"User was awarded a {award.group('what').strip()}{by}")
    adopted = _ADOPTED.search(text)
    if adopted is not None:
        name = adopted.group("name")
        described = re.search(
            rf"\b{name},\s+(?:our|a|the)\s+(?P<desc>(?:\d{{1,2}}-(?:year|month)-old\s+)?"
            r"[a-z][a-z -]{2,30}?),",
            text,
        )
        desc = described.group("desc").strip() if described else "pet"
        facts.append(f"User adopted {'an' if desc[:1] in 'aeiou' else 'a'} {desc} named {name}")
    talk = _ACCEPTED_TALK.search(text)
    if talk is not None:
        title, event = talk.group("title"), talk.group("event").rstrip(".")
        if talk.group("kind").lower() in ("talk", "session", "workshop"):
            facts.append(f"User is speaking at {event} on {title}")
        else:
            facts.append(f"User's {talk.group('kind').lower()} {title} was accepted at {event}")
    domain = _DOMAIN.search(text)
    if domain is not None:
        facts.append(f"User owns the domain {domain.group('domain')}")
    parent = _PARENT_OF.search(text)
    if parent is not None:
        year = _SCHOOL_YEAR.search(text)
        grade = f" in {year.group('year')}" if year is not None else ""
        facts.append(f"User has a child named {parent.group('name')}{grade}")
    supply = _SUPPLY_AT.search(text)
    if supply is not None:
        facts.append(f"User lives at {supply.group('addr').strip(' ,')}")
    for match in _ROTA.finditer(text):
        when = match.group("when").strip(" ,")
        facts.append(f"User is on the {match.group('team').strip()} {match.group('noun')} {when}")
        start = _iso_when(match.group("start") or "", reference)
        if start is not None:
            facts.append(f"User's first shift is on {start.split(' at ')[0]}")
    for match in _PLACE_ON.finditer(text):
        facts.append(f"User is enrolled in {match.group('what').strip()}")
    return facts


# ------------------------------------------------------------------ appointment records

_FIELD = re.compile(
    r"^\s*(?P<label>[A-Za-z][A-Za-z &/]{1,25}?)\s*:\s*(?P<value>\S[^\n]*?)\s*$", re.M
)
_WHO_LABELS = frozenset(
    {"clinician", "doctor", "provider", "practitioner", "physician", "dentist", "therapist",
     "consultant", "specialist", "with", "seeing"}
)  # fmt: skip
_WHEN_LABELS = ("date", "when", "date & time", "date and time", "appointment", "time")


def appointment_record(text: str, reference: datetime) -> list[str]:
    """ "Clinician: Dr. Amelia Novak (Dermatology)" + "Date: Tuesday 14 October 2025, 10:20"
    -> "User has a dermatology appointment with Dr. Amelia Novak on 2025-10-14 at 10:20"."""
    fields: dict[str, str] = {}
    for match in _FIELD.finditer(text):
        fields.setdefault(match.group("label").strip().lower(), match.group("value"))
    who = next((fields[label] for label in _WHO_LABELS if label in fields), None)
    when = " ".join(fields[label] for label in _WHEN_LABELS if label in fields)
    if who is None or not when:
        return []
    doctor = re.match(
        rf"(?P<name>{_NAME})\s*(?:\((?P<what>[A-Za-z ]{{3,30}})\)|"
        r",\s*(?P<what2>[A-Za-z ]{3,30}))?",
        who,
    )
    day = _iso_when(when, reference)
    if doctor is None or day is None:
        return []
    what = (doctor.group("what") or doctor.group("what2") or "").strip().lower()
    kind = f"{what} appointment" if what else "appointment"
    place = fields.get("location") or fields.get("clinic") or fields.get("where") or ""
    at = f" at {place.split(',')[0].strip()}" if re.match(r"[A-Z]", place) else ""
    article = "an" if kind[:1] in "aeiou" else "a"
    return [f"User has {article} {kind} with {doctor.group('name')}{at} on {day}"]


def assignments(text: str, reference: datetime) -> list[str]:
    """A dated rota that names the user "you": "- May 30 Mount Si: you" -> "User is
    assigned Mount Si on 2026-05-30" (other lines name other people)."""
    lines = _ASSIGNED.findall(text)
    if (
        not lines
        or len(re.findall(r"^\s*[-•*]?\s*[^:\n]{3,50}:\s*[A-Z][a-z]+\s*$", text, re.M)) < 2
    ):
        return []
    facts: list[str] = []
    for what in lines:
        day = _iso_when(what, reference)
        if day is None:
            continue
        name = re.sub(
            r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}"
            r"(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?|\d{1,2}[/.]\d{1,2})"
            r",?\s*",
            "",
            what.strip(),
        )
        if name and name != what.strip():
            facts.append(f"User is assigned {name} on {day.split(' at ')[0]}")
    return facts


__all__ = ["appointment_record", "assignments", "notices"]
