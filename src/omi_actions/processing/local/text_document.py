"""The parsed document every extractor reads: attributed sentences and what the source says.

A :class:`Sentence` knows its speaker and whether that speaker is the user (``True``),
someone else (``False``) or unknown (``None``); a :class:`Document` holds the sentences
with the e-mail's subject, sender and quoted history, the speakers and the hashtags.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["transcript", "chat", "email", "voicemail", "post", "note", "text"]

_USER_SPEAKERS = frozenset({"me", "user", "you", "i", "myself"})


@dataclass(frozen=True)
class Sentence:
    text: str
    speaker: str | None
    from_user: bool | None
    turn: int
    bullet: bool = False
    # A list item marked as finished ("- [x] pay the bill", "~~call mom~~").
    done: bool = False
    # For a sentence of quoted or forwarded e-mail history: its message's number in
    # ``Document.quotes`` plus one (0 for the e-mail's own text).
    quote: int = 0


@dataclass(frozen=True)
class Quote:
    """One earlier message in an e-mail thread: who wrote it and when (the raw header)."""

    author: str | None
    from_user: bool | None
    when: str
    forwarded: bool = False


@dataclass
class Document:
    kind: Kind
    sentences: list[Sentence]
    speakers: list[str] = field(default_factory=list)
    subject: str | None = None
    sender: str | None = None
    hashtags: list[str] = field(default_factory=list)
    # First name of the e-mail's named recipient when that is not the user.
    recipient: str | None = None
    # The user is only copied on the e-mail: its requests are for someone else.
    user_cc_only: bool = False
    # Roles given after speaker names ("Greg (landlord):"): topic cues, not speech.
    roles: list[str] = field(default_factory=list)
    # The ``text_source_spec`` the text came with ("voice_note", "sms"), lower case.
    spec: str = ""
    # Earlier messages quoted or forwarded below an e-mail, newest first, and their
    # sentences (``Sentence.quote`` says which message). They are not in ``sentences``.
    quotes: list[Quote] = field(default_factory=list)
    quoted: list[Sentence] = field(default_factory=list)
    # The e-mail was written by the user (``From: me@...``).
    user_sent: bool = False

    @property
    def body(self) -> str:
        return " ".join(s.text for s in self.sentences)

    def others(self) -> list[str]:
        """Named participants other than the user ("Speaker 1" is not a name)."""
        names = [
            s
            for s in self.speakers
            if s.lower() not in _USER_SPEAKERS and not re.fullmatch(r"(?i)speaker[\s_]*\d+", s)
        ]
        if self.sender and self.sender not in names:
            names.insert(0, self.sender)
        return names
