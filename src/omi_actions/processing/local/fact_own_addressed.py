"""What the other side calls itself or the user's things when talking to the user.

"Hi, it's Martin, your landlord", "bring your guitar!": the addressee is the user,
so the role or the instrument is the user's.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_own_context import WS, addressed, single_sender
from omi_actions.processing.local.fact_own_pursuits import OFFER_ON
from omi_actions.processing.local.text import Document

# "Hi, it's Martin Hughes, your landlord": the caller's role for the user.
_YOUR_ROLE = re.compile(
    r"\b(?:it's|it’s|this\s+is|I'm|I’m|I\s+am)\s+(?P<name>(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z]+)?),\s+your\s+(?:new\s+)?(?P<role>landlord|landlady|accountant|lawyer|"
    r"solicitor|letting\s+agent|estate\s+agent|financial\s+advis[oe]r|personal\s+trainer|"
    r"trainer|tutor|coach|mechanic|therapist|physio|case\s+worker|caseworker)\b"
)
# "bring your guitar!": an instrument of the user's.
_YOUR_INSTRUMENT = re.compile(
    r"\byour\s+(?P<inst>guitar|violin|viola|cello|ukulele|banjo|saxophone|sax|trumpet|"
    r"trombone|clarinet|flute|fiddle|accordion|keyboard|bass\s+guitar|drum\s+kit|drums)\b",
    re.IGNORECASE,
)


_YOUR_THERAPY = re.compile(
    r"\b(?:how(?:'s|’s|\s+is)\s+(?:the|your)\s+therapy|your\s+therap(?:y|ist))\b",
    re.IGNORECASE,
)


def addressed_roles(document: Document) -> list[str]:
    """Who the other side is for the user, instruments they ask the user to bring, an
    offer on a home the user made."""
    if not (addressed(document) or single_sender(document)):
        return []
    facts: list[str] = []
    heard = " ".join(s.text for s in document.sentences if s.from_user is not True)
    if _YOUR_THERAPY.search(heard):
        facts.append("User sees a therapist")
    for match in OFFER_ON.finditer(heard):
        facts.append(f"User is buying a house on {match.group('place')}")
    for match in _YOUR_ROLE.finditer(heard):
        role = WS.sub(" ", match.group("role").lower())
        facts.append(f"User's {role} is {match.group('name')}")
    for match in _YOUR_INSTRUMENT.finditer(heard):
        inst = {"sax": "saxophone", "drum kit": "drums"}.get(
            match.group("inst").lower(), match.group("inst").lower()
        )
        facts.append(f"User plays {'the ' if inst != 'drums' else ''}{inst}")
    return list(dict.fromkeys(facts))
