"""The user rents their home: rent talk in a conversation the user is part of.

"Also, rent goes up to $1,850 starting the 1st" from the landlord, or the user's own
"the rent went up again": whoever pays that rent is a tenant. Records and mails are read
by the ``fact_rec_*`` rules; this one reads chats and transcripts only.

Not a tenant: the user who is the landlord ("my tenant", "rent out"), rent of other
things ("the rent on the van", "rent a car"), rent in general ("rents in London are
insane": no article or possessive before it).
"""

from __future__ import annotations

import re

from omi_actions.processing.local.text import Document

# "$1,850", "£900", or a bare "1,450" (a thousands comma says it is money, not a date).
_AMOUNT = r"[$£€]\s?\d[\d,]*(?:\.\d\d)?|\d{1,2},\d{3}\b"
# The landlord's "rent goes up to £1,150 from January", "the rent for your flat will be
# €1,150 per month", "rent's going to $900": a change to rent the user pays now (an
# agent's "rent is 2,150 a month" at a viewing is for a flat the user may never take).
_RENT_TO_USER = re.compile(
    r"\b(?i:rent)(?:'s|’s|\s+is|\s+for\s+your\s+\w+)?\s+(?:going\s+up|goes\s+up|going|will\s+be|"
    r"will\s+go\s+up|increases|rises|is\s+rising)\s+(?:to\s+)?"
    rf"(?P<amount>{_AMOUNT})"
    r"(?:\s*(?:/\s*|per\s+|a\s+)month)?"
    r"(?:,?\s+(?:from|starting(?:\s+from)?)\s+(?P<when>(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?\w+"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?))?"
)
# The user's own "the rent went up again", "our rent is going up".
_OWN_RENT = re.compile(
    r"\b(?:the|my|our)\s+rent\s+(?:went|has\s+gone|is\s+going|goes|just\s+went)\s+up\b"
    r"|\b(?:my|our)\s+rent\s+(?:is|was)\b",
    re.IGNORECASE,
)
_NOT_TENANT = re.compile(
    r"\b(?:my\s+tenants?|tenants?\s+(?:is|are|has|have|paid|pays)|rent(?:ing|s|ed)?\s+out|"
    r"rent\s+(?:on|for)\s+the\s+(?:van|car|venue|hall|stall|studio|space|unit|garage))\b",
    re.IGNORECASE,
)


def rent_facts(document: Document) -> list[str]:
    """ "User rents their home (for £1,150 per month from January)" from rent talk."""
    if document.kind not in ("transcript", "chat"):
        return []
    if not any(s.from_user is True for s in document.sentences):
        return []
    whole = " ".join(s.text for s in document.sentences)
    if _NOT_TENANT.search(whole):
        return []
    for sentence in document.sentences:
        if sentence.from_user is False:
            match = _RENT_TO_USER.search(sentence.text)
            if match is not None:
                when = f" from {match.group('when')}" if match.group("when") else ""
                return [f"User rents their home for {match.group('amount')} per month{when}"]
    if any(s.from_user is True and _OWN_RENT.search(s.text) for s in document.sentences):
        return ["User rents their home"]
    return []
