"""First person to third person: "I've accepted my offer" -> "User has accepted their offer"."""

from __future__ import annotations

import re

_IRREGULAR = {
    "am": "is", "'m": "is", "’m": "is", "have": "has", "'ve": "has", "’ve": "has", "do": "does",
    "go": "goes", "was": "was", "'d": "would", "’d": "would", "'ll": "will", "’ll": "will",
    "can": "can", "could": "could", "will": "will", "would": "would", "should": "should",
    "must": "must", "might": "might", "may": "may", "are": "are", "were": "were",
    "did": "did", "had": "had", "shall": "will", "don't": "doesn't", "don’t": "doesn’t",
    "haven't": "hasn't", "haven’t": "hasn’t",
}  # fmt: skip
# Modals, and past forms that look like presents ("I quit my job"): no -s.
_NO_S = frozenset(
    {"can", "could", "will", "would", "should", "must", "might", "may", "did", "had", "was",
     "quit", "put", "set", "cut", "read", "hit", "let", "hurt", "cost", "shut", "split", "spent",
     "left", "lost", "won", "got", "took", "went", "came", "made", "bought", "met", "ran", "began",
     "grew", "knew", "drove", "flew", "wrote", "spoke", "broke", "chose", "gave", "saw", "sold",
     "told", "felt", "kept", "slept", "taught", "caught", "thought", "brought", "found", "held",
     "built", "sent", "paid", "heard", "became", "swam", "sang", "rode", "wore", "ate", "fell",
     "hung", "sat", "stood", "lay", "woke", "drew", "threw", "forgot", "understood", "fought",
     "led", "fed", "lent", "dealt", "meant", "stuck", "hid", "blew", "shot", "dug", "swore"}
)  # fmt: skip


def third_person_verb(verb: str) -> str:
    """Conjugate a present-tense verb for a third-person subject."""
    lower = verb.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower]
    if lower in _NO_S or lower.endswith(("ed", "en")) or not lower.isalpha():
        return verb
    if lower.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if lower.endswith("y") and len(lower) > 2 and lower[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


_POSSESSIVE = {"my": "their", "our": "their", "the": "the"}
_SUBJECT = re.compile(
    r"\bI(?P<contr>'m|’m|'ve|’ve|'d|’d|'ll|’ll)?(?!\w)(?:\s+(?P<adv>(?:really|just|also|still|"
    r"usually|always|often|never|sometimes|absolutely|totally|recently|finally|currently|"
    r"actually|definitely|mostly|generally|now|only|basically|literally|seriously|honestly|"
    r"mainly|normally|typically|rarely|occasionally|constantly|barely|probably|kinda|even|"
    r"almost|nearly|already|sometimes|(?!(?:supply|multiply|comply)\b)[a-z]{4,}ly)"
    r"\s+)*(?P<verb>[A-Za-z]+n['’]t|[A-Za-z]+))?"
)


def _subject(match: re.Match[str], keep_perfect: bool = False) -> str:
    contr, verb, adv = match.group("contr"), match.group("verb"), match.group("adv")
    adverbs = (match.group(0)[len("I") + len(contr or "") :].rsplit(verb, 1)[0]) if verb else ""
    if (
        not keep_perfect
        and contr in ("'ve", "’ve")
        and verb
        and verb.lower().endswith("ed")
        and not adverbs.strip()
    ):
        return f"User {verb}"  # "I've accepted" -> "User accepted": shorter, same fact
    if contr:
        aux = _IRREGULAR[contr]
        rest = f"{adverbs}{verb}" if verb else ""
        return f"User {aux}{rest and ' ' + rest.strip()}".replace("  ", " ")
    if verb is None:
        return "User"
    del adv
    return f"User{adverbs.rstrip() and ' ' + adverbs.strip()} {third_person_verb(verb)}"


def to_third_person(text: str) -> str:
    """Rewrite the user's first-person sentence about themselves as "User ..."."""
    text = re.sub(r"^My\s+(\w+)\s+(\w+)\s+and\s+I\b", r"User and their \1 \2", text)
    text = re.sub(r"^We(?:'re|’re)\b", "User is", text)
    text = re.sub(r"^We(?:'ve|’ve)\b", "User has", text)
    text = re.sub(
        r"^We\s+((?:just|finally|recently|also|still|now|actually|officially|almost|nearly|never|"
        r"always|usually|often|really)\s+)?(\w+)",
        lambda m: "User " + (m.group(1) or "") + third_person_verb(m.group(2)),
        text,
    )
    # "the kids and I are moving" -> "User and the kids are moving".
    text = re.sub(
        r"^(?:([Tt]he|[Mm]y|[Oo]ur)\s+)?(\w+)\s+and\s+I\s+(are|have|were|\w+)\b",
        lambda m: (
            f"User and {_POSSESSIVE.get((m.group(1) or '').lower(), 'the')} {m.group(2)} "
            f"{m.group(3)}"
            if m.group(1)
            else m.group(0)
        ),
        text,
    )
    text = re.sub(r"\bdon['’]t\b", "do not", text) if text.startswith("I ") else text
    text = re.sub(r"\bour\b", "their", text)
    if text.startswith("User and their"):
        text = re.sub(r"^(User and their \w+ \w+) has\b", r"\1 have", text)
    # "I've played the cello since I was eight" is ongoing: keep "has played".
    keep_perfect = bool(re.search(r"\bsince\b|\bfor\s+(?:\d+|many|several)\s+years?\b", text))
    text = _SUBJECT.sub(lambda m: _subject(m, keep_perfect), text)
    text = re.sub(r"\bmy\s+own\b", "their own", text, flags=re.IGNORECASE)
    text = re.sub(r"^My\b", "User's", text)
    text = re.sub(r"\bmy\b", "their", text, flags=re.IGNORECASE)
    text = re.sub(r"\bmine\b", "theirs", text)
    text = re.sub(r"\bmyself\b", "themselves", text)
    text = re.sub(r"\bme\b", "them", text)
    text = re.sub(r"\bwe're\b|\bwe are\b", "User and others are", text, flags=re.IGNORECASE)
    text = re.sub(r"\bUser\s+is\s+going\s+to\b", "User is going to", text)
    return re.sub(r"\s+", " ", text).strip()
