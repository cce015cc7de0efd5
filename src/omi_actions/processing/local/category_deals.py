"""Deal cues: a talk with a client or a prospect is business, not office work.

A call about a quote, pricing for so many seats or units, samples, a statement
of work or a pilot's rollout is a sale being made with someone outside the
company: ``business``. The same office words ("send it over", "follow up",
"my colleague", "the team") otherwise make it ``work``. With two or more
distinct deal cues, business gains weight and work loses some.
"""

from __future__ import annotations

import re

_DEAL = re.compile(
    r"(?i)\b(?:(?:a|the|formal|revised|updated|written)\s+quote|quote\s+(?:that|for|on)|"
    r"pricing(?:\s+sheet)?|volume\s+pricing|price\s+(?:has|needs)\s+to\s+come\s+down|"
    r"\d[\d,]*\s+(?:units|seats|licen[cs]es|pallets)|(?:hundred|thousand)\s+(?:units|seats)|"
    r"samples|sow|statement\s+of\s+work|the\s+pilot|full\s+rollout|purchase\s+order|"
    r"signed\s+(?:sow|contract|proposal)|(?:our|your)\s+(?:account\s+manager|sales\s+rep))\b"
)


def deal_cues(text: str) -> int:
    """How many distinct deal cues the text has."""
    return len({re.sub(r"\s+", " ", m.group(0).casefold()) for m in _DEAL.finditer(text)})
