"""Times offered for a plan talked about before ("I can come Friday at 8am") and
what that plan is."""

from __future__ import annotations

import re

from omi_actions.processing.local.event_naming import _ROLE_SESSIONS
from omi_actions.processing.local.event_plans import _VISITOR_NOUN, _plan_of
from omi_actions.processing.local.text import Document

_SLOT_OFFER = re.compile(
    r"\b(?:(?:i|we)\s+(?:can|could)\s+(?:come|pop\s+(?:round|over|by)|do|see\s+(?:you|her|him|them)|"
    r"(?:fit|get|squeeze|pencil)\s+(?:you|her|him|them)\s+in|be\s+(?:there|round|over))|"
    r"can\s+(?:we|you)\s+(?:move|do|make)\s+(?:it\s+)?(?:to\s+)?|"
    r"(?:i|we)\s+(?:have|'ve\s+got)\s+(?:a\s+slot|an?\s+opening|space|availability)|"
    r"(?:i'?ll|we'?ll)\s+(?:come\s+(?:by|round|over)|pop\s+(?:round|over|by)))",
    re.IGNORECASE,
)


# "I'll pop round in 10 min": on the way now, not a calendar plan.
_MINUTES_AWAY = re.compile(
    r"\s*in\s+(?:\w+|an?)\s*(?:min|mins|minutes?|hours?|hrs?|sec\w*)\b", re.I
)


# A time put forward for a meeting wished for just before.
_PROPOSED_TIME = re.compile(
    r"^\W*(?:how|what)\s+about\b|\b(?:would|does|do|can|could|will|is)\b[^.?!]*\b(?:work|suit|"
    r"good|ok|okay|free|available|possible)\b[^.!]*\?",
    re.IGNORECASE,
)
_MEET_WISH = re.compile(
    r"\b(?:i'?d|we'?d|i\s+would|we\s+would|i\s+want|we\s+want|let'?s|can\s+we|could\s+we|"
    r"should)\s+(?:like\s+to\s+|love\s+to\s+)?(?:meet|get\s+together|sit\s+down|catch\s+up|"
    r"talk\s+in\s+person|have\s+a\s+(?:chat|meeting))\b",
    re.IGNORECASE,
)


def _earlier_plan(document: Document, index: int, physical: bool = False) -> str:
    """What an offered time is for: the last plan named before it, a tradesperson the
    text names, the role of the other party, else an appointment (a visit when the
    offer is to come round, named by what the caller rang about)."""
    for sentence in reversed(document.sentences[max(0, index - 10) : index]):
        found = _plan_of(sentence.text)
        if found is not None and not (physical and found[0] == "Call"):
            return found[0]
    visitor = _VISITOR_NOUN.search(document.body)
    if visitor is not None:
        return f"{visitor.group(0).capitalize()} visit"
    for who in [*document.others(), *document.roles]:
        trade = _VISITOR_NOUN.search(who)  # "Gary (plumber)": the trade visits
        if trade is not None:
            return f"{trade.group(0).capitalize()} visit"
    for who in document.others():
        for word in re.findall(r"[a-z]+", who.lower()):
            if word in _ROLE_SESSIONS:
                return _ROLE_SESSIONS[word]
    if physical:
        for sentence in document.sentences[max(0, index - 10) : index]:
            topic = _ABOUT_TOPIC.search(sentence.text)
            if topic is not None:
                return f"Visit about the {topic.group('what').lower()}"
        return "Visit"
    return "Appointment"


# "calling about the leaking kitchen sink": what a tradesperson comes round for.
_ABOUT_TOPIC = re.compile(
    r"\b(?:calling|call|ringing|rang|called|message|messaging|enquiry|inquiry)\s+"
    r"(?:back\s+)?(?:\w+\s+){0,2}?about\s+(?:the|your|my|our)\s+"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)(?=\s*(?:[.,;!?]|$|\s+(?:and|but|so|that|which)\b))"
)
