"""Goals, diets, bands, planned trips, people the user sees and a home bought.

What the user is pursuing shows in passing ("resolution: run a marathon",
"day 12 of keto", "my band, The Owls"); the home-offer patterns are shared with
the addressed rules ("they have accepted your offer").
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_own_context import COMMON, WS, article

_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_FILLER_START = re.compile(r"^(?:finally|also|maybe)\s+")
_DIET_WORDS = re.compile(r"^the\s+|\s+diet$")

_MONTHS = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|"
    r"spring|summer|autumn|fall|winter"
)
_GOAL_VERBS = frozenset(
    """run read learn lose save get finish write visit travel try start build buy climb swim
    hike cook bake pay quit train complete pass take walk cycle ride see speak play""".split()
)
_GOAL = re.compile(
    r"\b(?:(?:new\s+year'?s?\s+)?resolution|goal|aim)s?(?:\s+for\s+(?:next\s+year|this\s+year|"
    r"\d{4}))?\s*:\s*(?P<what>[a-z][^.!?\n;]{3,60})",
    re.IGNORECASE,
)
_DIET_DAYS = re.compile(
    r"\b(?:day|week|month)\s+\d+\s+(?:of|on)\s+(?P<diet>keto|paleo|whole30|low[- ]carb|"
    r"intermittent\s+fasting|the\s+mediterranean\s+diet)\b",
    re.IGNORECASE,
)
_BAND = re.compile(
    r"\b(?i:my|our)\s+band,?\s+(?P<name>(?:The\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3})"
    r"|(?P<name2>(?:(?i:the)\s+)?[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3})\s*\(\s*(?i:my|our)\s+band\b"
)
_ON_INSTRUMENT = re.compile(
    r"\bI(?:'m|’m|\s+am)\s+on\s+(?P<inst>bass|drums|keys|guitar|rhythm\s+guitar|lead\s+guitar|"
    r"fiddle|piano|sax)\b",
    re.IGNORECASE,
)
_TRIP = re.compile(
    rf"\b(?:the|my|our)\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+trip\s+(?:in|this|next)\s+"
    rf"(?P<when>{_MONTHS})\b"
)
_SEES = re.compile(
    r"\bmy\s+(?:new\s+)?(?P<who>therapist|counsell?or|psychiatrist|psychologist|"
    r"physio(?:therapist)?|chiropractor|personal\s+trainer|dietitian|nutritionist|sponsor)\b"
    r"(?!\s*(?:'s|’s))",
    re.IGNORECASE,
)
_HOME_OFFER = re.compile(
    r"\b(?:got\s+(?:an|our|my)\s+offer\s+accepted|offer\s+(?:was|got|has\s+been)\s+accepted|"
    r"(?:have|has)\s+accepted\s+your\s+offer)\b[^.!?]{0,30}?\b(?:on|in|for)\s+(?:the\s+)?"
    r"(?:(?P<kind>semi|house|flat|condo|bungalow|cottage|townhouse|apartment|place)\s+(?:in|on)\s+)?"
    r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
)
OFFER_ON = re.compile(
    r"\b(?:on|in)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:have|has)\s+"
    r"accepted\s+your\s+offer\b"
)
_OUR_HOME = re.compile(
    r"\bour\s+(?:(?:little|new|tiny|old|\w+)\s+){0,3}(?P<kind>house|flat|bungalow|cottage|"
    r"apartment|condo|townhouse|farmhouse|cabin)\s+in\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z]"
    r"[\w'’.-]*){0,2})"
)
_OWNER_CUE = re.compile(
    r"\b(?:homeowners?|got\s+the\s+keys|bought|closed\s+on|our\s+first\s+home|mortgage)\b",
    re.IGNORECASE,
)


# "my pottery class ends at 6:45", "my Spanish lessons": a class the user takes (a
# teacher's "my class" of pupils names no subject from this list).
_MY_CLASS = re.compile(
    r"\b(?i:my)\s+(?P<what>(?i:pottery|ceramics|piano|guitar|violin|cello|singing|voice|drum|"
    r"dance|salsa|ballet|tap|swing|yoga|pilates|spin|barre|boxing|karate|judo|jiu-jitsu|"
    r"climbing|swimming|art|drawing|painting|life\s+drawing|cooking|baking|woodwork|"
    r"woodworking|sewing|knitting|photography|language)|Spanish|French|German|Italian|"
    r"Portuguese|Japanese|Mandarin|Chinese|Korean|Arabic|Dutch|Greek|Russian|Welsh|Irish)\s+"
    r"(?P<kind>(?i:class|classes|lesson|lessons|course))\b"
)


_LANGUAGES = (
    r"Spanish|French|German|Italian|Portuguese|Japanese|Mandarin|Chinese|Korean|Arabic|Dutch|"
    r"Greek|Russian|Welsh|Irish|Hindi|Turkish|Polish|Swedish|Norwegian|Danish|Finnish|Hebrew|"
    r"Vietnamese|Thai|Indonesian|Swahili|Ukrainian|Czech|Catalan|Tagalog"
)
# "Day 200 of Portuguese on Duolingo": a language the user is learning, and the streak.
_DAY_OF_LANGUAGE = re.compile(
    r"\b(?i:day)\s+(?P<n>\d{1,4})\s+(?i:of)\s+(?:(?i:learning|studying)\s+)?"
    rf"(?P<lang>{_LANGUAGES})\b(?:\s+(?i:on)\s+(?P<app>[A-Z][\w]+))?"
)


def pursuit_facts(text: str) -> list[str]:
    """Goals, diets, bands, planned trips, people the user sees, a home bought."""
    facts: list[str] = []
    for match in _DAY_OF_LANGUAGE.finditer(text):
        facts.append(f"User is learning {match.group('lang')}")
        if match.group("app"):
            facts.append(f"User has a {match.group('n')}-day {match.group('app')} streak")
    for match in _MY_CLASS.finditer(text):
        what = WS.sub(" ", match.group("what"))
        what = what if what[:1].isupper() else what.lower()
        kind = match.group("kind").lower()
        plural = {"class": "classes", "lesson": "lessons", "course": "courses"}
        kind = plural.get(kind, kind)
        facts.append(f"User takes {what} {kind}")
    for match in _GOAL.finditer(text):
        for item in _ITEM_SPLIT.split(match.group("what")):
            words = _FILLER_START.sub("", item.strip()).split()
            if len(words) >= 2 and words[0].lower() in _GOAL_VERBS:
                facts.append(f"User's goal is to {' '.join(words)}")
    for match in _DIET_DAYS.finditer(text):
        diet = _DIET_WORDS.sub("", match.group("diet").lower())
        facts.append(f"User is following {article(diet)} {diet} diet")
    for match in _BAND.finditer(text):
        name = (match.group("name") or match.group("name2")).strip()
        if name.split()[0] not in COMMON:
            facts.append(f"User is in a band called {name}")
    for match in _ON_INSTRUMENT.finditer(text):
        facts.append(f"User plays {match.group('inst').lower()}")
    for match in _TRIP.finditer(text):
        facts.append(f"User plans a trip to {match.group('place')} in {match.group('when')}")
    for match in _SEES.finditer(text):
        who = WS.sub(" ", match.group("who").lower())
        if who == "sponsor":
            facts.append("User has a sponsor")
        elif who == "personal trainer":
            facts.append("User has a personal trainer")
        else:
            facts.append(f"User sees {article(who)} {who}")
    for match in _HOME_OFFER.finditer(text):
        kind = (match.group("kind") or "house").lower()
        kind = {"semi": "semi-detached house", "place": "house"}.get(kind, kind)
        facts.append(f"User is buying {article(kind)} {kind} in {match.group('place')}")
    if _OWNER_CUE.search(text):
        for match in _OUR_HOME.finditer(text):
            kind = match.group("kind").lower()
            facts.append(f"User owns {article(kind)} {kind} in {match.group('place')}")
    return facts
