"""Facts from the user's own words that the clause rewriter misses.

Patterns of self-description in notes, posts and chats: names one wants to be
called, abilities ("I can read hiragana"), things being learned, medication,
sobriety and diet streaks, past employers ("after 6 years at X"), children
named in posts and schedules, preference lists. Each returns short facts in
the "User ..." style.
"""

from __future__ import annotations

import re

_CALL_ME = re.compile(
    r"\b(?:please\s+)?call\s+me\s+(?P<name>[A-Z][a-z]+)\b(?!\s+(?:at|on|back|when|if|after|later))"
    r"|\bI\s+go\s+by\s+(?P<name2>[A-Z][a-z]+)\b"
    r"|\b(?:everyone|friends|people)\s+calls?\s+me\s+(?P<name3>[A-Z][a-z]+)\b"
)
ABILITY_VERBS = (
    r"read|speak|write|play|swim|cook|code|program|drive|ride|sing|dance|type|knit|sew|ski|"
    r"snowboard|surf|juggle|draw|paint|deadlift|squat|bench|lift|run|solve|understand|sign|"
    r"bake|fix|build|skate|climb|dive|sail|crochet"
)
_ABILITY = re.compile(
    rf"\bI\s+(?:can|could)\s+(?:now\s+|finally\s+|also\s+|actually\s+)*(?P<verb>{ABILITY_VERBS})\s+"
    rf"(?P<obj>[^.!?;,]{{2,60}})",
    re.IGNORECASE,
)
_KNOW_HOW = re.compile(r"\bI\s+know\s+how\s+to\s+(?P<what>[^.!?;,]{3,50})", re.IGNORECASE)
_LEARNING = re.compile(
    r"\b(?:(?:day|week|month|year)\s+\d+\s+of|\d+\s+(?:days?|weeks?|months?)\s+(?:of|into)|(?:I(?:'ve|’ve|\s+have)"
    r"\s+been|I(?:'m|’m|\s+am)(?:\s+(?:currently|still|now))?|started|currently|still)\s+)"
    r"\s*(?:learning|studying)\s+(?P<what>(?:to\s+[a-z]+\s+)?[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)",
    re.IGNORECASE,
)
_DRUG = (
    r"(?P<drug>[A-Za-z][a-z-]{3,})\s+(?P<dose>\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ml|units?|iu))\b"
    r"(?P<freq>\s+(?:once|twice|three\s+times|\d\s+times)\s+(?:a|per)\s+day|\s+daily|\s+nightly|"
    r"\s+(?:each|every)\s+(?:morning|evening|night|day))?"
)
_MEDICATION = re.compile(
    rf"\b(?:(?:I(?:'m|’m|\s+am)\s+)?(?:now\s+)?on|taking|I\s+take|started|prescribed|"
    rf"prescription\s+for|sent|refill\s+(?:of|for)|called\s+in)\s+{_DRUG}",
    re.IGNORECASE,
)
_STREAK = re.compile(
    r"^(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a)\s+(?P<unit>years?|months?|"
    r"weeks?|days?)\s+(?P<state>sober|vegan|vegetarian|smoke-free|alcohol-free|cancer-free|"
    r"clean)\b",
    re.IGNORECASE,
)
_WORKED_AT = re.compile(
    r"\b(?i:after|following)\s+(?P<span>(?:\d+|a\s+few|several|two|three|four|five|six|seven|"
    r"eight|nine|ten|fifteen|twenty)\s+(?:years?|months?))\s+(?:at|with)\s+"
    r"(?P<org>[A-Z][\w&'.-]*(?:\s+(?!I\b|I['’])[A-Z][\w&'.-]*){0,3})"
)
_ANNIVERSARY = re.compile(
    r"^(?P<span>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<unit>years?)\s+at\s+"
    r"(?P<org>[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,3})\s+(?:today|this\s+week|this\s+month|now)\b",
    re.IGNORECASE,
)
_CHILD_TURNED = re.compile(
    r"\b(?i:my|our)\s+(?:little\s+|baby\s+|sweet\s+|youngest\s+|oldest\s+|eldest\s+)*"
    r"(?P<name>[A-Z][a-z]+)\s+(?:just\s+)?(?P<verb>turned|turns|is\s+turning)\s+(?P<age>\d{1,2})\b"
)
_KIDS_LABEL = re.compile(
    r"\b(?:kids|children|the\s+kids|boys|girls)(?:['’]s?|['’])?\s*(?:schedule|activities|"
    r"calendar|week)?\s*:\s*(?P<rest>[^\n]+)",
    re.IGNORECASE,
)
_CHILD_ACTIVITY = re.compile(
    r"(?:^|[,;.]\s*)(?P<name>[A-Z][a-z]+)\s+(?P<verb>has|does|goes\s+to|plays|takes|is\s+in)\s+"
    r"(?P<rest>[^,;.]+)"
)
_BOTH_AT = re.compile(
    r"\b(?i:both|all|they)\s+(?:are\s+)?(?:at|attend|go\s+to)\s+(?P<school>[A-Z][\w'.-]*"
    r"(?:\s+[A-Z][\w'.-]*){0,3})"
)
_PREFERENCE_LABEL = re.compile(r"\bpreferences?\b[^:\n]{0,30}:", re.IGNORECASE)
_SHIFT = re.compile(
    r"\bI(?:'m|’m|\s+am)\s+(?:a|an)\s+(?P<when>night|day|evening|graveyard)[- ]shift\b"
)
_PREFER_SEAT = re.compile(
    r"^(?P<what>(?:aisle|window|middle|exit[- ]row)\s+seats?(?:\s+on\s+(?:flights|planes|trains))?)"
    r"(?:,?\s+(?:always|please|if\s+possible))?\W*$",
    re.IGNORECASE,
)


def self_description(text: str) -> list[str]:
    """Facts in the user's own text (a note, a post, the user's turns in a chat)."""
    facts: list[str] = []
    for match in _CALL_ME.finditer(text):
        name = match.group("name") or match.group("name2") or match.group("name3")
        facts.append(f"User prefers to be called {name}")
    for match in _ABILITY.finditer(text):
        obj = re.sub(r"\s+(?:now|again|finally|too|already)$", "", match.group("obj").strip())
        if re.match(r"(?:it|that|this|them|you|him|her)\b", obj, re.I):
            continue
        facts.append(f"User can {match.group('verb').lower()} {obj}")
    for match in _KNOW_HOW.finditer(text):
        facts.append(f"User knows how to {match.group('what').strip()}")
    for match in _LEARNING.finditer(text):
        what = re.sub(
            r"\s+(?:on|at|in|every|each|with|for|from|and|but|since|now|today)$",
            "",
            match.group("what").strip(),
        )
        if what.lower() in ("a", "the", "how", "that", "it", "lot", "more", "so"):
            continue
        facts.append(f"User is learning {what}")
    for match in _MEDICATION.finditer(text):
        facts.append(_takes(match))
    for match in _WORKED_AT.finditer(text):
        facts.append(f"User worked at {match.group('org')} for {match.group('span')}")
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        sentence = sentence.strip()
        streak = _STREAK.match(sentence)
        if streak is not None:
            facts.append(
                f"User has been {streak.group('state').lower()} for {streak.group('n')} "
                f"{streak.group('unit')}"
            )
        anniversary = _ANNIVERSARY.match(sentence)
        if anniversary is not None:
            facts.append(
                f"User has worked at {anniversary.group('org')} for {anniversary.group('span')} "
                f"{anniversary.group('unit')}"
            )
    for match in _CHILD_TURNED.finditer(text):
        if int(match.group("age")) <= 17:
            name = match.group("name")
            facts.append(f"User has a child named {name}")
            facts.append(f"User's child {name} turned {match.group('age')}")
    shift = _SHIFT.search(text)
    if shift is not None:
        facts.append(f"User works {shift.group('when').lower()} shifts")
    facts.extend(_kids_schedule(text))
    facts.extend(_preferences(text))
    return facts


def _takes(match: re.Match[str]) -> str:
    freq = re.sub(r"\s+", " ", match.group("freq") or "")
    return f"User takes {match.group('drug').lower()} {match.group('dose')}{freq}"


def medication_to_user(text: str) -> list[str]:
    """ "Your prescription for sertraline 50 mg is ready", "I've sent X 20 mg to your pharmacy"."""
    return [_takes(m) for m in _MEDICATION.finditer(text)]


def _kids_schedule(text: str) -> list[str]:
    facts: list[str] = []
    for label in _KIDS_LABEL.finditer(text):
        both = _BOTH_AT.search(label.group("rest"))
        if both is not None:
            facts.append(f"User's children attend {both.group('school')}")
        names: list[str] = []
        for match in _CHILD_ACTIVITY.finditer(label.group("rest")):
            name = match.group("name")
            if name in ("Both", "They", "We", "She", "He", "Each", "Mon", "Tue", "Wed", "Thu"):
                continue
            names.append(name)
            facts.append(f"User's child {name} {match.group('verb')} {match.group('rest').strip()}")
        if len(names) == 1:
            facts.append(f"User has a child named {names[0]}")
        elif len(names) > 1:
            facts.append(f"User has children named {', '.join(names[:-1])} and {names[-1]}")
    return facts


def _preferences(text: str) -> list[str]:
    """Verbless items under a "Preferences:" label: "Aisle seats on flights, always"."""
    label = _PREFERENCE_LABEL.search(text)
    facts: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        seat = _PREFER_SEAT.match(sentence.strip())
        if seat is not None and (label is not None or re.search(r"\balways\b", sentence, re.I)):
            facts.append(f"User prefers {seat.group('what').lower()}")
    return facts


_CONDITION_WORDS = (
    r"[a-z]+itis|[a-z]+osis|sprain|strain|fracture|tear|infection|syndrome|disease|deficiency|"
    r"diabetes|asthma|arthritis|hernia|migraines?|anemia|anaemia|hypertension|concussion|"
    r"apnea|eczema|psoriasis|reflux|allergy|ulcer|cyst"
)
_DIAGNOSIS = re.compile(
    rf"\b(?:you\s+have|you(?:'ve|’ve)\s+got|(?:it|this)\s+(?:is|looks\s+like)|is\s+(?:most\s+)?"
    rf"(?:likely|probably)|consistent\s+with|diagnosed\s+with)\s+(?:a\s+|an\s+)?"
    rf"(?P<cond>(?:mild|moderate|severe|minor|chronic|acute|early|type\s+\d|[a-z]+)\s+)?"
    rf"(?P<name>(?:[a-z]+\s+)?(?:{_CONDITION_WORDS}))\b"
    rf"|\b[Tt]he\s+(?P<name2>{_CONDITION_WORDS})\s+is\s+(?P<sev>mild|moderate|severe|minor)\b",
)
_CLINICIAN = re.compile(
    r"^\s*(?:Dr\.?\s+[A-Z]|Doctor\b|Nurse\b|NP\b|PA\b|Physio|Therapist)|\bdoctor\b|\bclinic\b|"
    r"\bpatient\b|\bMyChart\b",
    re.IGNORECASE | re.MULTILINE,
)


def conditions_from_clinician(text: str, whole_text: str) -> list[str]:
    """ "The knee pain is most likely patellar tendinitis" said by a clinician to the user."""
    if not _CLINICIAN.search(whole_text):
        return []
    facts: list[str] = []
    for match in _DIAGNOSIS.finditer(text):
        if match.group("name2"):
            facts.append(f"User has a {match.group('sev')} {match.group('name2')}")
            continue
        name = match.group("name")
        if re.match(r"(?:the|a|an|your|my|no|not|any|this|that|it)\b", name):
            continue
        severity = match.group("cond") or ""
        if severity.strip() in ("the", "a", "an", "your", "no", "not", "just", "only"):
            severity = ""
        facts.append(f"User has {severity}{name}".replace("  ", " "))
    return facts


__all__ = ["ABILITY_VERBS", "conditions_from_clinician", "medication_to_user", "self_description"]
