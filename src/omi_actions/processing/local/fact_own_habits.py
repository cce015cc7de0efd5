"""The user's everyday ways and work mentioned in passing, in the user's own words.

Abstentions and diets ("I haven't eaten meat since May", "I don't own a car") and
work implied by a shift or a role ("my late shift at the hospital", "as a nurse,
I ...") are said on the way to something else.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_own_context import article
from omi_actions.processing.local.fact_self import is_job

_ABSTAIN = re.compile(
    r"\bI\s+(?:haven't|haven’t|have\s+not)\s+(?:eaten|had)\s+(?P<food>meat|dairy|sugar|gluten)\b"
    r"|\bI\s+(?:don't|don’t|do\s+not|no\s+longer)\s+(?:eat|touch)\s+(?P<food2>meat|dairy|pork|"
    r"beef|fish)\b"
    r"|\bI(?:'m|’m|\s+am)\s+(?P<sober>sober|teetotal)\b"
    r"|\bI\s+(?:don't|don’t|do\s+not|no\s+longer)\s+drink(?:\s+alcohol)?(?=\s*(?:[,.;!?]|and\b|$))"
    r"|\bI\s+(?:don't|don’t|do\s+not)\s+(?:own|have)\s+a\s+(?P<thing>car|TV|television|"
    r"smartphone|dishwasher|microwave)\b"
    r"|\bI\s+(?:take|ride|get)\s+the\s+(?P<ride>bus|train|tube|subway|metro|ferry)\s+"
    r"(?P<where>everywhere|to\s+work)\b"
    r"|\bI(?:'m|’m|\s+am)\s+(?:now\s+)?(?P<diet>vegan|vegetarian|pescatarian)\s+now\b"
    r"|\bI(?:'ve|’ve|\s+have)\s+(?:gone|turned|become|been)\s+(?P<diet2>vegan|vegetarian|"
    r"pescatarian)\b"
    r"|\bI\s+work\s+(?P<remote>remote(?:ly)?)\b"
    r"|\bI(?:'m|’m|\s+am)\s+off\s+(?P<off>alcohol|booze|the\s+booze|drink|sugar)\s+"
    r"(?P<until>(?:till|until)\s+[A-Z][a-z]+)",
    re.IGNORECASE,
)


def habit_facts(text: str) -> list[str]:
    """Diets, abstentions and everyday ways in the user's own ``text``."""
    facts: list[str] = []
    for match in _ABSTAIN.finditer(text):
        food = match.group("food") or match.group("food2")
        if food:
            facts.append(f"User doesn't eat {food.lower()}")
        elif match.group("sober") or match.group(0).lower().split()[-1] in ("drink", "alcohol"):
            facts.append("User doesn't drink alcohol")
        elif match.group("thing"):
            facts.append(f"User doesn't own a {match.group('thing')}")
        elif match.group("ride"):
            where = match.group("where").lower()
            facts.append(f"User takes the {match.group('ride').lower()} {where}")
        elif match.group("diet") or match.group("diet2"):
            facts.append(f"User is {(match.group('diet') or match.group('diet2')).lower()}")
        elif match.group("remote"):
            facts.append("User works remotely")
        elif match.group("off"):
            what = "alcohol" if match.group("off").lower() != "sugar" else "sugar"
            verb = "drinking" if what == "alcohol" else "eating"
            facts.append(f"User is not {verb} {what} {match.group('until')}")
    return facts


_WORKPLACES = (
    r"hospital|bakery|caf[eé]|restaurant|pub|bar|warehouse|factory|hotel|clinic|care\s+home|"
    r"nursing\s+home|supermarket|pharmacy|library|hospice|station|depot|call\s+centre|"
    r"call\s+center|mill|plant|mine|farm|garage|salon"
)
_SHIFT_AT = re.compile(
    rf"\b(?:my|a|an|the|on)\s+(?:\w+\s+)?(?:late|early|night|day|long|double|morning|evening|"
    rf"weekend|overnight)?\s*shifts?\s+at\s+the\s+(?P<place>{_WORKPLACES})\b"
    rf"|\bswitching\s+to\s+(?:night|day|early|late)\s+shifts?\s+at\s+the\s+(?P<place2>"
    rf"{_WORKPLACES})\b",
    re.IGNORECASE,
)
_YEARS_A = re.compile(
    r"\b(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"twenty-\w+|thirty|forty)\s+years\s+(?:as\s+)?(?:a|an)\s+(?P<job>[a-z]+(?:\s+[a-z]+)?)"
    r"(?=\s+(?:and|but|now|yet|so)\b|\s*[,.;!?]|$)",
    re.IGNORECASE,
)
# "As a nurse, I ...", "As a nurse on a cardiac ward I can tell you ...": the role, and
# where the user does it when the phrase names a place.
_AS_A = re.compile(
    r"(?:^|[.!?]\s+|,\s+)[Aa]s\s+(?:a|an)\s+(?P<job>[a-z]+(?:[\s-][a-z]+)?)"
    r"(?:\s+(?P<prep>on|at|in)\s+(?P<where>(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+){0,2}))?,?\s+I\b"
    r"(?!\s+(?:would|'d|’d|wonder|imagine)\b)"
)
_FULL_TIME_AT = re.compile(
    r"\bI(?:'m|’m|\s+am)\s+(?P<when>full[- ]time|part[- ]time)\s+at\s+"
    r"(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3})"
)
_NOTICE = re.compile(
    r"\b(?i:my)\s+notice\s+period\s+(?:at\s+(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\s+)?"
    r"is\s+(?P<span>(?:\d+|one|two|three|four|five|six|eight|twelve)\s+(?:weeks?|months?))",
)
_NOT_ROLE = frozenset(
    """parent mum mom dad mother father kid child woman man person tourist visitor customer
    guest fan beginner newbie""".split()
)


_HOURS = r"(?:eight|ten|twelve|fourteen|\d{1,2})"
# "three twelve-hour shifts a week", "I do 12-hour shifts": the user's own shift pattern,
# said with "I" or at the start of a sentence of the user's own ("Twelve-hour shifts in this
# heat are brutal"); "his twelve-hour shifts" is someone else's.
_LONG_SHIFTS = re.compile(
    r"(?:(?:^|[.!?:]\s+|,\s+|[^\w\s,;:'’()-]\s+)|\bI\s+(?:work|do|pull|'m\s+doing|’m\s+doing|am\s+doing)\s+)"
    rf"(?:(?P<n>two|three|four|five|[2-5])\s+)?(?P<len>{_HOURS})[-\s]hour\s+shifts\b"
    r"(?P<week>\s+(?:a|per)\s+week)?",
    re.IGNORECASE,
)
# "I work nights", "since I went back on nights", "I switched to night shifts".
_NIGHTS = re.compile(
    r"\bI\s+(?:work|do|'m\s+on|’m\s+on|am\s+on)\s+nights\b"
    r"|\bI(?:'ve|’ve)?\s+(?:went|gone|got\s+put|been\s+put|switched|moved)\s+(?:back\s+)?"
    r"(?:on|to|onto)\s+(?:nights|night\s+shifts?)\b",
    re.IGNORECASE,
)


def work_facts(text: str) -> list[str]:
    """Work the user mentions in passing: a shift's workplace, a role, a notice period."""
    facts: list[str] = []
    if _NIGHTS.search(text):
        facts.append("User works night shifts")
    for match in _LONG_SHIFTS.finditer(text):
        n = f"{match.group('n').lower()} " if match.group("n") else ""
        week = " a week" if match.group("week") else ""
        facts.append(f"User works {n}{match.group('len').lower()}-hour shifts{week}")
    for match in _SHIFT_AT.finditer(text):
        place = (match.group("place") or match.group("place2")).lower()
        facts.append(f"User works at {article(place)} {place}")
    for match in _YEARS_A.finditer(text):
        job = match.group("job").lower()
        if is_job(job):
            facts.append(f"User has been {article(job)} {job} for {match.group('n').lower()} years")
    for match in _AS_A.finditer(text):
        job = match.group("job").lower()
        if job not in _NOT_ROLE and (is_job(job) or job in ("sole trader", "freelancer")):
            facts.append(f"User is {article(job)} {job}")
            if match.group("where"):
                facts.append(f"User works {match.group('prep')} {match.group('where')}")
    for match in _FULL_TIME_AT.finditer(text):
        when = match.group("when").lower().replace(" ", "-")
        facts.append(f"User works {when} at {match.group('org')}")
    for match in _NOTICE.finditer(text):
        if match.group("org"):
            facts.append(f"User works at {match.group('org')}")
        facts.append(f"User's notice period is {match.group('span')}")
    return facts


# The diet or state itself, said beside its span: "User is vegan".
_STATE_NOW = {"plant-based": "User follows a plant-based diet"}
_DIETS = frozenset(
    {"vegan", "vegetarian", "plant-based", "pescatarian", "gluten-free", "dairy-free"}
)

_DIET_SPAN = re.compile(r"^User has been (?P<diet>[\w-]+) for ")


def diets_now(facts: list[str]) -> list[str]:
    """ "User has been vegan for five years" -> "User is vegan": a diet holds now as well
    as for the span; "two years sober" is a milestone, said as its span only."""
    found = []
    for fact in facts:
        span = _DIET_SPAN.match(fact)
        if span is not None and span.group("diet").lower() in _DIETS:
            diet = span.group("diet").lower()
            found.append(_STATE_NOW.get(diet, f"User is {diet}"))
    return found
