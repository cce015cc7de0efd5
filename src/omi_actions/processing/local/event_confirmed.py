"""A booking confirmed to the user with its day and time but not its name ("you're
confirmed on the 09:15 Sunday", "Great news, confirmed for Wednesday at 15:00 with Dr.
Ibrahim"): the plan is what the exchange is about."""

from __future__ import annotations

import re

from omi_actions.processing.local.dates import DateMention
from omi_actions.processing.local.event_offers import _earlier_plan
from omi_actions.processing.local.text import Document, Sentence

# Said to the user by the side that holds the booking; "I confirmed the order" or
# "is that confirmed?" are not confirmations of a time.
_CONFIRMED = re.compile(
    r"(?:^|[,:;—–-]\s*|\b(?:you'?re|you\s+are|you'?ve\s+been|that'?s|it'?s|all)\s+)"
    r"(?:confirmed|re-?booked|booked\s+in)\s+(?:on|onto|for)\b",
    re.IGNORECASE,
)
# Words of a journey around the booking: the seat or departure is a flight or train.
_JOURNEY = re.compile(
    r"\b(?P<flight>flight|departure|boarding|gate|seat\s+\d|route|fly|flying|airport)\b|"
    r"\b(?P<train>train|platform|carriage|coach\s+[a-z]\b)",
    re.IGNORECASE,
)


def confirmed_plan(
    sentence: Sentence, document: Document, index: int, mentions: list[DateMention]
) -> str | None:
    """The plan a confirmed day and time is for, or None when the sentence confirms
    no time to the user."""
    cue = _CONFIRMED.search(sentence.text)
    if cue is None or sentence.from_user is True or "?" in sentence.text[cue.end() :]:
        return None
    if not any(
        m.has_day and m.has_time and not m.past and m.start >= cue.start() for m in mentions
    ):
        return None
    around = " ".join(s.text for s in document.sentences[max(0, index - 4) : index + 2])
    journey = _JOURNEY.search(around)
    if journey is not None:
        return "Flight" if journey.group("flight") else "Train"
    return _earlier_plan(document, index)
