"""The name the user signs a mail they wrote with: "Thanks,\\nRenee" -> Renee."""

from __future__ import annotations

import re

_SIGNED_NAME = re.compile(
    r"^(?:(?:Coach|Dr\.?|Prof\.?|Mr\.?|Mrs\.?|Ms\.?|Mx\.?)\s+)?"
    r"(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z'’]+){0,2})(?:,\s*[A-Z][A-Za-z.]{1,6})?$"
)
_DASH_SIGNED = re.compile(r"[–—-]\s*(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*$")
_CLOSING = re.compile(
    r"^(?:thanks|thank\s+you|cheers|best|regards|sincerely|love|warmly|kind\s+regards|"
    r"best\s+regards|all\s+the\s+best|take\s+care)(?:\s+for\s+everything)?,?\s+"
    r"(?P<name>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*$",
    re.IGNORECASE,
)
_CLOSING_LINE = re.compile(
    r"^(?:thanks|thank\s+you|cheers|best|regards|sincerely|love|warmly|kind\s+regards|"
    r"best\s+regards|warm\s+regards|all\s+the\s+best|take\s+care|yours(?:\s+truly)?)[,!.]?$",
    re.IGNORECASE,
)
_NOT_A_NAME = frozenset(
    "me team thanks regards best cheers sincerely love hi hello everyone all sent".split()
)


def signoff_name(sender: str | None, text: str) -> list[str]:
    """The name the user signs a mail they wrote with: "Thanks,\\nRenee" -> Renee."""
    candidates: list[str] = []
    if sender:
        candidates.append(sender.strip())
    lines = [
        line.strip()
        for line in text.split("\n")
        if line.strip() and not line.lstrip().startswith(">")
    ]
    for position, line in enumerate(lines[-4:], start=max(0, len(lines) - 4)):
        closing = _CLOSING.match(line)
        if closing is not None:
            candidates.append(closing.group("name"))
        elif _CLOSING_LINE.match(line) and position + 1 < len(lines):
            candidates.append(lines[position + 1])  # "Kind regards,\nLuca Bassi"
    if lines:
        dash = _DASH_SIGNED.search(lines[-1])
        if dash is not None and len(lines[-1].split()) <= 8:
            candidates.append(dash.group("name"))
    for candidate in candidates:
        match = _SIGNED_NAME.match(candidate)
        if match is None:
            continue
        name = match.group("name")
        if name.lower().split()[0] in _NOT_A_NAME:
            continue
        return [f"User's name is {name}"]
    return []
