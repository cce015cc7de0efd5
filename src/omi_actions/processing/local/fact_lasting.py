"""A general test of whether a first-person statement in a chat says something lasting.

In chats most first-person clauses are chit-chat ("I'm at the gym now", "I'm so tired
today"). Besides the fixed list of lasting verbs in ``facts``, a clause counts as lasting
when it states a habit or routine: a present-simple verb with a frequency ("I play
tennis twice a week"), a recurring day ("on fridays"), or a present arrangement marked
by "now" ("working from home on fridays now"). Passing states stay out: anything tied
to today, tonight or this very moment, and states of being somewhere ("at the gym").
"""

from __future__ import annotations

import re

_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?"

# A recurring time: "every morning", "twice a week", "on fridays", "most days", "daily".
_FREQUENCY = re.compile(
    r"\b(?:every\s+(?:single\s+)?(?:\w+\s+)?(?:day|morning|night|evening|week|weekend|month|"
    + _DAY
    + r")|(?:once|twice|three\s+times|four\s+times|five\s+times|\d+\s+times|\d+x)\s+(?:a|per)\s+"
    r"(?:day|week|month|year)|on\s+(?:the\s+)?(?:weekends|weekdays|"
    + _DAY
    + r")\b|most\s+(?:days|mornings|nights|evenings|weekends|weeks)|(?:daily|weekly|nightly)\b|"
    r"(?:in|on)\s+the\s+(?:mornings|evenings)\b|once\s+in\s+a\s+while|"
    r"(?:mon|tues?|wed|thu|thurs|fri)\w*\s+(?:and|&)\s+(?:mon|tues?|wed|thu|thurs|fri)\w*)",
    re.IGNORECASE,
)

# Tied to the moment: not lasting whatever the verb.
_MOMENT = re.compile(
    r"\b(?:today|tonight|tomorrow|yesterday|right\s+now|this\s+(?:morning|afternoon|evening|"
    r"week|weekend)|at\s+the\s+moment|just\s+now|later|soon|lol\s+jk)\b|"
    r"\bUser\s+is\s+(?:at|in|on)\s+(?:the|a|an|my|their)\b|\bUser\s+(?:is|was)\s+"
    r"(?:so\s+|very\s+|really\s+)?(?:tired|sick|hungry|bored|late|busy|stuck|exhausted|"
    r"stressed|sorry|done|excited|nervous|ready|home|back|here|there|off)\b|"
    r"\bUser\s+(?:will|would|should|could|might|may|can't|cannot|wants|needs|hopes|"
    r"thinks|guesses|feels|wonders|means|said|says|told|asked|forgot)\b|"
    r"\bUser\s+is\s+[a-z]+ing\s+(?:it|this|that|them|him|her|you|up|out|over)\b",
    re.IGNORECASE,
)

# A present-simple verb right after "User" ("User plays", "User eats"), or an
# ongoing arrangement ("User is working from home ... now").
_PRESENT = re.compile(
    r"^User\s+(?:(?:usually|always|often|normally|also|still|only|mostly)\s+)?"
    r"(?:[a-z]+(?<!ss)s|is\s+[a-z]+ing|does|goes|has)\b",
    re.IGNORECASE,
)


def is_momentary(fact: str) -> bool:
    """Tied to the moment ("today", "at the gym", "is tired"), whatever else it says."""
    return _MOMENT.search(fact) is not None


def is_lasting(fact: str) -> bool:
    """A habit, routine or present arrangement, not a passing state."""
    if _MOMENT.search(fact):
        return False
    if _PRESENT.search(fact) is None and not re.match(r"User\s+is\s+up\b", fact):
        return False
    if _FREQUENCY.search(fact):
        return True
    return bool(re.search(r"\bnow\b", fact) and re.match(r"User\s+is\s+[a-z]+ing\b", fact))


# Chat shorthand for a lasting arrangement, rewritten as the attribute it states.
_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^User\s+is\s+(?:wfh|working\s+from\s+home)\b", re.I), "User works from home"),
    (re.compile(r"^User\s+is\s+up\s+(?=at\b)", re.I), "User wakes up "),
)


def normalise(fact: str) -> str:
    """ "User is wfh tues now" -> "User works from home tues"; drop a trailing "now"."""
    if not is_lasting(fact):
        return fact
    for pattern, replacement in _REWRITES:
        fact = pattern.sub(replacement, fact)
    if fact.startswith("User works from home"):
        fact = re.sub(r"\s+now\b.*$", "", fact)
    return fact


_TIME = r"\d{1,2}(?:[:.]\d{2})?(?:\s*[ap]\.?m\.?)?"

# Routine fragments of a list or a diary line: "Up at 6", "bedtime around 11pm".
_WAKE = re.compile(
    rf"(?:^|[.!;\n]\s*|-\s+)(?:I(?:'m|’m|\s+am)\s+)?up\s+(?:at|by)\s+(?P<t>{_TIME})(?![\d:])",
    re.IGNORECASE,
)
_BEDTIME = re.compile(
    rf"\bbedtime(?:\s+is)?\s+(?P<p>around|at|by|about)?\s*(?P<t>{_TIME})(?![\d:])", re.IGNORECASE
)
_BLACK_COFFEE = re.compile(r"\b(?:coffee,?\s+black|black\s+coffee)\b", re.IGNORECASE)


def _clock(time: str, default: str) -> str:
    time = re.sub(r"\s+", "", time.lower()).replace(".", "")
    if re.search(r"[ap]m$", time):
        return time
    return f"{time}{default}"


def routine_facts(text: str) -> list[str]:
    """ "Up at 6, yoga" -> "User wakes up at 6am"; "bedtime around 11pm" -> goes to bed."""
    out: list[str] = []
    wake = _WAKE.search(text)
    if wake is not None and not re.search(r"\b(?:today|tomorrow|tonight)\b", text, re.I):
        time = wake.group("t")
        hour = int(re.match(r"\d+", time).group())  # type: ignore[union-attr]
        if 3 <= hour <= 11:
            out.append(f"User wakes up at {_clock(time, 'am')}")
    bed = _BEDTIME.search(text)
    if bed is not None and not 3 <= int(re.match(r"\d+", bed.group("t")).group()) <= 8:  # type: ignore[union-attr]
        # (a bedtime at 7 or 8 is a child's, not the user's)
        out.append(f"User goes to bed {bed.group('p') or 'at'} {_clock(bed.group('t'), 'pm')}")
    if _BLACK_COFFEE.search(text) and not re.search(r"\b(?:order|get|grab)\b", text, re.I):
        out.append("User drinks black coffee")
    return out
