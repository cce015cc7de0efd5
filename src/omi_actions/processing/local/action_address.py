"""Whom a sentence is said to: a request tagged or addressed by name to another
speaker ("@Chen can you ...", "Jordan - can you chase legal?", "Tasha, uniforms. Can you
get the order in?") is that person's task, not the user's."""

from __future__ import annotations

import re

from omi_actions.processing.local import grammar
from omi_actions.processing.local.text import Document, Sentence

_VOCATIVE = re.compile(
    r"^(?:(?:and|also|oh|ok|okay)\s*,?\s+)?(?P<name>[A-Z][a-z]+)\s*(?:,|\s[-—–]|:)\s+",
    re.IGNORECASE,
)

# In an e-mail the user is only cc'd on, what is asked of everyone or of the cc'd reader.
_TO_ALL = re.compile(
    r"\b(?:everyone|everybody|all\s+of\s+you|you\s+all|y'?all|each\s+of\s+you|"
    r"(?:for|to)\s+(?:you|those)\s+(?:of\s+you\s+)?(?:on|in)\s+cc|cc'?d)\b",
    re.IGNORECASE,
)
# "@Chen can you ...", "@Sofia the deploy failed" (not "@dana requested your review").
_MENTION = re.compile(r"^\s*@(?P<name>[\w.-]+)\b(?!\s+\w+(?:ed|s)\b)")


def _addressed_elsewhere(sentence: Sentence, document: Document) -> bool:
    """ "Jordan - can you chase legal?" said to someone else than the user."""
    if document.user_cc_only:
        return not _TO_ALL.search(sentence.text)
    mention = _MENTION.match(sentence.text)
    if mention is not None:
        # "@Chen can you update the notes": a task for Chen, unless the user is tagged.
        return mention.group("name").lower() not in ("me", "all", "everyone", "here", "channel")
    vocative = _VOCATIVE.match(sentence.text)
    if vocative is None:
        # "Tasha, uniforms. Can you get the order in?": the name opened the turn.
        name = _turn_addressees(document).get(id(sentence))
        if name is None:
            return False
        return name in {n.split()[0] for n in document.speakers if n.lower() != "me"}
    name = vocative.group("name").capitalize()
    if name.lower() in grammar.TASK_VERBS or name.lower() in ("hi", "hey", "yes", "no", "sure"):
        return False
    others = {n.split()[0] for n in document.speakers if n.lower() != "me"}
    return name in others or (document.recipient is not None and name != document.recipient)


# "Tasha, uniforms." / "Priya - budget.": a name and a topic of one to three words.
_CALLED = re.compile(r"^(?P<name>[A-Z][a-z]+)\s*(?:,|\s[-—–])\s+(?:[\w'’&-]+\s*){1,3}[.!:]?$")
# One document at a time: its sentence list (kept, so its id is not reused) and, per
# sentence, the name that opened its turn.
_cache: list[tuple[list[Sentence], dict[int, str]]] = []


def _turn_addressees(document: Document) -> dict[int, str]:
    """id(sentence) -> the name said alone at the start of its turn, for the rest of it."""
    entry = _cache[0] if _cache else None
    if entry is not None and entry[0] is document.sentences:
        return entry[1]
    found: dict[int, str] = {}
    turn: tuple[int, str] | None = None
    # Among three or more people, a turn that answers another person's question
    # ("Noah: can I have twenty bucks?" - "Lauren: Ask your dad") speaks to the asker.
    group = len({s.speaker for s in document.sentences if s.speaker}) >= 3
    previous: Sentence | None = None
    for sentence in document.sentences:
        called = _CALLED.match(sentence.text.strip())
        if called is not None:
            turn = (sentence.turn, called.group("name"))
        elif turn is not None and turn[0] == sentence.turn:
            found[id(sentence)] = turn[1]
        elif (
            group
            and previous is not None
            and previous.turn != sentence.turn
            and previous.speaker
            and previous.speaker != sentence.speaker
            and previous.from_user is False
            and sentence.from_user is False
            and previous.text.rstrip().endswith("?")
        ):
            # the answer only: "Snacks. Can you take the first match?" turns to the user
            found[id(sentence)] = previous.speaker.split()[0]
            turn = None
        else:
            turn = None
        previous = sentence
    _cache[:] = [(document.sentences, found)]
    return found
