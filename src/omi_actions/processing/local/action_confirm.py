"""What a confirmation request confirms.

Reminders and recruiters ask for a confirmation without naming the thing in the
same clause: "Reply C to confirm", "Please confirm by replying to this email",
"Could you confirm whether that works for you?". The thing is the one plan the
text is about (the event found in it), so the task names it: "Reply to
Brightsmile Dental to confirm the cleaning with Dr. Patel", "Confirm the final
round interview with Sophie".
"""

from __future__ import annotations

import re

from omi_actions.processing.schemas import Event

# "Reply to X to confirm", "Call me back at 555-0100 to confirm", "Reply to confirm".
_TO_CONFIRM = re.compile(
    r"^(?:reply|respond|call|text|email|ring|phone|get\s+back)\b.*\bto\s+confirm\s*[.!]?$",
    re.IGNORECASE,
)
# "Confirm by replying to this email", "confirm by calling us".
_CONFIRM_BY = re.compile(
    r"^confirm\s+by\s+(?P<how>replying|responding|reply|calling|phoning|emailing|texting)\b.*$",
    re.IGNORECASE,
)
# "Confirm whether that works for you", "confirm if this time still works".
_CONFIRM_WORKS = re.compile(
    r"^confirm\s+(?:whether|if|that)\s+(?:that|this|it|the\s+(?:time|date|slot|day))"
    r"(?:\s+(?:time|date|slot))?\s+(?:still\s+)?(?:works|suits)(?:\s+for\s+you)?\s*[.!?]?$",
    re.IGNORECASE,
)
_HOW = {
    "replying": "Reply",
    "responding": "Reply",
    "reply": "Reply",
    "calling": "Call",
    "phoning": "Call",
    "emailing": "Email",
    "texting": "Text",
}


def name_confirmation(description: str, events: list[Event], sender: str | None) -> str:
    """The description with the confirmed plan named, when the text has one plan."""
    if len(events) != 1:
        return description
    title = events[0].title.strip()
    if len(title.split()) < 2:
        return description  # "Cleaning": the bare kind of visit names nothing new
    thing = title if title[1:2].isupper() else title[:1].lower() + title[1:]
    with_sender = (
        f" with {sender}" if sender and sender.split()[0].lower() not in title.lower() else ""
    )
    text = description.strip().rstrip(".!")
    if _TO_CONFIRM.match(text):
        return f"{text} the {thing}"
    by = _CONFIRM_BY.match(text)
    if by is not None:
        verb = _HOW[by.group("how").lower()]
        target = f" to {sender}" if sender and verb in ("Reply", "Email") else ""
        if verb in ("Call", "Text") and sender:
            target = f" {sender}"
        return f"{verb}{target} to confirm the {thing}"
    if _CONFIRM_WORKS.match(text):
        return f"Confirm the {thing}{with_sender}"
    return description
