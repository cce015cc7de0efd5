"""The user plays in a band: band talk with the user's own part in it.

Band members rarely say "I play bass in a band"; they talk about the gig, the rehearsal
and the setlist, and ask the user to "rework your bass line" or "bring your amp". Two
kinds of evidence are needed together:

* the conversation is band business: at least two of gig, rehearsal, setlist,
  soundcheck, load-in (a fan going to a gig hears one of them, not the running order);
* the user has a part in it: the user's own instrument or amp, or a request to the user
  to learn or rework a part ("learn the bridge", "your bass line", "Bass, you're rushing").

Then "User plays bass in a band" (the instrument when it is the user's), else "User plays
in a band".
"""

from __future__ import annotations

import re

from omi_actions.processing.local.text import Document

_BAND_CUE = re.compile(
    r"\b(?P<cue>gigs?|rehears(?:al|als|ing)|set\s*-?\s*list|sound\s*-?\s*check|load\s*-?\s*in|"
    r"practice\s+(?:room|space|moves))\b",
    re.IGNORECASE,
)
_INSTRUMENT = r"bass|guitar|drums|keys|keyboard|synth|saxophone|sax|trumpet|violin|fiddle"
# The user's own instrument or gear: "I'll restring the bass", "my Ampeg", "my guitar".
_OWN_PART = re.compile(
    rf"\b(?:my|(?:restring|tune|bring|play|playing)\s+the)\s+(?P<inst>{_INSTRUMENT})\b"
    r"(?!\s+(?:player|teacher|lesson))"
    r"|\bmy\s+(?:amp|pedals?|Ampeg|Fender|Marshall)\b|\brestring\b",
    re.IGNORECASE,
)
# Asked of the user: "your bass line", "bring your amp", "learn the bridge", "Bass, you're
# rushing", "as the bassist you ...".
_ASKED_PART = re.compile(
    rf"\byour\s+(?P<inst>{_INSTRUMENT})(?:\s*line|\s+part|\s+solo)?\b"
    r"|\byour\s+(?:amp|part|solo|riff|vocals)\b"
    rf"|\b(?:learn|nail|rework|practi[sc]e)\s+the\s+(?:(?P<inst2>{_INSTRUMENT})\s*line|bridge|"
    r"riff|chorus|solo|intro|outro|part|new\s+song)\b"
    r"|^(?P<inst3>Bass|Drums|Keys|Guitar)\s*,\s*you\b"
    r"|\bas\s+the\s+(?P<inst4>bass|drumm|guitar|keyboard)(?:ist|er)\s+you\b",
    re.IGNORECASE,
)
_CANON = {"drumm": "drums", "sax": "saxophone", "keyboard": "keys"}


def band_facts(document: Document) -> list[str]:
    """ "User plays bass in a band" from band business the user has a part in."""
    if document.kind not in ("transcript", "chat") or not any(
        s.from_user is True for s in document.sentences
    ):
        return []
    cues = {
        re.sub(r"\W|s$", "", m.group("cue").lower())[:6]
        for s in document.sentences
        for m in _BAND_CUE.finditer(s.text)
    }
    asked = [
        m for s in document.sentences if s.from_user is False for m in _ASKED_PART.finditer(s.text)
    ]
    # "as the bassist you've got a veto": a role named to the user is evidence enough.
    named_role = next((m for m in asked if m.group("inst4")), None)
    if len(cues) < 2 and named_role is None:
        return []
    own = [m for s in document.sentences if s.from_user is True for m in _OWN_PART.finditer(s.text)]
    if not (own or asked):
        return []
    # What the others call the user's part first: the user's own words name gear too.
    found = [
        m.group("inst") or m.group("inst2") or m.group("inst3") or m.group("inst4") or ""
        for m in asked
    ]
    found += [m.group("inst") for m in own if m.group("inst")]
    instruments = [i.lower() for i in found if i]
    if not instruments:
        return ["User plays in a band"]
    inst = _CANON.get(instruments[0], instruments[0])
    return [f"User plays {inst} in a band"]
