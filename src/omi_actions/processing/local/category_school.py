"""Coursework cues: when a text is about a class, its work words are school work.

Students talk about projects, deadlines, reports, presentations and drafts in
the words of an office ("the project deadline moved", "I'll have a draft up by
Friday"). With two or more distinct coursework cues (an assignment, a lab
report, a professor, office hours, a course portal, a seminar) the generic
work words are read as school work: education gains and work loses weight.
"""

from __future__ import annotations

import re

_COURSEWORK = re.compile(
    r"(?i)\b(?:assignments?|lab\s+reports?|professor|prof\.|lecturer|lectures?|seminars?|"
    r"modules?|coursework|course(?:\s+portal)?|syllabus|recitation|tutorials?|midterms?|"
    r"final\s+exams?|exams?|office\s+hours|semester|term\s+paper|canvas|moodle|blackboard|"
    r"classmates?|group\s+project|study\s+group|rubric|essay|dissertation|thesis|"
    r"problem\s+sets?|homework|extension|submit(?:ted)?\s+(?:it\s+)?(?:on|through|via)|"
    r"for\s+(?:the|our|my)\s+class|in\s+class|(?:organic\s+)?chem(?:istry)?\s+(?:lab|class|deck)|"
    r"anki|flashcards|cramming|revision|grades?)\b"
)


def coursework_cues(text: str) -> int:
    """How many distinct coursework cues the text has."""
    return len({re.sub(r"\s+", " ", m.group(0).casefold()) for m in _COURSEWORK.finditer(text)})
