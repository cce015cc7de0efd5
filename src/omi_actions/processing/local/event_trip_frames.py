"""Travel plans: the user going somewhere on a day, and spans of days that are a trip.

"I fly to Lisbon on the 26th" is a flight (or a trip when the return is said with it);
"Aug 21-25, flights booked" is a trip, titled by its destination when one is named
nearby.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.dates import DateMention
from omi_actions.processing.local.event_frame import _Frame
from omi_actions.processing.local.event_naming import _NAMES_NOT_PEOPLE
from omi_actions.processing.local.event_plans import (
    _MULTI_DAY,
    _plan_of,
)
from omi_actions.processing.local.text import Document, Sentence

# The user travelling somewhere on a day ("I fly to Lisbon on the 26th", "we fly out on
# October 11th", "I'm off to Portugal on the 26th", "driving down to my parents' tomorrow").
_TRAVEL_GO = re.compile(
    r"\b(?i:i|we)(?i:'m|’m|'re|’re|\s+am|\s+are|'ll|’ll|\s+will)?\s+(?:also\s+)?"
    r"(?P<verb>fly(?:ing)?|flies|travel(?:l?ing)?|driv(?:e|ing)|head(?:ing)?|off|leav(?:e|ing)|"
    r"set(?:ting)?\s+off)\s+(?:out\s+|off\s+|down\s+|up\s+|over\s+|back\s+|home\s+)?"
    r"(?:(?:to|for)\s+(?P<where>(?:my\s+|our\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?|"
    r"(?:my|our)\s+(?:parents|mum|mom|dad|folks|family|grandparents|in-laws|sister|brother)['’]?s?)|"
    r"(?<=out)\s|(?<=off)\s+(?=on\b))|"
    r"\b(?i:i|we)(?i:'re|’re|\s+are|'ll|’ll|\s+will)?\s+(?P<out>fly(?:ing)?\s+out|"
    r"(?:off|away)\s+on\s+(?:holiday|vacation))\b",
)


_TRAVEL_WORDS = re.compile(
    r"\b(?:booked|flights?|flying|fly|hotel|airbnb|hostel|resort|cabin|trip|vacation|holiday|"
    r"getaway|itinerary|check-?in|road\s+trip|travel(?:l?ing)?|visiting|staying)\b",
    re.IGNORECASE,
)
_DESTINATION = re.compile(
    r"\b(?:trip|flights?|fly(?:ing)?|travel(?:l?ing)?|going|heading|vacation|holiday|"
    r"getaway|visit(?:ing)?)\s+(?:back\s+)?(?:to|in)\s+(?P<a>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
    r"|^(?P<b>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:is|are)\s+(?:booked|confirmed|on|happening)\b"
)
_DAY_RANGE = re.compile(
    r"\d(?:st|nd|rd|th)?\s*(?:[-–—]|to|until|through|thru)\s*(?:the\s+)?\d", re.IGNORECASE
)


def _is_range(mentions: list[DateMention], text: str) -> bool:
    days = [m for m in mentions if m.has_day and not m.has_time]
    if any(m.until is not None and m.until > m.value for m in days):
        return True  # "the 3rd to the 9th", "3rd–9th March": one mention with its last day
    if any(_DAY_RANGE.search(m.phrase) for m in days):
        return True
    if len(days) >= 2:
        between = text[days[0].end : days[1].start]
        return bool(re.fullmatch(r"\s*(?:-|–|—|to|until|through|thru|and)\s*", between, re.I))
    return False


def _destination(document: Document, index: int) -> str | None:
    for sentence in document.sentences[max(0, index - 2) : index + 3]:
        match = _DESTINATION.search(sentence.text)
        if match is not None:
            place = match.group("a") or match.group("b")
            if place.split()[0] not in _NAMES_NOT_PEOPLE:
                return place
    return None


def _trip_frame(
    sentence: Sentence, index: int, document: Document, mentions: list[DateMention]
) -> _Frame | None:
    """A span of days with travel words around it is a trip ("Aug 21-25, flights booked")."""
    if not _is_range(mentions, sentence.text):
        return None
    near = " ".join(s.text for s in document.sentences[max(0, index - 1) : index + 2])
    if not _TRAVEL_WORDS.search(near):
        return None
    where = _destination(document, index)
    found = _plan_of(sentence.text)
    plan = found[0] if found is not None and found[0].split()[-1] in _MULTI_DAY else "Trip"
    title = f"{plan} to {where}" if where else plan
    return _Frame(plan, sentence, index, subject=title)


# The return leg said with the outbound one: "... and back on the 12th", "returning Sunday".
_AND_BACK = re.compile(
    r"(?:\band|\bthen|,)(?:\s+(?:and|then))?\s+(?:fly(?:ing)?\s+|com(?:e|ing)\s+|get(?:ting)?\s+)?"
    r"back\s+(?:on\s+)?(?:the\s+)?"
    r"(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"(?:\band|\bthen|,)(?:\s+(?:and|then))?\s+return(?:ing)?\s+(?:on\s+)?(?:the\s+)?"
    r"(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
    re.IGNORECASE,
)
