"""Plans put to the user as a request or a proposal of a shared activity, named by
the activity ("any chance you could help me move on Saturday?", "let's sit down and
compare the quotes", "do you want to study together?").

The day and the clock often come in the replies ("Saturday at 10", "I'll be there at
9"), so such a sentence only opens a frame named by the activity; the frame becomes an
event only when the conversation gives it a day and a clock time, as any other frame.
Only activities that take the user's time and presence count: "can you send me the
file by Friday" is a task for the action items, not a calendar plan.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.dates import DateMention, find_dates
from omi_actions.processing.local.event_frame import _EPOCH
from omi_actions.processing.local.text import Document, Sentence

# Who asks or proposes: another party asking the user ("could you", "any chance you
# could", "do you want to") or anyone proposing a joint activity ("let's").
_ASK = re.compile(
    r"\b(?:(?:can|could|would)\s+you\s+(?:please\s+|possibly\s+|maybe\s+)?(?:be\s+able\s+to\s+)?|"
    r"(?:any\s+)?chance\s+you\s+(?:could|can)\s+|"
    r"(?:(?:do|would)\s+you\s+|^\W*)(?:want|like|wanna)\s+to\s+|wanna\s+|"
    # "When can you start the splashback?": a job's first day put to the tradesperson.
    r"when\s+(?:can|could)\s+you\s+(?=start\b)|"
    r"let'?s\s+)"
    r"(?P<what>(?P<verb>help|watch|babysit|mind|look\s+after|cover\s+for|"
    r"come\s+(?:back|over|round|by)\s+(?:\w+\s+){0,4}?and\s+(?:help|set\s+up|fix|install|look\s+at)|"
    r"sit\s+down\s+and\s+(?:go\s+over|compare|look\s+at|plan|sort\s+out)|"
    r"study|revise|practi[cs]e|rehearse|run\s+through|go\s+over|"
    r"start\s+(?:on\s+)?(?:the|my|our)\b)[^.?!;]*)",
    re.IGNORECASE,
)
# Where the activity's words stop: a date or clock phrase, a reason or a condition.
_WHAT_END = re.compile(
    r"\s+(?:on|at|this|next|tomorrow|tonight|today|before|after|by|from|so|because|since|"
    r"if|when|while|or|but|too|please|together\s+for)\b|\s*[,(—–-]\s",
    re.IGNORECASE,
)
# "come back on Saturday and set up my new printer": the errand, not the coming.
_COME_AND = re.compile(r"^come\s+\w+\s+(?:\w+\s+){0,4}?and\s+", re.IGNORECASE)
_SIT_AND = re.compile(r"^sit\s+down\s+and\s+", re.IGNORECASE)
# Household chores and errands said with the same verbs are tasks, not appointments.
_NOT_PLANS = re.compile(
    r"\b(?:it|this|that|them|the\s+(?:bug|typo|issue|link|doc|code|build|script|file|page))\s*$",
    re.IGNORECASE,
)


def _named(speaker: str | None) -> str | None:
    """The asker as a title word: a short name or role ("Ravi", "Sis"), never a label."""
    if not speaker or not re.fullmatch(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}", speaker):
        return None
    if re.match(r"(?i)(?:speaker|spk|person|participant|unknown)\b", speaker):
        return None
    return speaker


def _activity(what: str, asker: str | None) -> str | None:
    """The activity's words without dates, conditions and the asker's pronouns."""
    what = _COME_AND.sub("", what)
    what = _SIT_AND.sub("", what)
    end = _WHAT_END.search(what)
    if end is not None:
        what = what[: end.start()]
    dated = find_dates(what, _EPOCH)
    if dated:
        what = what[: min(m.start for m in dated)]  # "study together Sunday": no day
    what = re.sub(r"\s+(?:together|with\s+(?:me|us))$", "", what.strip(), flags=re.I)
    words = what.split()
    if not words or len(words) > 7 or _NOT_PLANS.search(what):
        return None
    if asker is not None:
        what = re.sub(r"\b(?:me|us)\b", asker, what)
        what = re.sub(r"\b(?:my|our)\b", f"{asker}'s", what)
    what = re.sub(r"\b(?:my|our|your)\s+", "", what)
    if len(what.split()) == 1:
        what = {"study": "Study session", "rehearse": "Rehearsal", "revise": "Revision"}.get(
            what.lower(), what
        )
    return what[:1].upper() + what[1:]


def favour_plan(
    sentence: Sentence, document: Document, index: int, mentions: list[DateMention]
) -> str | None:
    """The activity a request or proposal puts to the user, when the user is part of
    the exchange: asked by someone else and answered by the user later, or proposed
    by the user ("let's") and answered by someone else."""
    found = _ASK.search(sentence.text)
    if found is None or any(m.past for m in mentions):
        return None
    ask = found.group(0)[: found.start("what") - found.start()].lower()
    if found.group("verb").lower() == "start" and not ask.startswith("when"):
        return None  # "could you start the slides Monday": a task's start, not a visit
    joint = ask.startswith("let") or bool(re.search(r"\b(?:want|like|wanna)\b", ask))
    if sentence.from_user is None:
        return None  # a note or a broadcast: nobody in particular is asked
    if not joint and sentence.from_user is not False:
        return None  # "could you watch the kids" said by the user asks someone else
    later = document.sentences[index + 1 : index + 5]
    if not any(s.turn != sentence.turn and s.from_user is not sentence.from_user for s in later):
        return None  # nobody answered: not agreed
    asker = _named(sentence.speaker) if sentence.from_user is False else None
    activity = _activity(found.group("what"), asker)
    if activity is not None and joint and asker is not None and asker not in activity:
        activity = f"{activity} with {asker}"  # "do you want to study together?": with Ben
    return activity
