"""Dropping duplicate and handed-off action items: the same task said twice, a
request taken up by the user's reply, a task someone else took on or was
delegated to, a reply that only says where to send what the user promised, and
turning the kept candidates into ``ActionItem``s.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from omi_actions.processing.local.action_context import _PARTICLES, _Candidate
from omi_actions.processing.local.text import Document, Sentence
from omi_actions.processing.schemas import ActionItem

_DUPLICATE_RATIO = 85.0


_CONTENT_STOP = frozenset(
    """the a an to for of on in at by with and or my your their his her our it this that these
    those before after tomorrow today tonight morning afternoon evening monday tuesday wednesday
    thursday friday saturday sunday next week""".split()
)


def _content_words(text: str) -> set[str]:
    words = re.findall(r"[a-z0-9'-]+", text.lower())[1:]  # without the verb
    return {w for w in words if w not in _CONTENT_STOP}


def _same_task(a: _Candidate, b: _Candidate) -> bool:
    if fuzz.token_set_ratio(a.core.lower(), b.core.lower()) >= _DUPLICATE_RATIO:
        return True
    if a.verb.lower() == b.verb.lower() == "rsvp" and a.sentence.speaker == b.sentence.speaker:
        return True  # one sender's invitation asks for one answer, however often it is said
    # Same verb and object ("Call the vet about X" / "Call the vet tomorrow").
    wa, wb = a.core.lower().split(), b.core.lower().split()
    # "drop off the parcel" / "drop the parcel at the locker": the particle aside.
    wa = wa[:1] + [w for w in wa[1:2] if w not in _PARTICLES] + wa[2:]
    wb = wb[:1] + [w for w in wb[1:2] if w not in _PARTICLES] + wb[2:]
    span = 4 if wa[:2] == ["make", "sure"] else 3
    if len(wa) >= span and len(wb) >= span and wa[:span] == wb[:span]:
        return True
    # The same object and destination said twice by one speaker, close together
    # ("run the mockups past legal" ... "send the mockups to legal on Tuesday").
    ca, cb = _content_words(a.core), _content_words(b.core)
    shared = ca & cb
    if _takes_up(a, b) or _takes_up(b, a):
        return True
    return (
        a.sentence.speaker == b.sentence.speaker
        and abs(a.index - b.index) <= 4
        and len(shared) >= 2
        and len(shared) >= 0.6 * min(len(ca), len(cb))
    )


_OTHER_TAKES = re.compile(
    r"\bI(?:'ll|’ll|\s+will|\s+can|\s+could)\s+(?:just\s+|also\s+)?(?:\w+\s+)?"
    r"(?:get|grab|buy|pick\s+up|do|take|handle|bring|make|book|call|order|send)\b(?P<rest>.*)",
    re.IGNORECASE,
)


_DELEGATE = re.compile(
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+|also\s+)?(?P<rest>[a-z].+)", re.IGNORECASE
)


# "I'll ask her to send them", "I'll get Sam to book it": the user passes the task on.
_PASS_ON = re.compile(
    r"\bI(?:'ll|’ll|\s+will|\s+can)\s+(?:just\s+)?(?:ask|get|have)\s+"
    r"(?:her|him|them|[A-Z][a-z]+)\s+(?:to\s+)?(?P<verb>[a-z]+)\b"
)


def _delegated(candidate: _Candidate, document: Document) -> bool:
    """ "the form is due Friday" / "Me: can you do the daycare form?": asked of someone else."""
    if candidate.sentence.from_user is not False:
        return False
    own = _content_words(candidate.core)
    following = document.sentences[candidate.index + 1 : candidate.index + 3]
    for position, sentence in enumerate(following, start=candidate.index + 1):
        if sentence.from_user is not True:
            continue
        passed = _PASS_ON.search(sentence.text)
        if passed is not None and passed.group("verb").lower() == candidate.verb.lower():
            return True  # "I need the receipts" - "Me: I'll ask Fiona to send them": hers
        asked = _DELEGATE.search(sentence.text)
        if asked is None or not own & _content_words("x " + asked.group("rest")):
            continue
        replies = document.sentences[position + 1 : position + 3]
        return any(r.from_user is False and _ACCEPT_OTHER.search(r.text) for r in replies)
    return False


_ACCEPT_OTHER = re.compile(
    r"^(?:(?:fine|sure|ok|okay|yes|yeah|yep|of\s+course|no\s+problem)[,!. ]*)*"
    r"(?:i'?ll|i\s+will|i\s+can|will\s+do|on\s+it|got\s+it|sure|ok|okay|yes|yep|no\s+problem)\b",
    re.IGNORECASE,
)


def _handed_off(candidate: _Candidate, document: Document) -> bool:
    """ "Me: I have to buy a lunchbox" / "Partner: I'll get the lunchbox": not the user's."""
    if _delegated(candidate, document):
        return True
    if candidate.sentence.from_user is not True or candidate.kind != "commitment":
        return False
    own = _content_words(candidate.core)
    for sentence in document.sentences[candidate.index + 1 : candidate.index + 4]:
        if sentence.from_user is not False:
            continue
        match = _OTHER_TAKES.search(sentence.text)
        if match is not None and own & _content_words("x " + match.group("rest")):
            return True
    return False


def _takes_up(request: _Candidate, reply: _Candidate) -> bool:
    """ "I'd ask your teachers" ... "Me: I'll ask Ms. Greene on Monday": one task."""
    return (
        request.sentence.from_user is not True
        and (
            request.kind == "request"
            or (request.kind == "imperative" and _messages_up(request, reply))
        )
        and reply.sentence.from_user is True
        and reply.kind == "commitment"
        and 0 < reply.index - request.index <= 4
        and 0 < reply.sentence.turn - request.sentence.turn <= 2
        and (
            request.verb.lower() == reply.verb.lower()
            or _books_up(request, reply)
            or _messages_up(request, reply)
            or _same_family(request, reply)
        )
    )


# Verbs that do the same errand: "send the form back" is done by "I'll post it".
_FAMILIES = (
    frozenset("send mail post return email forward".split()),
    frozenset("buy get grab order".split()),
)


def _same_family(request: _Candidate, reply: _Candidate) -> bool:
    a, b = request.verb.lower(), reply.verb.lower()
    return any(a in family and b in family for family in _FAMILIES) and bool(
        _content_words(request.core) & _content_words(reply.core)
    )


# Ways of getting a message to someone: "tell Marcus" is done by "I'll text him".
_MESSAGE = frozenset("tell ask text call email message ring phone ping remind let contact".split())


_TOPIC = re.compile(r"\s(?:about|that|re)\s.+$", re.IGNORECASE)


def _messages_up(request: _Candidate, reply: _Candidate) -> bool:
    """ "And tell Marcus" ... "Me: I'll text him tomorrow": one message to one person."""
    return (
        request.verb.lower() in _MESSAGE
        and reply.verb.lower() in _MESSAGE
        and bool(_content_words(request.core) & _content_words(reply.core))
    )


_GET_DONE = frozenset({"get", "have", "do", "go", "see"})
_BOOK = frozenset({"book", "schedule", "arrange", "set"})


def _books_up(request: _Candidate, reply: _Candidate) -> bool:
    """ "You should get a follow-up scan" ... "Me: I'll book that": booking it is the task."""
    return (
        request.verb.lower() in _GET_DONE
        and reply.verb.lower() in _BOOK
        and bool(_content_words(request.core) & _content_words(reply.core))
    )


def _dedupe(candidates: list[_Candidate]) -> list[ActionItem]:
    kept: list[_Candidate] = []
    for candidate in candidates:
        duplicate = next((k for k in kept if _same_task(candidate, k)), None)
        if duplicate is not None and _takes_up(duplicate, candidate):
            # Keep the more specific wording; the user's own words date the task.
            if _messages_up(duplicate, candidate) and duplicate.verb != candidate.verb:
                # "let Omar know about the move" + "I'll email him": the user's way, the topic.
                topic = _TOPIC.search(duplicate.description)
                tail = topic.group(0) if topic and not _TOPIC.search(candidate.core) else ""
                duplicate.description = candidate.description + tail
                duplicate.core = candidate.core + tail
            elif (
                _same_family(duplicate, candidate)
                and duplicate.verb.lower() != candidate.verb.lower()
            ):
                # "send the card back" + "I'll post it": the user's own way of doing it.
                duplicate.description, duplicate.core = candidate.description, candidate.core
            elif _books_up(duplicate, candidate) or len(_content_words(candidate.core)) > len(
                _content_words(duplicate.core)
            ):
                duplicate.description, duplicate.core = candidate.description, candidate.core
            if candidate.due_at is not None:
                duplicate.due_at = candidate.due_at
            continue
        if duplicate is not None:
            if candidate.due_at is not None and (
                duplicate.due_at is None or candidate.index > duplicate.index
            ):
                duplicate.due_at = candidate.due_at  # the later, more precise date
            continue
        kept.append(candidate)
    return [ActionItem(description=c.description, due_at=c.due_at) for c in kept]


_SEND_IT = re.compile(r"^(?:send|email|forward|text|post)\s+(?:it|them)\b", re.IGNORECASE)
_SENDING = frozenset({"send", "email", "forward", "text", "post", "mail"})


def _where_to_send(
    found: str, sentence: Sentence, candidates: list[_Candidate], index: int
) -> bool:
    """Someone telling the user where to send what the user has just promised to send."""
    if sentence.from_user is not False or not _SEND_IT.match(found.strip()) or not candidates:
        return False
    last = candidates[-1]
    return (
        last.sentence.from_user is True
        and last.verb.lower() in _SENDING
        and 0 < index - last.index <= 2
    )
