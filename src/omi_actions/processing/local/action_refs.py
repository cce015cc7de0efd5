"""References inside a task resolved from the sentences just before it.

* A partitive "some"/"more" after a shortage was named: "we're out of oat milk" -
  "I'll grab some on the way home" -> "grab oat milk on the way home".
* "her"/"him" as the first object of a verb that takes two ("send her the notes",
  "give him a call"): a person, never a possessive, since "her the ..." cannot be one.
"""

from __future__ import annotations

import re

# "grab some", "pick up some more", "get more" with nothing after but a time or place.
_PARTITIVE = re.compile(
    r"^(?P<verb>(?:buy|get|grab|pick\s+up|order|bring|fetch)\s+)(?:some\s+more|some|more)"
    r"(?P<rest>\s*(?:$|[,.!?;]|\s+(?:on|when|after|before|at|from|tonight|today|tomorrow|"
    r"later|first|this|next|then|too|and)\b).*)$",
    re.IGNORECASE,
)
# What has run short: "out of X", "ran out of X", "low on X", "no more X", "need more X",
# "used the last of the X". X is a short bare noun phrase ending the clause.
_SHORTAGE = re.compile(
    r"\b(?:(?:run|ran|running|completely|totally|all|we're|we\s+are|i'm|i\s+am)\s+)?"
    r"(?:out\s+of|low\s+on|short\s+on|short\s+of|no\s+more|need\s+(?:some\s+)?more|"
    r"the\s+last\s+of(?:\s+the)?)\s+"
    r"(?P<np>(?!the\b|it\b|them\b|that\b|this\b|time\b|here\b)[a-z][\w'’-]*"
    r"(?:\s+(?!and\b|so\b|for\b|in\b|on\b|at\b|again\b|too\b|left\b|now\b|i\b|we\b)"
    r"[a-z][\w'’-]*){0,2})"
    r"(?=\s*(?:[.,;!?]|$|\s+(?:and|so|for|in|on|at|again|too|left|now|i|we)\b))",
    re.IGNORECASE,
)
_NOT_STUFF = frozenset(
    """time luck ideas options patience money breath space energy room town office steam
    order line stock date control""".split()
)


def partitive(task: str, previous: list[str]) -> str:
    """ "grab some (on the way home)" -> "grab <what ran short> (on the way home)"."""
    match = _PARTITIVE.match(task.strip())
    if match is None:
        return task
    for text in previous:
        found = [m.group("np") for m in _SHORTAGE.finditer(text)]
        found = [np for np in found if np.split()[-1].lower() not in _NOT_STUFF]
        if len(found) == 1:
            return f"{match.group('verb')}{found[0]}{match.group('rest')}"
        if found:
            return task  # two things ran short: which one is not clear
    return task


# "send her the notes", "give him a call", "show her your draft": the indirect object.
PERSON_BEFORE_OBJECT = re.compile(
    r"^(?:send|give|show|email|e-mail|text|forward|pass|lend|hand|bring|get|buy|tell|"
    r"teach|offer|owe|remind)\s+(?P<pro>him|her)\s+(?=(?:the|a|an|some|my|our|this|that|"
    r"these|those|your)\b)",
    re.IGNORECASE,
)


# Getting somewhere is the logistics of a plan (an event), not a to-do: "arrive ten
# minutes early", "come by around 2", "come along". A purpose makes it one again
# ("arrive early to fill out the paperwork"), and so does how to come ("come in fasting").
_LOGISTICS = re.compile(r"^(?:arrive|come)\b", re.IGNORECASE)
_PURPOSE = re.compile(
    r"\bto\s+(?!the\b|a\b|an\b|my\b|your\b|our\b|his\b|her\b|their\b|that\b|this\b|it\b)"
    r"[a-z]+\b|^come\s+(?:in\s+)?(?:fasting|prepared|ready|dressed|wearing|with)\b",
    re.IGNORECASE,
)


def only_getting_there(task: str) -> bool:
    """ "Arrive 10 minutes early", "Come by around 2": no task beyond showing up."""
    return bool(_LOGISTICS.match(task)) and not _PURPOSE.search(task)
