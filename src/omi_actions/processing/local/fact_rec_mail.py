"""The layout of a mail the record rules all read: headers, sender, signature.

Shared by every ``fact_rec_*`` rule, so it depends on none of them; the street
address pattern lives here because both forms and notices quote addresses.
"""

from __future__ import annotations

import re

_HEADER_LINE = re.compile(r"^\s*(?P<key>from|to|subject|date|cc)\s*:\s*(?P<value>.*)$", re.I)
# A street address: "412 Alder Lane", "4412 SE Belmont St, Portland, OR 97215".
STREET = (
    r"\d{1,6}\s+(?:[NSEW]{1,2}\.?\s+)?(?:[A-Z0-9][\w.'-]*\s+){0,3}?"
    r"(?:St|Street|Ave|Avenue|Rd|Road|Lane|Ln|Court|Ct|Blvd|Boulevard|Drive|Dr|Way|Place|Pl|"
    r"Terrace|Ter|Circle|Cir|Highway|Hwy|Parkway|Pkwy|Square|Sq|Trail|Row|Close|Crescent|"
    r"Park|Gardens|Grove|Mews|Rise|Parade|Esplanade|Quay)\b\.?"
    r"(?:,?\s+(?:Apt|Apartment|Unit|Suite|Ste|#)\.?\s*[\w-]+)?"
    r"(?:,\s*[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?(?:,?\s+[A-Z]{2})?(?:\s+\d{5}(?:-\d{4})?)?"
)
STREET_RE = re.compile(STREET)
MARKETING = re.compile(
    r"\bunsubscribe\b|\bshop\s+now\b|\b\d+\s*%\s+off\b|\blimited\s+time\b|\bpromo\s+code\b", re.I
)


def is_marketing(text: str) -> bool:
    """Promotional mail: nothing in it is about the user."""
    return bool(MARKETING.search(text))


def headers(text: str) -> dict[str, str]:
    """The e-mail headers at the top of ``text`` (lower-case keys)."""
    found: dict[str, str] = {}
    for line in text.split("\n")[:8]:
        match = _HEADER_LINE.match(line)
        if match is None:
            if line.strip() and found:
                break
            continue
        found.setdefault(match.group("key").lower(), match.group("value").strip())
    return found


def sender_name(text: str) -> str | None:
    """The display name of the From header: "Acme Pharmacy <rx@...>" -> "Acme Pharmacy"."""
    value = headers(text).get("from")
    if not value:
        return None
    name = re.sub(r"<[^>]*>|\"", "", value).strip()
    if not name or "@" in name:
        return None
    return name


def organisation(sender: str) -> str:
    """ "Payroll – Acme Analytics" -> "Acme Analytics"; "FitCo Membership" -> "FitCo"."""
    parts = [p.strip() for p in re.split(r"\s+[–—|-]\s+|\s*·\s*", sender) if p.strip()]
    generic = re.compile(
        r"^(?:payroll|hr|human\s+resources|billing|support|service|services|team|notifications?|"
        r"alerts?|reminders?|membership|members|no-?reply|customer\s+(?:service|care)|accounts?|"
        r"reservations?|orders?|admissions|office|info)$",
        re.I,
    )
    parts = [p for p in parts if not generic.match(p)] or parts
    org = parts[-1] if parts else sender
    org = re.sub(
        r"\s+(?:Membership|Members|Billing|Support|Notifications?|Alerts?|Reminders?|Team|"
        r"Customer\s+Service|Reservations|Service)$",
        "",
        org,
    )
    return org.strip()


def signature_lines(text: str) -> list[str]:
    """The last lines of an e-mail before any quoted history."""
    lines: list[str] = []
    for line in text.split("\n"):
        if re.match(r"^\s*(?:>|-{2,}\s*original message|on\s.+wrote:\s*$)", line, re.I):
            break
        if line.strip():
            lines.append(line.strip())
    return lines[-4:]
