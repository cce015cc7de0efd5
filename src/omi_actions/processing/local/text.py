"""Source-aware parsing: who said what, in which sentences.

Every extractor works on :class:`Sentence` objects that know their speaker and
whether the speaker is the user (``True``), someone else (``False``) or unknown
(``None``). That is where ``text_source`` matters: ``Me:`` turns in messages
are the user's, an email's body is written *to* the user by its sender, a
social post or a note is the user's own, a transcript's speakers are unknown
unless one of them is called "Me"/"User".
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from typing import Literal

import pysbd

Kind = Literal["transcript", "chat", "email", "voicemail", "post", "note", "text"]

# Longest input we analyse: pysbd and the regexes are linear-ish but a 10 MB
# transcript must not hold a worker for minutes; the rest is still stored.
MAX_CHARS = 20_000

_USER_SPEAKERS = frozenset({"me", "user", "you", "i", "myself"})
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
_HEADER = re.compile(r"^\s*(from|to|cc|bcc|subject|date|sent|re)\s*:\s*(.*)$", re.IGNORECASE)
_SIGN_OFF = re.compile(
    r"^\s*(best|best regards|kind regards|regards|warm regards|cheers|thanks|thank you|"
    r"many thanks|sincerely|yours|yours truly|love|take care|talk soon|see you|xo|xoxo|"
    r"-+|—)\s*[,!.]?\s*$",
    re.IGNORECASE,
)
_GREETING = re.compile(
    r"^\s*(hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b"
    r"[^.!?\n]{0,40}[,!:]?\s*$",
    re.IGNORECASE,
)
_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME_IN_FROM = re.compile(r"^\s*\"?(?P<name>[^<\"@]+?)\"?\s*<")
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


def _name_from_address(address: str) -> str | None:
    named = _NAME_IN_FROM.match(address)
    if named:
        return named.group("name").strip()
    email = _EMAIL_ADDRESS.search(address)
    if email is None:
        return None
    local = re.split(r"[._+-]", email.group(0).split("@")[0])[0]
    if not local.isalpha() or local.lower() in ("me", "info", "noreply", "no", "support"):
        return None
    return local.capitalize()


@dataclass
class _Email:
    subject: str | None = None
    sender: str | None = None
    recipient: str | None = None
    user_cc_only: bool = False
    body: str = ""
    user_sent: bool = False
    # (quote, its text lines) for each earlier message below the body.
    history: list[tuple[Quote, list[str]]] = field(default_factory=list)


_USER_ADDRESS = re.compile(r"\bme@|^\s*me\s*$", re.IGNORECASE)
_QUOTED = re.compile(
    r"^\s*(?:>|-{2,}\s*(?:original|forwarded)\s+message|begin\s+forwarded\s+message|"
    r"on\s.+wrote:\s*$|from:\s)",
    re.IGNORECASE,
)
_NAME_SUFFIX = re.compile(r",?\s+(?:esq|md|phd|jr|sr|cpa|dds)\.?$", re.IGNORECASE)


def _parse_email(text: str) -> _Email:
    """Subject, sender, recipient and the body without headers, greeting, sign-off, quotes."""
    lines = text.split("\n")
    email = _Email()
    subject: str | None = None
    sender: str | None = None
    to_value = cc_value = from_value = ""
    index = 0
    while index < len(lines):
        header = _HEADER.match(lines[index])
        if header is None:
            if lines[index].strip():
                break
            index += 1
            continue
        key, value = header.group(1).lower(), header.group(2).strip()
        if key == "subject":
            subject = re.sub(r"^(?:re|fwd?)\s*:\s*", "", value, flags=re.I).strip() or None
        elif key == "from":
            sender = _name_from_address(value)
            from_value = value
        elif key == "to":
            to_value = value
        elif key == "cc":
            cc_value = value
        index += 1
    body_lines = lines[index:]
    # Quoted history ("> ...", "-----Original Message-----") is not this e-mail.
    for position, line in enumerate(body_lines):
        if position > 0 and _QUOTED.match(line):
            email.history = _history(body_lines[position:])
            body_lines = body_lines[:position]
            break
    email.user_sent = bool(from_value and _USER_ADDRESS.search(from_value))
    if to_value and not _USER_ADDRESS.search(to_value):
        named = _name_from_address(to_value)
        email.recipient = named.split()[0] if named else None
        email.user_cc_only = bool(cc_value and _USER_ADDRESS.search(cc_value))
    while body_lines and not body_lines[0].strip():
        body_lines.pop(0)
    if body_lines and _GREETING.match(body_lines[0]):
        body_lines.pop(0)
    # A sign-off line near the end ("Best,") followed by a short name.
    for position in range(len(body_lines) - 1, max(-1, len(body_lines) - 6), -1):
        if _SIGN_OFF.match(body_lines[position]):
            tail = [line.strip() for line in body_lines[position + 1 :] if line.strip()]
            if tail and len(tail[0].split()) <= 3 and not _EMAIL_ADDRESS.search(tail[0]):
                sender = tail[0].strip(" ,.")
            body_lines = body_lines[:position]
            break
    email.subject = subject
    email.sender = _NAME_SUFFIX.sub("", sender).strip() if sender else None
    email.body = "\n".join(body_lines)
    return email


_QUOTE_PREFIX = re.compile(r"^(?:\s*>)+\s?")
_WROTE = re.compile(r"^\s*on\s+(?P<when>.+?),?\s+(?P<who>[^,]+?)\s+wrote:\s*$", re.IGNORECASE)
_ORIGINAL = re.compile(r"^\s*-{2,}\s*original\s+message\s*-{2,}\s*$", re.IGNORECASE)
_FORWARDED = re.compile(
    r"^\s*(?:-{2,}\s*forwarded\s+message\s*-{2,}|begin\s+forwarded\s+message\s*:?)\s*$",
    re.IGNORECASE,
)
_QUOTE_HEADER = re.compile(r"^\s*(from|to|cc|bcc|subject|date|sent)\s*:\s*(.*)$", re.IGNORECASE)


def _history(lines: list[str]) -> list[tuple[Quote, list[str]]]:
    """The earlier messages of a thread, in the order they appear (newest first).

    A message starts at an "On <date>, <name> wrote:" line, an "Original Message" or
    "Forwarded message" marker, a ``From:`` header, or where the quote depth grows.
    """
    blocks: list[tuple[Quote, list[str]]] = []
    author: str | None = None
    address = when = ""
    forwarded = False
    body: list[str] = []
    depth = -1
    in_headers = False

    def flush() -> None:
        if body or author:
            user = bool(_USER_ADDRESS.search(address)) if address else None
            name = None if user else author
            blocks.append(
                (
                    Quote(name, True if user else (False if name else None), when, forwarded),
                    _clean_quoted(body),
                )
            )

    for raw in lines:
        prefix = _QUOTE_PREFIX.match(raw)
        level = prefix.group(0).count(">") if prefix else 0
        line = raw[prefix.end() :] if prefix else raw
        wrote = _WROTE.match(line)
        marker = _ORIGINAL.match(line) or _FORWARDED.match(line)
        header = _QUOTE_HEADER.match(line)
        if wrote or marker or (header and header.group(1).lower() == "from" and not in_headers):
            flush()
            body, author, address, when = [], None, "", ""
            forwarded = bool(_FORWARDED.match(line)) or (forwarded and not wrote and not marker)
            if wrote:
                address = wrote.group("who")
                author = _name_from_address(address) or address.strip(" \"'")
                when = wrote.group("when")
                depth = level + 1
                in_headers = False
                continue
            in_headers = True
            depth = level
            if marker:
                continue
        if in_headers:
            if header is not None:
                key, value = header.group(1).lower(), header.group(2).strip()
                if key == "from":
                    address = value
                    author = _name_from_address(value)
                elif key in ("date", "sent"):
                    when = value
                continue
            if not line.strip():
                continue
            in_headers = False
        if line.strip() and level > depth >= 0 and body:
            # Deeper quoting without a header: an older message by someone unknown.
            flush()
            body, author, address, when = [], None, "", ""
        if line.strip() and depth < 0:
            depth = level
        body.append(line)
    flush()
    return [(quote, text) for quote, text in blocks if text]


def _clean_quoted(lines: list[str]) -> list[str]:
    """A quoted message without its greeting, sign-off and signature."""
    lines = [line for line in lines if line.strip()]
    if lines and _GREETING.match(lines[0]):
        lines.pop(0)
    for position in range(len(lines) - 1, max(-1, len(lines) - 6), -1):
        if _SIGN_OFF.match(lines[position]):
            return lines[:position]
    return lines


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


def _join_fragments(pieces: list[str]) -> list[str]:
    """A list item "dentist? call Monday" is one thought: keep a 1-3 word "X?" with what follows."""
    joined: list[str] = []
    for piece in pieces:
        if joined and joined[-1].endswith("?") and len(joined[-1].split()) <= 3:
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined
