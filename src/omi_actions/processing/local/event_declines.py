"""Plans that do not stand: declined, cancelled, conditional, negated or told in
the past tense, and topic shifts that close a plan."""

from __future__ import annotations

import re

from omi_actions.processing.local.event_frame import _Frame
from omi_actions.processing.local.event_plans import _TASK_ABOUT_PLAN, _plan_of
from omi_actions.processing.local.text import Sentence


def straight(text: str) -> str:
    """``text`` with curly apostrophes made straight ("can’t" -> "can't"), same length."""
    return text.replace("’", "'")


_PAST = re.compile(
    r"\b(?:went|had|was|were|did|met|saw|ate|came|got\s+back|finished|attended|enjoyed|"
    r"loved|visited|yesterday|last\s+(?:night|week|weekend|month|year|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday|summer|spring|fall|autumn|winter|time)|ago|"
    r"throwback|tbt)\b|"
    # "Following your visit with Dr. Chen on February 26, a referral has been sent".
    r"\bfollowing\s+(?:your|my|our|the)\s+(?:recent\s+)?(?:visit|appointment|call|meeting|"
    r"consultation|session|inspection|stay|chat|conversation)\b|"
    # "Half marathon done!", "Recital: done ✅": a plan reported as over.
    r"(?<!\bto\s)(?<!\bbe\s)\b(?:done|completed|in\s+the\s+books)(?=\s*[!✅🎉])",
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|'ll|going\s+to|gonna|let'?s|would\s+you|want\s+to|wanna|shall|can\s+we|"
    r"could\s+we|are\s+we|is\s+(?:on|at|scheduled)|scheduled|booked|confirmed|planned|"
    r"planning|upcoming|next|see\s+you|don'?t\s+forget|remember|reminder|is\s+set|starts?|"
    r"begins?|moved\s+to|has\s+moved|tomorrow|tonight|"
    # "Did you get the invitation for Sofia's wedding?": the invitation is for a plan ahead.
    r"invitation|invite|save\s+the\s+date)\b",
    re.IGNORECASE,
)
# "loved your portfolio and would like a video call on Thursday": a wish for a plan
# named after it; the past tense before it is about something else.
_WISH_AHEAD = re.compile(r"\b(?:would|'d)\s+(?:like|love)\b", re.IGNORECASE)


def wished_ahead(text: str) -> bool:
    """Whether a plan is named after "would like" with no past tense after it."""
    wish = _WISH_AHEAD.search(text)
    if wish is None:
        return False
    rest = text[wish.end() :]
    if _plan_of(text[: wish.start()]) is not None:
        return False  # "loved your visit and would like to show ...": the visit is over
    return _plan_of(rest) is not None and not _PAST.search(rest)


_CANCELLED = re.compile(
    r"\b(?:cancel(?:led|ed)|called\s+off|postponed\s+indefinitely)\b", re.IGNORECASE
)
# The plan just named is off: "that got cancelled", "it's been called off".
_CANCELLED_SINCE = re.compile(
    r"\b(?:that|it|this|they|which)(?:'s|’s|\s+is|\s+was|\s+has|\s+have|\s+got|\s+were)?\s+"
    r"(?:been\s+|got\s+|all\s+)?(?:cancel(?:led|ed)|called\s+off|scrapped)\b",
    re.IGNORECASE,
)
# "I can't wait", "I can't eat gluten anymore": said by someone who is coming.
_NOT_A_REFUSAL = (
    r"(?!\s+(?:wait|believe|thank|tell\s+you|stop|eat|drink|stand|help|remember|even|"
    r"imagine|express)\b)(?![^.!?,;]{0,60}\banymore\b)"
)
_DECLINE = re.compile(
    rf"\b(?:i\s+can'?t{_NOT_A_REFUSAL}|i\s+cannot{_NOT_A_REFUSAL}|can'?t\s+make\s+it|won'?t\s+make\s+it|not\s+going|"
    r"no\s+thanks|i'?ll\s+pass|i'?m\s+out|not\s+this\s+time|rain\s+check|i'?m\s+busy|"
    r"not\s+(?:interested|looking|available)|have\s+to\s+pass|(?:politely\s+)?decline|"
    # "we're away that weekend", "I'm in Leeds that whole weekend": elsewhere on the day.
    r"(?:i'?m|we'?re|i\s+am|we\s+are|i'?ll\s+be|we'?ll\s+be)\s+(?:away|abroad)\b|"
    r"(?:i'?m|we'?re|i'?ll\s+be|we'?ll\s+be)\s+(?:in|at)\s+[a-z][\w'-]*\s+"
    r"(?:that|all\s+that|the\s+whole|that\s+whole|all)\s+(?:weekend|week)|"
    r"maybe\s+next\s+time|next\s+time\s+for\s+sure|"
    r"out\s+of\s+town|won'?t\s+be\s+(?:there|around|able)|"
    r"i'?m\s+not\s+around|can'?t\s+do\s+it|i'?m\s+on\s+(?:annual\s+)?(?:leave|holiday|vacation)|i'?m\s+off\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun|"
    r"tomorrow|that\s+day)|(?:ask|get|have)\s+\w+\s+to\s+(?:cover|take|handle)\s+(?:that|this|it)|"
    r"^\W*(?:can'?t|cannot)\s+(?:do\s+|make\s+)?(?:it\s+)?(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|"
    r"tomorrow|tonight|today|that|(?:this|that|next)\s+(?:weekend|week))|"
    # "ahh I wish, we're staying home this year": a wistful no.
    r"^\W*(?:a+h+\W+|oh+\W+|aw+\W+)?i\s+wish(?=\s*[,.!]|\s+i\s+could)|"
    r"(?:we'?re|i'?m|we\s+are|i\s+am)\s+staying\s+(?:home|in)\b)\b",
    re.IGNORECASE,
)


# A plan the sentence does not hold: conditional ("If they accept, I'd book the
# inspection for Monday"), negated ("he won't be able to attend class Monday") or
# the topic of a task ("call Mom tonight about the trip").
_CONDITIONAL = re.compile(
    r"^\W*if\b[^,;]*,.*\b(?:i'?d|we'?d|would|might|could)\b"
    r"(?!\s+(?:(?:really\s+)?(?:like|love)\s+(?:you|for\s+you)|be\s+(?:happy|glad)\s+to\s+have\s+you)\b)",
    re.IGNORECASE,
)
_NEGATED = re.compile(
    r"\b(?:won'?t|will\s+not|can'?t|cannot|couldn'?t|unable\s+to|not\s+be\s+able\s+to|"
    r"not\s+(?:going|coming|attending))\b(?!\s+wait)"
    # The negation ends where a new clause with its own subject starts ("can't stay
    # late, I'm on the early shift at 5am": the shift stands).
    r"(?:(?!,\s*(?:it'?s|it\s+is|that'?s|i'?ve\s+got|i\s+have|because|cause|cuz|got|"
    r"i'?m|i\s+am|we'?re|we\s+are|but)\b)[^.;!?])*$",
    re.IGNORECASE,
)
_ABOUT_PLAN = re.compile(
    r"\b(?:about|regarding|re:?)\s+(?:the\s+|my\s+|our\s+|your\s+|this\s+|that\s+)?"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun|to)day'?s?\s+|tomorrow'?s?\s+|tonight'?s?\s+)?$",
    re.IGNORECASE,
)


def _plan_stands(text: str, start: int) -> bool:
    text = straight(text)
    before = text[:start]
    if _CONDITIONAL.search(text[: start + 1]) or _NEGATED.search(before):
        return False
    return not (_ABOUT_PLAN.search(before) and _TASK_ABOUT_PLAN.search(before))


# "Great date tonight. We talked for hours": an evening told after it happened.
_NARRATED = re.compile(
    r"\b(?:i|we|she|he|they)\s+(?:\w+ed|went|had|was|were|did|met|saw|ate|came|spent|got|"
    r"took|sat|ran|drank|left|felt|laughed)\b",
    re.IGNORECASE,
)


_WORD = re.compile(r"[^\W_]")


def worded_gap(sentences: list[Sentence], last: int, index: int) -> int:
    """How far sentence ``index`` is from ``last``, not counting emoji-only lines ("🥹")."""
    return 1 + sum(1 for s in sentences[last + 1 : index] if _WORD.search(s.text))


_OTHER_QUESTION = re.compile(
    r"\b(?:anything\s+else|something\s+else|any\s+other\s+(?:questions?|way)|"
    r"any\s+questions|help\s+with\s+today)\b",
    re.IGNORECASE,
)


def _answers_other_question(sentences: list[Sentence], index: int, frame: _Frame) -> bool:
    """ "No thanks" to "anything else I can help with?" does not decline the plan."""
    if worded_gap(sentences, frame.last, index) > 3:
        return True
    previous = sentences[index - 1] if index > 0 else None
    return previous is not None and bool(_OTHER_QUESTION.search(previous.text))


# A question about something else tacked onto the plan ("Jo's party is Sunday at 2, did
# you get the invite?"): its past tense is not the plan's.
_SIDE_QUESTION = re.compile(
    r"[,;]\s*(?:and\s+|so\s+|oh\s+)?(?:did|have|has|had)\s+(?:you|u|they|he|she|we|y'all)\b[^,.;!?]*\?",
    re.IGNORECASE,
)


def _without_side_question(text: str) -> str:
    """``text`` without a trailing question that does not name the plan."""
    stripped = _SIDE_QUESTION.sub("", text)
    if stripped != text and _plan_of(stripped) is not None:
        return stripped
    return text


# A sentence that moves to another topic: the open plan takes no more from it.
_TOPIC_SHIFT = re.compile(
    r"\W*(?:lastly|secondly|thirdly|another\s+thing|one\s+more\s+thing|on\s+another\s+note|"
    r"unrelated(?:ly)?|changing\s+the\s+subject)\s*[,:;—-]",
    re.IGNORECASE,
)


# "Did you sign up for the River Run yet?": the past tense asks about a step taken for
# the plan, it does not tell the plan as over; a later day and clock time are its own.
_ASKED_IF_DONE = re.compile(
    r"^\W*(?:\w+\W+){0,2}?(?:did|have|has)\s+(?:you|he|she|they|we)\b[^.!?]*\?\s*$",
    re.IGNORECASE,
)


def asked_if_done(text: str) -> bool:
    """Whether the sentence only asks whether something was done for the plan."""
    return bool(_ASKED_IF_DONE.match(text))


# Another day put forward right after a refusal: "how about friday?", "Thursday instead?".
_COUNTER_OFFER = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|but|hmm+)\W+)?(?:how|what)\s+about\b|\binstead\s*\??\s*$",
    re.IGNORECASE,
)


# Another speaker takes the person to the plan: "I'll take him", "I'll get her", "I've got
# it": the outing is theirs and the third person's, not the user's.
_HANDED_OVER = re.compile(
    r"\b(?:i'?ll|i\s+will|i\s+can)\s+(?:take|get|drive|collect|pick\s+up|run)\s+"
    r"(?:him|her|them)\b(?!\s+(?:and|with)\s+(?:you|u)\b)|\bi'?ve\s+got\s+(?:it|her|him)\b",
    re.IGNORECASE,
)


def handed_over(from_user: bool | None, text: str) -> bool:
    """Whether a speaker other than the user takes the plan on ("I'll take him")."""
    return from_user is False and bool(_HANDED_OVER.search(straight(text)))
