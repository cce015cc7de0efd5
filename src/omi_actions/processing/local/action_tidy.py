"""Trimming what a task phrase drags along after its object.

The due date already says when; the phrase keeps what to do. "Pay the term fee
before her first session" -> "Pay the term fee"; "Email the photos to Ethan when
his grandpa shows me how" -> "Email the photos to Ethan"; a run-on phrase of more
than a dozen words stops at its first comma; "between and" left by the removal of
two clock times goes.
"""

from __future__ import annotations

import re

# "before her first session", "before the first class", "before sending anything".
_BEFORE = re.compile(
    r",?\s+before\s+(?:(?:her|his|their|the|your|my|its|our)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+|"
    r"\w+ing\b[^,]*)\s*$",
    re.IGNORECASE,
)
# "when Ethan's grandpa shows me how", "once the card arrives": a condition of timing.
_WHEN = re.compile(r",?\s+(?:when|once|as\s+soon\s+as)\s+[^,]+$", re.IGNORECASE)
_EMPTY_RANGE = re.compile(r"\s+(?:between|from)\s+(?:and|to)\s*$", re.IGNORECASE)
_MAX_WORDS = 12


def tidy(description: str) -> str:
    text = _EMPTY_RANGE.sub("", description.strip())
    for pattern in (_BEFORE, _WHEN):
        shorter = pattern.sub("", text)
        if len(shorter.split()) >= 3:
            text = shorter
    if len(text.split()) > _MAX_WORDS and "," in text:
        head, tail = text.split(",", 1)
        # "be home to let him in, or leave a key with the super": an alternative stays.
        if len(head.split()) >= 3 and not re.match(r"\s*or\b", tail, re.IGNORECASE):
            text = head
    return text.strip(" ,")
