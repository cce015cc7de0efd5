"""Per-category keyword scores of a text: the evidence ``classify`` decides on.

A conversation's score per category is the sum of the weights of the lexicon
words it contains (each distinct word counted once), adjusted by cues that a
plain word count gets wrong (a pet's vet visit, "running late", a bulletin).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

from omi_actions.processing.local.category_domains import DOMAINS, NEUTRAL_PHRASES, OVERRIDES
from omi_actions.processing.local.category_everyday import (
    EVERYDAY,
    INJURY,
    NEUTRAL,
    VERB_FORMS,
    role_scores,
)
from omi_actions.processing.local.category_general import GENERAL
from omi_actions.processing.local.category_kin import kin_occasions
from omi_actions.processing.local.category_lexicons import LEXICONS
from omi_actions.processing.local.category_register import mind_cues, pet_patient
from omi_actions.processing.local.category_talk import TALK, TALK_NEUTRAL
from omi_actions.processing.local.category_vocab import VOCAB

KIN_OCCASION = 3.0  # per relative's occasion ("Dad's birthday"), up to two
PET_ERRAND = 4.0  # a pet's vet visit: the owner's own errand
# Priors: everyday categories win ties against niche ones that share words
# ("kids" is family before parenting, "meeting" is work before business).
PRIOR: dict[str, float] = {
    "work": 1.3, "social": 1.2, "family": 1.2, "personal": 1.05, "health": 1.1, "finance": 1.05,
    "business": 0.8, "literature": 0.75, "romantic": 0.8, "music": 0.9, "travel": 0.9,
    "parenting": 0.8, "legal": 0.9, "technology": 0.95, "education": 0.9, "real": 0.9,
}  # fmt: skip
_OLD_YEAR = re.compile(r"\b1[0-8]\d\d\b|\b19[0-4]\d\b")


def _parse_lexicons() -> dict[str, dict[str, float]]:
    lexicons: dict[str, dict[str, float]] = {}
    for category, spec in LEXICONS.items():
        entries: dict[str, float] = {}
        extra = " ".join(
            (
                GENERAL.get(category, ""),
                DOMAINS.get(category, ""),
                VOCAB.get(category, ""),
                EVERYDAY.get(category, ""),
                TALK.get(category, ""),
            )
        )
        for token in f"{spec} {extra}".split():
            word, _, weight = token.partition("*")
            value = float(weight) if weight else 1.0
            word = word.lower().replace("_", " ")
            # A word listed twice keeps its strongest weight.
            entries[word] = max(value, entries.get(word, value))
        entries.update(OVERRIDES.get(category, {}))
        lexicons[category] = entries
    return lexicons


_LEXICON_WEIGHTS = _parse_lexicons()
# Inverted index: word -> [(category, weight)], built once at import.
INDEX: dict[str, list[tuple[str, float]]] = {}
for _category, _entries in _LEXICON_WEIGHTS.items():
    for _word, _weight in _entries.items():
        if _weight > 0:
            INDEX.setdefault(_word, []).append((_category, _weight))

# Letters with accents belong to their word ("fiancé", "café", "résumé").
_TOKEN = re.compile(r"[^\W_](?:[^\W_]|['+-])*")
_NEUTRAL: dict[str, dict[str, float]] = {**NEUTRAL_PHRASES, **NEUTRAL, **TALK_NEUTRAL}
# Words that say the health talk is about an animal: the vet's, not the user's.
_PHYSIO = frozenset(
    {"physio", "physiotherapist", "physiotherapy", "physical therapy", "physical therapist"}
)
# The shape of a news item: a bulletin's opening, an alert's subject line.
_NEWS_FORMAT = re.compile(
    r"(?im)\b(?:here\s+are\s+(?:the|today'?s|this\s+\w+'?s)\s+(?:headlines|top\s+stories)|"
    r"news\s+alert|this\s+just\s+in|in\s+other\s+news|top\s+stories\s+(?:this|today)|"
    r"(?:^|subject:\s*)breaking(?:\s+news)?\s*[:\-\u2014])"
)
_RUNNING_LATE = re.compile(r"(?i)\brunning\s+(?:[\w-]+\s+){1,3}?(?:late|behind)\b")
_LATE_RUN = 2.0  # the weight of "running" in the sports lexicon
_PET_CARE = frozenset({"vet", "vets", "veterinary", "veterinarian", "vet nurse", "animal clinic"})


def word_forms(token: str) -> Iterable[str]:
    """The token and a few crude de-inflections, enough for lexicon lookups."""
    yield token
    if token in VERB_FORMS:
        return
    if token.endswith("'s"):
        token = token[:-2]
        yield token
    if len(token) > 4 and token.endswith("ies"):
        yield token[:-3] + "y"
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        yield token[:-1]
    if len(token) > 5 and token.endswith("ing"):
        yield token[:-3]
        yield token[:-3] + "e"
    if len(token) > 4 and token.endswith("ed"):
        yield token[:-2]
        yield token[:-1]


# "401(k)", "403(b)": retirement plans written with brackets.
_PLAN_BRACKETS = re.compile(r"\b(\d{3})\(([a-z])\)")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(_PLAN_BRACKETS.sub(r"\1\2", text.casefold()))


def category_scores(
    text: str, hashtags: Iterable[str] = (), speakers: Iterable[str] = ()
) -> dict[str, float]:
    return scores_with_hits(text, hashtags, speakers, {})


def scores_with_hits(
    text: str, hashtags: Iterable[str], speakers: Iterable[str], hits: dict[str, int]
) -> dict[str, float]:
    """Scores per category; ``hits`` is filled with the number of distinct lexicon
    words and phrases behind each category's score (its breadth of evidence)."""
    seen: set[str] = set()
    scores: dict[str, float] = {}
    words = tokens(text) + [t.casefold() for t in hashtags]
    if _OLD_YEAR.search(text):
        scores["history"] = scores.get("history", 0.0) + 3.0
    for token in words:
        for form in word_forms(token):
            if form in seen or form not in INDEX:
                continue
            seen.add(form)
            for category, weight in INDEX[form]:
                scores[category] = scores.get(category, 0.0) + weight
                hits[category] = hits.get(category, 0) + 1
            break
    for first, second in itertools.pairwise(words):
        for form in word_forms(second):
            phrase = f"{first} {form}"
            if phrase in INDEX and phrase not in seen:
                seen.add(phrase)
                for category, weight in INDEX[phrase]:
                    scores[category] = scores.get(category, 0.0) + weight
                    hits[category] = hits.get(category, 0) + 1
                break
        neutral = _NEUTRAL.get(f"{first} {second}")
        if neutral is not None and f"~{first} {second}" not in seen:
            seen.add(f"~{first} {second}")
            for category, weight in neutral.items():
                if category in scores:
                    scores[category] = max(0.0, scores[category] + weight)
    for tag in hashtags:
        _score_hashtag(tag.casefold().lstrip("#"), seen, scores)
    for category, weight in _cue_scores(text).items():
        scores[category] = scores.get(category, 0.0) + weight
    roles = role_scores(list(speakers))
    if "health" in roles and mind_cues(text):
        # "Dr. Hale" asking about the anxiety: a psychologist, not a physician.
        roles["psychology"] = roles.get("psychology", 0.0) + roles.pop("health")
    for category, weight in roles.items():
        scores[category] = scores.get(category, 0.0) + weight
    if "health" in scores and (seen & _PET_CARE or pet_patient(text)):
        scores["health"] *= 0.4  # a pet's check-up is the owner's errand
        scores["personal"] = scores.get("personal", 0.0) + PET_ERRAND
    if "sports" in scores and _RUNNING_LATE.search(text):
        # "running 10 min late": a delay, not a run ("running late" is a neutral phrase).
        scores["sports"] = max(0.0, scores["sports"] - _LATE_RUN)
    if "sports" in scores and (seen & INJURY):
        scores["sports"] *= 0.6  # a runner's knee and the physio: a health matter
    if "psychology" in scores and (seen & _PHYSIO):
        scores["psychology"] *= 0.3  # a physical therapist treats the body, not the mind
    if _NEWS_FORMAT.search(text) and scores:
        # A bulletin or news alert is news whatever it reports on (rates, a match...).
        top = max(scores.values())
        scores["news"] = max(scores.get("news", 0.0) + 3.0, top + 1.0)
    return {category: score * PRIOR.get(category, 1.0) for category, score in scores.items()}


def _score_hashtag(tag: str, seen: set[str], scores: dict[str, float]) -> None:
    """ "#localmusic", "#trailrunning": a lexicon word inside a run-together hashtag."""
    if tag in seen or len(tag) < 6:
        return
    for size in range(len(tag) - 1, 3, -1):
        for begin in (0, len(tag) - size):
            part = tag[begin : begin + size]
            if part in INDEX and part not in seen:
                seen.add(part)
                for category, weight in INDEX[part]:
                    scores[category] = scores.get(category, 0.0) + weight
                return


# "Aunt Mei:", "Mom:", "Grandpa Joe" talking: a family conversation. "Mia's mom" is
# another child's parent: a parenting one (school, playdates).
_KIN = r"(?:mom|mum|dad|mother|father|grandma|grandpa|granny|nana|aunt|auntie|uncle|sis|bro)"
KIN_SPEAKER = re.compile(rf"(?im)^\s*{_KIN}(?:\s+[A-Z][a-z]+)?\s*:")
_OTHER_PARENT = re.compile(
    r"\b[A-Z][a-z]+['’]s\s+(?:[Mm]om|[Mm]um|[Dd]ad|[Mm]other|[Ff]ather|[Pp]arents)\b"
)
_SCHOOL_SENDER = re.compile(
    r"(?i)\b(?:elementary|primary\s+school|middle\s+school|preschool|kindergarten|pta|"
    r"grade\s+\d|\d(?:st|nd|rd|th)\s+grade|dear\s+(?:parents|families))\b"
)


def _cue_scores(text: str) -> dict[str, float]:
    cues: dict[str, float] = {}
    if KIN_SPEAKER.search(text):
        cues["family"] = 3.0
    others = len(_OTHER_PARENT.findall(text))
    if others:
        cues["parenting"] = 3.0 * min(others, 2)
        cues["family"] = cues.get("family", 0.0) - 2.0 * min(others, 2)
    if _SCHOOL_SENDER.search(text):
        cues["parenting"] = cues.get("parenting", 0.0) + 3.0
    occasions = kin_occasions(text)
    if occasions:
        # "Mom's 60th", "Dad's surgery": the text is about that relative.
        cues["family"] = cues.get("family", 0.0) + KIN_OCCASION * min(occasions, 2)
    return cues
