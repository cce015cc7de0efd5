"""Records of bookings in a text: confirmed bookings and flights, train and bus
trips, confirmation and reference codes, and dated plans given as facts."""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local import (
    fact_forms,
    fact_rec_cards,
    fact_rec_fields,
    fact_rec_notices,
)
from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.fact_clean import _clean, _iso_when
from omi_actions.processing.local.fact_contacts import _DOCTOR
from omi_actions.processing.local.fact_rec_dates import day_first_text
from omi_actions.processing.schemas import Event

_BOOKING = re.compile(
    r"\byour\s+(?P<thing>(?:[\w-]+\s+){0,3}?(?:flight|reservation|booking|appointment|table|"
    r"order|ticket|tickets|stay|room|rental|subscription|membership|delivery|trip|tour|"
    r"class|session|consultation))(?P<details>(?:\s+(?!has\b|is\b|was\b|have\b)"
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|St)\.|[^\s.]+)){0,6}?)"
    r"\s+(?:has\s+been|have\s+been|is|was|are)\s+(?:now\s+)?(?:confirmed|booked|scheduled|"
    r"reserved|set|all set)\b(?:\s+(?:for|on)\s+(?P<when>[^.;]+))?",
    re.IGNORECASE,
)
_DEPARTURE = re.compile(
    r"\b[Dd]epart(?:ure|ing|s)?\s*:?\s*(?:from\s+)?(?P<code>[A-Z]{3})\b(?:\s+at\s+(?P<time>[^.,;]+))?"
)
_FROM_TO = re.compile(
    r"\bfrom\s+(?P<src>[A-Z][\w .'-]*?(?:\s*\([A-Z]{3}\))?)\s+to\s+"
    r"(?P<dst>[A-Z][\w .'-]*?(?:\s*\([A-Z]{3}\))?)(?=\s+on\b|\s+at\b|[,.;]|$)"
)
_CODE = re.compile(
    r"\b(?P<label>confirmation(?:\s+code|\s+number)?|booking\s+(?:reference|code|number)|"
    r"account\s+number|employee\s+id|member(?:ship)?\s+(?:id|number)|"
    r"policy\s+number|license\s+plate|reference(?:\s+number)?|ticket\s+number|"
    r"reservation(?:\s+(?:number|code))?|passport\s+number|"
    r"(?:driver'?s?\s+)?licen[cs]e(?:\s+number)?)"
    r"\s*(?:is|:|#|\()?\s*(?P<value>[A-Z0-9][A-Z0-9-]{2,}(?:[ ]\d{3,}\b)*)\b",
    re.IGNORECASE,
)


_TRANSPORT = re.compile(
    r"\b(?P<mode>flight|train|bus|ferry|coach)\b[^.]*?\bfrom\s+(?P<src>[A-Z][\w .'-]*?)"
    r"(?:\s*\([A-Z]{3}\))?\s+to\s+(?P<dst>[A-Z][\w .'-]*?)(?:\s*\([A-Z]{3}\))?"
    r"(?=\s+on\b|\s+at\b|,|\.|$)"
    r"|\b(?P<mode2>flight|train|bus|ferry)\b[^.]*?,\s*(?P<src2>[A-Z][\w .'-]*?)\s+to\s+"
    r"(?P<dst2>[A-Z][\w .'-]*?)(?=,|\.|$)",
    re.IGNORECASE,
)


def _bookings(text: str, reference: datetime) -> list[str]:
    text = day_first_text(text)  # "12/06/2025" in a day-first record is 12 June
    facts: list[str] = []
    rental = fact_rec_cards.is_rental(text)
    for match in _BOOKING.finditer(text):
        thing = match.group("thing").strip()
        if rental and re.search(r"\b(?:reservation|booking|rental)$", thing, re.I):
            continue  # the pick-up record states the rental (fact_rec_cards)
        details = (match.group("details") or "").strip()
        when_text = (match.group("when") or "").strip()
        if thing.lower().endswith("flight"):
            facts.append(_flight_fact(text, details, when_text, reference))
            continue
        article = "an" if thing[:1].lower() in "aeiou" else "a"
        when = f" for {when_text}" if when_text else ""
        if not details and not when and len(thing.split()) == 1:
            continue  # "Your booking is confirmed": the itinerary says what it is
        facts.append(_clean(f"User has {article} {thing} {details}{when}"))
    return facts


def _flight_fact(text: str, details: str, when_text: str, reference: datetime) -> str:
    destination = (
        re.sub(r"^to\s+", "", details, flags=re.I) if details.lower().startswith("to ") else ""
    )
    departure = _DEPARTURE.search(text)
    origin = departure.group("code") if departure else ""
    day = _iso_when(when_text, reference) if when_text else None
    clock = None
    if departure is not None and departure.group("time"):
        clock_mentions = find_dates(departure.group("time"), reference)
        if clock_mentions and clock_mentions[0].has_time:
            clock = clock_mentions[0].value.strftime("%H:%M")
    route = ""
    if origin:
        route += f" from {origin}"
    if destination:
        route += f" to {destination}"
    when = ""
    if day:
        when = f" on {day}" + (f" at {clock}" if clock and " at " not in day else "")
    return f"User has a flight{route}{when}"


def _transport(text: str, reference: datetime) -> list[str]:
    """ "Train 2153, Boston South Station to New York Penn, departs July 9 at 8:15 AM"."""
    text = day_first_text(text)
    facts = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        match = _TRANSPORT.search(sentence)
        if match is None or re.search(r"\byour\s+flight\b[^.]*\bconfirmed\b", sentence, re.I):
            continue
        mode = (match.group("mode") or match.group("mode2")).lower()
        src = (match.group("src") or match.group("src2")).strip()
        dst = (match.group("dst") or match.group("dst2")).strip()
        src = re.sub(r"\s+(?:south|north|central|penn|station|airport).*$", "", src, flags=re.I)
        dst = re.sub(r"\s+(?:south|north|central|penn|station|airport).*$", "", dst, flags=re.I)
        when = _iso_when(sentence[match.end() :], reference) or _iso_when(sentence, reference)
        facts.append(f"User has a {mode} from {src} to {dst}" + (f" on {when}" if when else ""))
    return facts


def _codes(text: str) -> list[str]:
    facts = []
    for match in _CODE.finditer(text):
        label = re.sub(r"\s+", " ", match.group("label").lower())
        if label == "reservation":
            label = "reservation number"
        if label == "confirmation":
            continue  # "Confirmation: X7K2QP" of a booking: the booking is the fact
        value = match.group("value")
        if not any(ch.isdigit() for ch in value):
            continue
        facts.append(f"User's {label} is {value}")
    return facts


_MEDICAL_PLAN = re.compile(
    r"\b(?:appointment|checkup|check-up|cleaning|physical|follow-up|visit|consultation)\b", re.I
)


_HABIT_WORDS = re.compile(
    r"\b(?:never|every|always|usually|routine|most\s+days|daily|weekdays|weeknights)\b", re.I
)


# A leg of a trip taken for an event title: "Flight to Rome", "Departing", "Arrival".
_LEG_TITLE = re.compile(
    r"(?i)(?:flight|train|ferry|(?:bus|coach)\s+(?:from|to)|depart\w*|arriv\w*)\b"
)
_TICKETS_SUBJECT = re.compile(r"(?im)^Subject:[^\n]*\b(?:your\s+(?:e-?)?tickets?|order\s+confirm)")
_VALIDITY = re.compile(r"\b(?:active|valid)\s+(?:from|until|through|till)\b", re.I)
_RENTAL_STEP = re.compile(r"\b(?:pick-?\s?up|drop-?\s?off|return|reservation)\b", re.I)


def plan_facts(events: list[Event], whole_text: str, reference: datetime) -> list[str]:
    """Dated plans in a text given as facts: "User has an appointment with Dr. Smith on ..."."""
    facts: list[str] = []
    doctor = _DOCTOR.search(whole_text)
    rental = fact_rec_cards.is_rental(whole_text)
    recurring = fact_rec_cards.recurring_titles(whole_text)
    card = fact_forms.card_person(fact_forms.split_inline(whole_text))
    if fact_rec_fields.weekly_schedule(whole_text):
        return facts  # a week's routine written as a list: stated with its weekdays
    ticketed = bool(_TICKETS_SUBJECT.search(whole_text))
    if fact_rec_notices.appointment_record(whole_text, reference):
        return facts  # a labelled appointment record: stated whole (fact_rec_notices)
    for event in events:
        title = event.title
        if rental and _RENTAL_STEP.search(title):
            continue  # the rental record states pick-up and return (fact_rec_cards)
        if _VALIDITY.search(event.description):
            continue  # "membership active from January 2": a validity period, not a plan
        if card is not None and re.search(r"\bbirthday\b", title, re.I):
            continue  # a relative's birthday on their contact card (fact_forms)
        if any(title.lower() in r or r in title.lower() for r in recurring):
            continue  # a recurring entry is stated with its weekday (fact_rec_cards)
        if title.lower() in ("date", "time", "when", "date and time"):
            continue  # a form's label taken for a title says nothing
        if _LEG_TITLE.match(title):
            continue  # flights and their labelled legs have their own, more complete fact
        if ticketed and not _MEDICAL_PLAN.search(title):
            continue  # "Your tickets for ...": the tickets fact names the show and its day
        if re.search(r"\b(?:deliver(?:y|ies)|shipment|shipping|package|parcel)\b", title, re.I):
            continue  # a parcel's arrival, not the user's plan
        if _HABIT_WORDS.search(event.description) and len(title.split()) == 1:
            continue  # "never drink coffee after noon", "Up at 6, yoga ...": a routine
        if re.match(r"(?:I|We|My|Our)\b", title):
            continue  # "I play on weekend": a habit the sentence rules state, not a dated plan
        if " with " not in title and doctor is not None and _MEDICAL_PLAN.search(title):
            name = re.sub(r"(?:'s|’s)$", "", doctor.group("name"))
            title = f"{title} with {name}"
        mentions = [m for m in find_dates(event.description, reference) if m.has_day]
        when = mentions[0].phrase.rstrip(".,") if mentions else event.start.strftime("%Y-%m-%d")
        if re.fullmatch(r"(?:next|this)\s+(?:week|month|year)", when, re.I):
            continue  # no date: "a wedding next month" is someone else's news
        lowered = title[:1].lower() + title[1:] if not title[1:2].isupper() else title
        article = "an" if lowered[:1] in "aeiou" else "a"
        facts.append(f"User has {article} {lowered} on {when}")
    return facts
