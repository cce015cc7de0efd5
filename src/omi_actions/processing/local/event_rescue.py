"""Better titles for plans the event reader could only call "Meetup", "Meeting" or
"Appointment": the occasion is often named elsewhere (the mail's subject, the
sentence before, an age said in words, the purpose of a visit)."""

from __future__ import annotations

import re

GENERIC_PLANS = frozenset({"Meetup", "Meeting", "Appointment"})

_TENS = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_TEENS = {
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twenty-first": 21,
    "twenty-fifth": 25,
}  # fmt: skip
SPELLED_AGE = "|".join(sorted([*_TENS, *_TEENS], key=len, reverse=True))


def _suffix(number: int) -> str:
    if 10 <= number % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


def numeric_age(phrase: str) -> str:
    """ "Dave's fortieth" -> "Dave's 40th"; a phrase with digits is left alone."""

    def digits(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        number = _TENS.get(word) or _TEENS[word]
        return f"{number}{_suffix(number)}"

    return re.sub(rf"\b(?:{SPELLED_AGE})\b", digits, phrase, flags=re.IGNORECASE)


# "I'll pop round Thursday at 5 to measure up", "we can come Monday at 8 to fit the
# blinds": what the visit is for.
_PURPOSE = re.compile(
    r"\bto\s+(?P<what>(?!(?:be|see|get|have|do|go|make|let|say|talk|chat|check\s+in)\b)"
    r"(?:measure|fit|fix|install|repair|replace|service|inspect|quote|assess|survey|look\s+at|"
    r"clean|paint|deliver|collect|pick\s+up|drop\s+off|set\s+up|hang|mount|tune|test|"
    r"value|photograph|move|tile|plaster|plumb|wire)"
    r"(?:\s+up)?(?:\s+(?:the|your|a|an|those|these)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?)",
    re.IGNORECASE,
)
_TRAILING_STOP = re.compile(
    r"\s+(?:if|and|or|but|so|then|on|at|for|before|after|when|with|by|in|this|next|"
    r"tomorrow|today|that|which)$",
    re.IGNORECASE,
)


def visit_purpose(text: str) -> str | None:
    """The job a visit is for, as a short title ("Measure up", "Fix the boiler")."""
    match = _PURPOSE.search(text)
    if match is None:
        return None
    what = match.group("what").strip()
    while True:
        trimmed = _TRAILING_STOP.sub("", what)
        if trimmed == what:
            break
        what = trimmed
    return what[:1].upper() + what[1:]


# A trade's job said as a verb with the day it is done: "we can install it Thursday",
# "they'll deliver the sofa on the 12th", "he's coming to fix the boiler Monday".
_JOB_VERB = re.compile(
    r"\b(?:i|we|they|he|she|someone|somebody|the\s+(?:team|crew|engineer|technician|fitters?|"
    r"driver|installers?|plumber|electrician|courier))\s+"
    r"(?:can|could|will|'ll|are\s+going\s+to|is\s+going\s+to|'re\s+going\s+to|'s\s+going\s+to|"
    r"are\s+booked\s+to|(?:'s|is|'re|are)\s+coming\s+(?:round\s+|over\s+)?to)\s+"
    r"(?:come\s+(?:and|to)\s+)?(?P<verb>install|deliver|fit|repair|service|inspect|"
    r"collect|replace|measure|survey)\b",
    re.IGNORECASE,
)
_JOB_NOUNS = {
    "install": "Installation", "deliver": "Delivery", "fit": "Fitting", "repair": "Repair",
    "service": "Service", "inspect": "Inspection", "collect": "Collection",
    "replace": "Replacement", "measure": "Measuring visit", "survey": "Survey",
}  # fmt: skip


def job_visit(text: str) -> tuple[str, int] | None:
    """(title, end) of a trade's job said as a verb, or None."""
    match = _JOB_VERB.search(text)
    if match is None:
        return None
    return _JOB_NOUNS[match.group("verb").lower()], match.end()
