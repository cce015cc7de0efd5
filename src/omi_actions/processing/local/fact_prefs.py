"""Likes and dislikes stated casually by the user.

"obsessed with sourdough lately", "can't get enough of jazz", "not a fan of winter",
"can't stand coriander", and list lines without a subject ("- hate cilantro with a
passion", "love long walks"). Applied only to sentences the user wrote or said.
"""

from __future__ import annotations

import re

# "(I'm) obsessed with X", "(I'm a) huge fan of X", "can't get enough of X".
_IDIOM = re.compile(
    r"(?:^|(?<=[,;:.!]\s)|\bI(?:'m|’m|\s+am)\s+|\band\s+|\bI\s+)"
    r"(?:(?:such|so|totally|kinda|kind\s+of|honestly|really|lowkey|seriously|very)\s+)*"
    r"(?P<kind>obsessed\s+with|hooked\s+on|addicted\s+to|"
    r"(?:a\s+)?(?:big|huge|massive|giant)\s+fan\s+of|"
    r"can(?:'|’)?t\s+get\s+enough\s+of|"
    r"not\s+(?:a\s+)?(?:big\s+|huge\s+)?fan\s+of|not\s+into|"
    r"can(?:'|’)?t\s+stand|cannot\s+stand)\s+"
    r"(?P<what>[\w'’ -]{2,40}?)"
    r"(?=\s*(?:$|[,.;:!?()]|\s+(?:lately|these\s+days|right\s+now|tbh|lol|haha|honestly|"
    r"anymore|at\s+all|with\s+a\s+passion|and\s+(?:I|i|it|my)\b|but\b|because\b|so\b)))",
    re.IGNORECASE,
)
# A list line without a subject: "hate cilantro with a passion", "love long walks".
_BARE = re.compile(
    r"^(?:[-*•]\s*)?(?:(?:really|totally|absolutely)\s+)?(?P<verb>love|hate|adore|enjoy|"
    r"dislike|detest)\s+(?P<what>(?!(?:you|u|ya|it|this|that|when|how|the\s+way|to|him|her|them|"
    r"us|everyone|y'all|all)\b)[\w'’ -]{2,40}?)"
    r"(?=\s*(?:$|[,.;:!?()]|\s+(?:with\s+a\s+passion|lol|haha|tbh|so\s+much|more\s+than)\b))",
    re.IGNORECASE,
)
_THIRD = {"love": "loves", "hate": "hates", "adore": "loves", "enjoy": "enjoys"}
_NOT_THING = re.compile(
    r"^(?:the\s+)?(?:idea|fact|way|thought|feeling)\b|\b(?:him|her|them|you|he|she|they)$", re.I
)


def _what(raw: str) -> str | None:
    what = raw.strip(" '’-")
    what = re.sub(r"^(?:the\s+)?(?=[a-z])", "", what) if what.lower().startswith("the ") else what
    if len(what) < 3 or _NOT_THING.search(what) or len(what.split()) > 5:
        return None
    return what[:1].lower() + what[1:] if what[:1].isupper() and what[1:2].islower() else what


def preference_facts(sentence: str, subjectless: bool) -> list[str]:
    """Likes and dislikes in one of the user's own sentences."""
    facts: list[str] = []
    if "?" in sentence:
        return facts
    for match in _IDIOM.finditer(sentence):
        before = sentence[: match.start()]
        if re.search(r"(?:\b(?:is|are|was|were|he|she|they|we|you)|['’](?:s|re))\s*$", before):
            continue  # "Zara is obsessed with her sled": someone else's taste
        what = _what(match.group("what"))
        if what is None or re.match(r"(?:my|his|her|their|our|your)\b", what, re.I):
            continue
        kind = match.group("kind").lower()
        negative = kind.startswith(("not", "can", "cannot")) and "enough" not in kind
        facts.append(f"User {'dislikes' if negative else 'loves'} {what}")
    if subjectless:
        bare = _BARE.match(sentence.strip())
        if bare is not None and (what := _what(bare.group("what"))) is not None:
            verb = bare.group("verb").lower()
            facts.append(f"User {_THIRD.get(verb, verb + 's')} {what}")
    return facts


__all__ = ["preference_facts"]
