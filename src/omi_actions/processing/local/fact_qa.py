"""Facts from answers to direct questions in a chat ("What do you do?" - "nurse at ...").

An answer is a fragment whose meaning comes from the question before it:

* "What should I call you?" - "Jo"                       -> "User's name is Jo"
* "What do you do?" - "baker at a cafe in Porto, mostly mornings"
      -> "User is a baker at a cafe", "User lives in Porto", "User works mostly mornings"
* "Where do you live?" - "Ghent"                         -> "User lives in Ghent"
* any question to the user - "I swim, I keep bees"        -> first-person clauses in
  the present simple, which answer about the user's lasting life.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from omi_actions.processing.local import fact_lasting
from omi_actions.processing.local.text import Document

_NAME_Q = re.compile(r"\b(?:call\s+you|your\s+name|who\s+(?:are|is)\s+(?:you|this))\b", re.I)
_JOB_Q = re.compile(
    r"\b(?:what\s+do\s+you\s+do|for\s+a\s+living|your\s+(?:job|work|occupation|profession)|"
    r"where\s+do\s+you\s+work|what\s+(?:is|'s)\s+your\s+(?:job|line\s+of\s+work))\b",
    re.I,
)
_HOME_Q = re.compile(
    r"\b(?:where\s+do\s+you\s+live|where\s+are\s+you\s+based|where\s+(?:is|'s)\s+home|"
    r"which\s+city)\b",
    re.I,
)
_PLACE = r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2}"
_JOB = re.compile(
    r"^(?:I(?:'m|’m|\s+am)\s+)?(?:an?\s+)?(?P<job>[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?)"
    r"(?:\s+(?P<prep>at|for)\s+(?P<org>(?:an?\s+|the\s+)?[\w&'-]+(?:\s+[\w&'-]+){0,3}?))?"
    rf"(?:\s+in\s+(?P<city>{_PLACE}))?$"
)
_SHIFT = re.compile(
    r"^(?:mostly|usually|mainly|always)?\s*(?:nights|evenings|weekends|days|mornings|"
    r"part-time|full-time|remotely|from\s+home)$",
    re.I,
)
# A pointer to the chat ("it", "that") or a time of day: about now, not about the user.
_PASSING = re.compile(r"\b(?:it|this|that|until|till)\b|\d{1,2}[:.]\d{2}|\d\s*[ap]m\b", re.I)
_PRESENT = re.compile(r"^User\s+(?:[a-z]+(?<!ss)s|is|has)\b")


def _job_facts(answer: str) -> list[str]:
    head, _, tail = answer.partition(",")
    match = _JOB.match(head.strip().rstrip("."))
    if match is None:
        return []
    job = match.group("job")
    if job.split()[0] in ("i", "not", "nothing", "just", "a", "the", "no", "lol"):
        return []
    article = "an" if job[:1] in "aeiou" else "a"
    fact = f"User is {article} {job}"
    if match.group("org"):
        fact += f" {match.group('prep')} {match.group('org')}"
    out = [fact]
    if match.group("city"):
        out.append(f"User lives in {match.group('city')}")
    tail = tail.strip().rstrip(".")
    if tail and _SHIFT.match(tail):
        out.append(f"User works {tail}")
    return out


def qa_facts(document: Document, first_person: Callable[[str], str | None]) -> list[str]:
    """Facts from the user's answers to questions put to them in a chat."""
    if document.kind != "chat":
        return []
    out: list[str] = []
    sentences = document.sentences
    for previous, sentence in pairwise(sentences):
        if sentence.from_user is not True or previous.from_user is not False:
            continue
        question = previous.text.strip()
        if not question.endswith("?"):
            continue
        answer = sentence.text.strip().rstrip(".!")
        if _NAME_Q.search(question):
            if re.fullmatch(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?", answer):
                out.append(f"User's name is {answer}")
            continue
        if _JOB_Q.search(question):
            out.extend(_job_facts(answer))
            continue
        if _HOME_Q.search(question):
            if re.fullmatch(_PLACE + r"(?:,\s*" + _PLACE + r")?", answer):
                out.append(f"User lives in {answer}")
            continue
        for clause in re.split(r",\s*|;\s*|\s+and\s+(?=I\b)", answer):
            if not re.match(r"I\s+[a-z]+", clause):
                continue
            fact = first_person(clause)
            if (
                fact
                and _PRESENT.match(fact)
                and not _PASSING.search(fact)
                and not fact_lasting.is_momentary(fact)
            ):
                out.append(fact)
    return out
