"""Adding action-item candidates: splitting a found task in two ("send the form and
the deposit", "make sure X and that Y"), finishing and dating it, and the
follow-up clauses that date or extend the task said before ("I'll do it
Monday", "maybe some bread too", "then the charger").
"""

from __future__ import annotations

import re

from omi_actions.processing.local import (
    action_accept,
    action_advice,
    action_confirm,
    action_tidy,
    action_time,
    grammar,
)
from omi_actions.processing.local.action_commitments import _PAYABLE
from omi_actions.processing.local.action_context import (
    _VAGUE_PERIOD,
    _Candidate,
    _Context,
    _name,
    _verb_of,
)
from omi_actions.processing.local.action_due import _due, _with_event_context
from omi_actions.processing.local.action_phrasing import _DATE_WORDS, _finish, _is_vague
from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.text import Sentence
from omi_actions.processing.schemas import Event

_ANAPHORIC = re.compile(
    r"^(?:do|get|finish|handle|have|take\s+care\s+of)\s+(?:it|that|this|those|them)"
    r"(?:\s+(?:done|ready|sorted|finished))?\b(?P<rest>.*)$"
    r"|^do\s+(?:the\s+)?(?P<noun>[a-z]+?)s?\b(?P<rest2>.*)$",
    re.IGNORECASE,
)
_ELLIPSIS = re.compile(
    r"^(?:maybe|and|also|oh and|plus|oh,? and)?\s*(?P<np>(?:some|a|an|the|a few|a couple of)?\s*"
    r"[a-z][\w -]{1,40}?)\s+(?:too|as well|also)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_PAY_TOO = re.compile(
    r"^(?P<verb>send|submit|bring|drop\s+off|hand\s+in|get)\s+"
    r"(?P<a>(?:the|your|my|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+and\s+(?:the\s+|your\s+)?"
    r"(?P<b>(?:(?:first|last|next)\s+\w+(?:'s|’s)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)"
    r"(?P<tail>\s+(?:by|on|before|tonight|tomorrow|today|at)\b.*)?$",
    re.IGNORECASE,
)
_BARE_DRIVE = re.compile(
    r"^drive(?:\s+(?:too|there|us|everyone|them|as\s+well))?\s*[.!?]*$", re.IGNORECASE
)
_MAKE_SURE_BOTH = re.compile(
    r"^(?:make\s+sure|ensure|check)\s+(?:that\s+)?(?P<a>.+?),?\s+and\s+that\s+(?P<b>.+)$",
    re.IGNORECASE,
)


def _add(
    candidates: list[_Candidate],
    found: str,
    clause: str,
    sentence: Sentence,
    index: int,
    kind: str,
    context: _Context,
    events: list[Event],
) -> bool:
    split = _PAY_TOO.match(found.strip())
    if split is not None and _PAYABLE.match(split.group("b")):
        # "send the application and first month's deposit by Wednesday": two tasks.
        tail = split.group("tail") or ""
        first = f"{split.group('verb')} {split.group('a')}{tail}"
        added = _add(candidates, first, clause, sentence, index, kind, context, events)
        second = f"pay {split.group('b')}{tail}"
        return _add(candidates, second, clause, sentence, index, kind, context, events) or added
    both = _MAKE_SURE_BOTH.match(found.strip())
    if both is not None:
        # "make sure the router is accessible and that someone is home": two checks.
        added = False
        for part in (both.group("a"), both.group("b")):
            task = f"make sure {part}"
            added = _add(candidates, task, clause, sentence, index, kind, context, events) or added
        return added
    if _BARE_DRIVE.match(found.strip()) and len(events) == 1:
        # "can you drive too?" before the hike: driving people there is the task.
        title = events[0].title
        found = f"drive to the {title[:1].lower() + title[1:] if title[1:2].islower() else title}"
    found = action_accept.drop_motion(found)  # "come pick him up" -> "pick him up"
    description = _finish(action_advice.drop_consequence(found))
    spoken = context.document.kind == "transcript" and sentence.from_user is not True
    if description is None or action_advice.not_a_task(description, kind, spoken):
        return False
    if action_accept.covers_shift(description):
        return False  # "cover Sam's Saturday shift": an event, not a task
    due = _due(clause, found, index, context, events, kind)
    if kind != "invitation":  # "Reply to Alex about lunch on Friday": the event's date
        description = action_time.strip_time_phrases(description, context.reference)
        if _is_vague(description):
            return False  # "Please pick up by Mar 6": nothing left but the verb
    description = action_tidy.tidy(description)
    core = description
    description = _with_event_context(
        description, events, asked=sentence.from_user is False and kind == "request"
    )
    description = action_confirm.name_confirmation(
        description, events, _name(sentence, context.document)
    )
    candidates.append(
        _Candidate(description, due, sentence, index, _verb_of(description), kind, core)
    )
    return True


def _anaphoric(
    found: str, clause: str, candidates: list[_Candidate], index: int, context: _Context
) -> bool:
    """ "I'll do it Monday" / "get that done by Wednesday" / "do labels tonight" date the
    task said just before instead of making a new one."""
    match = _ANAPHORIC.match(grammar.strip_adverbs(found.strip()))
    if match is None and _buys_one(found, candidates, index):
        dated = [m for m in find_dates(clause, context.reference) if not m.past]
        if dated:
            candidates[-1].due_at = dated[0].value
        return True
    if match is None:
        return _redates(found, clause, candidates, index, context)
    noun = match.group("noun")
    if noun is not None:
        target = next(
            (
                c
                for c in reversed(candidates)
                if c.verb.lower().startswith(noun.lower()[:4]) and index - c.index <= 4
            ),
            None,
        )
        if target is None:
            return False
    elif not candidates or index - candidates[-1].index > 4:
        return True  # "do it" with nothing to refer to is not a task either
    else:
        target = candidates[-1]
    mentions = [m for m in find_dates(clause, context.reference) if not m.past]
    if mentions:
        target.due_at = mentions[0].value
    return True


# "Mum, I need poster board" - "I'll grab one tomorrow": when, not a new errand.
_BUY_ONE = re.compile(
    r"^(?:grab|buy|get|pick\s+up|order)\s+(?:one|some)(?:\s*[.!]*|\s+(?:tomorrow|today|"
    r"tonight|later|after|on|this|next|when|before|at|in|first)\b.*)$",
    re.IGNORECASE,
)
_SHOPPING = frozenset({"buy", "get", "grab", "order", "pick"})


def _buys_one(found: str, candidates: list[_Candidate], index: int) -> bool:
    """The user's "I'll grab one" answers a shopping request made just before."""
    if not candidates or _BUY_ONE.match(found.strip()) is None:
        return False
    last = candidates[-1]
    return (
        last.sentence.from_user is False
        and last.verb.lower() in _SHOPPING
        and 0 < index - last.index <= 4
    )


_SAME_TASK_AGAIN = re.compile(
    r"^(?P<verb>\w+)(?:\s+(?P<pro>it|that|this|them|those))?\b(?P<rest>.*)$", re.IGNORECASE
)


def _redates(
    found: str, clause: str, candidates: list[_Candidate], index: int, context: _Context
) -> bool:
    """ "will merge tomorrow morning" / "I'll change it this week" in reply to a request
    just made: the user's own date for that task, not a new one."""
    match = _SAME_TASK_AGAIN.match(grammar.strip_adverbs(found.strip()))
    if match is None or not candidates:
        return False
    rest = re.sub(r"[^\w]+", " ", _DATE_WORDS.sub("", match.group("rest"))).strip()
    if rest:
        return False
    target = candidates[-1]
    sentence = context.document.sentences[index]
    replier_is_user = sentence.from_user is True or (
        sentence.from_user is None
        and sentence.speaker is not None
        and target.sentence.speaker not in (None, sentence.speaker)
    )
    if (
        target.sentence.from_user is True
        or not replier_is_user
        or index - target.index > 3
        or (match.group("pro") is None and match.group("verb").lower() != target.verb.lower())
    ):
        return False
    mentions = [m for m in find_dates(clause, context.reference) if not m.past]
    if mentions and not _VAGUE_PERIOD.fullmatch(mentions[0].phrase):
        target.due_at = mentions[0].value
    return True


def _date_acceptance(
    candidates: list[_Candidate], sentence: Sentence, index: int, context: _Context
) -> None:
    """ "sure, I'll do it this afternoon" dates the request just made."""
    last = candidates[-1]
    if index - last.index > 2 or last.sentence.from_user is True:
        return
    mentions = [m for m in context.mentions[index] if not m.past]
    if mentions:
        last.due_at = mentions[0].value


def _continuation(clause: str, sentence: Sentence, previous: _Candidate, index: int) -> str | None:
    """ "Maybe some bread too" right after "pick up milk" -> "pick up some bread"."""
    if previous.sentence.speaker != sentence.speaker or sentence.from_user is True:
        return None
    if index - previous.index > 3:
        return None
    match = _ELLIPSIS.match(clause.strip())
    if match is None:
        return None
    noun = match.group("np").strip()
    if not noun or any(w.lower() in grammar.TASK_VERBS for w in noun.split()[:1]):
        return None
    rest = match.group("rest").strip(" ,.!?")
    return f"{previous.verb.lower()} {noun} {rest}".strip()


# "Book a cleaning. Then the eye exam." : the next object of the same verb.
_NEXT_OBJECT = re.compile(
    r"^(?:then|and\s+then|next|after\s+that|also|plus|and)\s*,?\s+"
    r"(?P<np>(?:the|a|an|my|some)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*(?:[,.;!]|$)",
    re.IGNORECASE,
)


def _elided_verb(clause: str, sentence: Sentence, previous: _Candidate, index: int) -> str | None:
    if previous.sentence.speaker != sentence.speaker or index - previous.index > 2:
        return None
    match = _NEXT_OBJECT.match(clause.strip())
    if match is None:
        return None
    np = match.group("np")
    if any(
        w.lower() in grammar.TASK_VERBS or w.lower() in grammar.NON_VERB_START
        for w in np.split()[1:]
    ):
        return None
    return f"{previous.verb.lower()} {np}"
