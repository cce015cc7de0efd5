"""A sibling the user talks to: the other speaker calls a parent by the bare title.

"Elena: Mom's appointment got moved, can you take her?" -- someone who calls the
user's mother "Mom" without "my" or "your", while talking to the user about her, shares
that parent with the user: "User has a sibling named Elena". The text rarely says
whether it is a sister or a brother, so the fact says "sibling".

Only a conversation of the user and exactly one named other speaker counts (in a group
the parent could be anyone's), and the speaker must not call the user "Mom"/"Dad"
(a child talking to a parent) nor talk about "your mom" (a partner or a friend).
"""

from __future__ import annotations

import re

from omi_actions.processing.local.text import Document

# A parent or grandparent named by the bare title as a name: "Mom's surgery", "tell Dad",
# "Mum wants us at hers", "Gran's house". A possessive before it ("my mom", "your dad",
# "Sam's mum") makes it someone's particular parent, not a shared one.
_BARE_PARENT = re.compile(
    r"(?<![\w'’])(?<!my )(?<!My )(?<!your )(?<!Your )(?<!his )(?<!her )(?<!their )"
    r"(?<!the )(?<!a )(?<!'s )(?<!’s )"
    r"(?P<title>(?i:mom|mum|mommy|mummy|dad|daddy)|Mama|Papa|Gran|Granny|Grandma|Grandpa|"
    r"Nana|Nan|Grandad|Granddad)\b(?!\s*[,!?]\s*$)",
)
# "our mom": said to the user, a parent the two share.
_OUR_PARENT = re.compile(r"\bour\s+(?:mom|mum|dad|mother|father|parents|gran)\b", re.I)
# The user is called a parent ("Mom, can you ...", "thanks Dad"): a child talking.
_VOCATIVE = re.compile(
    r"(?:^|[,!?.]\s*)(?:hi|hey|thanks|thank you|love you|ok|okay)?\s*"
    r"(?:mom|mum|mommy|mummy|mama|dad|daddy|papa|grandma|grandpa|gran|granny|nana|nan|"
    r"grandad|granddad)\s*(?:[,!?.]|$)",
    re.IGNORECASE,
)
# "your mom", "my dad": one side's own parents, not shared ones -- a partner, a friend,
# a client, a grandchild ("when your grandpa shows me").
_ONES_PARENT = re.compile(
    r"\b(?:your|my)\s+(?:mom|mum|dad|mother|father|parents|grandpa|grandma|gran|nan|grandad)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"[A-Z][a-z]{1,}$")
# Speaker labels that are roles, not people.
_ROLE_LABELS = frozenset(
    """Speaker Person Caller Agent Doctor Nurse Teacher Coach Receptionist Pharmacist
    Vet Landlord Manager Boss Mom Mum Dad Grandma Grandpa Gran Nana Papa Mama Unknown
    Sis Sister Bro Brother""".split()
)


def sibling_facts(document: Document) -> list[str]:
    """ "User has a sibling named X" for the one other speaker who shares a parent."""
    if document.kind not in ("transcript", "chat"):
        return []
    others = {s.speaker for s in document.sentences if s.from_user is False and s.speaker}
    if len(others) != 1 or not any(s.from_user is True for s in document.sentences):
        return []
    name = next(iter(others)) or ""
    if not _NAME.match(name) or name in _ROLE_LABELS:
        return []
    heard = [s.text for s in document.sentences if s.from_user is False]
    said = " ".join(s.text for s in document.sentences if s.from_user is True)
    if any(_VOCATIVE.search(t) for t in heard) or _ONES_PARENT.search(" ".join(heard)):
        return []
    if _OUR_PARENT.search(" ".join(heard)):
        return [f"User has a sibling named {name}"]
    shared = sum(1 for t in heard if _BARE_PARENT.search(t))
    # The user calling the same parent by the bare title too, or the other speaker naming
    # the parent more than once, makes a slip or a nickname unlikely.
    if shared and (shared >= 2 or _BARE_PARENT.search(said) or len(heard) >= 2):
        return [f"User has a sibling named {name}"]
    return []
