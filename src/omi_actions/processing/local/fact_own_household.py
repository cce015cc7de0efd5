"""The household a user lists in passing: "two kids, one very loud parrot".

Posts tell a family's story in noun lists ("A decade of adventures, two kids, one very loud
parrot") or in what came along ("Drove 1,400 miles with two kids and a very confused
dog"). A count of children or a pet counts only as a list item (after a comma or "and",
before a comma, "and" or the end) or after "with": "Two kids were hit there" is news and
"a class with two kids who ..." is about other people's children.
"""

from __future__ import annotations

import re

_COUNT = r"two|three|four|five|six|2|3|4|5|6"
_KIDS = re.compile(
    rf"(?:\b(?i:with)\s+(?:(?i:my|our)\s+)?|,\s+|\b(?i:and)\s+)(?P<n>(?i:{_COUNT}))\s+"
    r"(?P<kin>(?i:kids|children|boys|girls|sons|daughters))\b"
    r"(?=\s*(?:,|;|\.|!|$|\band\b|\bin\s+tow\b))",
)
_PETS = r"dog|cat|puppy|kitten|parrot|budgie|rabbit|bunny|hamster|guinea\s+pig|tortoise|ferret"
_PET = re.compile(
    rf"(?:\b(?i:with)\s+|,\s+|\b(?i:and)\s+)(?i:a|an|one|our)\s+"
    r"(?:(?i:very|slightly|extremely|rather)\s+)?(?:[a-z]+\s+)?"
    rf"(?P<pet>(?i:{_PETS}))\b(?=\s*(?:,|;|\.|!|$|\band\b))"
)
_WORDS = {"2": "two", "3": "three", "4": "four", "5": "five", "6": "six"}
# "a dog bed", "a cat café": the noun is not the animal.
_NOT_PET_PHRASE = re.compile(r"\b(?:hot\s+dog|sitting|walking|friendly|shaped|sized)\b", re.I)


def listed_household(text: str) -> list[str]:
    """ "User has two kids", "User has a parrot" from a post's lists."""
    facts: list[str] = []
    for match in _KIDS.finditer(text):
        n = match.group("n").lower()
        facts.append(f"User has {_WORDS.get(n, n)} {match.group('kin').lower()}")
    for match in _PET.finditer(text):
        if _NOT_PET_PHRASE.search(match.group(0)):
            continue
        pet = re.sub(r"\s+", " ", match.group("pet").lower())
        facts.append(f"User has {'an' if pet[0] in 'aeiou' else 'a'} {pet}")
    return list(dict.fromkeys(facts))
