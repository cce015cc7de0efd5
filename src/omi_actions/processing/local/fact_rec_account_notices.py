"""Account and enrolment notices written to the user, and registrations.

A child's school enrolment, a mortgage and its property, a course completed, a visa
or a card valid until a date, an order with its sizes, a car due for a service, a
cancelled subscription, and "Thanks for registering for X".
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.fact_clean import _iso_when

_ENROLLED = re.compile(
    r"\b(?i:your)\s+(?P<rel>son|daughter|child)\s+(?P<name>[A-Z][a-z]+)\s+(?:has\s+been|is|was)\s+"
    r"(?:now\s+)?(?:enrolled|registered|accepted)\s+(?:in|into|for)\s+(?:(?P<grade>Grade\s+\d{1,2}|"
    r"(?:Year|Class)\s+\d{1,2}|[Kk]indergarten|[Pp]re-?[Kk]|(?:the\s+)?[a-z]+\s+room)\s+)?"
    r"(?:at\s+)?(?P<school>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})?"
)


_TEACHER = re.compile(
    r"\b(?:His|Her|Their|(?i:the\s+class))\s+teacher\s+(?:is|will\s+be)\s+"
    r"(?P<name>(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'’-]+)"
)
_BUS = re.compile(r"\bassigned\s+to\s+bus\s+(?:route\s+)?(?P<route>\d{1,3}[A-Z]?)\b")


def enrolment(text: str) -> list[str]:
    """ "Your son Theo has been enrolled in Grade 2 at Maple Elementary" (a school's notice)."""
    facts: list[str] = []
    for match in _ENROLLED.finditer(text):
        who = f"User's {match.group('rel')} {match.group('name')}"
        if match.group("school"):
            school = re.sub(r"\.\s.*$", "", match.group("school"))  # "Oak Primary. His"
            facts.append(f"{who} attends {school}")
        if match.group("grade"):
            facts.append(f"{who} is in {match.group('grade')}")
        teacher = _TEACHER.search(text, match.start())
        if teacher is not None:
            name = teacher.group("name").replace(".", "")  # "Mrs." would end the sentence
            facts.append(f"{who}'s teacher is {name}")
        bus = _BUS.search(text, match.start())
        if bus is not None:
            facts.append(f"{who} takes bus route {bus.group('route')}")
        break
    return facts


_MORTGAGE = re.compile(
    r"\b(?i:your)\s+(?:annual\s+|monthly\s+)?mortgage(?:\s+(?:statement|payment|account|loan))?\s+"
    r"(?:from|with|at)\s+(?P<bank>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})"
)
_PROPERTY = re.compile(
    r"\b(?i:property)(?:\s+address)?\s*:\s*(?P<addr>\d{1,5}\s+[A-Z][^.\n;]{2,40})"
)
_COMPLETED = re.compile(
    r"\b(?i:you)(?:'ve|’ve|\s+have)\s+(?:successfully\s+)?completed\s+(?:the\s+)?['‘\"“](?P<course>[^'’\"”]{3,60})"
    r"['’\"”](?:\s+(?:course|class|program(?:me)?))?(?:\s*\([^)]{0,30}\))?"
    r"(?:\s+(?:at|with|from)\s+(?P<org>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}))?"
)
_VISA = re.compile(
    r"\b(?i:your)\s+(?P<visa>(?:[A-Z][\w-]*\s+){0,2}visa)\s+(?:application\s+)?(?:has\s+been|was|is)\s+"
    r"(?:approved|granted|issued)\b[^\n]{0,80}?\bvalid\s+(?:from\s+(?P<start>[^.]{4,25}?)\s+)?"
    r"(?:to|until|through)\s+(?P<end>[^.]{4,25}?)(?=[.;]|$)"
)
# "Your 2021 Civic (VIN ending 1234) is due for its 20,000-mile service."
_THING_DUE = re.compile(
    r"\b(?i:your)\s+(?:\d{4}\s+)?(?P<thing>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})"
    r"(?:\s*\([^)]{0,30}\))?\s+is\s+(?:now\s+)?(?:due|overdue)\s+for\s+"
    r"(?P<what>(?:its|his|her|their|a|an|the)\s+[^.\n]{3,40}?(?:service|inspection|MOT|"
    r"check-?up|booster|vaccin\w+|cleaning|tune-?up|oil\s+change))\b"
)
_CANCELLED = re.compile(
    r"\b(?i:your)\s+(?P<what>(?:[A-Z][\w&'’-]*\s+){1,3}(?:subscription|membership|plan))\s+"
    r"(?:has\s+been|was|is\s+now)\s+(?:cancell?ed|terminated)\b"
)
_REGISTERED = re.compile(
    r"\b(?i:thanks?|thank\s+you)\s+for\s+registering\s+(?:for|to)\s+(?P<what>[A-Z][^!.\n]{3,60}?)"
    r"(?=[!.\n]|$)"
)
_SIGNED_UP = re.compile(
    r"\b(?i:you)(?:'re|’re|\s+are)\s+(?:also\s+)?(?:signed\s+up|registered|enrolled)\s+for\s+"
    r"(?P<what>(?:the\s+)?[\w' ‘’-]{0,20}['‘\"“][^'’\"”]{3,60}['’\"”])"
    r"(?:\s+on\s+(?P<when>[^.!]{3,20}))?"
)


_VALID_CARD = re.compile(
    r"\b(?i:your)\s+(?P<what>(?:[A-Z][\w'’-]*\s+){1,4}(?i:card|pass|permit|licen[cs]e))\b"
    r"[^.\n]{0,60}?\b(?i:valid)\s+(?:through|until|till|to)\s+(?P<when>[^.\n]{4,25}?)(?=[.;\n]|$)"
)
# "1 × Trail running shoes, Women's size 8, Blue" on a line of an order.
_ORDER_LINE = re.compile(
    r"^\s*\d{1,2}\s*[×xX]\s+(?P<item>[^,\n]{3,60}?)(?:,\s*(?:(?P<who>Men's|Women's|Men’s|"
    r"Women’s|Kids'?|Unisex)\s+)?[Ss]ize\s+(?P<size>[\w.]{1,6}))?(?=,|\s*$)",
    re.M,
)
_SHOES = re.compile(r"\b(?:shoes?|boots?|sneakers?|trainers?|sandals?|loafers?|cleats)\b", re.I)


def _day(text: str, reference: datetime) -> str:
    text = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return text
    return (_iso_when(text, reference) or text).split(" at ")[0]


def notices(text: str, reference: datetime) -> list[str]:
    """Account and enrolment notices written to the user."""
    facts: list[str] = []
    mortgage = _MORTGAGE.search(text)
    if mortgage is not None:
        facts.append(f"User has a mortgage with {mortgage.group('bank')}")
        prop = _PROPERTY.search(text)
        if prop is not None:
            facts.append(f"User owns a home at {prop.group('addr').strip()}")
    for match in _COMPLETED.finditer(text):
        org = f" at {match.group('org')}" if match.group("org") else ""
        facts.append(f"User completed the {match.group('course').strip()} course{org}")
    visa = _VISA.search(text)
    if visa is not None:
        span = f" valid until {_day(visa.group('end'), reference)}"
        if visa.group("start"):
            span = f" valid from {_day(visa.group('start'), reference)} to " + _day(
                visa.group("end"), reference
            )
        facts.append(f"User has a {visa.group('visa')}{span}")
    for match in _VALID_CARD.finditer(text):
        facts.append(
            f"User has a {match.group('what')} valid through {_day(match.group('when'), reference)}"
        )
    if re.search(r"\b(?i:your\s+order)\b", text):
        for match in _ORDER_LINE.finditer(text):
            item = match.group("item").strip()
            facts.append(f"User ordered {item}")
            size = match.group("size")
            if size:
                who = f"{match.group('who').lower()} " if match.group("who") else ""
                shoe = "shoe " if _SHOES.search(item) else ""
                facts.append(f"User wears {who}{shoe}size {size}")
    for match in _THING_DUE.finditer(text):
        facts.append(f"User's {match.group('thing')} is due for {match.group('what').strip()}")
    for match in _CANCELLED.finditer(text):
        facts.append(f"User cancelled their {match.group('what')}")
    return facts


def registrations(text: str, reference: datetime) -> list[str]:
    """ "Thanks for registering for X"; "You are signed up for the tutorial 'Y' on May 13"."""
    facts: list[str] = []
    for match in _REGISTERED.finditer(text):
        facts.append(f"User is registered for {match.group('what').strip()}")
    for match in _SIGNED_UP.finditer(text):
        when = f" on {_day(match.group('when'), reference)}" if match.group("when") else ""
        facts.append(f"User is signed up for {match.group('what').strip()}{when}")
    return facts
