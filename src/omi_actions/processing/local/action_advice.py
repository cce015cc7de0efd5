"""Told-to-do phrases that are not tasks: getting somewhere by bus, a daily routine.

* "I'll take the bus Monday" / "grab a cab": how the user travels, not a to-do
  ("take the car to the garage" is one).
* "Do the exercises, three sets, every day" / "check it each morning": ongoing advice
  from a physio or a doctor, not a one-off task (the user's own "I'll water them every
  day" stays, and so does a course of treatment, "ice it twice a day").
"""

from __future__ import annotations

import re

_TRAVEL = re.compile(
    r"^(?:take|catch|get|grab|hop\s+on|ride)\s+(?:the|a|an)\s+(?:\w+\s+)?(?:bus|train|tube|"
    r"subway|metro|tram|ferry|cab|taxi|uber|lyft|shuttle)(?:\s+(?:in|home|back|there|over|"
    r"instead|again|today|tomorrow|tonight|on\s+\w+|\w+day|at\s+[\w:]+|(?:this|next)\s+\w+))*"
    r"\s*[.!]?$",
    re.IGNORECASE,
)
_ROUTINE = re.compile(
    r"\b(?:every\s+(?:single\s+)?(?:day|night|morning|evening|week)|each\s+(?:day|morning|"
    r"night|evening)|(?:once\s+)?daily)\b",
    re.IGNORECASE,
)


# "Could you do a first interview on Tuesday?", "I'll do the 1:1": a meeting to attend
# (an event), not a task; "leave it for now": a decision not to act.
_MEETING = re.compile(
    r"^(?:do|have|take)\s+(?:a|an|the|our|your|my)?\s*(?:[\w-]+\s+){0,3}?(?:interview|"
    r"meeting|call|catch-?up|1:1|one-on-one|screening\s+call|chat)\b(?!\s+(?:notes|prep|"
    r"slides|deck|write-?up|summary|feedback)\b)",
    re.IGNORECASE,
)
# "I'll take the day off", "I'll leave work early": making time for what the user is
# really to do (drive her, pick Mom up), not a task of its own.
_TIME_OFF = re.compile(
    r"^(?:take|have)\s+(?:the|a|that|this)?\s*(?:\w+\s+)?(?:day|days|afternoon|morning|week|"
    r"time)\s+off(?:\s+(?:work|tomorrow|then|too|\w+day))?\s*[.!]*$|"
    r"^(?:leave|finish|knock\s+off)\s+work\s+(?:early|a\s+bit\s+early|at\s+[\w:]+)"
    r"(?:\s+(?:today|tomorrow|tonight|then|\w+day))?\s*[.!]*$|"
    r"^work\s+from\s+home(?:\s+(?:today|tomorrow|then|\w+day))?\s*[.!]*$",
    re.IGNORECASE,
)
_NOT_NOW = re.compile(r"^(?:leave|skip|park)\b.*\bfor\s+now\b", re.IGNORECASE)
# "Order #TH-55218" (an order number heading a receipt), "Go to https" (a link cut short),
# "Pay from the app or online banking", "Call (555) 010-4471 or book online": how to do a
# task said elsewhere, not one of its own.
_NOT_AN_ACTION = re.compile(
    r"^order\s+(?:#|no\.?\s*\d|number\s)|\bhttps?\s*$|"
    r"^\w+\s+(?:from|via|through|using|in)\s+(?:the\s+)?(?:app|website|portal)\s+or\s+"
    r"(?:online|by\s+phone|in\s+person|\w+\s+banking)\s*$|"
    r"^(?:call|phone|ring|text)\s+[\d()+][\d()+\s.-]{6,}\s+or\s+\w+\s+online\s*$",
    re.IGNORECASE,
)


def not_a_task(description: str, kind: str, spoken: bool) -> bool:
    """True when the description is travel or a routine someone else prescribes aloud
    (``spoken``: said by another speaker in a transcript; a mail's "remember to water the
    seedlings each day" stays a reminder)."""
    text = description.strip()
    if (
        _TRAVEL.match(text)
        or _MEETING.match(text)
        or _NOT_NOW.match(text)
        or _TIME_OFF.match(text)
        or _NOT_AN_ACTION.search(text)
    ):
        return True
    return spoken and kind in ("imperative", "request") and _ROUTINE.search(text) is not None


# "pick them up by Saturday or they go back on the shelf": the threat is not the task.
_CONSEQUENCE = re.compile(
    r",?\s+(?:or\s+(?:else\s+)?|otherwise\s+)(?:they|it|we|you|he|she|that)(?:'ll|’ll|\s+will|"
    r"\s+go|\s+goes|\s+get|\s+gets|\s+lose|\s+may|\s+might|\s+could|\s+won't|\s+can't)\b.*$",
    re.IGNORECASE,
)


def drop_consequence(task: str) -> str:
    """The task without a trailing "or they go back on the shelf"."""
    return _CONSEQUENCE.sub("", task)
