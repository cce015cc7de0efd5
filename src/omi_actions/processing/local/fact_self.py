"""The user's self-description: bios in fragments, job statements, sign-offs, opinions.

* Profile lines written in fragments, not sentences: "Nurse | mom of 2 | Austin, TX",
  "Dad. Runner. Tea snob.", "41, teacher, Leeds" (``fact_self_fragments``).
* Job statements split into one attribute each: "User started as a welder at
  Acme" -> "User works as a welder" and "User works at Acme" (``fact_self_jobs``).
* Clause trimming and momentary states: comment clauses and moment adverbs that are
  not part of the attribute ("..., which explains X", "today"), and passing states
  that are no lasting fact (``fact_self_filters``).
* The name the user signs a mail with (``fact_self_signoff``).

This module is the entry point for all of them and reads opinions that say what the
user likes ("Hot take: pineapple on pizza is elite").
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_self_filters import is_momentary as is_momentary
from omi_actions.processing.local.fact_self_filters import trim as trim
from omi_actions.processing.local.fact_self_fragments import bio_facts as bio_facts
from omi_actions.processing.local.fact_self_jobs import is_job as is_job
from omi_actions.processing.local.fact_self_jobs import split_job as split_job
from omi_actions.processing.local.fact_self_jobs import split_role_at as split_role_at
from omi_actions.processing.local.fact_self_signoff import signoff_name as signoff_name

# "Hot take: pineapple on pizza is elite": an opinion that says what the user likes.
_HOT_TAKE = re.compile(
    r"\b(?:hot\s+take|unpopular\s+opinion|controversial\s+opinion|fight\s+me)\s*[:,-]\s*"
    r"(?P<what>[^.!?:]{3,50}?)\s+(?:is|are)\s+(?:simply\s+|honestly\s+|actually\s+)?"
    r"(?:elite|the\s+best|underrated|superior|amazing|great|perfect|delicious|goated|"
    r"peak|fire|s-tier)\b"
    r"|\b(?:hot\s+take|unpopular\s+opinion|controversial\s+opinion)\s*[:,-]\s*"
    r"(?P<thing>[\w'-]+(?:\s[\w'-]+)?)\s+belongs?\s+(?P<where>on|in)\s+(?P<place>[\w'-]+)",
    re.IGNORECASE,
)


def opinion_likes(text: str) -> list[str]:
    facts = []
    for match in _HOT_TAKE.finditer(text):
        if match.group("what"):
            facts.append(f"User likes {match.group('what').strip().lower()}")
        else:
            thing, place = match.group("thing").lower(), match.group("place").lower()
            facts.append(f"User likes {thing} {match.group('where').lower()} {place}")
    return facts


__all__ = [
    "bio_facts",
    "is_job",
    "is_momentary",
    "opinion_likes",
    "signoff_name",
    "split_job",
    "split_role_at",
    "trim",
]
