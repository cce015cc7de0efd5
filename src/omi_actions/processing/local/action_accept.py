"""Requests put to a group that the user takes on.

"Could someone take that?" / "who can drive Gran to the clinic?" / "someone needs to
book the campsite" are nobody's task until a volunteer answers: "me! I'll take it",
"I'll take her", "I'll do it". The task is the request's verb phrase with its
pronoun object resolved ("take that" after "the onboarding doc is out of date");
when the volunteer says what they will have done ("I'll have it updated by
Friday"), that verb names the task. The due date is the volunteer's, else the
request's.
"""

from __future__ import annotations

import re

from omi_actions.processing.local import action_verbs, grammar
from omi_actions.processing.local.action_context import _Context

_GROUP = re.compile(
    r"\b(?:(?:could|can|would)\s+(?:a\s+parent|someone|somebody|anyone|anybody|one\s+of\s+"
    r"you|a\s+volunteer)|who(?:'s|’s|\s+is)?\s+(?:can|could|wants\s+to|is\s+able\s+to|"
    r"(?:is\s+)?free\s+to)|(?:someone|somebody)\s+(?:needs\s+to|has\s+to|should|must|"
    r"(?:will\s+)?need\s+to))\s+(?:please\s+)?(?P<task>[a-z].+)",
    re.IGNORECASE,
)
# "do it", "take that", "handle this": the task is what the pronoun stands for.
_PRONOUN_TASK = re.compile(
    r"^(?P<verb>do|take|handle|grab|cover|own|sort(?:\s+out)?|take\s+care\s+of|pick\s+up)\s+"
    r"(?P<pro>it|that|this|them)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_ACCEPTS = re.compile(
    r"^(?:(?:sure|ok|okay|yes|yep|yeah|fine|happy\s+to|on\s+it|got\s+it|no\s+problem|deal|me+|"
    r"i\s+can|i\s+will)\b[,!.\s]*)*(?:i'?ll|i’ll|i\s+will|i\s+can|let\s+me)\s+"
    r"(?:take|do|handle|grab|cover|own|sort|book|get)\b"
    r"|^(?:me+|i\s+can|i'?ll\s+do\s+it|count\s+me\s+in|on\s+it)\s*[!.]*\s*$",
    re.IGNORECASE,
)
# "I'll have it updated by Friday", "I'll get the icons exported tonight".
_HAVE_DONE = re.compile(
    r"\b(?:i'?ll|i’ll|i\s+will|i\s+can|should)\s+(?:have|get)\s+(?:it|them|that|this|"
    r"(?:the|my|our)\s+[\w'’ -]{2,40}?)\s+(?P<pp>[a-z]{3,}ed)\b",
    re.IGNORECASE,
)


def group_task(text: str) -> str | None:
    """The task a request to the group asks for, e.g. "take that?" or "book the hall"."""
    match = _GROUP.search(text)
    if match is None:
        return None
    task = re.split(r"\?", match.group("task"))[0].strip()
    return task or None


def is_pronoun_task(task: str) -> bool:
    return _PRONOUN_TASK.match(task.strip()) is not None


def accepts(text: str) -> bool:
    """The user volunteering: "me!! I'll take games", "I'll do it", "I can"."""
    return _ACCEPTS.search(text.strip()) is not None


def resolved(task: str, noun_phrase: str | None) -> str | None:
    """ "take that" + "the onboarding doc" -> "take the onboarding doc"."""
    match = _PRONOUN_TASK.match(task.strip())
    if match is None:
        return task
    if noun_phrase is None:
        return None
    return f"{match.group('verb')} {noun_phrase}{match.group('rest')}"


def done_verb(text: str) -> str | None:
    """ "I'll have it updated by Friday" -> "update"."""
    match = _HAVE_DONE.search(text)
    if match is None:
        return None
    pp = match.group("pp").lower()
    verb = grammar.base_form(pp[:-2] + "ing")
    return verb if action_verbs.is_task_verb(verb) else None


def with_verb(task: str, verb: str | None) -> str:
    """The volunteer's verb for a light one: "take the onboarding doc" -> "update ..."."""
    if verb is None:
        return task
    first, _, rest = task.strip().partition(" ")
    if first.lower() in ("take", "do", "handle", "grab", "cover", "own", "sort") and rest:
        return f"{verb} {rest}"
    return task


def topic(texts: list[str], fallback: str | None) -> str | None:
    """What "could someone take that?" points at: the subject of what was just said
    ("the onboarding doc is out of date and the new hires start Monday"), i.e. the first
    noun phrase of the nearest text that has one."""
    for text in texts:
        phrases = _Context._phrases(text)
        if phrases:
            return phrases[0]
    return fallback


# "Cover Dana's opening shift": a shift the user agreed to work is an event in the
# calendar, not a task ("call Ana back about the shift" still is one).
_SHIFT = re.compile(
    r"^(?:cover|work|take|do|pick\s+up)\s+(?:[\w'’:-]+\s+){0,4}?shifts?\b", re.IGNORECASE
)


def covers_shift(task: str) -> bool:
    return _SHIFT.match(task.strip()) is not None


# "have it finished by then" -> "finish it by then": things people do themselves
# (not "have the form signed", "get the boiler serviced": someone else does those).
_HAVE_PP = re.compile(
    r"^(?:have|get)\s+(?P<obj>it|them|this|that|(?:the|your|my|all|both)\s+[\w'’ -]{2,40}?)\s+"
    r"(?P<pp>finished|completed|updated|exported|written|read|packed|cleaned|tidied|submitted|"
    r"drafted|prepared|reviewed|sorted|filed|printed|wrapped|labell?ed|uploaded|proofread)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_IRREGULAR = {"written": "write", "read": "read", "proofread": "proofread", "tidied": "tidy"}


def undo_have(task: str) -> str:
    match = _HAVE_PP.match(task.strip())
    if match is None:
        return task
    pp = match.group("pp").lower()
    verb = _IRREGULAR.get(pp) or grammar.base_form(pp[:-2] + "ing")
    if pp.endswith("lled") and not action_verbs.is_task_verb(verb):
        verb = verb[:-1]  # "labelled" -> "label"
    if not action_verbs.is_task_verb(verb):
        return task
    return f"{verb} {match.group('obj')}{match.group('rest')}"


# "I'll do a Costco run tomorrow", "I'll pop to the shop later": how the user will do
# what was just asked, not another task.
_ERRAND = re.compile(
    r"^(?:do|make)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?(?:run|shop|trip)\b|"
    r"^(?:go|pop|nip|run|head)\s+(?:over\s+|down\s+|out\s+)?(?:to|into)\s+the\s+"
    r"(?:shops?|store|supermarket|market)\b|^hit\s+the\s+(?:shops|store|supermarket)\b",
    re.IGNORECASE,
)


def is_errand(task: str) -> bool:
    return _ERRAND.match(task.strip()) is not None


def names_goods(errand: str) -> bool:
    """ "do the grocery run" says what is bought; "do a Costco run" only where."""
    return (
        re.search(r"\b(?:grocer(?:y|ies)|food|shopping|snacks?|drinks?)\b", errand, re.I)
        is not None
    )


_MOTION = re.compile(
    r"^(?:come|go|run|pop)\s+(?:over\s+|down\s+|by\s+)?(?:and\s+)?(?P<verb>[a-z]+)\b", re.I
)


_PARTICLE_WORDS = frozenset("back up out over in round home along by down off on".split())


def drop_motion(task: str) -> str:
    """ "come pick him up", "go and collect the parcel": the errand, not the coming."""
    match = _MOTION.match(task.strip())
    if match is None or not action_verbs.is_task_verb(match.group("verb")):
        return task
    after = task.strip()[match.end() :].split()
    if match.group("verb").lower() in _PARTICLE_WORDS or (
        after and after[0].lower() in ("it", "that", "this", "them", "those")
    ):
        return task  # "come back in a week"; "come grab it whenever": nothing named
    if match.group("verb").lower() in ("get", "see", "visit", "meet", "check", "have"):
        return task  # "go get coffee", "come see us": an outing, left as it was said
    return task.strip()[match.start("verb") :]
