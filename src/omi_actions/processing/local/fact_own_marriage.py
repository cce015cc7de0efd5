"""Marriage in the user's own words: anniversaries and a spouse praised by name.

"Happy 10th anniversary to my husband Raj" says the user is married to Raj and has been
for ten years; "my amazing wife Dana" names the wife past the praise word that the plain
"my wife Dana" rule (``fact_people``) does not expect.
"""

from __future__ import annotations

import re

_PRAISE = (
    r"(?:(?:amazing|wonderful|beautiful|lovely|incredible|gorgeous|darling|dear|sweet|"
    r"favou?rite|best|brilliant|patient|handsome|loving)\s+)"
)
_ANNIVERSARY = re.compile(
    r"\b(?P<n>\d{1,2})(?:st|nd|rd|th)\s+(?P<wedding>wedding\s+)?anniversary\s+(?:to|with)\s+"
    rf"(?i:my)\s+{_PRAISE}*(?P<rel>wife|husband|partner|spouse)\b"
    r"(?:\s*,?\s+(?P<name>[A-Z][a-z]+)\b)?",
    re.IGNORECASE,
)
# "my amazing wife Dana": a spouse named after a praise word.
_PRAISED_SPOUSE = re.compile(
    rf"\b(?i:my)\s+(?i:{_PRAISE})+(?P<rel>(?i:wife|husband))\s*,?\s+(?P<name>[A-Z][a-z]+)\b"
)
_NOT_NAME = frozenset("And For Who Is Was Has Had The Today Tonight Thank Thanks".split())


def marriage_facts(text: str) -> list[str]:
    """ "User is married to Raj, their husband", "User has been married for 10 years"."""
    facts: list[str] = []
    for match in _ANNIVERSARY.finditer(text):
        rel = match.group("rel").lower()
        married = rel in ("wife", "husband", "spouse") or bool(match.group("wedding"))
        if not married:
            continue  # "5th anniversary with my partner": together, not said to be married
        facts.append(f"User has been married for {match.group('n')} years")
        name = match.group("name")
        if name and name not in _NOT_NAME and rel in ("wife", "husband"):
            facts.append(f"User is married to {name}, their {rel}")
    for match in _PRAISED_SPOUSE.finditer(text):
        name = match.group("name")
        if name not in _NOT_NAME:
            facts.append(f"User is married to {name}, their {match.group('rel').lower()}")
    return list(dict.fromkeys(facts))
