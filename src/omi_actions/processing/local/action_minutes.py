"""Meeting minutes: finding the "Actions" section and reading owned lines
("AI: @me draft the guide", "Action: Sam to update the changelog").
"""

from __future__ import annotations

import re

from omi_actions.processing.local import (
    grammar,
)
from omi_actions.processing.local.text import Document

# Meeting minutes: "AI: @me draft the guide by 10/24", "Action: Sam to update the changelog".
_MINUTES_ITEM = re.compile(
    r"^(?:AI|A\.I\.|action(?:\s+items?)?|actions|todo|to-?do|task|follow-?\s?up|next\s+steps?)"
    r"\s*[:\-–]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_OWNER = re.compile(
    r"^(?P<who>@?[A-Za-z][\w.'’-]*(?:\s*(?:\+|&|/|,|\band\b)\s*@?[A-Za-z][\w.'’-]*)*)"
    r"(?:(?P<sep>\s*[:\-–,]\s*|\s+(?:to|will|should|must|needs?\s+to)\s+)|\s+(?=[a-z]))"
    r"(?P<task>.+)$"
)
_ME_OWNER = re.compile(r"(?:^|[\s+&/,])@?(?:me|myself|i|user)\b", re.IGNORECASE)


_MINUTES = re.compile(
    r"^(?:meeting\s+)?minutes\b|[–-]\s*minutes\b|\bminutes\s*[–:(-]|"
    r"^\s*(?:attendees|present|participants)\s*:",
    re.IGNORECASE | re.MULTILINE,
)
_ACTIONS_HEADER = re.compile(
    r"^(?:action\s+items?|actions|next\s+steps|follow-?\s?ups?|to-?dos?|tasks)\s*:?$", re.IGNORECASE
)


def _actions_section(document: Document) -> int:
    """The index of the "Actions" heading in meeting minutes (0 when there is none)."""
    heads = [s.text for s in document.sentences[:3]]
    if not ("minutes" in document.spec or any(_MINUTES.search(t) for t in heads)):
        return 0
    return next(
        (i for i, s in enumerate(document.sentences) if _ACTIONS_HEADER.match(s.text.strip())), 0
    )


def _owned_item(text: str) -> str | None:
    """A minutes line with an owner: the task when the owner is the user, "" when it is
    someone else's, None when the line is not one."""
    item = _MINUTES_ITEM.match(text.strip())
    rest = item.group("rest").strip() if item is not None else text.strip()
    if item is None and not rest.lower().startswith("@me"):
        return None
    owner = _OWNER.match(rest)
    if owner is None:
        return None
    who = owner.group("who")
    if not who.startswith("@") and (
        who.lower() in grammar.TASK_VERBS
        or (owner.group("sep") is None and not _ME_OWNER.match(who))
    ):
        return None  # "Action: send the deck", "Todo: dentist appointment": no owner named
    if _ME_OWNER.search(who):
        task = owner.group("task")
        if item is None and task.split(" ", 1)[0].lower() not in grammar.TASK_VERBS:
            return None  # "@me can you review ...": an ordinary request
        return task
    return ""
