"""Reading an e-mail: headers, greeting and sign-off, and the quoted or forwarded history.

The body without its headers, greeting, sign-off and quotes is what the user is told;
the sender, the named recipient, whether the user is only copied and the earlier
messages of the thread (newest first) are kept for the extractors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from omi_actions.processing.local.text_document import Quote

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
