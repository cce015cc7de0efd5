"""Plans stated in ways the request and commitment rules do not read.

* A summary written to the user ("Next steps: you will send the revised quote",
  "You agreed to review the budget by Monday"): the user's own steps. Steps of
  others ("Dan will share the deck") are not matched, since only "you" is.
* A dated plan in the present progressive ("Tomorrow I'm calling the landlord",
  "I'm picking up the cake on Friday"): a commitment, but only with a future time,
  since "I'm calling about my order" describes the moment.
"""

from __future__ import annotations

import re

from omi_actions.processing.local import grammar

_YOU_COMMIT = re.compile(
    r"^\s*(?:[-*•]\s*)?(?:and\s+|also\s+|then\s+)?you(?:'ll|’ll|\s+will|\s+agreed\s+to|"
    r"\s+offered\s+to|\s+promised\s+to|\s+committed\s+to|\s+volunteered\s+to|"
    r"\s+said\s+you(?:'d|’d|\s+would)|(?:'re|’re|\s+are)\s+going\s+to)\s+"
    r"(?:also\s+|then\s+|first\s+)?(?P<task>[a-z][^.!?]*)",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:tomorrow|tonight|later\s+today|this\s+(?:morning|afternoon|evening|weekend)|"
    r"next\s+(?:week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|first\s+thing)\b",
    re.IGNORECASE,
)
_PROGRESSIVE = re.compile(
    r"\bI(?:'m|’m|\s+am)\s+(?:definitely\s+|finally\s+|also\s+)?(?P<verb>[a-z]+ing)\s+"
    r"(?P<rest>[^.!?]+)",
    re.IGNORECASE,
)
# "I'm calling about", "I'm picking up on what you said": no object, the moment itself.
_NOT_OBJECT = re.compile(r"^(?:about|because|to\s+say|on\s+behalf|from|in|for\s+you)\b", re.I)


def summary_step(clause: str) -> str | None:
    """ "You will send the revised quote by Friday" -> "send the revised quote by Friday"."""
    match = _YOU_COMMIT.match(clause)
    if match is None:
        return None
    task = match.group("task").strip()
    if task.split(" ", 1)[0].lower() not in grammar.TASK_VERBS:
        return None  # "you will love it", "you'll be fine"
    return task


# Errands, not outings: "I'm driving down to my parents' tomorrow" or "I'm helping my
# sister move on Friday" is a plan of the day (an event), "I'm calling the bank" a task.
_ERRANDS = frozenset(
    """call phone ring email text message send post mail pick buy order book drop return pay
    renew cancel submit sign file ask tell remind confirm finish fix print collect bring
    write review prepare update schedule register apply reply respond make bake""".split()
)
_TAIL = re.compile(r"\s*,\s*(?:so|because|since|but|as|which)\b.*$", re.IGNORECASE)


def dated_plan(clause: str) -> str | None:
    """ "Tomorrow I'm calling the landlord about the leak" -> "call the landlord ..."."""
    match = _PROGRESSIVE.search(clause)
    if match is None or not _FUTURE.search(clause):
        return None
    verb = grammar.base_form(match.group("verb").lower())
    if verb not in _ERRANDS or _NOT_OBJECT.match(match.group("rest")):
        return None
    return f"{verb} {_TAIL.sub('', match.group('rest')).strip()}"
