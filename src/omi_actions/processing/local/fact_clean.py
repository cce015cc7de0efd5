"""Shared helpers for facts: cleaning a fact's text, its category, ISO dates.

The lowest of the ``fact_*`` modules: it imports none of them, so any may use it.
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.schemas import FactCategory

_CATEGORY_WORDS: tuple[tuple[FactCategory, re.Pattern[str]], ...] = (
    (
        "work",
        re.compile(
            r"\b(?:job|position|role|work(?:s|ed|ing)?|engineer|manager|employer|company|"
            r"career|office|promot\w*|salary|hired|colleague|boss|team|client|startup|"
            r"freelance|consult\w*|employee|reports to|joined|quit)\b",
            re.I,
        ),
    ),
    (
        "skills",
        re.compile(r"\b(?:speaks?|fluent\w*|certified|can (?:code|play|cook)|skill\w*)\b", re.I),
    ),
    (
        "learnings",
        re.compile(
            r"\b(?:learn\w*|stud(?:y|ies|ying)|course|class|degree|program|admitted)\b", re.I
        ),
    ),
    (
        "habits",
        re.compile(
            r"\b(?:every|usually|always|often|daily|routine|each (?:day|morning|week))\b", re.I
        ),
    ),
    (
        "hobbies",
        re.compile(
            r"\b(?:marathon|run(?:s|ning)?|hik\w+|climb\w*|guitar|cello|piano|orchestra|paint\w*|"
            r"photograph\w*|garden\w*|knit\w*|chess|yoga|gym|surf\w*|ski\w*|read\w*|book|"
            r"novel|played|plays|sport|cycling|swim\w*|baking|cooking|retreat|meditat\w*)\b",
            re.I,
        ),
    ),
    (
        "interests",
        re.compile(r"\b(?:loves?|likes?|enjoys?|interested|fan of|favou?rite|into)\b", re.I),
    ),
    (
        "lifestyle",
        re.compile(
            r"\b(?:vegan|vegetarian|diet|allergic|sleep\w*|prefers?|dislikes?|hates?|"
            r"flight|hotel|trip|travel\w*|lives|moved|drinks|coffee|car|bought|owns)\b",
            re.I,
        ),
    ),
    (
        "core",
        re.compile(
            r"\b(?:name|born|birthday|age|married|wife|husband|partner|kids?|children|son|"
            r"daughter|sister|brother|mom|mother|dad|father|family|doctor|dentist|phone|email|"
            r"address|lives?|home|from|pediatrician|baby|engaged|pet|dog|cat)\b",
            re.I,
        ),
    ),
)
MAX_FACT_WORDS = 24


def fact_category(content: str) -> FactCategory:
    for category, pattern in _CATEGORY_WORDS:
        if pattern.search(content):
            return category
    return "other"


_FACT_END = re.compile(
    r"(?:,?\s+(?:but|because|although|though|so that|and\s+(?:never|always)\b)|[;!]|\s+-\s|\s—\s|"
    r"\s–\s|\s[·|•]\s|,?\s+and\s+(?:honestly|really|truly|totally|frankly|seriously)\b|,\s+so\s|"
    r",\s+(?:and\s+)?(?:user|i)\b|,\s+which\b|,\s+then\b|,?\s+(?:and\s+)?had\s+to\b|"
    r"\s+and\s+(?=[a-z]+ing\s+(?:[\w'’-]+\s+){0,3}(?:has|have|is|was)\s+been\b)|"
    r"\s+(?=(?-i:User)(?:'s)?\s)|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]\uFE0F?\s+(?=[a-z])|"
    r"\s+so\s+(?=(?:it|that|any|there|we|they|user|i)\b)|,\s+(?=(?:can'?t|cannot|can|just|gotta|lol|haha|tbh)\b)|\s+(?:lol|haha|lmao|"
    r"tbh)\b"
    # "I'm allergic to penicillin btw, in case the dentist asks you": why it is said, not more.
    r"|,?\s+(?:just\s+)?in\s+case\b|\s+btw\b|,\s+(?:if|when)\s+(?:you|anyone|someone)\b)",
    re.IGNORECASE,
)


_IS_A = re.compile(r"^User (?:is|works as) (?:a|an) ")
_ROLE_TAIL = re.compile(
    r",\s+(?:helping|supporting|building|making|turning|bringing|working\s+with|focused\s+on|"
    r"focusing\s+on|specialising\s+in|specializing\s+in|passionate\s+about)\s.*$"
)


def _clean(text: str) -> str:
    match = _FACT_END.search(text)
    if match is not None and match.start() > 8:
        text = text[: match.start()]
    # "..., it felt right", "..., the regular stuff wrecks them": a comment on it.
    text = re.sub(r",\s+(?:it|that)(?:'s|’s)\s.*$", "", text) if text.startswith("User") else text
    text = (
        re.sub(
            r",\s+(?:(?:it|that|this)(?:'s|’s)?|the\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:[a-z]+\s+)?"
            r"(?:is|was|felt|feels|makes|made|wrecks|kills|hurts|helps|works|sucks|rocks|"
            r"[a-z]+s)\b.*$",
            "",
            text,
        )
        if text.startswith("User")
        else text
    )
    if _IS_A.match(text):
        # "User is a consultant based in X, helping firms cut ...": the role, not its aim.
        text = _ROLE_TAIL.sub("", text)
    text = re.sub(r"\s+\b(?:btw|fyi|tbh|lol|ngl|imo)\b\s*$", "", text, flags=re.I)
    text = text.strip(" \t,.!?…\"'")
    text = re.sub(r"\s*#\w+", "", text)
    text = re.sub(r"[\U0001F000-\U0001FFFF\u2600-\u27BF\uFE0F]+", "", text)
    text = re.sub(r"\s+", " ", text).strip(" ,.;:!?-")
    text = re.sub(r",?\s+(?:and|but|or|so)(?:\s+(?:now|then))?$", "", text)
    words = text.split()
    if len(words) > MAX_FACT_WORDS:
        text = " ".join(words[:MAX_FACT_WORDS])
    return text


def _iso_when(text: str, reference: datetime) -> str | None:
    """ "May 15th, 2024" -> "2024-05-15"; with a time "2024-05-15 at 21:30"."""
    mentions = [m for m in find_dates(text, reference) if m.has_day]
    if not mentions:
        return None
    mention = mentions[0]
    day = mention.value.strftime("%Y-%m-%d")
    if mention.has_time:
        return f"{day} at {mention.value.strftime('%H:%M')}"
    return day
