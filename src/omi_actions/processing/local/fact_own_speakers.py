"""Which side of an unlabelled two-speaker transcript is the user.

A recording labelled only "Speaker 0" / "Speaker 1" does not say who the user is. In a
service conversation one side talks about the other's things ("your prescription is
ready", "your vitamin D is low") and never the reverse; the addressed side, speaking in
the first person, is the one whose life the talk is about: the user. Anything less clear
(both sides say "your", neither does, the addressed side never says "I"/"my") leaves the
transcript as it is: nothing in it is read as the user's.
"""

from __future__ import annotations

import re
from dataclasses import replace

from omi_actions.processing.local.text import Document

_ANONYMOUS = re.compile(r"^(?:speaker|spk|s)\s*_?\d+$", re.IGNORECASE)
# "your" before a noun; not "your welcome"-type slips or "you're".
_YOUR = re.compile(r"\byour\s+(?!welcome\b)[a-z]", re.IGNORECASE)
_FIRST = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|my|My)\b")


def addressed_user(document: Document) -> Document | None:
    """``document`` with the addressed side marked as the user, or None when unclear."""
    if document.kind != "transcript" or any(s.from_user is not None for s in document.sentences):
        return None
    speakers = {s.speaker for s in document.sentences}
    if len(speakers) != 2 or not all(s and _ANONYMOUS.match(s) for s in speakers):
        return None
    your: dict[str, int] = {}
    first: dict[str, int] = {}
    for sentence in document.sentences:
        name = sentence.speaker or ""
        your[name] = your.get(name, 0) + len(_YOUR.findall(sentence.text))
        first[name] = first.get(name, 0) + len(_FIRST.findall(sentence.text))
    talkers = [name for name in speakers if name and your.get(name, 0) > 0]
    if len(talkers) != 1:
        return None
    user = next(name for name in speakers if name != talkers[0])
    if not user or first.get(user, 0) == 0:
        return None
    return replace(
        document,
        sentences=[replace(s, from_user=s.speaker == user) for s in document.sentences],
    )
