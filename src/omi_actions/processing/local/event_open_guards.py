"""Checks that keep a sentence from opening a frame for the user's own plan.

A habit rather than one event (unless the first of a series is dated), a turn
addressed to another speaker, a shift the user was only asked to cover, an invitation
to two other people, a plan noun said as a verb ("I'll scan and send them"), and a
lecturer's office hours the user is not going to.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.dates import DateMention
from omi_actions.processing.local.event_dates import _VAGUE_DAY
from omi_actions.processing.local.text import Document, Sentence

# A habit, not one calendar event ("on Tuesday evenings", "every Monday").
_RECURRING = re.compile(
    r"\b(?:every|each)\s+(?:day|week|month|morning|evening|night|other|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\b|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:mornings|evenings|nights|afternoons)\b",
    re.IGNORECASE,
)


# "Training is Tuesdays 6-7:30pm, starting on the 28th": a series whose first day is said.
_SERIES_START = re.compile(
    r"\b(?:starting|starts|start|beginning|begins|begin|kicks?\s+off|commencing|from)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _first_of_series(text: str, mentions: list[DateMention]) -> bool:
    return any(
        m.has_day
        and not m.past
        and not _VAGUE_DAY.search(m.phrase)
        and _SERIES_START.search(text[max(0, m.start - 20) : m.start])
        for m in mentions
    )


_VOCATIVE = re.compile(r"^\W*(?P<name>[A-Z][a-z]+),\s")


def _addressed_to_another(sentence: Sentence, document: Document) -> bool:
    """Whether the turn opens by naming another speaker of the conversation ("Ben, ...")."""
    first = next((s for s in document.sentences if s.turn == sentence.turn), sentence)
    called = _VOCATIVE.match(first.text)
    if called is None:
        return False
    name = called.group("name")
    return any(
        s.speaker and s.speaker.split()[0] == name and s.from_user is False
        for s in document.sentences
    )


# Asked to take someone's shift: "could you cover his shift", "can you take my shift".
_ASKED_TO_COVER = re.compile(
    r"\b(?:could|can|would|will)\s+(?:you|u)\s+(?:possibly\s+|please\s+)?"
    r"(?:cover|take|work|do|pick\s+up)\b|\bif\s+you\s+could\s+(?:cover|take|work)\b",
    re.IGNORECASE,
)
# Another speaker and a third person, without the user: "Mark and I got invited".
_THEY_AND_I = re.compile(
    r"\b(?:[A-Z][a-z]+|(?i:he|she|my\s+\w+))\s+and\s+I\s+(?:got|were|are|have\s+been|'ve\s+been)"
    r"\s+invited\b"
)
# A plan noun said as a verb: "I'll scan and send them", "we need to test it".
_AS_A_VERB = re.compile(
    r"\b(?:i'?ll|we'?ll|you'?ll|i\s+will|we\s+will|i\s+can|we\s+can|to|gonna|let'?s|"
    r"please)\s+$",
    re.IGNORECASE,
)
_VERB_OBJECT = re.compile(
    r"\s+(?:and|it|them|those|these|this|that|a|an|my|your|his|her|our|their|"
    r"everything|all|out|up|over|through)\b",
    re.IGNORECASE,
)


# Going to office hours oneself ("I'll stop by office hours Thursday").
_ATTENDING = re.compile(
    r"\b(?:i'?ll|i\s+will|i'?m\s+going|i\s+am\s+going|we'?ll|let'?s|see\s+you|"
    r"meet\s+(?:me|you)|come\s+(?:to|by)|stop\s+by|swing\s+by|going\s+to|head(?:ing)?\s+to)\b",
    re.IGNORECASE,
)
