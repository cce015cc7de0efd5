"""Where the user comes from and life news: origins, moves, jobs started or left.

A post or an aside ("born and raised in Leeds", "last day at Acme after six
years", "goodbye Boston, hello Denver") carries the user's story.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_own_context import COMMON, article
from omi_actions.processing.local.fact_people import _NOT_CHILD
from omi_actions.processing.local.fact_self import is_job

_AFTER_YEARS_WORD = re.compile(r"\bafter\s+\w+\s+years\s+(?:at|with)\b", re.I)

_PLACE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_YEARS = (
    r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty"
)
_ORIGIN = re.compile(
    rf"(?:^|[.!?;]\s+|,\s+(?:and\s+)?|\bI\s+was\s+)(?i:born)\s+(?:and\s+raised\s+)?in\s+"
    rf"(?P<born>{_PLACE})"
    rf"|(?:^|[.!?;]\s+|,\s+(?:and\s+)?|\bI\s+)(?i:grew)\s+up\s+in\s+(?P<grew>{_PLACE})"
    rf"|\bI(?:'ve|’ve|\s+have)\s+(?:lived|been)\s+in\s+(?P<lived>{_PLACE})\s+(?:for\s+)?"
    rf"(?P<n>{_YEARS})\s+years\b"
    rf"|\b(?i:after|following)\s+(?P<n2>{_YEARS})\s+years\s+in\s+(?P<was>{_PLACE})"
    rf"(?=\s*,?\s+(?i:we|I)\b)",
)
# "the dog", "one very spoiled cat" in the user's own words: the user's pet.
_THE_PET = re.compile(
    r"\b(?:the|one|our)\s+(?:(?:very|little|old|new|big)\s+[a-z]+\s+)?(?P<pet>dog|cat)\b"
    r"(?!\s*(?:park|food|show|walker|sitter|hair|next\s+door|groomer|flap|treats?|owners?|"
    r"people|person|friendly|lover|years?)\b|(?:'s|’s)\s+owner)",
    re.IGNORECASE,
)
_ENGAGED = re.compile(
    r"\b(?P<name>[A-Z][a-z]{2,})\s+and\s+I\s+(?:are|'re|’re)\s+(?:(?:getting|to\s+be)\s+married|"
    r"engaged)\b"
)


def home_facts(text: str) -> list[str]:
    """Where the user was born, grew up or has lived; a pet or a fiancé in passing."""
    facts: list[str] = []
    for match in _ORIGIN.finditer(text):
        if match.group("born"):
            facts.append(f"User was born in {match.group('born')}")
        elif match.group("grew"):
            facts.append(f"User grew up in {match.group('grew')}")
        elif match.group("lived"):
            years = match.group("n").lower()
            facts.append(f"User has lived in {match.group('lived')} for {years} years")
        else:
            facts.append(
                f"User lived in {match.group('was')} for {match.group('n2').lower()} years"
            )
    pets = {m.group("pet").lower() for m in _THE_PET.finditer(text)}
    facts.extend(f"User has a {pet}" for pet in sorted(pets))
    for match in _ENGAGED.finditer(text):
        if match.group("name") not in _NOT_CHILD and match.group("name") not in COMMON:
            facts.append(f"User is engaged to {match.group('name')}")
    return facts


_ORG = r"[A-Z][\w&'’.-]*(?:\s+(?:&\s+|of\s+|the\s+)?[A-Z][\w&'’.-]*){0,4}"
_ROLE = r"(?:a\s+|an\s+|the\s+)?(?P<role>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)"
_WORK_NEWS = re.compile(
    rf"\b(?i:last\s+day\s+at)\s+(?P<left>{_ORG})"
    rf"|\b(?i:first\s+day\s+as)\s+{_ROLE}\s+at\s+(?P<org>{_ORG})"
    rf"|(?:^|[:.!?]\s+|(?<!love\s)(?<!like\s)(?<!want\s)(?<!hope\s)(?<!wish\s)\bto\s+|"
    rf"\bI(?:'m|’m|\s+am|'ll\s+be|’ll\s+be|\s+will\s+be)\s+)(?i:join(?:ing)?)\s+(?P<joined>{_ORG})\s+as\s+(?:a\s+|an\s+|the\s+)?"
    rf"(?P<as>[a-zA-Z][\w-]*(?:\s+[a-zA-Z][\w-]*){{0,3}}?)(?=\s*(?:[.!,;(]|$|\s+(?:in|on|from|at|next|this)\b))"
    rf"|(?:^|[:.!?]\s+)(?i:moving|relocating)\s+to\s+(?P<moving>{_PLACE})"
    rf"|(?:^|[.!?]\s+)(?i:goodbye|bye)\s+(?P<from>{_PLACE}),\s+(?i:hello)\s+(?P<to>{_PLACE})",
)
_SPAN_YEARS = re.compile(
    rf"\b(?P<n>{_YEARS})\s+(?:wonderful\s+|amazing\s+|incredible\s+|great\s+)?years\b",
    re.IGNORECASE,
)
_AFTER_YEARS_AT = re.compile(
    rf"\b(?i:after|following)\s+(?P<n>{_YEARS})\s+(?:[a-z]+\s+)?years\s+(?:at|with)\s+"
    rf"(?P<org>{_ORG})"
)
_PLURAL_PETS = re.compile(
    r"\b(?:my|our)\s+(?P<n>two|three|four|five|\d)\s+(?P<what>cats|dogs|rabbits|horses)\b",
    re.IGNORECASE,
)
_THE_TWINS = re.compile(r"\b(?:the|our|my)\s+twins\b", re.IGNORECASE)


def news_facts(text: str) -> list[str]:
    """Job and home news in a post: a last or first day, a move, a new role, a household."""
    facts: list[str] = []
    for match in _WORK_NEWS.finditer(text):
        if match.group("left"):
            span = _SPAN_YEARS.search(text[match.end() : match.end() + 80])
            years = f" for {span.group('n').lower()} years" if span is not None else ""
            facts.append(f"User worked at {match.group('left')}{years}")
        elif match.group("org"):
            role = match.group("role")
            facts.append(f"User is {article(role)} {role} at {match.group('org')}")
        elif match.group("joined"):
            role = match.group("as")
            if is_job(role):
                facts.append(f"User is joining {match.group('joined')} as {article(role)} {role}")
        elif match.group("moving"):
            facts.append(f"User is moving to {match.group('moving')}")
        else:
            facts.append(f"User is moving from {match.group('from')} to {match.group('to')}")
    for match in _AFTER_YEARS_AT.finditer(text):
        if not _AFTER_YEARS_WORD.search(match.group(0)):
            facts.append(
                f"User worked at {match.group('org')} for {match.group('n').lower()} years"
            )
    for match in _PLURAL_PETS.finditer(text):
        facts.append(f"User has {match.group('n').lower()} {match.group('what').lower()}")
    if _THE_TWINS.search(text):
        facts.append("User has twins")
    return facts
