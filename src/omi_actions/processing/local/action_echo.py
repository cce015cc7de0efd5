"""Objects echoed from the previous turn, and answers to "should I bring anything?".

* "please bring your pay stubs and a photo ID" - "I'll bring them": the object of the
  same verb said just before ("the pay stubs and a photo ID"), not the last noun.
* "Should I bring anything?" - "your famous quiche please": "Bring quiche".
* A reply question ("What about Ledgerly?") the user answered later is not left open.
"""

from __future__ import annotations

import re

from omi_actions.processing.local import grammar

# The object of a verb up to the first preposition, time word or clause break.
_OBJECT_END = (
    r"(?=\s+(?:to|for|by|on|at|before|after|when|if|so|because|tomorrow|tonight|today|"
    # "(cover my) on-call shift", "in-person": a compound, not the preposition
    r"with|into|in|please|too|as\s+well)\b(?![-'’]\w)|\s*[,.;:!?(]|\s+[-—–]|$)"
)
_DETERMINER = re.compile(
    r"^(?:your|ur|yr|my|our|the|their|his|her|a|an|some|any)\s+(?:own\s+)?", re.IGNORECASE
)
# "I still need your 1099 and the interest statement": what the speaker asks the user for.
_NEEDED = re.compile(
    r"\bI\s+(?:still\s+|also\s+|just\s+)?(?:need|want|require)\s+(?=your\b|the\b)"
    rf"(?P<obj>(?:[\w'’-]+\s+){{0,9}}?[\w'’-]+){_OBJECT_END}",
    re.IGNORECASE,
)
_PRONOUNS = frozenset("it them those that these this yours mine one some".split())


def echoed_object(verb: str, pronoun: str, texts: list[str]) -> str | None:
    """The object another speaker just gave the same verb: "bring your last pay stubs and a
    photo ID" for "bring them". ``texts`` are the previous sentences, newest first."""
    words = verb.lower().split()
    verb = words[2] if len(words) >= 3 and words[1] == "and" else words[0]  # "scan and send"
    if len(verb) < 3:
        return None
    pattern = re.compile(
        rf"\b{re.escape(verb)}\s+(?P<obj>(?:[\w'’-]+\s+){{0,9}}?[\w'’-]+){_OBJECT_END}",
        re.IGNORECASE,
    )
    plural = pronoun.lower() in ("them", "those", "these")
    for text in texts[:3]:
        match = pattern.search(text) or _NEEDED.search(text)
        if match is None:
            continue
        obj = match.group("obj")
        words = obj.lower().split()
        if words[0] in _PRONOUNS or words[0] in ("you", "me", "us", "him", "her"):
            return None
        if len(words) > 10:
            return None
        is_plural = " and " in f" {obj} " or words[-1].endswith("s")
        if plural != is_plural:
            return None
        if re.match(r"(?:your|ur|yr|our|my)\s", obj, re.IGNORECASE):
            obj = "the " + obj.split(" ", 1)[1]
        return obj
    return None


_OFFER_TO_BRING = re.compile(
    r"\b(?:should|shall|can|could|do\s+you\s+want)\s+(?:I|me|us|we)\s+(?:to\s+)?"
    r"(?P<verb>bring|make|bake|grab|pick\s+up|get)\s+(?:anything|something|smth|sth|"
    r"anything\s+else|something\s+else)\b[^?]*\?",
    re.IGNORECASE,
)
_ANSWER = re.compile(
    r"^(?:oh\s+|ooh\s+|hmm+\s+|yes\s+|yeah\s+|sure\s+)?[,!.\s]*"
    r"(?:(?:your|ur|yr|the|that|a|an|some)\s+)?(?:(?:famous|amazing|lovely|usual|good|"
    r"special|own)\s+)*(?P<np>[a-z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[a-z][\w'’-]*){0,3}?)"
    r"[\s,!.]*(?:please|pls|plz|obviously|of\s+course|if\s+you\s+can|would\s+be\s+(?:great|"
    r"lovely|nice|amazing))?[\s!.,]*(?:[\U0001F000-\U0001FFFF\u2600-\u27BF]\s*)*$",
    re.IGNORECASE,
)
_NOT_ANSWER = frozenset(
    """no nope nothing nah just yourself yourselves you just ok okay thanks thank sure yes yeah
    maybe dunno idk not don't dont i we it that this lol haha what""".split()
)


def offered_item(question: str, answer: str) -> str | None:
    """ "Should I bring anything?" answered by "trifle!!! obviously": "bring trifle"."""
    asked = _OFFER_TO_BRING.search(question)
    if asked is None:
        return None
    text = answer.strip()
    if len(text.split()) > 8:
        return None
    match = _ANSWER.match(text)
    if match is None:
        return None
    np = match.group("np").strip()
    words = np.lower().split()
    if not words or words[0] in _NOT_ANSWER or any(w in _NOT_ANSWER for w in words[-1:]):
        return None
    verb = re.sub(r"\s+", " ", asked.group("verb").lower())
    return f"{verb} {np}"


# "do you want to go or shall I?", "what about Sam, is he coming?": the question's tail.
_TOPIC_TAIL = re.compile(
    r"(?:,?\s+or\s+(?:shall|should|are|is|do|does|will|would|can|could|did|have)\s+"
    r"(?:I|you|we|he|she|they)\b|(?:,\s*|\s+)(?:is|are|does|do|will|can)\s+(?:he|she|they|it)\b)"
    r".*$",
    re.IGNORECASE,
)
_ACTIVITY_VERBS = frozenset(
    "go come carpool run walk swim play speak sing cook drive ride hike join help".split()
)


def reply_topic(act: str) -> str | None:
    """A clean topic for "Reply to X about ...": "go first" -> "going first"; a question
    that runs on ("go or shall I") keeps its first part; nothing left -> None."""
    topic = _TOPIC_TAIL.sub("", act).strip(" ,?")
    if not topic:
        return None
    first, _, rest = topic.partition(" ")
    if first.lower() in grammar.TASK_VERBS or first.lower() in _ACTIVITY_VERBS:
        topic = f"{grammar.gerund(first)} {rest}".strip()
    return topic
