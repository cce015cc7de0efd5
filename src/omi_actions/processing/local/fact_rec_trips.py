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
_CHECK = re.compile(r"\bcheck-?\s?(?P<io>in|out)\b\s*:?\s*(?P<when>[^\n(]{4,40})", re.I)
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
    r"^\s*(?:Departs?|Departure|Departing|Leaves)\s*:\s*(?P<where>[^,\n]{3,40}),\s*(?P<when>[^\n]{4,50})$",
    re.I | re.M,
)
_ARRIVES_LINE = re.compile(
    r"^\s*(?:Arrives?|Arrival|Arriving)\s*:\s*(?P<where>[^,\n]{3,40}?)(?:,|\s*$)", re.I | re.M
)
_STATION_WORDS = re.compile(
    r"\s+(?:(?:South|North|East|West|Central|Penn|Union|Grand)\s+)?(?:Station|Terminal)$|\s+Hbf$"
)


def _labelled_leg(text: str, reference: datetime) -> list[str]:
    """ "Departs: Boston South Station, Friday 9 January 2026, 07:05" + "Arrives: New York
    Penn Station, 10:52" -> "User has a train from Boston to New York on 2026-01-09 at 07:05"."""
    departs = _DEPARTS_LINE.search(text)
    arrives = _ARRIVES_LINE.search(text)
    if departs is None or arrives is None:
        return []
    when = _iso_when(departs.group("when"), reference)
    if when is None:
        return []
    mode = (
        "train"
        if fact_rec_cards._TRAIN.search(text)
        else "flight"
        if re.search(r"\b(?:flight|airline|airways|boarding)\b", text, re.I)
        else "trip"
    )
    src = _STATION_WORDS.sub("", departs.group("where").strip())
    dst = _STATION_WORDS.sub("", arrives.group("where").strip())
    return [f"User has a {mode} from {src} to {dst} on {when}"]


def itineraries(text: str, kind: str, reference: datetime) -> list[str]:
    """Flight legs in itinerary tables, hotel stays, tickets."""
    if MARKETING.search(text):
        return []
    facts: list[str] = []
    lines = text.split("\n")
    for index, line in enumerate(lines):
        leg = _LEG.search(line)
        if leg is None:
            continue
        before = line[: leg.start()]
        if not _FLIGHT_NO.search(line):
            # "DL 1847 — Saturday, 21 March 2026" on the line above the leg
            above = lines[index - 1] if index > 0 else ""
            if not re.match(r"\s*[A-Z0-9]{2}\s?\d{2,4}\b", above):
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
            day = fact_rec_cards._dotted(below.replace("/", ".")) or _iso_when(below, reference)
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
        body = text.split("\n\n", 1)[-1]
        day = _long_date(body, reference)
        on = f" on {day}" if day else ""
        facts.append(f"User has tickets to {tickets.group('what').strip(' .!')}{on}")
    facts.extend(trips)
    return facts
