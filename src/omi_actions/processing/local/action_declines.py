"""Requests the user turned down or passed on in the reply.

"Can you cover her shift on Wednesday?" - "I can't on Wednesday, it's my son's
graduation" leaves the user nothing to do; so does "Could you post it?" - "Mum's
coming up on the 20th, she'll bring it", or "Could Tom present?". Only the last
request of the asker's turn is answered by the reply, and a counter-offer in the
same sentence ("I can't by Monday, but I'll send it Tuesday") is the user's own
commitment, found on its own.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.action_context import _Candidate
from omi_actions.processing.local.text import Document, Sentence

_OPENER = (
    r"^(?:(?:oh|ah|hmm+|um+|uh|sorry|so\s+sorry|no|nope|nah|ugh|unfortunately|honestly|morning|"
    r"hey|hi)[,.!…]*\s+)*"
)
_REFUSAL = re.compile(
    _OPENER + r"(?:i\s+(?:really\s+)?(?:can'?t|cannot|can\s+not|won'?t\s+be\s+able|"
    r"wo(?:n'?t|\s+not)\s+make)(?!\s+wait\b)|can'?t(?!\s+wait\b)\s+(?:on|this|that|do|make|tomorrow|today|tonight)\b|"
    r"not\s+(?:this|that|on|tomorrow|today|tonight|next)\b|no\s+can\s+do\b|"
    r"i'?m\s+(?:afraid|sorry)\s+i\s+can'?t\b|i'?m\s+(?:on\s+leave|away|off|out\s+of\s+(?:town|"
    r"the\s+country|office)|not\s+(?:around|free|available|in\s+town)|busy)\b)",
    re.IGNORECASE,
)
# "Could Tom present?", "Ask Priya, she ran it last term", "she'll bring it".
_REDIRECT = re.compile(
    r"(?:^|[,.!?]\s*)(?:could|can|would|maybe)\s+(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)"
    r"(?-i:[A-Z][a-z]+)\s+(?!you\b)\w+"
    r"|^(?:just\s+)?ask\s+(?-i:[A-Z][a-z]+)\b"
    r"|\b(?:she|he|they|(?-i:[A-Z][a-z]+))(?:'ll|’ll|\s+will|\s+can)\s+(?:bring|do|take|handle|"
    r"get|send|post|cover|drop|pick|sort|grab)\s+(?:it|that|them|this|those|him|her)\b",
    re.IGNORECASE,
)
_COUNTER_OFFER = re.compile(r"\b(?:but|though)\b.*\bI(?:'ll|’ll|\s+will|\s+can)\b", re.IGNORECASE)
_ASKED = frozenset({"request", "imperative"})


def declined(candidate: _Candidate, candidates: list[_Candidate], document: Document) -> bool:
    """The user's reply to this request turns it down or hands it to someone else."""
    if candidate.sentence.from_user is not False or candidate.kind not in _ASKED:
        return False
    asker = candidate.sentence.speaker
    later = [
        c
        for c in candidates
        if c is not candidate and c.index > candidate.index and c.sentence.speaker == asker
    ]
    reply = _reply(candidate.index, asker, document)
    if not reply:
        return False
    if any(c.index < _index_of(reply[0], document) for c in later):
        return False  # the reply answers a later request of the same turn
    for sentence in reply[:3]:
        text = sentence.text.strip()
        if _REFUSAL.search(text) and not _COUNTER_OFFER.search(text):
            return True
        if _REDIRECT.search(text):
            return True
    return False


def _reply(index: int, asker: str | None, document: Document) -> list[Sentence]:
    """The user's sentences answering the asker's turn that holds ``index``."""
    sentences = document.sentences
    position = index + 1
    while position < len(sentences) and sentences[position].speaker == asker:
        position += 1
    reply: list[Sentence] = []
    while position < len(sentences) and sentences[position].from_user is True:
        reply.append(sentences[position])
        position += 1
    return reply


def _index_of(sentence: Sentence, document: Document) -> int:
    return next((i for i, s in enumerate(document.sentences) if s is sentence), -1)
