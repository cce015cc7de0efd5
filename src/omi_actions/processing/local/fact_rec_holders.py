"""Who a record is for and what it binds them to: the holder's name, the address, the
start, renewal and end days, the premium, rent and payment schedule.

Utility, insurance, lease, bank and booking records name their holder under many
labels ("Account holder:", "Policyholder:", "Main driver:", "Resident:") and state
the terms under labels of a few families (dates, amounts, payment). Each family is
read as a whole label table here, never as one sender's wording.
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.fact_clean import _iso_when
from omi_actions.processing.local.fact_rec_field_lines import _MONEY
from omi_actions.processing.local.fact_rec_mail import STREET_RE

# Labels whose value is the person the record is issued to (the user).
_HOLDER_LABELS = frozenset(
    {"account holder", "account name", "name on account", "cardholder", "card holder",
     "name on card", "policyholder", "policy holder", "policy owner", "insured",
     "named insured", "main driver", "primary driver", "lead driver", "driver", "renter",
     "hirer", "resident", "tenant", "lessee", "leaseholder", "occupant", "borrower",
     "applicant", "subscriber", "member name", "patient", "patient name", "guest name",
     "lead guest", "lead passenger", "lead traveller", "lead traveler", "primary member",
     "booked by", "booking name", "reservation name", "name on booking", "customer name",
     "registrant", "student", "student name", "learner", "passenger", "guest", "customer",
     "traveller", "traveler", "member", "employee", "employee name"}
)  # fmt: skip
# A child's or relative's record: the named student or patient is not the user.
_FOR_OTHER = re.compile(
    r"\byour\s+(?:child|son|daughter|kid|ward|partner|wife|husband|mother|father|mum|mom|dad)\b"
    r"|\b(?:parent|guardian)s?\b|\bowner\s*:",
    re.I,
)
_PERSON = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|M|Mme|Mlle|Herr|Frau|Sr|Sra|Shri|Smt)\.?\s+)?(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:\s+[A-ZÀ-Þ][a-zß-ÿ'’-]+){0,2})"
)
_NOT_PERSON = re.compile(
    r"\b(?:Ltd|Inc|LLC|Corp|Co|Company|Pty|PLC|GmbH|Bank|School|Clinic|Hospital|University|"
    r"Council|Foundation|Team|Family|Group|Club|Services?|Account|Card|Plan|Yes|No|None|Adult|"
    r"Child|Standard|Economy|Premium|Gold|Silver)\b"
)

# Labels whose street value is where the user lives (or is moving to).
_HOME_LABELS = re.compile(
    r"(?:(?:supply|service|property|installation|residential|premises|connection|rental|"
    r"home|postal|current|permanent|delivery|shipping)\s+)?address|apartment|unit|flat|residence|"
    r"property|premises|deliver\s+to|ship\s+to"
)
# "Reg: KX19 BNF" on a garage's or insurer's record of the user's vehicle
_PLATE_LABELS = frozenset(
    {"reg", "reg.", "registration", "reg no", "reg number", "registration number", "plate",
     "licence plate", "license plate", "number plate", "rego"}
)  # fmt: skip
_PLATE = re.compile(r"(?=[A-Z0-9 -]*\d)(?=[A-Z0-9 -]*[A-Z])[A-Z0-9]{1,4}[ -]?[A-Z0-9]{2,4}", re.I)
_MOVE_IN = frozenset({"move-in date", "move in date", "move-in", "moving date", "tenancy start"})

# "Supply start date", "Renewal date", "Lease end": a term of the record, by its kind of day.
_TERM_LABEL = re.compile(
    r"^(?P<what>[a-z][a-z -]{0,24}?\s)?(?P<kind>start(?:s| date)?|commencement date|"
    r"effective date|renewal(?: date)?|renews(?: on)?|end(?:s| date)?|expiry(?: date)?|"
    r"expires(?: on)?)$"
)
_TERM_VERB = {"start": "starts", "commencement": "starts", "effective": "starts",
              "renew": "renews", "end": "ends", "expir": "ends"}  # fmt: skip
# The kind of record the term is of, when the label does not name it.
_RECORD_KIND = re.compile(
    r"\b(?P<kind>(?:(?:car|motor|home|contents|pet|travel|life|health|renters?|landlord)\s+)?"
    r"insurance|membership|lease|tenancy|subscription|contract|policy)\b",
    re.I,
)
# "Lease term: 12 months (ends February 28, 2027)"
_TERM_ENDS = re.compile(r"\b(?:ends?|ending|until|expires?)\s+(?:on\s+)?(?P<when>[^)\n;]{4,30})")

_AMOUNT_LABEL = re.compile(
    r"^(?P<period>monthly|annual|yearly|weekly|quarterly|renewal|new)?\s*(?P<what>premium|rent|"
    r"instalment|installment|repayment)$"
)
_PAYMENT_LABELS = frozenset(
    {"payment", "payment method", "payment schedule", "payment plan", "payment frequency",
     "billing", "paid by", "payment type"}
)  # fmt: skip
_PERIOD = re.compile(r"\b(?P<p>weekly|fortnightly|monthly|quarterly|annual(?:ly)?|yearly)\b", re.I)
_PER = {
    "weekly": "a week",
    "fortnightly": "a fortnight",
    "monthly": "a month",
    "quarterly": "a quarter",
    "annual": "a year",
    "annually": "a year",
    "yearly": "a year",
}
_MEANS = re.compile(r"\b(?:direct\s+debit|auto-?pay|standing\s+order|debit\s+order)\b", re.I)


def _record_kind(text: str) -> str:
    """The kind of record, an insurance first: "Policy: Home insurance" -> "home insurance"."""
    kinds = [m.group("kind").lower() for m in _RECORD_KIND.finditer(text)]
    return next((k for k in kinds if k.endswith("insurance")), kinds[0] if kinds else "")


def _person(value: str) -> str | None:
    value = value.split(" | ")[0]  # "Nadia Haddad | DOB: ...": fields on one line
    match = _PERSON.fullmatch(value.strip().rstrip("."))
    if match is None or _NOT_PERSON.search(value):
        return None
    return match.group("name")


def _day(value: str, reference: datetime) -> str | None:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return value.strip()
    when = _iso_when(value, reference)
    return when.split(" at ")[0] if when else None


def _term(label: str, value: str, text: str, reference: datetime) -> list[str]:
    """ "Renewal date: 12 June 2025" in a car insurance mail -> "User's car insurance renews
    on 2025-06-12"."""
    match = _TERM_LABEL.match(label)
    if label in ("lease term", "term", "contract term", "tenancy term"):
        ends = _TERM_ENDS.search(value)
        day = _day(ends.group("when"), reference) if ends else None
        what = label.replace(" term", "") if label != "term" else "contract"
        return [f"User's {what} ends on {day}"] if day else []
    if match is None:
        return []
    day = _day(value, reference)
    if day is None:
        return []
    kind = match.group("kind")
    verb = next(v for k, v in _TERM_VERB.items() if kind.startswith(k))
    what = (match.group("what") or "").strip()
    if what in ("", "policy", "cover", "coverage"):
        what = _record_kind(text) or what
    if not what or what in ("date", "trip", "event", "course", "class", "offer", "sale", "tariff"):
        return []  # a trip's or a sale's start is an event, not a term of the user's record
    return [f"User's {what} {verb} on {day}"]


def _amount(label: str, value: str, text: str) -> list[str]:
    """ "Annual premium: £612.40" -> "User's annual car insurance premium is £612.40"."""
    match = _AMOUNT_LABEL.match(label)
    money = re.search(_MONEY, value)
    if match is None or money is None:
        return []
    what = match.group("what")
    period = match.group("period") or ""
    if what == "premium":
        kind = _record_kind(text)
        if kind.endswith("insurance"):
            what = f"{kind} premium"
    if period in ("renewal", "new") and what.endswith("premium"):
        # "Renewal premium: €389.50" -> "User's home insurance renewal premium is €389.50"
        what, period = what.replace("premium", f"{period} premium"), ""
    return [re.sub(r"\s+", " ", f"User's {period} {what} is {money.group(0)}")]


def _payment(value: str, text: str) -> list[str]:
    """ "Payment: $22.95 weekly direct debit" -> "User pays $22.95 a week by direct debit"."""
    money = re.search(_MONEY, value)
    period = _PERIOD.search(value)
    means = _MEANS.search(value)
    if money is not None and period is not None:
        record = _record_kind(text)
        # what the money pays for: "the membership"; else how it is paid
        by = f" by {means.group(0).lower()}" if means else ""
        what = f" for the {record}" if record else by
        return [f"User pays {money.group(0)} {_PER[period.group('p').lower()]}{what}"]
    if money is None and means is not None:
        return [f"User pays by {value[:1].lower()}{value[1:]}"]
    return []


# "Passengers:" heading a numbered list: the first is the one who booked (the user)
_PARTY_HEAD = re.compile(r"^\s*(?:passengers|guests|travell?ers)\s*:\s*$", re.I)
_PARTY_LINE = re.compile(r"^\s*\d{1,2}[.)]\s+(?P<who>[^\n]{3,50}?)\s*$")


def party_list(text: str) -> list[str]:
    """ "Passengers: 1. Mr. A B 2. Mrs. C B" -> the user's name and who travels with them."""
    lines = text.split("\n")
    start = next((i for i, line in enumerate(lines) if _PARTY_HEAD.match(line)), None)
    if start is None:
        return []
    names: list[str] = []
    for line in lines[start + 1 : start + 12]:
        item = _PARTY_LINE.match(line)
        if item is None:
            if line.strip():
                break
            continue
        name = _person(item.group("who"))
        if name is not None:
            names.append(name)
    if len(names) < 2:
        return [f"User's name is {names[0]}"] if names else []
    return [f"User's name is {names[0]}", *(f"User is travelling with {n}" for n in names[1:])]


def holder_records(fields: list[tuple[str, str]], text: str, reference: datetime) -> list[str]:
    """Facts from the holder, address, term, amount and payment fields of a record."""
    moving = next((value for label, value in fields if label in _MOVE_IN), None)
    move_day = _day(moving, reference) if moving else None
    for_other = bool(_FOR_OTHER.search(text))
    vehicle = any(label in ("vehicle", "car", "make/model", "model") for label, _ in fields)
    facts: list[str] = []
    named = False
    for label, value in fields:
        if len(value) > 90:
            continue
        if label in _HOLDER_LABELS and not named and not for_other:
            name = _person(value)
            if name is not None:
                facts.append(f"User's name is {name}")
                named = True
                continue
        if _HOME_LABELS.fullmatch(label):
            street = STREET_RE.search(value)
            if street is not None and move_day is not None and label != "address":
                facts.append(f"User is moving into {label.title()} {value} on {move_day}")
            elif street is not None and label != "address":
                if label.startswith(("home", "service")):
                    continue  # fact_rec_labels says those
                if "address" in label or "to" in label.split() or _RECORD_KIND.search(text):
                    # a bare "Property:" is the user's in their policy or lease, not in a listing
                    facts.append(f"User lives at {street.group(0)}")
            continue
        if label in _PLATE_LABELS and vehicle and _PLATE.fullmatch(value):
            facts.append(f"User's car registration is {value.upper()}")
            continue
        facts.extend(_term(label, value, text, reference))
        facts.extend(_amount(label, value, text))
        if label in _PAYMENT_LABELS:
            facts.extend(_payment(value, text))
    return facts


__all__ = ["holder_records", "party_list"]
