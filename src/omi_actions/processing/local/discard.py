"""Is a conversation content-free ("ok", "test", "hello?")?"""

from __future__ import annotations

import re

# Words that carry no content on their own: acknowledgements, greetings,
# fillers, microphone checks.
_FILLER = frozenset(
    """
    ok okay k kk yes yeah yep yup no nope nah sure fine cool nice great thanks thank you thx ty
    hi hello hey hiya yo bye goodbye test testing tested check mic one two three 1 2 3 uh um
    umm hmm hm mm mhm ah oh huh right alright lol haha hahaha lmao wow hello? is this on
    can hear me the a an and so well just like good morning night evening afternoon
    """.split()
)
_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)


def is_content_free(text: str) -> bool:
    """True when ``text`` has no word beyond fillers, or fewer than two letters."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if sum(len(w) for w in words) < 2:
        return True
    content = [w for w in words if w not in _FILLER and not w.isdigit()]
    return not content
