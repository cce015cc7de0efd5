"""Home baking in the user's own posts and notes: "sourdough obsessed", "starter is named Bubbles".

People rarely write "I bake sourdough"; they write "failing at sourdough", "sunday =
sourdough day", "feed the sourdough starter". A mention counts only with a sign of the
user doing it (a starter, a batch, a crumb, "obsessed", "is my thing", "attempting");
a shopping list's "sourdough" or an article about "your sourdough starter" has none, and
"learn to make sourdough" is a goal, not a habit.
"""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^.!?\n]+")
_SOURDOUGH = re.compile(r"\bsourdough\b", re.IGNORECASE)
_DOING = re.compile(
    r"\b(?:starter|batch|crumb|loaf|loaves|bake[sd]?|baking|obsessed|my\s+thing|attempting|"
    r"failing\s+at|day|feed(?:ing)?)\b",
    re.IGNORECASE,
)
_NOT_DOING = re.compile(r"\b(?:your|learn\s+to|want\s+to|how\s+to|buy|bought)\b", re.IGNORECASE)
_STARTER_NAMED = re.compile(
    r"\bstarter\s+(?:is\s+)?(?:named|called)\s+(?P<name>[A-Z][a-z]+)\b"
    r"|\b(?P<name2>[A-Z][a-z]+)\s*\(\s*(?:my|the|our)\s+(?:sourdough\s+)?starter\b"
)
_FEEDS_STARTER = re.compile(r"\bfeed(?:ing|s)?\s+(?:the|my)\s+(?:sourdough\s+)?starter\b", re.I)


def baking_facts(text: str) -> list[str]:
    """ "User bakes sourdough", "User has a sourdough starter named Bubbles"."""
    facts: list[str] = []
    name = _starter_name(text)
    for sentence in _SENTENCE.findall(text):
        if not _SOURDOUGH.search(sentence) or _NOT_DOING.search(sentence):
            continue
        if _FEEDS_STARTER.search(sentence) and name is None:
            facts.append("User keeps a sourdough starter")
        elif _DOING.search(sentence):
            facts.append("User bakes sourdough")
    if name is not None and facts:
        facts.append(f"User has a sourdough starter named {name}")
    return list(dict.fromkeys(facts))


def _starter_name(text: str) -> str | None:
    named = _STARTER_NAMED.search(text)
    return (named.group("name") or named.group("name2")) if named is not None else None


def without_starter_pets(facts: list[str], text: str) -> list[str]:
    """Drop a pet named like the sourdough starter: "User has a dog named Bubbles"."""
    name = _starter_name(text)
    if name is None:
        return facts
    pet = re.compile(rf"\b(?:pet|dog|cat|puppy|kitten)\s+named\s+{re.escape(name)}\b")
    return [fact for fact in facts if not pet.search(fact)]
