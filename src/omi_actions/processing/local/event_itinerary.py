"""Itinerary legs: booking confirmations that list journeys line by line.

Rail, air, coach and ferry confirmations rarely say "I'm taking the train";
they print one line per leg with a date, a departure time and two stations:

    Outbound  Sat 06 Dec  08:32 Central → 09:47 Harbour   coach 7, seat 45
    Flight 2: 14 Mar 2025 LHR 10:05 -> JFK 13:10

Each such line is a leg; its title is "<Mode> from A to B" and it starts at
the first clock time on the line. The mode comes from the document's
vocabulary (rail words make a train, airline words a flight).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from omi_actions.processing.local.dates import DateMention, find_dates
from omi_actions.processing.local.text import Document
from omi_actions.processing.schemas import Event

# An arrow between two stops ("→", "->", "⇒", "–>").
_ARROW = re.compile(r"\s*(?:→|->|–>|—>|⇒|⟶|=>|➝|➔)\s*")
_MODES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "Flight",
        re.compile(
            r"\b(?:flight|flights|airline|airlines|airways|boarding|gate|terminal|layover|"
            r"departs?\s+from\s+terminal|baggage|carry-on)\b",
            re.IGNORECASE,
        ),
    ),
    ("Ferry", re.compile(r"\b(?:ferry|sailing|crossing|deck|vessel)\b", re.IGNORECASE)),
    (
        "Train",
        re.compile(
            r"\b(?:train|trains|rail|railway|railways|platform|e-ticket|carriage|coach\s+\d|"
            r"station|intercity|regional\s+express)\b",
            re.IGNORECASE,
        ),
    ),
    ("Bus", re.compile(r"\b(?:bus|coach|shuttle)\b", re.IGNORECASE)),
)
# Stop names end where the line's details start (seat, coach, a second clock...).
_STOP_END = re.compile(
    r"\s{2,}|\s*[,;|(]|\s+(?:coach|car|carriage|seat|seats|platform|gate|terminal|class|"
    r"dep|arr|departs?|arrives?|at|on)\b|\s+\d",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_NUMBERED_DAY = re.compile(
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}\b|\d{{4}}-\d{{2}}-\d{{2}}|"
    r"\b\d{1,2}/\d{1,2}\b",
    re.IGNORECASE,
)
_CLOCK_LEAD = re.compile(r"^\s*(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm))\s*", re.IGNORECASE)
_ROUND_TRIP_LABEL = re.compile(
    r"^\s*(?:outbound|return|inbound|depart(?:ure)?|leg\s*\d|flight\s*\d|journey\s*\d)\s*:?\s*",
    re.IGNORECASE,
)


def travel_mode(text: str) -> str:
    """The means of travel the document talks about ("Train" when rail words dominate)."""
    best, best_count = "Trip", 0
    for mode, pattern in _MODES:
        count = len(pattern.findall(text))
        if count > best_count:
            best, best_count = mode, count
    return best


def _stop(raw: str) -> str:
    raw = _CLOCK_LEAD.sub("", raw)
    raw = _STOP_END.split(raw, maxsplit=1)[0]
    return raw.strip(" -–—:.")


# "Outbound: Sat 9 May, Kings Cross 08:01 - York 10:05": on a labelled leg line a dash
# between a clock time and the next stop is the arrow.
_CLOCK_IN = re.compile(r"\d{1,2}[:.]\d{2}|\d{1,2}\s*(?:am|pm)\b", re.IGNORECASE)
_CLOCK_DASH = re.compile(r"(?<=\d[:.]\d\d)\s[-–—]\s(?=[A-Z])")


def _with_arrow(text: str) -> str:
    """The line with the dash of a labelled leg read as its arrow (same length)."""
    if _ARROW.search(text) or not _ROUND_TRIP_LABEL.match(text):
        return text
    return _CLOCK_DASH.sub(" → ", text, count=1)


def _leg(text: str, mentions: list[DateMention]) -> tuple[str, str, DateMention | None] | None:
    arrow = _ARROW.search(text)
    if arrow is None:
        return None
    timed = [m for m in mentions if m.has_time and m.end <= arrow.start()]
    if not timed and mentions:
        return None
    clock = timed[0] if timed else None
    origin = _stop(text[clock.end : arrow.start()]) if clock is not None else ""
    if not origin and clock is not None:
        # "Sat 9 May 2026, Kings Cross 08:01 → York": the stop is just before the clock
        # (which the date parser may have read as one phrase with the day).
        said = list(_CLOCK_IN.finditer(text, clock.start, clock.end))
        cut = said[-1].start() if said else clock.start
        origin = _stop(re.split(r"[,;:|]|\s{2,}", text[:cut])[-1])
    if not origin:
        # "Central → Harbour 08:32": the stop is before the clock.
        origin = _stop(_ROUND_TRIP_LABEL.sub("", text[: arrow.start()]).split("  ")[-1])
    destination = _stop(text[arrow.end() :])
    if not (origin[:1].isalpha() and destination[:1].isalpha()):
        return None
    if len(origin) > 40 or len(destination) > 40:
        return None
    if not (origin[:1].isupper() and destination[:1].isupper()):
        return None  # "dentist says I grind -> get a night guard": a note, not a route
    if len(origin.split()) > 5 or len(destination.split()) > 5:
        return None
    return origin, destination, clock


# "Arrives 16:52", "Arrival: Sat 09:40": the end of the leg, not its start.
_ARRIVES = re.compile(r"\b(?:arriv\w*|lands?|landing|arr)\b\W*$", re.IGNORECASE)
# "UA 1122  Chicago (ORD) -> ...", "Flight SK 412 ...": the service's number.
_SERVICE_NO = re.compile(r"^\W*(?:flight|train|service)?\s*(?P<no>[A-Z]{2}\s?\d{2,4})\b")


def _times_below(
    lines: list[str], reference: datetime
) -> tuple[list[DateMention], DateMention] | None:
    """A route line without times, timed by the next lines ("Departs: Fri 11 Jul, 22:05")."""
    days: list[DateMention] = []
    for line in lines:
        mentions = find_dates(line, reference)
        if not mentions:
            break
        departures = [m for m in mentions if not _ARRIVES.search(line[: m.start])]
        days.extend(m for m in departures if m.has_day)
        clocks = [m for m in departures if m.has_time]
        if clocks:
            return days or [clocks[0]], clocks[0]
    return None


def itinerary_events(document: Document, reference: datetime) -> list[Event]:
    """One event per listed leg (none when the text lists no legs)."""
    legs: list[Event] = []
    mode: str | None = None
    sentences = document.sentences
    for index, sentence in enumerate(sentences):
        text = _with_arrow(sentence.text)
        if not _ARROW.search(text):
            continue
        mentions = find_dates(text, reference)
        leg = _leg(text, mentions)
        if leg is None:
            continue
        origin, destination, found = leg
        if found is None:
            below = _times_below([s.text for s in sentences[index + 1 : index + 3]], reference)
            if below is None:
                continue
            mentions, found = below
        clock = found
        days = [m for m in mentions if m.has_day]
        # "Fri 17 Apr": the numbered date, not the weekday alone.
        day = next((m for m in days if _NUMBERED_DAY.search(m.phrase)), None)
        day = day or (days[0] if days else None)
        if day is None:
            continue
        start = datetime.combine(day.value.date(), clock.value.time()).replace(tzinfo=UTC)
        if start < reference - timedelta(hours=1):
            continue
        if mode is None:
            mode = travel_mode(f"{document.subject or ''} {document.body}")
        number = _SERVICE_NO.search(text)
        service = f" {number.group('no')}" if number is not None else ""
        title = f"{mode}{service} from {origin} to {destination}"
        legs.append(
            Event(title=title[:120], description=text.strip()[:500], start=start,
                  duration_minutes=_leg_minutes(text, clock))
        )  # fmt: skip
    return legs


def _leg_minutes(text: str, clock: DateMention) -> int:
    """Departure to arrival when the line gives an arrival clock after the arrow."""
    arrow = _ARROW.search(text)
    arrival = _ARRIVAL.match(text, arrow.end()) if arrow is not None else None
    if arrival is None:
        return 30
    depart = clock.value.time()
    minutes = int(arrival.group(1)) * 60 + int(arrival.group(2)) - depart.hour * 60 - depart.minute
    if minutes <= 0:
        minutes += 24 * 60
    return max(5, min(minutes, 24 * 60))


_ARRIVAL = re.compile(r"\s*(\d{1,2})[:.](\d{2})\b")
