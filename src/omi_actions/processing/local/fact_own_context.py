"""Who talks to whom, and the small helpers every passing-mention rule shares.

A passing mention is a fact about the user only when the user says it or is the
one addressed; these checks decide that once for the ``fact_own_*`` rules.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.text import Document

# Small helpers, compiled once (the ``re`` module's cache is shared by every rule).
WS = re.compile(r"\s+")
NAME_SPLIT = re.compile(r"[\s.()]+")
_YOU_WORD = re.compile(r"\byour?\b", re.I)
# Capitalised at the start of a sentence, never a pet's or a child's name.
COMMON = frozenset(
    """Everything Everyone Nothing Something Anything Thanks Sorry Yes Okay Great Good Well
    Right Sure Hello Lovely Perfect Brilliant Fine Also And But Then Now Just Let Our Your
    His Her Their That This There Today Tomorrow Tonight Which What Who Why Where""".split()
)
VET = re.compile(
    r"\b(?:vet|vets|veterinar\w*|animal\s+(?:hospital|clinic)|pet\s+insur\w*|spay\w*|"
    r"neuter\w*|boosters?|rabies)\b",
    re.IGNORECASE,
)


def name_group(tag: str) -> str:
    return rf"(?P<{tag}>[A-Z][a-z]{{2,}})"


def article(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


def addressed(document: Document) -> bool:
    """The other side talks to the user: one other speaker, a mail or a voicemail."""
    if document.kind in ("email", "voicemail"):
        return True
    if document.kind not in ("transcript", "chat"):
        return False
    others = {s.speaker for s in document.sentences if s.from_user is False and s.speaker}
    return any(s.from_user is True for s in document.sentences) and 1 <= len(others) <= 2


def single_sender(document: Document) -> bool:
    """A message from one sender to the user with no reply ("Pharmacy: your refill ...")."""
    if document.kind != "chat":
        return False
    senders = {s.speaker for s in document.sentences if s.speaker}
    return (
        len(senders) == 1
        and all(s.from_user is not True for s in document.sentences)
        and bool(_YOU_WORD.search(document.body))
    )
