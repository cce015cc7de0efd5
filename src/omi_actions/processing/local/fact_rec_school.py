"""A school's letter to a parent about their child: the child's start date and class
teacher ("your son Alfie ... His start date will be ... His class teacher will be Mr.
Achebe"; "Class teacher: Mr. Doyle"; "Tobi's enrollment ... Classes begin ...")."""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.fact_clean import _iso_when

_CHILD = re.compile(r"\b(?i:your)\s+(?P<rel>son|daughter|child)\s+(?P<name>[A-Z][a-z]+)\b")
_ENROLLED = re.compile(r"\b(?P<name>[A-Z][a-z]+)['’]s\s+(?:enrol(?:l)?ment|place|admission)\b")
_SCHOOL = re.compile(
    r"\b(?P<school>[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}\s+(?:(?:Primary|Elementary|Secondary|"
    r"High|Middle|Public|Grammar|Junior|Infant)\s+)?School)\b"
)
_TEACHER = re.compile(
    r"\bclass\s+teacher\s*(?::|will\s+be|is)\s*(?P<who>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Mme)\.?\s+"
    r"[A-Z][\w'’-]+)",
    re.I,
)
_START = re.compile(
    r"\b(?:(?:his|her|their)\s+start\s+date\s+(?:will\s+be|is)|start\s+date\s*:|classes\s+"
    r"(?:begin|start)|(?:term|school)\s+starts)\s+(?:on\s+)?(?P<when>[^.\n|]{4,40})",
    re.I,
)


def school_letters(text: str, reference: datetime) -> list[str]:
    """ "your son Alfie ... start date will be Monday 4 January 2027" -> the child's start."""
    school = _SCHOOL.search(text)
    if school is None:
        return []
    child = _CHILD.search(text)
    if child is not None:
        rel, name = child.group("rel").lower(), child.group("name")
    else:
        enrolled = _ENROLLED.search(text)
        if enrolled is None:
            return []
        rel, name = "child", enrolled.group("name")
    facts: list[str] = []
    teacher = _TEACHER.search(text)
    if teacher is not None:
        facts.append(f"User's {rel} {name}'s class teacher is {teacher.group('who')}")
    start = _START.search(text)
    day = _iso_when(start.group("when"), reference) if start else None
    if day is not None:
        facts.append(f"User's {rel} {name} starts at {school.group('school')} on {day[:10]}")
    return facts


__all__ = ["school_letters"]
