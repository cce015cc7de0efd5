"""Wording of a task phrase: splitting a sentence into clauses, resolving "it",
"them" and "him" to what was said before, and the final clean-up that turns a
clause into a short imperative description (or rejects it as vague or not a
task).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

from omi_actions.processing.local import (
    action_echo,
    action_refs,
    action_verbs,
    grammar,
)
from omi_actions.processing.local.action_context import _PERSON_NP, _Context
from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.text import Sentence

# Splits one sentence into clauses that can each hold a task.
_VERB_ALTERNATION = "|".join(sorted(grammar.TASK_VERBS))
_CLAUSE_SPLIT = re.compile(
    r"\s*(?:;|\s[—–]\s|,\s*(?=(?:and\s+)?(?:i'?ll|i\s+will|i\s+need|i\s+have\s+to|i\s+still)\b)|"
    r",?\s+and\s+(?=(?:(?:the|your|my)\s+)?(?:[\w'’-]+\s+){1,4}(?:is|are)\s+due\b)|"
    rf",\s*so\s+(?=(?:{_VERB_ALTERNATION})\b)|"
    rf",?\s+and\s+(?=(?:{_VERB_ALTERNATION})\b(?!\s*(?:[.!?]|$))"
    r"(?!(?:\s+[\w'’-]+){0,3}?\s+(?:it|them)\b)"
    r"(?!\s+(?:for|of|from|with|and|or|is|are|was|were)\b))|"
    rf",\s*(?:and\s+)?then\s+(?=(?:{_VERB_ALTERNATION})\s+(?!to\b|it\b|up\s+to\b))|"
    rf",\s+(?=(?:{_VERB_ALTERNATION})\b(?!\s+(?:you|me)\b\s*$))|"
    # "... at 200 Main St. Complete the form": a sentence the splitter missed.
    rf"\.\s+(?=(?-i:[A-Z]))(?=(?:{_VERB_ALTERNATION})\s+(?:the|your|a|an|this|all)\b))\s*",
    re.IGNORECASE,
)
_LEADING_TIME = re.compile(
    r"^(?:(?:for\s+)?(?:next\s+time|this\s+week(?:end)?|today|tonight|tomorrow|later|"
    r"this\s+(?:morning|afternoon|evening)|first|then|after\s+that|also|oh|ok|okay|so|and)"
    r"\s*[,:]?\s+)+",
    re.IGNORECASE,
)
_PRONOUN_OBJECT = re.compile(
    r"^(?P<verb>(?:[a-z]+\s+and\s+)?\w+(?:\s+(?:up|out|off|back|in|down|over|on))?)\s+"
    r"(?P<pro>it|them|those|that|"
    r"these|this|yours)\b",
    re.IGNORECASE,
)
_POLITE = re.compile(r"^(?:(?:please|pls|plz|kindly)\s+)+", re.IGNORECASE)
_AFTER_PRONOUN = frozenset(
    """to at by on in for with before after tonight today tomorrow this next when if and or too
    again back up out over off please now first later asap soon""".split()
)
# Only to ask "does this phrase state a date at all?".
_ANY_REFERENCE = datetime(2024, 1, 1, tzinfo=UTC)


def _clauses(text: str) -> list[tuple[str, str]]:
    """(clause, the separator before it): "" for the first, "," / "and" / ";" after."""
    parts: list[tuple[str, str]] = []
    position, joiner = 0, ""
    for match in _CLAUSE_SPLIT.finditer(text):
        if match.start() > position:
            parts.append((text[position : match.start()], joiner))
        separator = match.group(0).strip().lower()
        joiner = "and" if "and" in separator else separator[:1] or ","
        if joiner in ("—", "–", "s"):
            joiner = ","  # a dash or ", so" starts a new clause like a comma
        elif joiner == ".":
            joiner = ";"  # a missed sentence break: a new clause like a semicolon
        position = match.end()
    if position < len(text):
        parts.append((text[position:], joiner))
    return [(c, j) for c, j in parts if c.strip()] or [(text, "")]


def _resolve_pronoun(task: str, context: _Context, index: int, sentence: Sentence) -> str:
    polite = _POLITE.match(task)
    if polite is not None:
        # "please activate it": the politeness word is not the verb.
        resolved = _resolve_pronoun(task[polite.end() :], context, index, sentence)
        return task[: polite.end()] + resolved
    match = _PRONOUN_OBJECT.match(task)
    if match is None:
        return task
    following = task[match.end() :].split()
    if (
        match.group("pro").lower() in ("this", "that", "these", "those")
        and following
        and following[0].lower().strip(",.!?") not in _AFTER_PRONOUN
    ):
        return task  # "call this number": a determiner, not a pronoun
    if (
        match.group("verb").lower() == "make"
        and match.group("pro").lower() == "it"
        and not [w for w in following if w.lower().strip(",.!?") not in _AFTER_PRONOUN]
    ):
        return ""  # "can you make it (on Friday)?": attending, said elsewhere
    position = sentence.text.lower().find(task.lower()[:20])
    said = [
        s.text
        for s in reversed(context.document.sentences[max(0, index - 4) : index])
        if s.speaker != sentence.speaker
    ]
    np = action_echo.echoed_object(match.group("verb"), match.group("pro"), said)
    if np is None:
        np = context.noun_phrase(index, sentence.text, max(0, position), match.group("pro"))
    if np is None:
        return task
    if (
        match.group("pro").lower() == "them"
        and match.group("verb").lower() in _PEOPLE_VERBS
        and not _PERSON_NP.search(np)
    ):
        return task  # "ask them about on-call": people, never "the warehouse outage"
    rest = task[match.end() :]
    particle = _LEFT_PARTICLE.match(rest)
    if particle is not None and " " not in match.group("verb").strip():
        # "pick them up by Saturday" -> "pick up the elbows by Saturday"
        return f"{match.group('verb')} {particle.group('p')} {np}{rest[particle.end() :]}"
    return f"{match.group('verb')} {np}{rest}"


# Verbs whose object is a person: "them" after these names people, not things (one
# calls or pays "them", the gym, but asks or thanks people).
_PEOPLE_VERBS = frozenset(
    """ask tell remind thank invite inform warn nudge introduce brief""".split()
)
_LEFT_PARTICLE = re.compile(r"^\s+(?P<p>up|out|off|back|down|over)\b(?=\s|$|[,.!?])", re.I)


# "him"/"her" as the object ("text him", "pick her up", "prep the slides for him"), not
# "her" as a possessive ("her car").
_PERSON_OBJECT = re.compile(
    r"\b(?P<pro>him|her)\b(?=\s*(?:$|[,.!?;]|(?:up|back|in|out|off|over|round|to|for|at|on|"
    r"about|with|tonight|today|tomorrow|later|first|now|this|next|when|after|before|once|"
    r"and|so|asap)\b))",
    re.IGNORECASE,
)
_NAME_TOKEN = re.compile(r"(?<![.!?]\s)(?<!^)(?<!\bthe\s)(?<!\bThe\s)\b[A-Z][a-z]{2,}\b")
_OPENING_POSSESSIVE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?!(?:That|What|Let|Here|There|Where|Who|How|She|Everyone|Everybody|"
    r"Someone|Somebody|Nobody|Today|Tonight|Tomorrow|Yesterday|Today|One|Mine|Yours|Ours|"
    r"Theirs|This|Which|Why|When)['’]s)(?P<n>[A-Z][a-z]{2,})['’]s\s+[a-z]"
)
_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december mon tue tues wed thu thurs fri sat
    sun jan feb mar apr jun jul aug sep sept oct nov dec christmas easter okay yes yeah sure
    thanks please sorry great cool hey dear best regards cheers""".split()
)


def _resolve_person(task: str, context: _Context, index: int, sentence: Sentence) -> str:
    """ "I'll text him" after "tell Marcus": the one person named just before."""
    match = _PERSON_OBJECT.search(task)
    count = len(_PERSON_OBJECT.findall(task))
    if match is None:
        match = action_refs.PERSON_BEFORE_OBJECT.match(task)
        count = 1 if match is not None else 0
    if match is None or count != 1:
        return task
    if re.match(r"^(?:tell|ask|remind|let)\s+(?:him|her)\b\W*$", task, re.IGNORECASE):
        return task  # "I'll tell her": what about is not said
    sentences = context.document.sentences
    speakers = {w.lower() for n in context.document.speakers for w in n.split()}
    position = sentence.text.lower().find(task.lower()[:20])
    texts = [sentence.text[: max(0, position)]]
    texts += [s.text for s in reversed(sentences[max(0, index - 3) : index])]
    for text in texts:
        tokens = [m.group(0) for m in _NAME_TOKEN.finditer(text)]
        # "Pepper's surgery is on Tuesday": a name opening a sentence, known by its "'s".
        tokens += [m.group("n") for m in _OPENING_POSSESSIVE.finditer(text)]
        names = [
            token
            for token in tokens
            if token.lower() not in _NOT_NAMES
            and token.lower() not in speakers
            and token.lower() not in grammar.TASK_VERBS
            and not find_dates(token, _ANY_REFERENCE)
        ]
        if len(set(names)) == 1:
            return f"{task[: match.start('pro')]}{names[0]}{task[match.end('pro') :]}"
        if names:
            return task  # two people named: which one is not clear
    return task


# "Book club moved to Friday", "Call time changed": a verb-looking noun, then what changed.
_NEWS = re.compile(
    r"^[A-Za-z]+\s+(?!(?:it|them|this|that|him|her|everything|something|one|yours)\b)[a-z]+\s+"
    r"(?:has\s+|have\s+|got\s+|was\s+|is\s+)?(?:moved|changed|cancell?ed|"
    r"canceled|postponed|rescheduled|pushed|delayed|brought\s+forward)\b",
    re.IGNORECASE,
)


def _finish(task: str) -> str | None:
    task = _LEADING_TIME.sub("", task.strip())
    # "review sections 7 (indemnity) and 11": an aside, not the end of the task.
    task = re.sub(r"\s*\((?!\d)[^()]{1,40}\)", "", task)
    if _TIMETABLE.search(task):
        return None  # "Return Sun 07 Dec 17:12 Chur → Zürich": an itinerary line
    task = re.sub(
        r"^(call|text|phone|dial|ring)\s+(?:this|that|the|our|my)\s+number\s+(?=to\b)",
        r"\1 ",
        task,
        flags=re.IGNORECASE,
    )
    task = grammar.strip_adverbs(grammar.trim_clause(task))
    if re.match(r"^[A-Za-z]+\s*,", task):
        return None  # "send, sorry": the object was said before the verb
    task = re.sub(r"\s+", " ", task).strip(" ,.")
    # "ring Mum re: Sunday" -> "call Mum about Sunday".
    task = re.sub(
        r"^ring\s+(?=(?:up\s+|back\s+)?(?:[A-Z]|the\b|him\b|her\b|them\b))", "call ", task
    )
    task = re.sub(r"\s+re:\s+", " about ", task)
    if _NEWS.match(task):
        return None  # "Book club moved to Priya's": a compound noun and its news
    task = re.sub(r"[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F]+", "", task).strip()
    if not action_verbs.is_plausible_task(task) or _DOCUMENT_TITLE.match(task):
        return None
    if _is_vague(task) or action_refs.only_getting_there(task):
        return None
    return grammar.capitalise(task)


# "Visit summary", "Call notes - Acme", "Test note, please ignore": a title, not a task.
_DOCUMENT_TITLE = re.compile(
    r"^(?:call|visit|test|trip|check-?in|work|study|practice|order|sales)\s+"
    r"(?:summary|summaries|notes?|recap|log|minutes|transcript|report|details)\b"
    r"(?:\s*$|\s*[-–—:|(,]|\s+(?:please|pls|plz)\s+ignore\b)|"
    r"\b(?:please|pls|plz)\s+ignore\b",
    re.IGNORECASE,
)
_TIMETABLE = re.compile(
    r"[→⇄⇒]|\s->\s|^\w+\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d", re.IGNORECASE
)
_DATE_WORDS = re.compile(
    r"\b(?:today|tonight|tomorrow|now|later|soon|first|then|this|next|week|weekend|morning|"
    r"afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|by|at|"
    r"within|days|weeks|hours|latest|asap|"
    r"in|before|after|the|a|an|it|that|done|ready|\d+(?::\d+)?(?:am|pm)?)\b",
    re.IGNORECASE,
)


# "something" / "anything" with nothing after it; "whatever" / "whoever" anywhere.
_VAGUE_OBJECT = re.compile(
    r"^(?:(?:up|out|over|along)\s+)?(?:(?:something|anything)\s*(?:fun|nice|else)?\s*[.!?]*$|"
    r"(?:whatever|whoever|whichever)\b)",
    re.IGNORECASE,
)


def _is_vague(task: str) -> bool:
    """ "Look tonight", "Do it", "Get that done by Wednesday": no object left."""
    words = task.split()
    rest = _DATE_WORDS.sub("", " ".join(words[1:]))
    rest = re.sub(r"[^\w]+", " ", rest).strip()
    if words[0].lower() in ("rsvp", "vote", "reply", "respond", "fast"):
        return False
    if re.match(
        r"^(?:take|have)\s+a\s+(?:quick\s+)?look\b(?!\s+(?:at|over|through)\b)", task, re.I
    ):
        return True  # "take a look before then": what to look at is not said
    if rest.lower() in ("more", "less", "better", "harder", "again", "more often"):
        return True  # "read more": a resolution, not a task
    if rest.lower() in ("early", "earlier", "late", "quickly", "properly", "anyway", "instead"):
        return True  # "start early": how, not what
    if _VAGUE_OBJECT.match(" ".join(words[1:])):
        return True  # "plan something", "bring whatever you want": nothing named
    return not rest or rest.lower() in ("up", "out", "off", "back", "over", "down")
