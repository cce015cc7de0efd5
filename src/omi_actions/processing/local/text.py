"""Source-aware parsing: who said what, in which sentences.

Every extractor works on :class:`Sentence` objects that know their speaker and
whether the speaker is the user (``True``), someone else (``False``) or unknown
(``None``). That is where ``text_source`` matters: ``Me:`` turns in messages
are the user's, an email's body is written *to* the user by its sender, a
social post or a note is the user's own, a transcript's speakers are unknown
unless one of them is called "Me"/"User".

This module decides the kind of text and attributes each sentence; the document
model lives in ``text_document``, e-mail reading in ``text_email`` and line reading
(speaker labels, bullets, sentence splitting) in ``text_lines``.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.text_document import _USER_SPEAKERS
from omi_actions.processing.local.text_document import Document as Document
from omi_actions.processing.local.text_document import Kind as Kind
from omi_actions.processing.local.text_document import Quote as Quote
from omi_actions.processing.local.text_document import Sentence as Sentence
from omi_actions.processing.local.text_email import _HEADER, _Email, _parse_email
from omi_actions.processing.local.text_lines import (
    _BULLET,
    _DONE_MARK,
    _SPEAKER_LINE,
    _is_user,
    _join_fragments,
    _speaker_of,
)
from omi_actions.processing.local.text_lines import split_sentences as split_sentences

# Longest input we analyse: pysbd and the regexes are linear-ish but a 10 MB
# transcript must not hold a worker for minutes; the rest is still stored.
MAX_CHARS = 20_000


def _kind(source: str, spec: str | None, text: str) -> Kind:
    spec_l = (spec or "").lower()
    if _HEADER.match(text.split("\n", 1)[0]) and re.search(r"^\s*subject\s*:", text, re.I | re.M):
        return "email"
    if "voice" in spec_l and not any(k in spec_l for k in ("note", "memo", "journal", "diary")):
        return "voicemail"  # someone else's message to the user, like an e-mail body
    if "mail" in spec_l:
        return "email"
    if source == "audio_transcript":
        return "transcript"
    if source == "message" or any(k in spec_l for k in ("sms", "chat", "whatsapp", "imessage")):
        return "chat"
    if any(k in spec_l for k in ("social", "post", "tweet", "linkedin", "twitter", "facebook")):
        return "post"
    if any(k in spec_l for k in ("note", "todo", "journal", "diary", "list", "memo")):
        return "note"
    if source == "social_post":
        return "post"
    if source == "email":
        return "email"
    return "text"


def parse(text: str, text_source: str, text_source_spec: str | None) -> Document:
    """Split ``text`` into attributed sentences according to its source."""
    text = text[:MAX_CHARS].replace("\r\n", "\n").replace("\r", "\n")
    kind = _kind(text_source, text_source_spec, text)
    hashtags = re.findall(r"(?<![\w#])#(\w+)", text)
    email = _Email()
    if kind == "email":
        email = _parse_email(text)
        text = email.body

    lines = [line for line in text.split("\n")]
    attributed = [_speaker_of(line) for line in lines if line.strip()]
    speaker_lines = sum(1 for a in attributed if a is not None)
    use_speakers = kind in ("transcript", "chat") and speaker_lines >= 1
    if kind not in ("transcript", "chat", "email") and speaker_lines >= 2:
        use_speakers = speaker_lines * 2 >= len(attributed)
        if use_speakers and kind == "text":
            kind = "chat"

    default_user: bool | None
    if kind in ("email", "voicemail"):
        default_user = False
    elif kind in ("post", "note", "text"):
        default_user = True
    else:
        default_user = None

    sentences: list[Sentence] = []
    speakers: list[str] = []
    turn = -1
    current: str | None = None
    for line in lines:
        if not line.strip():
            continue
        speaker: str | None = None
        content = line
        split = _speaker_of(line) if use_speakers else None
        if split is not None:
            speaker, content = split
            turn += 1
            current = speaker
            if speaker not in speakers:
                speakers.append(speaker)
        elif use_speakers and current is not None:
            speaker = current  # a continuation line of the same turn
        else:
            turn += 1 if not use_speakers else 0
        is_user = _is_user(speaker) if speaker is not None else default_user
        if kind == "chat" and speaker is not None and is_user is None:
            # In a chat the non-"Me" side is someone else when "Me" is present.
            if any(s.lower() in _USER_SPEAKERS for s in speakers) or any(
                (a is not None and a[0].lower() in _USER_SPEAKERS) for a in attributed
            ):
                is_user = False
        bullet = bool(_BULLET.match(content))
        done = bullet and bool(_DONE_MARK.search(content))
        content = _BULLET.sub("", content)
        if done:
            content = re.sub(r"~~(.+?)~~", r"\1", content)
        pieces = split_sentences(content)
        if bullet:
            pieces = _join_fragments(pieces)
        for piece in pieces:
            sentences.append(Sentence(piece, speaker, is_user, max(turn, 0), bullet, done))
    if kind == "transcript" and speakers:
        # In a transcript, the side opposite "Me" is someone else as well.
        if any(s.lower() in _USER_SPEAKERS for s in speakers):
            sentences = [
                s
                if s.from_user is not None
                else Sentence(s.text, s.speaker, False, s.turn, s.bullet, s.done)
                for s in sentences
            ]
    quotes: list[Quote] = []
    quoted: list[Sentence] = []
    for number, (quote, quote_lines) in enumerate(email.history, start=1):
        quotes.append(quote)
        for line in quote_lines:
            bullet = bool(_BULLET.match(line))
            content = _BULLET.sub("", line)
            for piece in split_sentences(content):
                quoted.append(
                    Sentence(piece, quote.author, quote.from_user, number, bullet, quote=number)
                )
    roles = [
        match.group("role")
        for match in (_SPEAKER_LINE.match(line) for line in text.splitlines()[:200])
        if match is not None and match.group("role")
    ]
    return Document(
        kind,
        sentences,
        speakers,
        email.subject,
        email.sender,
        hashtags,
        email.recipient,
        email.user_cc_only,
        roles,
        (text_source_spec or "").lower(),
        quotes,
        quoted,
        email.user_sent,
    )
