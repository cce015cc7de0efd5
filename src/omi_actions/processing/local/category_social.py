"""Cues that a chat or a talk is between friends: the register of a catch-up.

A chat between friends mentions topics in passing ("can't, early shift",
"my sister's in town", "how's the knee?") without being about them. These cues
(banter, thanks between friends, plans to meet, favours asked) add to the
``social`` score of chats and transcripts, so that one incidental topic word
does not outweigh the social register of the whole exchange.
"""

from __future__ import annotations

import re

# Each distinct cue counts once.
_FRIENDLY = re.compile(
    r"(?i)\b(?:lol|lmao|haha\w*|omg|legend|you'?re\s+(?:the\s+best|a\s+star|a\s+saint)|"
    r"no\s+worries|next\s+time|congrats|miss(?:ed)?\s+you|catch\s+up|"
    r"(?:been|it'?s\s+been)\s+(?:way\s+)?too\s+long|remember\s+when|how'?s\s+the\s+new|"
    r"how\s+was\s+your\s+(?:weekend|trip|holiday)|who'?s\s+in|you\s+in\?|at\s+mine|"
    r"coffee\s+instead|grab\s+(?:a\s+)?(?:coffee|drink|drinks|a\s+bite|food)|"
    r"can\s+(?:you|i)\s+borrow|could\s+(?:you|i)\s+borrow|water\s+(?:my|the|our)\s+plants|"
    r"water\s+the\s+tomatoes|gutted|boo|yay)\b"
)

SOCIAL_SOURCES = frozenset({"chat", "transcript"})


def friendly_cues(text: str) -> int:
    """How many distinct friendly-chat cues the text has."""
    return len({m.group(0).casefold() for m in _FRIENDLY.finditer(text)})
