"""Things someone needs from the user, said without any request form: "I'll need your
final guest count by Friday" (send it to them), and a child's "Mum, I need a costume for
book day" (the parent's errand: buy it).
"""

from __future__ import annotations

import re

from omi_actions.processing.local import grammar

# "Mom,", "Dad, Dad,", "Mum! Mum.": the speaker addresses the user as a parent.
_PARENT = re.compile(r"\b(?:mom|mum|mommy|mummy|mama|dad|daddy|papa)\b\s*[,!.]", re.IGNORECASE)
_NEED = re.compile(
    r"\bI\s+(?:really\s+|still\s+|just\s+)?need\s+(?P<x>(?:(?:a|an|some|new|more)\s+)?"
    r"(?!to\b|you\b|your\b|it\b|that\b|this\b|them\b|the\b|my\b)[a-z][\w'’ -]*?)"
    r"(?P<rest>\s+(?:for|by|on|tomorrow|before)\b[^.!?]*)?\s*[.!?]*$",
    re.IGNORECASE,
)
# Needs no shop sells: "I need a hug", "I need a ride", "I need help with my homework".
_NOT_GOODS = frozenset(
    """help hug break minute second moment nap rest ride lift word favor favour hand wee pee
    drink water sleep answer permission break""".split()
)


def says_need(text: str) -> bool:
    """A cheap first test: the text has an "I need <thing>" at all."""
    return _NEED.search(text) is not None


def parent_need(text: str, turn_so_far: str) -> str | None:
    """ "Mum, I need poster board for my project" -> "buy poster board for my project".

    ``turn_so_far`` is what the same speaker said just before in the same turn, where
    the vocative may be ("Mum! Mum. I need a costume").
    """
    if _PARENT.search(text) is None and _PARENT.search(turn_so_far) is None:
        return None
    match = _NEED.search(text)
    if match is None:
        return None
    thing = match.group("x").strip()
    words = thing.lower().split()
    if not words or len(words) > 5 or _NOT_GOODS.intersection(words):
        return None
    return f"buy {thing}{match.group('rest') or ''}".strip()


# "I'll need your final guest count", "I still need a revised forecast from you by
# Thursday": something the user is to hand over. "I need your help" asks no thing.
_WE_NEED = re.compile(
    r"\b(?:we|i)(?:'ll|’ll|\s+will)?\s+(?:still\s+|also\s+)?(?:need|require)\s+(?P<x>"
    r"your\s+(?!help\b|advice\b|opinion\b|input\b|thoughts\b|support\b|feedback\b|"
    r"permission\b|consent\b|decision\b|answer\b|address\b|signature\b)[a-z].+"
    r"|(?:the|an?)\s+[^,.;!?]+?\s+from\s+you\b.*"
    r"|(?:your|the)\s+.+?\s+by\s+.+)",
    re.IGNORECASE,
)
# ", with Delmar as a separate line" / ", so I can book": not part of what to send
# (a comma inside a list - "W-2, 1099-INT and last year's return" - is).
_AFTERTHOUGHT = re.compile(
    r"\s*[;:]\s+|,\s+(?=(?:with|so|as|because|since|which|but|if|when|thanks|please)\b|"
    r"and\s+(?:the\s+|it\s+|this\s+|that\s+)?[\w'’]+\s+(?:is|are|was|will)\b)",
    re.IGNORECASE,
)
_FROM_YOU = re.compile(r"\s+from\s+you\b", re.IGNORECASE)


def needed_from_user(text: str, speaker: str | None) -> str | None:
    """ "I still need the budget from you by Friday, with travel" -> "send the budget by
    Friday to Bertrand" (the caller rewrites pronouns and drops the date)."""
    need = _WE_NEED.search(text)
    if need is None:
        return None
    what = _AFTERTHOUGHT.split(_FROM_YOU.sub("", need.group("x"), count=1))[0]
    # "to Ines" only on a single thing: "the lease and the deposit" splits in ``_add``.
    to = f" to {speaker}" if speaker and not re.search(r"\bto\s+me\b|\sand\s", what) else ""
    return f"send {grammar.trim_clause(what)}{to}"
