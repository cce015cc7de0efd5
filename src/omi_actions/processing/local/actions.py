"""Action items: requests made to the user and commitments the user made.

Each sentence is matched against a small grammar of request forms ("don't
forget to X", "can you X?", "please X", an imperative verb) when someone else
says it, and commitment forms ("I'll X", "I need to X") when the user says it.
The matched task phrase is trimmed, its pronouns rewritten from the user's
point of view, and dated from a date phrase in the same sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from rapidfuzz import fuzz

from omi_actions.processing.local import grammar
from omi_actions.processing.local.dates import DateMention, find_dates
from omi_actions.processing.local.text import Document, Sentence
from omi_actions.processing.schemas import ActionItem

_I = r"(?:^|(?<=[\s,;]))"
_REQUESTS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:please\s+)?(?:don'?t|do not|dont|pls don'?t)\s+forget\s+(?:to\s+)?(?P<task>.+)",
        r"\b(?:please\s+)?remember\s+to\s+(?P<task>.+)",
        r"\b(?:please\s+)?make\s+sure\s+(?:to|you|that you)\s+(?P<task>.+)",
        r"\b(?:i|we)\s+(?:need|want|would like|'d like|d like)\s+you\s+to\s+(?P<task>.+)",
        r"\b(?:can|could|will|would)\s+you\s+(?:please\s+|pls\s+|kindly\s+|also\s+|maybe\s+)?"
        r"(?!like\b|want\b|believe\b|imagine\b|tell\s+me\s+about\b|be\b|see\b|hear\b)"
        r"(?P<task>[a-z].+)",
        r"\b(?:would|do)\s+you\s+mind\s+(?P<gerund>\w+ing)\b(?P<task>.*)",
        r"\byou\s+(?:need|have|must|should|gotta|got|ought|'d better|had better|better)"
        r"(?:\s+to)?\s+(?!be\b|have\s+been\b)(?P<task>[a-z].+)",
        r"^(?:reminder|remember|todo|to-?do|action(?: item)?)\s*[:\-]\s*(?P<task>.+)",
        r"^(?:and\s+|also\s+|oh\s+and\s+|just\s+)?(?:please|pls|plz|kindly)\s+(?P<task>[a-z].+)",
    )
)
_INVITATION = re.compile(
    r"\b(?:would|do|did)\s+you\s+(?:like|want|wanna)\s+to\s+(?P<act>.+)"
    r"|\b(?:are|r)\s+(?:you|u)\s+(?:free|available|around|up|down|in)\s+(?:for\s+|to\s+)?(?P<act2>.+)"
    r"|\b(?:want|wanna)\s+to\s+(?P<act3>.+)\?"
    r"|\b(?:how|what)\s+about\s+(?P<act4>.+)\?",
    re.IGNORECASE,
)
_LET_KNOW = re.compile(r"\blet\s+(?:me|us)\s+know\b(?P<what>.*)", re.IGNORECASE)
_COMMITMENTS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\bI(?:'ll|’ll| will| shall|'m going to| am going to|'m gonna| am gonna| need to|"
        r" have to| must| should| gotta| got to|'ve got to| have got to| plan to|'m planning to|"
        r" am planning to| promise to|'m supposed to| am supposed to| want to| wanna| still need to|"
        r" really need to| definitely need to| also need to)\s+(?P<task>.+)",
        r"\bwe(?:'ll| will| need to| have to| must| should| gotta|'re going to| are going to)"
        r"\s+(?P<task>.+)",
        r"^(?:need to|gotta|must|have to|got to|remember to|don'?t forget to|todo:?|to do:?)"
        r"\s+(?P<task>.+)",
        r"\blet me\s+(?P<task>(?:check|send|look|find|ask|call|email|text|get back|confirm|"
        r"grab|book|pick|review|forward|share)\b.+)",
    )
)
# After "I'll", these verbs state a plan or a feeling, not a task.
_NOT_TASK_AFTER_I = re.compile(
    r"^(?:be|have\s+(?:a|an|the|to)\b|think|see\b|try\s+(?:it|that)|guess|bet|probably|never|"
    r"always|just\s+be|miss|love|let\s+you\s+know|keep\s+(?:you|that|it)|take\s+(?:it|that)\b|"
    r"talk\s+to\s+you|see\s+you|catch\s+you|get\s+going|head\s+out|go\s+now|sleep|eat|relax|"
    r"pass|do\s+(?:it|that|my best)\b|manage|survive|live|die|need\b|want\b|like\b|say|tell\s+you|"
    r"admit|agree|remember|have\s+(?:it|that|some|one)\b|stay|wait|come\s+back|"
    r"figure\s+(?:it|that)\s+out|check\s+(?:it|that)\s+out|look\s+into\s+(?:it|that)|"
    r"get\s+(?:there|home|back|ready)|go\s+(?:home|to\s+bed|to\s+sleep))",
    re.IGNORECASE,
)
_ELLIPSIS = re.compile(
    r"^(?:maybe|and|also|oh and|plus|oh,? and)?\s*(?P<np>(?:some|a|an|the|a few|a couple of)?\s*"
    r"[a-z][\w -]{1,40}?)\s+(?:too|as well|also)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_LIGHT_VERBS = re.compile(
    r"^(?:grab|have|get|go\s+(?:out\s+)?(?:for|to)|join\s+(?:me|us)\s+(?:for|at)|"
    r"come\s+(?:over\s+)?(?:for|to)|catch|do|meet\s+(?:up\s+)?for)\s+",
    re.IGNORECASE,
)
_PARTICLES = frozenset({"up", "out", "off", "back", "in", "down", "over", "on", "by"})
_DUPLICATE_RATIO = 85.0


@dataclass
class _Candidate:
    description: str
    due_at: datetime | None
    sentence: Sentence
    verb: str


def _due(sentence: str, task: str, reference: datetime) -> datetime | None:
    mentions = [m for m in find_dates(sentence, reference) if not m.past]
    if not mentions:
        return None
    inside = [m for m in mentions if m.phrase.lower() in task.lower()]
    chosen: DateMention = (inside or mentions)[0]
    return chosen.value


def _name(sentence: Sentence, document: Document) -> str | None:
    if sentence.speaker and sentence.from_user is not True:
        return sentence.speaker
    if document.kind == "email" and document.sender:
        return document.sender
    return None


def _counterpart(document: Document) -> str | None:
    others = document.others()
    return others[0] if len(others) == 1 else None


def _verb_of(description: str) -> str:
    words = description.split()
    if len(words) >= 2 and words[1].lower() in _PARTICLES:
        return " ".join(words[:2])
    return words[0] if words else ""


def _finish(task: str) -> str | None:
    task = grammar.strip_adverbs(grammar.trim_clause(task))
    task = re.sub(r"\s+", " ", task).strip(" ,.")
    if not grammar.is_plausible_task(task):
        return None
    return grammar.capitalise(task)


def _request(sentence: Sentence, document: Document) -> tuple[str, str] | None:
    """(task, kind) for a request addressed to the user, if the sentence is one."""
    text = sentence.text.strip()
    speaker = _name(sentence, document)
    invitation = _INVITATION.search(text)
    if invitation is not None:
        act = next(g for g in invitation.groups() if g)
        act = _LIGHT_VERBS.sub("", grammar.trim_clause(act))
        act = re.sub(r"^(?:to\s+)", "", act)
        if act and len(act.split()) <= 12 and not re.match(r"(?:it|that|this|so)\b", act):
            who = f" to {speaker}" if speaker else ""
            return f"Reply{who} about {grammar.rewrite_request(act, speaker)}", "invitation"
    for pattern in _REQUESTS:
        match = pattern.search(text)
        if match is None:
            continue
        task = match.group("task")
        gerund = match.groupdict().get("gerund")
        if gerund:
            task = grammar.base_form(gerund) + task
        return grammar.rewrite_request(task, speaker), "request"
    let_know = _LET_KNOW.search(text)
    if let_know is not None:
        what = grammar.trim_clause(let_know.group("what"))
        who = speaker or "them"
        return grammar.rewrite_request(f"let {who} know {what}".strip(), speaker), "let-know"
    bare = grammar.strip_adverbs(text)
    first = bare.split(" ", 1)[0].lower().strip(",.!?") if bare else ""
    if first in grammar.TASK_VERBS and not text.endswith("?") and not re.match(
        r"^\w+(?:ed|s)\b", bare
    ):
        return grammar.rewrite_request(bare, speaker), "imperative"
    return None


def _commitment(sentence: Sentence, document: Document) -> str | None:
    text = sentence.text.strip()
    if text.endswith("?") and not re.search(r"\bI(?:'ll| will)\b", text):
        return None
    for pattern in _COMMITMENTS:
        match = pattern.search(text)
        if match is None:
            continue
        task = grammar.strip_adverbs(match.group("task"))
        if _NOT_TASK_AFTER_I.match(task):
            return None
        return grammar.rewrite_commitment(task, _counterpart(document))
    if sentence.bullet or document.kind == "note":
        bare = grammar.strip_adverbs(re.sub(r"^(?:todo|to-?do)\s*:?\s*", "", text, flags=re.I))
        first = bare.split(" ", 1)[0].lower().strip(",.!?:") if bare else ""
        if first in grammar.TASK_VERBS:
            return bare
    return None


def extract_actions(document: Document, reference: datetime) -> list[ActionItem]:
    candidates: list[_Candidate] = []
    invited = False
    for index, sentence in enumerate(document.sentences):
        found: str | None = None
        kind = "commitment"
        if sentence.from_user is not True:
            request = _request(sentence, document)
            if request is not None:
                found, kind = request
                if kind == "let-know" and invited:
                    continue
        if found is None and sentence.from_user is not False:
            found = _commitment(sentence, document)
        if found is None and sentence.from_user is not True and candidates:
            found = _continuation(sentence, candidates[-1], document.sentences, index)
        if found is None:
            continue
        description = _finish(found)
        if description is None:
            continue
        invited = invited or kind == "invitation"
        due = _due(sentence.text, found, reference)
        candidates.append(_Candidate(description, due, sentence, _verb_of(description)))
    return _dedupe(candidates)


def _continuation(
    sentence: Sentence, previous: _Candidate, sentences: list[Sentence], index: int
) -> str | None:
    """ "Maybe some bread too" right after "pick up milk" -> "pick up some bread"."""
    if previous.sentence.speaker != sentence.speaker or sentence.from_user is True:
        return None
    previous_index = sentences.index(previous.sentence)
    if index - previous_index > 3:
        return None
    match = _ELLIPSIS.match(sentence.text.strip())
    if match is None:
        return None
    noun = match.group("np").strip()
    if any(w.lower() in grammar.TASK_VERBS for w in noun.split()[:1]) or not noun:
        return None
    rest = match.group("rest").strip(" ,.!?")
    return f"{previous.verb.lower()} {noun} {rest}".strip()


def _dedupe(candidates: list[_Candidate]) -> list[ActionItem]:
    items: list[ActionItem] = []
    for candidate in candidates:
        if any(
            fuzz.token_set_ratio(candidate.description.lower(), item.description.lower())
            >= _DUPLICATE_RATIO
            for item in items
        ):
            continue
        items.append(ActionItem(description=candidate.description, due_at=candidate.due_at))
    return items
