"""A contact card exported as a vCard ("BEGIN:VCARD ... END:VCARD").

The user's own card ("FN:Tobi Okonkwo (me)") gives their mobile number, home address
and birthday; a card of someone else whose note names their role ("NOTE:my
dermatologist") gives who that person is to the user, and nothing about the user.
"""

from __future__ import annotations

import re

_VCARD = re.compile(r"^\s*BEGIN:VCARD\s*$", re.M | re.I)
_PROPERTY = re.compile(r"^\s*(?P<key>[A-Z-]+)(?P<params>;[^:\n]*)?:(?P<value>[^\n]*)$", re.M)
_OWN = re.compile(r"\((?:me|myself|self)\)|\bmy\s+(?:own\s+)?card\b", re.I)
# "my dermatologist - mole check every 12 months": who the card's person is to the user
_ROLE_NOTE = re.compile(r"^\s*(?:my|our)\s+(?P<role>[a-z][a-z -]{2,30}?)\s*(?:[-–—,;(]|$)", re.I)
_MOBILE = re.compile(r"type=(?:cell|mobile|iphone)", re.I)


def _properties(text: str) -> list[tuple[str, str, str]]:
    return [
        (m.group("key").upper(), (m.group("params") or "").lower(), m.group("value").strip())
        for m in _PROPERTY.finditer(text)
    ]


def is_vcard(text: str) -> bool:
    return bool(_VCARD.search(text))


def is_others_card(text: str) -> bool:
    """A vCard of someone other than the user: its fields are not the user's."""
    if not is_vcard(text):
        return False
    name = next((v for k, _, v in _properties(text) if k == "FN"), "")
    return not _OWN.search(name) and not _OWN.search(text)


def vcard_facts(text: str) -> list[str]:
    """The user's own card: mobile, home address, birthday; another's: their role."""
    if not is_vcard(text):
        return []
    props = _properties(text)
    fields = {key: value for key, _, value in props}
    name = re.sub(r"\s*\([^)]*\)", "", fields.get("FN", "")).strip()
    if is_others_card(text):
        role = _ROLE_NOTE.match(fields.get("NOTE", ""))
        if role is None or not name:
            return []
        org = re.split(r"\s+[–—-]\s+", fields.get("ORG", ""))[0].strip(" ;")
        at = f" at {org}" if org else ""
        return [f"User's {role.group('role').strip()} is {name}{at}"]
    facts: list[str] = (
        [f"User's name is {name}"] if re.fullmatch(r"[A-Z][\w'’ -]{2,40}", name) else []
    )
    for key, params, value in props:
        if key == "TEL" and _MOBILE.search(params):
            facts.append(f"User's mobile number is {value}")
        elif key == "ADR" and "home" in params:
            parts = [p.strip() for p in value.split(";") if p.strip()]
            if len(parts) >= 2:
                facts.append(f"User lives at {parts[0]}, {parts[1]}")
        elif key == "BDAY" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            facts.append(f"User's birthday is {value}")
    return facts


__all__ = ["is_others_card", "is_vcard", "vcard_facts"]
