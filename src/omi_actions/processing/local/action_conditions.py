"""What looks like a task but is not a one-off one: requests that apply only if
something happens ("call us if it gets worse"), ongoing advice and permissions
("keep the leg elevated"), and the calls to action of adverts."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

# Politeness, not a condition: "if you can, bring the report", "if you get a chance".
_SOFT_CONDITION = (
    r"(?:you\s+)?(?:can|could|possible|poss|you'?re\s+able|(?:you\s+)?get\s+a\s+(?:chance|minute|"
    r"sec(?:ond)?|moment)|you\s+have\s+(?:a|the)\s+(?:chance|minute|sec(?:ond)?|moment|time)|"
    r"(?:you\s+)?(?:don'?t|do\s+not)\s+mind|that'?s\s+(?:ok|okay|alright|all\s+right|fine)|"
    r"not\s+already|you\s+haven'?t\s+already|you\s+remember|so|at\s+all|anything|u\s+can|"
    r"(?:you(?:'re|’re|\s+are)\s+)?(?:still\s+)?(?:interested|keen|up\s+for\s+it)|"
    r"(?:you\s+)?(?:still\s+)?want\s+(?:it|them|one|to)|(?:you(?:'d|’d|\s+would)\s+)like|"
    r"(?:that|this|it|the\s+\w+|\w+day)\s+(?:still\s+)?works(?:\s+for\s+you)?)\b"
)
# Choosing to take up an offer: "If you'd like to renew, please sign the form" (left to the
# other rules, which know opt-in offers).
_OPT_IN = (
    r"you(?:'d|’d|\s+would)\s+(?:like|prefer|rather)|you\s+(?:still\s+)?(?:want|wish|plan|intend)|"
    r"you(?:'re|’re|\s+are)\s+(?:still\s+)?(?:interested|planning|hoping|keen)"
)
# "If you get swelling of the lips, stop it and call us": the whole sentence only applies
# if the condition comes true.
_LEADING_CONDITION = re.compile(
    r"^(?:(?:and|but|so|also|oh|okay|ok|now)[,]?\s+)*(?:if|unless|in\s+case|should\s+(?:you|it|"
    r"she|he|they|the\s+\w+)\b)\s+(?!"
    + _SOFT_CONDITION
    + r"\s*[,.]|"
    + _OPT_IN
    + r")[^,;]{3,90},\s*\S",
    re.IGNORECASE,
)
# "call us if it gets worse", "bring the log if you start one" (but "ask Ben if he still
# wants the couch", "check if the shop is open": an embedded question).
_TRAILING_CONDITION = re.compile(
    r"\s(?:if|unless)\s+(?!" + _SOFT_CONDITION + r"\s*(?:[,.!?]|$))\w", re.IGNORECASE
)
_QUESTION_VERBS = re.compile(
    r"^(?:ask|tell|let\s+\S+(?:\s+\S+)?\s+know|check|see|find\s+out|confirm|decide|figure\s+out|"
    r"text\s+\S+\s+to\s+ask|email\s+\S+\s+to\s+ask|verify|double-?check|make\s+sure|ensure|"
    r"look\s+into|work\s+out|clarify|query|enquire|inquire)\b",
    re.IGNORECASE,
)


_AVAILABLE = re.compile(
    r"\b(?:have|has|had|got|sent|send|find|found|received|get|gets|arrived?|came|bought)\s+"
    r"(?:\w+\s+)?(?:it|them|one|those|that)(?:\s+(?:yet|already|by\s+then|back|in\s+time))?$",
    re.IGNORECASE,
)


def is_conditional(clause: str, sentence: str) -> bool:
    """The request applies only if something happens ("call us if it gets worse")."""
    if _LEADING_CONDITION.search(sentence.strip()):
        return True
    # "Some get a cough; if that happens, ring us": the condition opens the clause's part
    # of the sentence (after a semicolon or a dash), not the sentence.
    head = clause.strip()[:30]
    position = sentence.find(head) if head else -1
    if position > 0:
        part = re.split(r";|\s[—–]\s", sentence[:position])[-1]
        if _LEADING_CONDITION.search(f"{part.strip()} {clause.strip()}".strip()):
            return True
    task = re.sub(r"[^\w)]+$", "", clause.strip())
    trailing = _TRAILING_CONDITION.search(task)
    if trailing is None or _AVAILABLE.search(task[trailing.start() :]):
        return False  # "bring the X-ray report if the hospital has sent it": when possible
    return not _QUESTION_VERBS.match(
        re.sub(r"^(?:please|pls|just|also|and|then)\s+", "", task, flags=re.IGNORECASE)
    )


# Ongoing advice and permissions, not one-off tasks: "keep water available", "keep doing
# the exercises", "try to cut down on salt", "let him climb on you".
_ONGOING = re.compile(
    r"^(?:please\s+|just\s+|and\s+|also\s+)*(?:"
    r"keep\s+(?:on\s+|up\s+)?(?:\w+ing\b|(?:it|that|them|this|the\s+\w+|\w+)\s+(?:available|going|"
    r"up|clean|dry|elevated|covered|handy|close|low|short|warm|cool|open|closed)\b)|"
    r"continue\s+(?:to\s+\w+|\w+ing)\b|"
    r"try\s+(?:to\s+)?(?:cut(?:ting)?\s+(?:down|back)|reduce|reducing|limit|limiting|"
    r"eat(?:ing)?\s+(?:more|less)|drink(?:ing)?\s+(?:more|less)|get(?:ting)?\s+more\s+sleep)\b|"
    r"cut\s+(?:down|back)\s+on\b|"
    r"let\s+(?:him|her|them|it)\s+(?!know\b|in\b|out\b|off\b|go\b)\w+|"
    r"stop\s+(?:when|if|once)\b)",
    re.IGNORECASE,
)


def is_ongoing_advice(task: str) -> bool:
    return bool(_ONGOING.match(task.strip()))


# A call to action of an advert: a discount, a code, points, a sponsor. "Unsubscribe"
# alone is not one: notification mails that hold real tasks carry it too.
_PROMO_CUE = re.compile(
    r"\b\d+\s*%\s*off\b|\bshop\s+now\b|\blimited\s+time\b|\b(?:promo|discount|coupon)\s+code\b|"
    r"\buse\s+(?:the\s+)?code\b|\bsponsor(?:ed)?\b|\bearn\s+(?:\w+\s+)?(?:points|rewards|cash\s*back)\b|"
    r"\brewards?\s+(?:program|programme|club|members?)\b|\bjoin\s+(?:for\s+)?free\b|"
    r"\b(?:spaces|seats|spots)\s+are\s+limited\b|\bwhile\s+(?:supplies|stocks?)\s+last\b|"
    r"\bflash\s+sale\b|\bper\s*cent\s+off\b|\bpercent\s+off\b",
    re.IGNORECASE,
)


def promo_sentences(sentences: Sequence[Any], dialogue: bool) -> set[int]:
    """Indices of sentences that belong to an advert. In a text without other speakers
    (a mail, an SMS blast) one advert cue makes the whole text an advert; in a
    conversation only the cue's sentence and the same speaker's sentences next to it
    (an ad read, a store announcement) are."""
    hits = [
        i
        for i, s in enumerate(sentences)
        if _PROMO_CUE.search(s.text) or _PROMO_CUE.search(s.speaker or "")
    ]
    if not hits:
        return set()
    if not dialogue:
        return set(range(len(sentences)))
    return {
        j
        for i in hits
        for j in range(i - 1, i + 2)
        if 0 <= j < len(sentences) and sentences[j].speaker == sentences[i].speaker
    }
