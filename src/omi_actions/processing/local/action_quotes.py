"""Action items from the quoted and forwarded history below an e-mail.

An e-mail thread quotes earlier messages, newest first. What is still open there:

* the user's own dated promise ("> I'll send you the photos on Sunday") whose date has
  not passed yet (dates are read from the day that message was written);
* a request of someone else that no newer message of the user took up ("> Could you
  also send the brand guidelines?" with a reply that only talks about the budget);
* the requests of a forwarded message when the forwarder hands it over ("Can you take
  this one?") or asks nothing of their own.

A request the user answered in a newer message ("> Can you rerun the eval?" followed
by the user's reply about the eval) is not open; nothing quoted below an e-mail the user
wrote is open either: the user is answering it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from rapidfuzz import fuzz

from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.text import Document, Quote, Sentence
from omi_actions.processing.schemas import ActionItem, Event

Extractor = Callable[[Document, datetime, list[Event] | None], list[ActionItem]]

# The forwarder hands the message over: "Can you take this one?", "please handle".
_HAND_OVER = re.compile(
    r"\b(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:take|handle|deal\s+with|sort(?:\s+out)?|"
    r"take\s+care\s+of|look\s+(?:at|into)|follow\s+up\s+on|own|cover)\s+(?:this|it|that)\b"
    r"|\b(?:please|pls)\s+(?:handle|deal\s+with|take\s+care\s+of|sort(?:\s+out)?)\s+(?:this|it)\b"
    r"|\bover\s+to\s+you\b|\byours\s+now\b",
    re.IGNORECASE,
)
_STOP = frozenset(
    """the a an to for of on in at by with and or my your their his her our it this that these
    those before after me you us them him about from back up out when get chance""".split()
)


# Asking for an answer only: the user's newer message in the thread gave it.
_ANSWER = re.compile(r"^(?:reply|respond|rsvp|answer|get\s+back|let\s+\S+\s+know)\b", re.I)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9'-]+", text.lower()) if w not in _STOP and len(w) > 2}


def _written(quote: Quote, reference: datetime) -> datetime:
    """When the quoted message was written (its header date), never after ``reference``."""
    for mention in find_dates(quote.when, reference):
        if not mention.has_day:
            continue
        value = mention.value
        if value > reference:
            # "On Tue, Jun 17" without a year: the last such day, not the next one.
            try:
                value = value.replace(year=value.year - 1)
            except ValueError:
                continue
        return min(value, reference)
    return reference


def _duplicate(item: ActionItem, items: list[ActionItem]) -> bool:
    text = item.description.lower()
    head = text.split()[:3]
    return any(
        fuzz.token_set_ratio(text, other.description.lower()) >= 80
        or (len(head) == 3 and other.description.lower().split()[:3] == head)
        for other in items
    )


def add_quoted(
    document: Document,
    reference: datetime,
    events: list[Event],
    items: list[ActionItem],
    extract: Extractor,
) -> list[ActionItem]:
    """``items`` (from the e-mail's own text) plus what is still open in its history."""
    if not document.quotes or document.user_cc_only:
        return items
    top = " ".join(s.text for s in document.sentences)
    hand_over = bool(_HAND_OVER.search(top)) or not items
    result = list(items)
    for number, quote in enumerate(document.quotes, start=1):
        sentences = [s for s in document.quoted if s.quote == number]
        if not sentences:
            continue
        if quote.forwarded:
            if not hand_over or quote.from_user is True:
                continue
        elif quote.from_user is not True and document.user_sent:
            continue  # the user is answering this thread
        # The user's newer messages of the thread (the ones quoted above this one).
        newer = " ".join(
            s.text for s in document.quoted if s.quote < number and s.from_user is True
        )
        written = _written(quote, reference)
        found = extract(_sub_document(document, quote, sentences), written, events)
        author = _words(quote.author or "")
        if quote.forwarded:
            # A forwarded notice holds instructions for everyone; the dated ask is the task.
            found = [item for item in found if item.due_at is not None][:1]
        for item in found:
            if item.due_at is not None and item.due_at.date() < reference.date():
                continue  # its day has passed
            if quote.from_user is True and item.due_at is None:
                continue  # an undated old promise: stale, or taken up above
            if quote.from_user is not True and (_words(item.description) - author) & _words(newer):
                continue  # the user answered it in a newer message
            if quote.from_user is not True and newer and _ANSWER.match(item.description):
                continue  # "let me know if you're in": any newer message of the user is the answer
            if _duplicate(item, result):
                continue
            result.append(item)
    return result


def _sub_document(document: Document, quote: Quote, sentences: list[Sentence]) -> Document:
    return replace(
        document,
        sentences=[replace(s, quote=0) for s in sentences],
        speakers=[quote.author] if quote.author else [],
        # The user's own quoted message was written to this e-mail's sender.
        sender=document.sender if quote.from_user is True else quote.author,
        recipient=None,
        user_cc_only=False,
        quotes=[],
        quoted=[],
        user_sent=quote.from_user is True,
    )
