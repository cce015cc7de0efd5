"""Children a teacher, coach or clinician talks to the user about: a son or daughter.

A child is named in passing ("Noah's got a temperature, he needs to go home");
the school or clinic context and the pronouns that follow say it is the user's.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_own_context import (
    COMMON,
    NAME_SPLIT,
    VET,
    addressed,
    name_group,
)
from omi_actions.processing.local.fact_people import _NOT_CHILD
from omi_actions.processing.local.text import Document

_AT_WORK_AFTER = re.compile(r"\s*(?:from|at|in)\b")
_CAP_BEFORE = re.compile(r"\b[A-Z][\w'’-]*\s+$")

_CHILD_CONTEXT = re.compile(
    r"\b(?:school|primary|teacher|[\w-]+\s+grade|grade\s+\d|year\s+\d|class|classroom|"
    r"(?:in|his|her)\s+reading|reading\s+(?:log|age|level)|spelling|phonics|multiplication|"
    r"times\s+tables|worksheets?|field\s+trip|permission\s+slip|"
    r"maths?|homework|nursery|daycare|preschool|kindergarten|p(?:a)?ediatric\w*|well-child|"
    r"orthodont\w*|brace|squad|swim\w*|consent\s+form|report\s+card|medical\s+room|pupils?|"
    r"term\s+fee|allergist|health\s+visitor|nappies|diapers|tutor\w*|one-year\s+check|"
    r"(?:hi|hello|dear|hey)\s+parents|(?:skating|school|class|ski|museum|zoo|camping)\s+trip)\b",
    re.IGNORECASE,
)
_CHILD_NAMED = re.compile(
    rf"(?<![\w.])(?<!Mr\.\s)(?<!Mrs\.\s)(?<!Ms\.\s)(?<!Dr\.\s){name_group('n6')}"
    rf"(?:(?:'s|’s)\b(?!\s+[A-Z])|\s+(?:is|has|was)\s+(?:been\s+)?(?:doing|selected|struggling|due|got)\b"
    rf"|\s+(?:made|won|passed|joined|got\s+into)\b)"
    rf"|\b(?:slot|appointment|place|form)\s+for\s+{name_group('n7')}\b(?!\s+[A-Z])"
    # "pick up Rosie from daycare", "let me know if Milo can't make it", "did Maya give you
    # the form": errands and questions about a child put to the parent.
    rf"|\b(?:pick\s+up|collect|drop\s+off|get)\s+{name_group('n8')}\s+(?:from|at)\s+(?:the\s+)?"
    r"(?:school|daycare|day\s+care|nursery|preschool|kindergarten|practice|training|creche)\b"
    rf"|\bif\s+{name_group('n9')}\s+(?:can(?:'t|’t|not)?|could(?:n't|n’t)?|will|won't|won’t)\s+"
    r"(?:make\s+it|come|attend|join)\b"
    rf"|\b[Dd]id\s+{name_group('n10')}\s+(?:give|bring|show|hand)\s+you\b"
)
_HE = re.compile(r"\b(?:he|his|him|he's|he’s)\b", re.IGNORECASE)
_SHE = re.compile(r"\b(?:she|her|hers|she's|she’s)\b", re.IGNORECASE)


def children_named(document: Document) -> list[str]:
    """A child a teacher, coach or clinician talks to the user about: a son or daughter."""
    if not addressed(document) or VET.search(document.body):
        return []
    speakers = {w.lower() for n in document.speakers for w in NAME_SPLIT.split(n) if w}
    sentences = document.sentences
    found: dict[str, int] = {}
    turns: dict[int, list[str]] = {}
    for sentence in sentences:
        turns.setdefault(sentence.turn, []).append(sentence.text)
    for index, sentence in enumerate(sentences):
        if sentence.from_user is None:
            continue
        turn = " ".join(turns[sentence.turn])
        if not _CHILD_CONTEXT.search(sentence.text) and not (
            sentence.from_user is False and _CHILD_CONTEXT.search(turn)
        ):
            continue
        for match in _CHILD_NAMED.finditer(sentence.text):
            tag = next(t for t, g in match.groupdict().items() if g)
            name = match.group(tag)
            if name in _NOT_CHILD or name in COMMON or name.lower() in speakers or name in found:
                continue
            if re.search(
                r"\b(?:my|your|our)\s+(?:wife|husband|partner|friend|boss|colleague)\s*$",
                sentence.text[: match.start()],
                re.IGNORECASE,
            ):
                continue
            if re.search(r"\b(?:St|Saint|at)\.?\s+$", sentence.text[: match.start()]):
                continue  # "St. Anne's", "at Ines's birthday": a place or someone's party
            if tag in ("n6", "n7") and _AT_WORK_AFTER.match(sentence.text[match.end() :]):
                continue  # "Carla from the surgery": a person at work
            start = match.start("n6") if match.group("n6") else match.start("n7")
            if _CAP_BEFORE.search(sentence.text[:start]) and match.group("n6"):
                continue  # part of a longer proper name: "Trader Joe's"
            found[name] = index
    if not 1 <= len(found) <= 2:
        return []
    facts = []
    for name, index in found.items():
        after = " ".join(s.text for s in sentences[index : index + 4])
        after = after[after.find(name) :]
        he, she = _HE.search(after), _SHE.search(after)
        if he and (not she or he.start() < she.start()):
            kin = "son"
        elif she:
            kin = "daughter"
        else:
            kin = "child"
        facts.append(f"User has a {kin} named {name}")
    return facts
