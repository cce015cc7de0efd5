"""Itineraries and tickets: flight legs, hotel stays, labelled train legs.

Booking mail lays a trip out as a table or labelled lines; these rules read the
legs and stays, and add the appointment and assignment notices of the same mail.
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local import fact_rec_cards, fact_rec_notices
from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.fact_clean import _iso_when
from omi_actions.processing.local.fact_rec_dates import record_day_first
from omi_actions.processing.local.fact_rec_mail import MARKETING, headers, sender_name

_CITY = r"[A-Z][^\W\d_A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
_LEG = re.compile(
    rf"(?P<src>{_CITY})\s*\((?P<a>[A-Z]{{3}})\)\s*(?P<dep>\d{{1,2}}:\d{{2}})?\s*(?:→|->|–|—|to)\s*"
    rf"(?P<dst>{_CITY})\s*\((?P<b>[A-Z]{{3}})\)"
)
# "SkyMiles Gold Medallion" alone on a line of an itinerary: the passenger's status.
_LOYALTY_TIER = re.compile(
    r"(?:[A-Z][\w&]*\s+){0,3}(?:Gold|Silver|Platinum|Diamond|Elite|Premier|Medallion)"
    r"(?:\s+[A-Z][\w&]*){0,2}"
)
_FLIGHT_NO = re.compile(r"\b[A-Z0-9]{2}\s?\d{2,4}\b")
# "DL 1847 — Saturday, 21 March 2026" or "Flight FR 2241" on the line above a leg.
_FLIGHT_ABOVE = re.compile(
    r"\s*(?:(?i:flight)(?:\s+(?i:no\.?|number))?\s*:?\s+)?[A-Z0-9]{2}\s?\d{2,4}\b"
)
_CHECK = re.compile(r"\bcheck-?\s?(?P<io>in|out)\b\s*:?\s*(?P<when>[^\n(]{4,40})", re.I)
_STAY_LINE = re.compile(
    r"^\s*(?P<io>Arrival|Arriving|Departure|Departing)(?:\s+date)?\s*:\s*(?P<when>[^\n(]{4,40})",
    re.I | re.M,
)
_TRANSPORT = re.compile(r"\b(?:flights?|trains?|airline|airways|boarding|platform|coach)\b", re.I)
_HOTEL = re.compile(
    r"\b(?P<name>Hotel\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?|(?:[A-Z][\w'-]*\s+){1,3}"
    r"(?:Hotel|Inn|Resort|Suites|Lodge|Motel|Hostel))\b"
)
_SUBJECT_STAY = re.compile(
    r"\b(?:booking|reservation|stay)\s+(?:is\s+)?(?:confirmed|confirmation)\s*[:\-–—]\s*"
    r"(?P<name>[A-Z][^,\n]{2,40}?)(?:,\s*(?P<city>[A-Z][^,\n]{2,30}?))?\s*$",
    re.I,
)
_TICKETS = re.compile(r"\byour\s+(?:e-?)?tickets?\s*(?:for|to|:)\s*(?P<what>[^\n]{3,60})", re.I)


def _long_date(text: str, reference: datetime) -> str | None:
    mentions = sorted(
        (m for m in find_dates(text, reference) if m.has_day),
        key=lambda m: not re.search(r"\d", m.phrase),
    )
    if not mentions:
        return None
    value = mentions[0].value
    return f"{value:%B} {value.day}, {value.year}"


_DEPARTS_LINE = re.compile(
    r"^\s*(?:Departs?|Departure|Departing|Leaves)\s*:\s*(?P<value>[^\n]{7,90}?)\s*$", re.I | re.M
)
_ARRIVES_LINE = re.compile(
    r"^\s*(?:Arrives?|Arrival|Arriving)\s*:\s*(?P<value>[^\n]{3,90}?)\s*$", re.I | re.M
)
_STATION_WORDS = re.compile(
    r"\s+(?:(?:South|North|East|West|Central|Penn|Union|Grand)\s+)?(?:Station|Terminal)$|\s+Hbf$"
)
_CODE_IN_PARENS = re.compile(r"\s*\([A-Z]{3}\)")
_PLACE_PART = re.compile(r"[A-Z][^\d,]{2,40}")


def _place_and_when(value: str, reference: datetime) -> tuple[str, str | None]:
    """ "Boston South Station, Friday 9 January 2026, 07:05" or "Tue 3 June 2025 07:15, London
    Heathrow (LHR)": the place is the part without digits, the rest is the time."""
    parts = [p.strip() for p in value.split(",")]
    places = [p for p in parts if _PLACE_PART.fullmatch(_CODE_IN_PARENS.sub("", p))]
    place = ""
    for part in places:
        if _iso_when(part, reference) is None:
            place = _CODE_IN_PARENS.sub("", part)
            break
    rest = ", ".join(p for p in parts if p != place and _CODE_IN_PARENS.sub("", p) != place)
    return _STATION_WORDS.sub("", place.strip()), _iso_when(rest, reference) if rest else None


def _labelled_leg(text: str, reference: datetime) -> list[str]:
    """ "Departs: Boston South Station, Friday 9 January 2026, 07:05" + "Arrives: New York
    Penn Station, 10:52" -> "User has a train from Boston to New York on 2026-01-09 at 07:05"."""
    departs = _DEPARTS_LINE.search(text)
    arrives = _ARRIVES_LINE.search(text)
    if departs is None or arrives is None:
        return []
    src, when = _place_and_when(departs.group("value"), reference)
    dst, _ = _place_and_when(arrives.group("value"), reference)
    if when is None or not src or not dst:
        return []
    mode = (
        "train"
        if fact_rec_cards._TRAIN.search(text)
        else "flight"
        if re.search(r"\b(?:flight|airline|airways|boarding)\b", text, re.I)
        else "trip"
    )
    return [f"User has a {mode} from {src} to {dst} on {when}"]


_TICKET_COUNT = re.compile(r"^\s*(?P<n>[1-9])\s*[×xX]\s+\w", re.M)
_SHOW_TIME = re.compile(
    r"\b(?i:show|starts?|performance)\s*:?\s*(?:at\s+)?(?P<time>\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?)"
)


def _tickets_fact(text: str, what: str, reference: datetime) -> str:
    """ "Your tickets for Phoebe Bridgers" + "Phoebe Bridgers — Red Rocks Amphitheatre" +
    "2 × General Admission" -> "User has 2 tickets to Phoebe Bridgers at Red Rocks
    Amphitheatre on June 13, 2026 at 19:30" (the show's time, not the doors')."""
    body = text.split("\n\n", 1)[-1]
    day = _long_date(body, reference)
    count = _TICKET_COUNT.search(body)
    number = f"{count.group('n')} " if count and count.group("n") != "1" else ""
    venue = re.search(
        rf"^\s*{re.escape(what)}\s*(?:—|–|-|\bat\b|@)\s*(?P<venue>[A-Z][^\n,]{{2,50}}?)\s*$",
        body,
        re.M,
    )
    at = f" at {venue.group('venue')}" if venue else ""
    show = _SHOW_TIME.search(body)
    if not (show or number):
        return f"User has tickets to {what}" + (f" on {day}" if day else "")
    # an order listing the tickets and the show time: the whole booking, as a calendar day
    when = _iso_when(f"{day} {show.group('time')}" if show else day, reference) if day else None
    on = f" on {when}" if when else ""
    return f"User has {number}tickets to {what}{at}{on}"


def itineraries(text: str, kind: str, reference: datetime) -> list[str]:
    """Flight legs in itinerary tables, hotel stays, tickets."""
    if MARKETING.search(text):
        return []
    facts: list[str] = []
    month_first = record_day_first(text) is False
    lines = text.split("\n")
    for index, line in enumerate(lines):
        leg = _LEG.search(line)
        if leg is None:
            continue
        before = line[: leg.start()]
        if not _FLIGHT_NO.search(line):
            # "DL 1847 — Saturday, 21 March 2026" on the line above the leg
            above = lines[index - 1] if index > 0 else ""
            if not _FLIGHT_ABOVE.match(above):
                continue
            before = above
        mentions = sorted(
            (m for m in find_dates(before, reference) if m.has_day),
            key=lambda m: not re.search(r"\d", m.phrase),
        )
        when = f" on {mentions[0].value:%Y-%m-%d}" if mentions else ""
        dep = leg.group("dep")
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if not when and below.strip():
            # "03/03/2026  dep 11:40  arr 18:55" on the line below the leg
            # a numeric day below a leg reads day first unless the record is month-first
            dotted = fact_rec_cards._dotted(below.replace("/", "."))
            day = (None if month_first else dotted) or _iso_when(below, reference)
            when = f" on {day.split(' at ')[0]}" if day else ""
            clock = re.search(r"\bdep\w*\.?\s*:?\s*(\d{1,2}:\d{2})", below, re.I)
            dep = dep or (clock.group(1) if clock else None)
        at = f" at {dep}" if dep and when else ""
        src, dst = leg.group("src").strip(), leg.group("dst").strip()
        facts.append(f"User has a flight from {src} to {dst}{when}{at}")
    if facts:
        for line in lines:
            tier = _LOYALTY_TIER.fullmatch(line.strip())
            if tier is not None:
                facts.append(f"User is a {line.strip()} member")
                break
    checks = {m.group("io").lower(): m.group("when") for m in _CHECK.finditer(text)}
    if "in" not in checks and not facts and not _TRANSPORT.search(text):
        # a hotel's "Arrival: 12 June 2025" / "Departure: 15 June 2025" (no flight in it)
        for stay_line in _STAY_LINE.finditer(text):
            io = "in" if stay_line.group("io").lower().startswith("arriv") else "out"
            checks.setdefault(io, stay_line.group("when"))
    if "in" in checks:
        hotel = _HOTEL.search(text) or _HOTEL.search(sender_name(text) or "")
        start = _long_date(checks["in"], reference)
        end = _long_date(checks.get("out", ""), reference)
        stay = _SUBJECT_STAY.search(headers(text).get("subject", ""))
        if hotel is not None and start is not None:
            span = f" from {start.rsplit(',', 1)[0]} to {end}" if end else f" on {start}"
            facts.append(f"User has a hotel reservation at {hotel.group('name')}{span}")
        elif stay is not None and start is not None:
            # "Subject: Booking confirmed: Casa Verde, Oaxaca" names the place
            city = f" in {stay.group('city').strip()}" if stay.group("city") else ""
            span = f" from {start.rsplit(',', 1)[0]} to {end}" if end else f" on {start}"
            facts.append(
                f"User has a hotel reservation at {stay.group('name').strip()}{city}{span}"
            )
    facts.extend(fact_rec_notices.appointment_record(text, reference))
    facts.extend(fact_rec_notices.assignments(text, reference))
    legs = _labelled_leg(text, reference)
    facts.extend(legs)
    trips = fact_rec_cards.rentals_and_trains(text, reference)
    subject = headers(text).get("subject", "")
    tickets = _TICKETS.search(subject)
    if (
        tickets is not None
        and not legs
        and not any(t.startswith("User has a train") for t in trips)
    ):
        facts.append(_tickets_fact(text, tickets.group("what").strip(" .!"), reference))
    facts.extend(trips)
    return facts
