"""Keeping a "User ..." fact lasting: trimming what is not the attribute, and
recognising states of the moment.

Comment clauses and moment adverbs ("..., which explains X", "today") are trimmed;
passing states, plans and reports of speech ("User is away this weekend") are not
lasting facts at all.
"""

from __future__ import annotations

import re

# ------------------------------------------------------------------ trimming

# A comment after the attribute: "..., which explains X", "... and proud of it",
# ", the view is unreal" (a new subject after a comma).
_COMMENT = re.compile(
    r",?\s+(?:which|who)\s+(?:explains|means|is\s+why|makes)\b.*$"
    r"|\s+and\s+(?:proud|happy|grateful|thankful|loving)\s+(?:of|about)?\s*it\b.*$"
    r"|,\s+(?:the|this|that|it|which)\s+(?:[\w'-]+\s+){0,3}(?:is|are|was|were)\s+"
    r"(?:so\s+|just\s+|really\s+|absolutely\s+)?(?:unreal|amazing|great|awesome|incredible|"
    r"beautiful|insane|wild|gorgeous|fantastic|the\s+best|lovely|perfect)\b.*$"
    r"|\s+so\s+(?=User\b).*$",
    re.IGNORECASE,
)
# Adverbs of the moment: not part of a lasting attribute.
_MOMENT = re.compile(
    r"\s+(?:in\s+the\s+meantime|for\s+now|right\s+now|at\s+the\s+moment|these\s+days|"
    r"this\s+morning|this\s+afternoon|this\s+evening|today|tonight|again|lately)\b(?=\s|$|,)",
    re.IGNORECASE,
)


def trim(fact: str) -> str:
    """Drop comment clauses and adverbs of the moment from a "User ..." fact."""
    trimmed = _COMMENT.sub("", fact)
    trimmed = _MOMENT.sub("", trimmed)
    trimmed = re.sub(r"^User is still\b", "User is", trimmed)
    if trimmed.startswith("User ") and len(trimmed.split()) >= 3:
        return trimmed
    return fact


# ------------------------------------------------------------------ filters

# States of the moment and plans: "User is away this weekend", "User is bringing X",
# "User's son might be late". Moving, relocating, starting and learning stay: they
# change lasting facts.
_MOMENTARY = re.compile(
    r"^User\s+(?:might|may|could|would|should|won't|is\s+gonna|is\s+about\s+to)\b"
    r"|^User\s+will\b(?!\s+be\s+(?:joining|working|starting|leading|based|reporting|moving|"
    r"relocating|studying|teaching))"
    r"|^User(?:'s|’s)(?:\s+[\w'’()-]+){1,3}?\s+(?:might|may|could|would|should)\b"
    r"|^User(?:'s|’s)(?:\s+[\w'’()-]+){1,3}?\s+will\s+(?:be\s+)?[a-z]+ing\b"
    r"|^User\s+is\s+(?:(?:still|now|just|currently|also)\s+)?(?:bringing|coming|heading|leaving|"
    r"visiting|meeting|picking|dropping|flying|driving|staying|getting(?!\s+married\b)|"
    r"running\s+late|"
    r"writing|calling|checking|trying|thinking|hoping|waiting|looking\s+forward|working\s+from\s+"
    r"home|running\s+(?:\d+\s*\w*\s+)?late|"
    r"home|off|out|away|busy|free|ooo|home|back|here|there|done|on\s+(?:my|"
    r"their|the)\s+way|sick|tired|exhausted|stressed|nervous|excited|sorry|glad|happy|fine|"
    r"good|okay|ok|ready|late|early)\b"
    r"|^User\s+(?:just\s+)?(?:landed|arrived)\b"
    r"|^User\s+is\s+(?:usually\s+|already\s+|probably\s+)?(?:asleep|awake)\s+by\s+then\b"
    r"|^User(?:'s|’s)\s+(?:best\s+|old\s+|close\s+)?(?:friend|mate|buddy|pal|colleague|coworker|"
    r"co-worker|roommate|flatmate|housemate|neighbou?r)\b(?!\s+is\s+named\b)"
    r"|^User\s+(?:\w+\s+and\s+)?(?:decided|told|asked|said|replied|texted|emailed|called|"
    r"attached|forwarded)\b"
    r"|^User\s+is\s+(?:so\s+|very\s+|really\s+)?(?:delighted|thrilled|pleased|proud|honou?red|"
    r"excited|happy|glad|sad|sorry)\s+to\b"
    r"|^User\s+is\s+(?:not\s+)?(?:allowed|supposed|meant|expected|required|told|asked)\s+to\b"
    r"|^User(?:'s|’s)\s+(?:[\w-]+\s+)?(?:legs?|arms?|feet|foot|back|head|brain|eyes?|knees?|"
    r"hands?|stomach|tummy|body|throat|neck|shoulders?|muscles|calves|thighs)\s+(?:is|are|was|"
    r"were|feels?|felt|hurts?|hurt|aches?|ached|decided|kills?|killing)\b"
    r"|^User\s+\w+(?:\s+\w+){0,4}\s+(?:of\s+)?(?:it|this|that|them)$"
    # A scene, not a trait: "keeps lying awake", "is just sitting here", "felt like themselves".
    r"|^User\s+(?:still\s+)?keeps\s+[a-z]+ing\b"
    r"|^User\s+is\s+(?:just\s+|still\s+)?(?:sitting(?!\s+on\s+(?:the|a)\s+(?:board|committee|council|panel|jury))|staring|lying|standing|crying|sweating|"
    r"wondering|losing\s+(?:their|my)\s+mind)\b"
    r"|^User\s+(?:\w+\s+){0,8}?(?:and\s+)?felt\s+(?:like|so|very|really|a\s+bit)\b",
    re.IGNORECASE,
)


def is_momentary(fact: str) -> bool:
    """A passing state, a plan or a report of speech: not a lasting fact."""
    return bool(_MOMENTARY.search(fact))
