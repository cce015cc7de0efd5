"""Reading one line of text: its speaker label, its list bullet and its sentences.

"Name:" prefixes that are labels rather than speakers are told apart, ticked or
struck-through list items are marked done, and a line is split into sentences with
pysbd (skipped when a line holds only one sentence).
"""

from __future__ import annotations

import re
import threading

import pysbd

from omi_actions.processing.local.text_document import _USER_SPEAKERS

# Line prefixes that look like "Name:" but are labels, not speakers.
_LABELS = frozenset(
    {
        "from", "to", "cc", "bcc", "subject", "date", "sent", "re", "fwd", "phone", "tel",
        "email", "e-mail", "mobile", "cell", "fax", "address", "departure", "arrival",
        "confirmation", "confirmation code", "note", "notes", "todo", "to do", "to-do",
        "reminder", "ps", "p.s", "http", "https", "time", "location", "where", "when",
        "agenda", "attendees", "summary", "action items", "tasks", "update", "warning",
        "important", "status", "total", "price", "cost", "order", "booking", "reference",
        "flight", "hotel", "check-in", "check-out", "gate", "seat", "terminal", "name",
        "title", "step", "example", "answer", "question", "q", "a", "pros", "cons",
        "ai", "action", "action item", "actions", "next sync", "next meeting", "next call",
        "decision", "decisions", "owner", "follow-up", "follow up", "next steps", "next step",
    }
)  # fmt: skip
_SPEAKER_LINE = re.compile(
    r"^\s*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?\s*[-–]?\s*)?"  # optional [00:01] stamp
    # A weekday or a clock time is never a speaker: "Friday 7:30 dinner", "Mon 9: dentist".
    r"(?!(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|today|tonight|"
    r"tomorrow)\b)"
    r"(?P<speaker>[A-Za-z][\w.'’ -]{0,30}?|Speaker\s*\d+|SPEAKER_\d+)\s*"
    r"(?:\((?P<role>[^()\n:]{1,40})\)\s*)?"  # "Kevin (Recruiter, Acme):", "Greg (landlord):"
    r"(?:\[\d{1,2}:\d{2}(?::\d{2})?\])?\s*:(?!\d{2}\b)\s*(?P<text>.*)$"
)
_BULLET = re.compile(
    r"^\s*(?:(?:[-*•·▪‣◦]|\d{1,2}[.)])\s*(?:\[\s?[xX✓✔ ]?\s?\]|[☐☑☒✅✔✓])?|\[\s?[xX✓✔ ]?\s?\]"
    r"|[☐☑☒✅✔✓])\s+"
)
# A ticked check box, a struck-through line or a "(done)" mark: that item is finished.
_DONE_MARK = re.compile(
    r"^\s*(?:(?:[-*•·▪‣◦]|\d{1,2}[.)])\s*)?(?:\[\s?[xX✓✔]\s?\]|[☑☒✅✔✓])"
    r"|^\s*(?:[-*•·▪‣◦]\s*)?~~.+~~\s*$"
    r"|[(\[]\s*(?:done|finished|completed|paid|sent)\s*[)\]]\s*$"
    r"|\s[-–—]\s*(?:done|DONE|finished|completed)\s*[.!✓✔✅]*\s*$",
    re.IGNORECASE,
)


_local = threading.local()


def _segmenter() -> pysbd.Segmenter:
    # pysbd's Segmenter keeps per-call state on the instance: one per thread.
    segmenter: pysbd.Segmenter | None = getattr(_local, "segmenter", None)
    if segmenter is None:
        segmenter = pysbd.Segmenter(language="en", clean=False)
        _local.segmenter = segmenter
    return segmenter


_INNER_BOUNDARY = re.compile(r"[.!?…](?=\s+\S)")


def split_sentences(text: str) -> list[str]:
    text = text.strip()
    if not text:
        return []
    if not _INNER_BOUNDARY.search(text):
        return [text]  # one sentence: skip pysbd, the costliest step on short lines
    try:
        parts = _segmenter().segment(text)
    except Exception:  # pysbd has failed on exotic input; fall back to a plain split
        parts = re.split(r"(?<=[.!?])\s+", text)
    return [p.strip() for p in parts if isinstance(p, str) and p.strip()]


def _speaker_of(line: str) -> tuple[str, str] | None:
    match = _SPEAKER_LINE.match(line)
    if match is None:
        return None
    speaker = match.group("speaker").strip()
    if speaker.lower().rstrip(".") in _LABELS or len(speaker.split()) > 3:
        return None
    return speaker, match.group("text").strip()


def _is_user(speaker: str | None) -> bool | None:
    if speaker is None:
        return None
    return True if speaker.lower() in _USER_SPEAKERS else None


def _join_fragments(pieces: list[str]) -> list[str]:
    """A list item "dentist? call Monday" is one thought: keep a 1-3 word "X?" with what follows."""
    joined: list[str] = []
    for piece in pieces:
        if joined and joined[-1].endswith("?") and len(joined[-1].split()) <= 3:
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined
