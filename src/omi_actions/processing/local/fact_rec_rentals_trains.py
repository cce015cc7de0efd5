"""Car rentals, train tickets and return flights in booking mail.

A rental's labelled pick-up and return ("Pick-up: LAX, Sep 3, 10:00"), train legs
written as "A → B" with their dates and departure times, and a return flight said
after the outbound one.
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.fact_clean import _iso_when
from omi_actions.processing.local.fact_rec_account_notices import registrations
from omi_actions.processing.local.fact_rec_card_parts import _TIME, _clock

_PICKUP = re.compile(
    r"\bpick-?\s?up\s*:\s*(?P<where>[^,\n]{3,50}?),\s*(?P<when>[^.\n]{4,45}?)(?=\.\s|\.$|\n|$)",
    re.I,
)
_RETURN = re.compile(
    r"\b(?:return|drop-?\s?off)\s*:\s*"
    r"(?:(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b|[A-Z][a-z]{2,8}\.?\s+\d|\d)"
    r"(?P<where>[^,\n]{3,50}?),\s*)?"
    r"(?P<when>[^.\n]{4,45}?)(?=\.\s|\.$|\n|$)",
    re.I,
)
_RENTAL = re.compile(
    r"\b(?:vehicle|car\s+(?:class|type|rental|hire)|rental|suv|sedan|compact|"
    r"Hertz|Avis|Enterprise|Sixt|Budget|Europcar|Alamo)\b",
    re.I,
)
_PICKUP_DAY = re.compile(r"\bpick-?\s?up\s+(?P<d>tomorrow|today|tonight)\b", re.I)
_CLOCK_ONLY = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*", re.I)
_RENTAL_CO = re.compile(r"\b(?P<co>[A-Z][a-z]+)\s+reservation\b")
_ARROW = re.compile(
    r"(?P<src>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*(?:\([A-Z]{3}\)\s*)?"
    r"(?:(?P<dep>\d{1,2}:\d{2})\s*)?(?:→|->)\s*"
    r"(?P<dst>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
)
_TRAIN = re.compile(
    r"\b(?:trains?|rail\w*|\w+rail|bahn|Amtrak|Eurostar|coach\s+\w{1,3}|platform|ICE\s+\d+)\b",
    re.I,
)
_STATION = re.compile(
    r"\s+(?:(?:South|North|East|West|Central|Penn|Union|Grand)?\s*(?:Station|Terminal)|Hbf)$"
)
_DEPARTS = re.compile(rf"\bdep(?:art(?:s|ing|ure)?)?\.?\s*:?\s*(?:at\s+)?(?P<t>{_TIME})", re.I)


_RETURN_FLIGHT = re.compile(
    rf"\b(?i:return)\s+flight\b[^.\n]{{0,20}}?\bon\s+(?P<when>[^.\n]{{3,30}}?),?\s+"
    rf"(?i:depart\w*)\s+(?:at\s+)?(?P<t>{_TIME})"
)
_OUTBOUND = re.compile(
    r"\b(?i:flight)\b[^.\n]{0,20}?\bfrom\s+(?P<src>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"\s*(?:\([A-Z]{3}\))?\s+to\s+(?P<dst>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
)


def is_rental(text: str) -> bool:
    """A car rental record with a labelled pick-up ("Pick-up: LAX, Sep 3, 10:00")."""
    return _PICKUP.search(text) is not None and _RENTAL.search(text) is not None


_DOTTED = re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>20\d\d)\b")


def _dotted(text: str) -> str | None:
    """ "14.09.2025" (day first, as printed on European tickets) -> "2025-09-14"."""
    match = _DOTTED.search(text)
    if match is None or not (1 <= int(match.group("m")) <= 12 and 1 <= int(match.group("d")) <= 31):
        return None
    return f"{match.group('y')}-{int(match.group('m')):02d}-{int(match.group('d')):02d}"


def _train_legs(text: str, reference: datetime) -> list[str]:
    """ "Boston South Station → New York Penn Station, next Friday, departs 8:15 AM";
    "Return: Tuesday, Bergen 16:00 → Oslo S 22:49"."""
    facts: list[str] = []
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if re.match(r"\s*(?i:subject|from|to)\s*:", line):
            continue
        arrow = _ARROW.search(line)
        if arrow is None:
            continue
        src = _STATION.sub("", arrow.group("src")).strip()
        dst = _STATION.sub("", arrow.group("dst")).strip()
        label = re.match(r"\s*(?P<label>[A-Za-z]+)\s*:", line)
        src = re.sub(r"^(?i:outbound|return|inbound|departure|journey)\s*:?\s*", "", src)
        rest = line[arrow.end() :]
        below = lines[index + 1] if index + 1 < len(lines) else ""
        above = lines[index - 1] if index > 0 and ":" not in lines[index - 1][:9] else ""
        if index > 0 and re.match(
            r"\s*(?i:outward|outbound|date|travel\s+date)\s*:", lines[index - 1]
        ):
            above = lines[index - 1]
        departs = _DEPARTS.search(rest) or _DEPARTS.search(below)
        clock = arrow.group("dep") or (departs.group("t") if departs else "")
        before = line[: arrow.start()]
        when = (
            _dotted(f"{before} {rest}")
            or _iso_when(f"{before} {rest}", reference)
            or _dotted(above)
            or _iso_when(above, reference)
            or _dotted(below)
            or _iso_when(below, reference)
        )
        if when is not None:
            at = _clock(clock)
            when = f"{when.split(' at ')[0]} at {at}" if at else when
        on = f" on {when}" if when else ""
        back = "return " if label and label.group("label").lower() in ("return", "inbound") else ""
        facts.append(f"User has a {back}train from {src} to {dst}{on}")
        if len(facts) == 2:
            break
    return facts


def rentals_and_trains(text: str, reference: datetime) -> list[str]:
    """Car rental pick-up and return; train tickets written as "A → B"; registrations
    (in a conversation these are calendar events, so the caller skips them there)."""
    facts: list[str] = registrations(text, reference)
    back = _RETURN_FLIGHT.search(text)
    out = _OUTBOUND.search(text)
    if back is not None and out is not None and out.start() < back.start():
        when = _iso_when(back.group("when"), reference)
        at = _clock(back.group("t"))
        if when is not None:
            when = f"{when.split(' at ')[0]} at {at}" if at else when
            src, dst = out.group("dst").strip(), out.group("src").strip()
            facts.append(f"User has a return flight from {src} to {dst} on {when}")
    pickup = _PICKUP.search(text)
    if pickup is not None and _RENTAL.search(text):
        company = _RENTAL_CO.search(text)
        co = f"{company.group('co')} " if company and company.group("co") != "Your" else ""
        when = _iso_when(pickup.group("when"), reference)
        said_day = _PICKUP_DAY.search(text)
        if when is None and said_day is not None and _CLOCK_ONLY.fullmatch(pickup.group("when")):
            # "ready for pick-up tomorrow ... Pick-up: Cairns Airport, 10:30"
            when = _iso_when(f"{said_day.group('d')} at {pickup.group('when')}", reference)
        if when is not None:
            where = pickup.group("where").strip()
            facts.append(f"User has a {co}rental car pickup at {where} on {when}")
            back = _RETURN.search(text, pickup.end())
            back_when = _iso_when(back.group("when"), reference) if back else None
            where_back = back.group("where") if back is not None else None
            if where_back and re.search(r"\bsame\b|\bpick-?\s?up\b", where_back, re.I):
                where_back = None  # "same location": returned where it was picked up
            if back_when is not None and back is not None and where_back:
                drop = back.group("where").strip()
                facts.append(f"User drops off the rental car at {drop} on {back_when}")
            elif back_when is not None:
                facts.append(f"User returns the rental car on {back_when}")
    if _TRAIN.search(text):
        facts.extend(_train_legs(text, reference))
    return facts
