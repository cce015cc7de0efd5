"""Texting shorthand ("can u grab milk 2nite pls") spelled out before requests are read.

Only unambiguous forms are expanded, and only as whole words: "u"/"ur" never
occur as English words, "ill"/"im" only where a verb follows at the start of a
clause ("ill bring popcorn"), "n" only between two words ("milk n eggs").
"""

from __future__ import annotations

import re

_WORDS = {
    "u": "you",
    "ur": "your",
    "pls": "please",
    "plz": "please",
    "thx": "thanks",
    "2nite": "tonight",
    "2night": "tonight",
    "tonite": "tonight",
    "2day": "today",
    "2morrow": "tomorrow",
    "2moro": "tomorrow",
    "tmrw": "tomorrow",
    "tmw": "tomorrow",
    "tmr": "tomorrow",
    "bday": "birthday",
    "b-day": "birthday",
    "btwn": "between",
    "abt": "about",
    "b4": "before",
    "dont": "don't",
    "cant": "can't",
    "wont": "won't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "isnt": "isn't",
    "someones": "someone's",
    "somebodys": "somebody's",
    "ya": "yes",
    "yea": "yes",
    "np": "no problem",
    "w/": "with",
    "asap": "asap",
}
_WORD = re.compile(
    r"(?<![\w@#/.-])("
    + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True))
    + r")(?![\w/@-])",
    re.IGNORECASE,
)
_R_YOU = re.compile(r"\b(r)(?=\s+(?:u|you|we|they)\b)", re.IGNORECASE)
# "ill bring", "im in": only at a clause start, before a word that is not a noun's.
_I_WILL = re.compile(
    r"(^|[,.!?;]\s+|\b(?:ok|okay|sure|yes|ya|yep|yeah|so|and|but|np)\s+)"
    r"(ill|im|ive|id)(?=\s+[a-z])",
    re.IGNORECASE,
)
_I_FORMS = {"ill": "I'll", "im": "I'm", "ive": "I've", "id": "I'd"}
_AND = re.compile(r"(?<=[a-z])\s+n\s+(?=[a-z])")
_SHORTHAND = re.compile(
    r"(?<![\w@#/.-])(?:u|ur|pls|plz|thx|2nite|2night|tonite|2day|2morrow|tmrw|tmw|btwn|b4|"
    r"dont|cant|ill|im|someones|r)(?![\w/@-])|\s+n\s+",
    re.IGNORECASE,
)


def expand(text: str) -> str:
    """``text`` with texting shorthand spelled out (unchanged when there is none)."""
    if _SHORTHAND.search(text) is None:
        return text
    text = _R_YOU.sub("are", text)
    text = _I_WILL.sub(lambda m: m.group(1) + _I_FORMS[m.group(2).lower()], text)
    text, count = _WORD.subn(lambda m: _WORDS[m.group(1).lower()], text)
    return _AND.sub(" and ", text) if count else text
