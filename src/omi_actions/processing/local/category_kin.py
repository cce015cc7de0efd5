"""A family member's occasion: "Mom's 60th", "Dad's cataract surgery", "Gran's house".

A text about a relative's birthday, operation, appointment or home is about the
family, even when the occasion's own words (a party, a surgery, a house sale)
belong to another category: each distinct such mention adds to ``family``.
"""

from __future__ import annotations

import re

_KIN_OCCASION = re.compile(
    r"(?i)\b(?:mom|mum|mam|dad|mother|father|gran|granny|grandma|grandpa|grandad|grandmother|"
    r"grandfather|nan|nana|oma|opa|sister|brother|aunt|auntie|uncle|parents)['’]s?\s+"
    r"(?:\w+\s+){0,2}?(?:birthday|surgery|operation|appointment|party|retirement|funeral|"
    r"anniversary|\d+(?:st|nd|rd|th)|house|flat|place|hip|knee|heart|treatment|chemo|scan|"
    r"check-?up|visit|recovery|diagnosis)\b"
)


def kin_occasions(text: str) -> int:
    """How many distinct relatives' occasions the text mentions."""
    return len({m.group(0).casefold() for m in _KIN_OCCASION.finditer(text)})
