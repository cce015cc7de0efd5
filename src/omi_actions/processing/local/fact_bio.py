"""Third-person bios of the text's author: "Speaker bio: Ana Lim is a nurse. She lives ...".

A bio or profile written about its author names the author first and then refers to
them as "she", "he" or "they". Each clause whose subject is the author becomes a
"User ..." statement; the leading name is the user's name.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_self import split_role_at

# "Speaker bio:", "About the author:", "Profile -"
_LABEL = re.compile(
    r"^\s*(?:[A-Za-z]+\s+){0,3}?(?:bio|biography|about(?:\s+(?:me|the\s+\w+))?|profile|"
    r"introduction|intro)\s*[:\-–]\s*",
    re.IGNORECASE,
)
_VERBS = (
    r"is|was|has|lives|works|leads|holds|teaches|grew|joined|serves|studies|spent|brings|"
    r"specialises|specializes|started|founded|runs|writes|manages|coaches|volunteers|loves|"
    r"enjoys|speaks|builds|designs|heads|oversees|researches|graduated|earned|received"
)
_NAME_SUBJECT = re.compile(
    r"^(?P<name>(?:Dr\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})\s+"
    rf"(?:(?:also|now|currently)\s+)?(?P<verb>{_VERBS})\b"
)
_BIO_SPEC = re.compile(r"bio|profile|about|speaker|intro", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|my|me)\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# A clause after the first: ", where she specialises ...", "and volunteers as ...".
_CLAUSE = re.compile(
    r",?\s+where\s+(?:she|he|they)\s+|,?\s+and\s+(?:(?:she|he|they)\s+)?"
    rf"(?=(?:also\s+)?(?:{_VERBS}|[a-z]+s)\b)|,\s+and\s+(?=(?:in|on|at|during|outside)\b)"
)
# "in her spare time she free-dives": an introductory phrase before the subject again.
_INTRO = re.compile(
    r"^(?:in|on|at|during|outside)\b[\w\s'’-]{0,30}?\b(?:she|he|they)\s+(?=[a-z])", re.I
)


def _subject_words(name: str) -> set[str]:
    words = re.sub(r"^Dr\.?\s+", "", name).split()
    return {name, words[0], words[-1], " ".join(words)}


def bio_subject(text: str, spec: str) -> tuple[str, str] | None:
    """(the author's name, the bio text after any label) when ``text`` is a third-person
    bio of its author, else None."""
    body = text.strip()
    label = _LABEL.match(body)
    if label is None and not _BIO_SPEC.search(spec):
        return None
    if label is not None:
        body = body[label.end() :]
    match = _NAME_SUBJECT.match(body)
    if match is None or _FIRST_PERSON.search(body):
        return None
    name = match.group("name")
    if name.split()[0] in ("The", "This", "Our", "We", "It", "He", "She", "They"):
        return None
    return name, body


def bio_facts(text: str, spec: str) -> tuple[list[str], str]:
    """The bio's facts, and its text in the first person's possessives ("her" -> "my") for
    the kinship rules."""
    found = bio_subject(text, spec)
    if found is None:
        return [], ""
    name, body = found
    subjects = sorted(_subject_words(name), key=len, reverse=True)
    subject = re.compile(r"^(?:" + "|".join(re.escape(s) for s in subjects) + r"|She|He|They)\b\s*")
    plain = re.sub(r"^Dr\.?\s+", "", name)
    facts = [f"User's name is {plain}"]
    for sentence in _SENTENCE.split(body):
        sentence = sentence.strip().rstrip(".!")
        head = subject.match(sentence)
        if head is None:
            continue
        rest = sentence[head.end() :]
        for clause in _CLAUSE.split(rest):
            clause = _INTRO.sub("", clause.strip(" ,"))
            clause = re.sub(r"\b(?:her|his)\b", "their", clause)
            clause = re.sub(r"\b(?:she|he)\b", "they", clause)
            if len(clause.split()) >= 2 or re.fullmatch(r"[a-z-]+s", clause):
                facts.extend(split_role_at(f"User {clause}"))
    mine = re.sub(r"\b(?:[Hh]er|[Hh]is)\b", "my", body)
    return facts, mine


__all__ = ["bio_facts", "bio_subject"]
