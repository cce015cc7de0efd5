"""The title rule both engines share (SPEC §3.1): at most ``MAX_TITLE_WORDS`` words,
not ending on a dangling preposition or article left by the cut."""

from __future__ import annotations

import re

from omi_actions.processing.schemas import MAX_TITLE_WORDS

_DANGLING = re.compile(
    r"(?:\s+(?:by|on|at|to|for|with|and|or|of|the|a|an|in|from|before|after|-|–|:))+$", re.I
)


def cap_title(text: str, limit: int = MAX_TITLE_WORDS) -> str:
    words = text.split()
    capped = " ".join(words[:limit])
    return _DANGLING.sub("", capped).strip(" ,;:-") or capped
