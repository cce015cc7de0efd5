"""Shopping lists in the user's own notes: "groceries: oat milk, spinach, rice".

A labelled list of things to get has no verb, yet it is the clearest to-do a
note holds: "Buy oat milk, spinach and rice". A long list becomes "Buy
groceries" (the items are in the note; a task names the errand).
"""

from __future__ import annotations

import re

_LABEL = (
    r"(?:groceries|grocery(?:\s+(?:list|run|shop))?|shopping(?:\s+list)?|to\s+buy|"
    r"things\s+to\s+(?:buy|get)|supermarket|(?:need|have)\s+to\s+buy)"
)
_LIST = re.compile(
    r"^(?:(?:okay|ok|so|and|also|oh|right|remember)[,.!]?\s+)*"
    rf"(?P<label>{_LABEL})\s*(?:\([^()]*\))?\s*[:\-–]\s*(?P<items>\S.*)$",
    re.IGNORECASE,
)
_SPEAKER_LABEL = re.compile(rf"^{_LABEL}(?:\s*\([^()]*\))?$", re.IGNORECASE)
# "x2", "(2 dozen)", "10lb": amounts, not part of the item's name.
_AMOUNT = re.compile(
    r"\s*\([^()]*\)|\s+x\s?\d+\b|\s+\d+(?:\.\d+)?\s?(?:lb|lbs|kg|g|oz|l|ml|pack|packs)\b",
    re.IGNORECASE,
)
_MAX_ITEMS = 5


def shopping_task(text: str, speaker: str | None, previous: str = "") -> str | None:
    """ "groceries: oat milk, spinach, rice" -> "buy oat milk, spinach and rice"."""
    match = _LIST.match(text.strip())
    if match is not None:
        items_text = match.group("items")
    elif (speaker and _SPEAKER_LABEL.match(speaker.strip())) or _SPEAKER_LABEL.match(
        previous.strip().rstrip(":").strip()
    ):
        items_text = text  # "grocery (Costco run):" as a speaker or a heading line
    else:
        return None
    items = [
        _AMOUNT.sub("", item).strip(" .;!")
        for item in re.split(
            r",\s*|\s+and\s+|;\s*", re.sub(r"\([^()]*\)", "", items_text).strip().rstrip(".")
        )
    ]
    items = [i for i in items if i and len(i.split()) <= 4]
    if not items:
        return None
    if len(items) > _MAX_ITEMS:
        return "buy groceries"
    if len(items) == 1:
        return f"buy {items[0]}"
    return f"buy {', '.join(items[:-1])} and {items[-1]}"
