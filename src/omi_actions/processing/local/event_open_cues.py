"""Phrasings that name a plan without a plan noun, read by the frame opener.

A visiting trade ("the plumber is coming"), an invitation, an enrolment, a plan said
with a verb ("see you Friday at 6", "booked a table at ..."), taking part in
something named, a gathering named by its host, a birthday named by the age, a meal
named by its venue and a joint plan said with a verb ("can we rehearse ...").
"""

from __future__ import annotations

import re

from omi_actions.processing.local.event_rescue import (
    SPELLED_AGE,
)

_VISITOR = re.compile(
    r"\b(?P<who>plumber|electrician|technician|cleaner|cleaners|contractor|repairman|mechanic|"
    r"inspector|movers|handyman|exterminator|installer|nanny|babysitter|tutor|engineer|surveyor|"
    r"architect|assessor|appraiser|courier|locksmith|painter|roofer|gardener|landscaper|fitter|"
    # The rest of the trades and building staff who call at a home.
    r"(?<=the\s)super|(?<=building\s)super|superintendent|caretaker|janitor|builders?|carpenter|joiner|glazier|tiler|"
    r"plasterer|decorator|tradie|sparky|arborist|chimney\s+sweep|"
    r"(?<=boiler\s)man|(?<=gas\s)man|(?<=cable\s)guy|(?<=repair\s)(?:man|guy)|(?<=alarm\s)(?:man|guy)|"
    r"(?<=maintenance\s)(?:man|guy|team|crew)|(?<=repair\s)(?:team|crew))(?:['’]s)?"
    # "Marco, the super, he can come Friday": the visitor named again as a pronoun.
    r"(?:\s*,\s*(?:he|she|they))?\s+"
    r"(?:(?:(?:is|are|will\s+be|'s)\s+)?(?:coming|stopping\s+by|arriving|here|"
    r"coming\s+(?:round|around|over)|popping\s+(?:round|over|by))|"
    r"(?:can|will|'ll|could|is\s+going\s+to)\s+(?:come|stop\s+by|be\s+here|swing\s+by|"
    r"get\s+(?:round|around|over)|pop\s+(?:round|over|by)|drop\s+by))\b",
    re.IGNORECASE,
)
# "the structural engineer is coming on site": the trade keeps its qualifier.
_VISITOR_QUALIFIER = re.compile(
    r"\b(?P<q>structural|electrical|gas|building|home|pest|tree|pool|solar|hvac|boiler|repair|alarm|"
    r"furnace|roofing|cable|internet|window|carpet)\s+$",
    re.IGNORECASE,
)
_INVITED_TO = re.compile(
    r"\binvit(?:ed|es|ing|ation)\s+(?:you\s+)?to\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+|his\s+|her\s+)?"
    r"(?P<what>[\w'’ -]{3,40}?)(?=\s*(?:[.,!@:(]|\bon\b|\bat\b|$))",
    re.IGNORECASE,
)
_FOLLOW_UP = re.compile(
    r"\b(?:see\s+you\s+(?:again|next|then|on|at|in)|same\s+time\s+next|next\s+(?:time|session)|"
    r"let'?s\s+(?:meet|check\s+in|catch\s+up|talk|do\s+it|reconvene)|"
    r"(?:can|could|shall\s+we|we\s+could|want\s+to|wanna|i'?ll)\s+meet(?:\s+up)?)\b",
    re.IGNORECASE,
)
# A dated plan said with a verb rather than a noun ("see you Friday at 6",
# "we're going to the zoo Saturday", "the walkthrough is scheduled for ...").
_PLAN_VERB = re.compile(
    r"\b(?:see\s+you|let'?s\s+(?:meet|go|get\s+together|hang\s+out|grab|do)|"
    r"(?:we'?re|we\s+are|i'?m|i\s+am)\s+(?:going|heading|driving|flying)\s+(?:to|out)|"
    r"(?:is|are)\s+scheduled|(?:starts?|begins?|kicks?\s+off)\s+at|"
    r"meet(?:ing)?\s+(?:up|you|at|there|for)|come\s+over|stop\s+by|swing\s+by|"
    r"pick\s+you\s+up|hang\s+out|get\s+together|catch\s+up|come\s+in|dial\s+in|"
    r"(?:booked|reserved)\s+(?:(?:us\s+)?(?:a\s+table\s+)?at\s+)?(?:a\s+table|[A-Z][\w'-]+)|(?:hosting|throwing)\s+(?:a|an|my|our)|"
    r"scheduled\s+(?:(?:a|an|the|your)\s+[\w-]+\s+)?(?:for|on|at)|(?:signed|signing)\s+up\s+for|registered\s+for|"
    r"reminder\s+(?:of|for|about)\s+your)\b",
    re.IGNORECASE,
)
# Taking part in something named ("I'll be speaking at PyCon on Nov 7", "we're playing
# at the Crown on Saturday"): the user's own dated plan without a plan noun.
_TAKING_PART = re.compile(
    r"\b(?i:i'?ll\s+be|i\s+will\s+be|i'?m|i\s+am|we'?re|we\s+are|we'?ll\s+be)\s+"
    r"(?P<verb>(?i:speaking|presenting|performing|playing|exhibiting|volunteering|competing|"
    r"running|teaching|giving\s+a\s+talk))\s+(?i:at|in)\s+(?:the\s+)?"
    r"(?P<where>[A-Z][\w'’&-]+(?:\s+[A-Z][\w'’&-]+){0,3})"
)
_TAKING_PART_PLANS = {
    "speaking": "Talk", "presenting": "Presentation", "performing": "Performance",
    "playing": "Gig", "exhibiting": "Exhibition", "volunteering": "Volunteering",
    "competing": "Competition", "running": "Race", "teaching": "Class",
    "giving a talk": "Talk",
}  # fmt: skip
_GOING_TO = re.compile(
    r"\b(?:going|heading|driving|flying)\s+to\s+(?:the\s+)?(?P<where>[A-Za-z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
_FOR_WHAT = re.compile(
    r"\bfor\s+(?:the\s+|a\s+|an\s+|your\s+|my\s+|our\s+)?"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+(?:on|at|this|next|tomorrow|today|tonight)\b"
)
_SCHEDULED_SUBJECT = re.compile(
    r"\b(?:the|our|my|your)\s+(?P<what>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+"
    r"(?:is|are)\s+(?:scheduled|set|booked|planned|reserved)\b"
)
_PRONOUNS = frozenset("you me us him her them it this that everyone".split())
_REMINDER_OF = re.compile(
    r"\breminder\s+(?:of|for|about)\s+your\s+(?P<what>[\w&' -]{2,40}?)"
    r"(?=\s+(?:with|on|at|tomorrow|today|tonight|this|next)\b)",
    re.IGNORECASE,
)
_NOT_PLACES = frozenset(
    """bed sleep work school it that this be see do get have make take go meet pick""".split()
)


# "You're enrolled in Intro to Pottery", "I've enrolled in Beginners Spanish": a course.
_ENROLLED_IN = re.compile(
    r"\benroll?ed\s+(?:you\s+)?in\s+(?:the\s+)?(?P<what>[A-Z][\w'’&+-]*"
    r"(?:\s+(?:[A-Z0-9][\w'’&+-]*|to|of|and|for|in|&)){0,5})"
)
# "the asado is on Saturday at mine", "Knit night is at Helen's Thursday at 7": a
# gathering named by whatever the host calls it.
_HOSTED = re.compile(
    r"(?:^|\b(?:the|our|my)\s+)(?P<what>[A-Za-z][\w'-]*(?:\s+[a-z][\w'-]*)?)\s+"
    r"(?:is|will\s+be|'s)\s+(?:on|at|this|next|tomorrow|tonight)\b"
)
_HOST_PLACE = re.compile(
    r"\bat\s+(?:mine|ours|my\s+(?:place|house|flat)|our\s+(?:place|house|flat)|"
    r"[A-Z][\w-]+['’]s(?:\s+(?:place|house|flat))?)(?!\w)"
)
# "Nana's 80th!": a birthday named by the age.
_ORDINAL_BIRTHDAY = re.compile(
    r"\b[A-Z][\w-]+['’]s\s+\d{1,3}(?:st|nd|rd|th)\b(?=\s*(?:[!.?,🎉]|$))|"
    r"\b(?:[A-Za-z][\w-]+['’]s|(?i:my|our|his|her|their|a\s+surprise))\s+"
    rf"(?:(?:[1-9]\d)(?:st|nd|rd|th)|(?i:{SPELLED_AGE}))\b"
    r"(?=\s+(?:is|will\s+be|party|bash|celebration|dinner|on|at|this|next)\b)"
)


# "are you still up for the ramen place on Saturday?": a meal out named by its venue.
_UP_FOR_VENUE = re.compile(
    r"\b(?:up|down|in|on)\s+for\s+(?:the|that|this)\s+(?P<what>[a-z][\w'-]*\s+"
    r"(?:place|spot|restaurant|joint|bistro|diner|cafe|café|bar|pub|grill|trattoria))\b",
    re.IGNORECASE,
)
# "can we rehearse the pitch on Tuesday at 5pm?": a joint plan said with a verb.
_WE_VERB = re.compile(
    r"\b(?:can|could|shall|should|let'?s)\s+(?:we\s+)?(?P<verb>rehearse|practi[cs]e|study|"
    r"train|jam|run\s+through|go\s+over)\b",
    re.IGNORECASE,
)
_JOINT_PLANS = {
    "rehearse": "Rehearsal", "practice": "Practice", "practise": "Practice",
    "study": "Study session", "train": "Training", "jam": "Jam session",
    "run through": "Run-through", "go over": "Review",
}  # fmt: skip
# "Dave (plumber): Can get round Thursday arvo about 2": the trade is in the speaker's
# label and the visit is said without a subject or with "I".
_TRADE_SPEAKER = re.compile(
    r"\b(plumber|electrician|technician|cleaner|contractor|mechanic|handyman|installer|"
    r"locksmith|painter|roofer|gardener|landscaper|builder|carpenter|joiner|glazier|tiler|"
    r"plasterer|decorator|tradie|sparky|arborist|super|superintendent|caretaker)\b",
    re.IGNORECASE,
)
_SELF_VISIT = re.compile(
    r"(?:^|[.!?,]\s+)(?:i\s+)?(?:can|could|will|'ll)\s+(?:come|get\s+(?:round|around|over)|"
    r"pop\s+(?:round|over|by)|stop\s+by|swing\s+by|drop\s+by|be\s+(?:there|round))\b",
    re.IGNORECASE,
)


def trade_visit(
    speaker: str | None, from_user: bool | None, text: str, roles: list[str]
) -> str | None:
    """The trade of a speaker who offers to call round ("Plumber"), or None. The trade
    is the role given after a speaker's name ("Dave (plumber):"), which parsing keeps
    apart from the name; with one role in the chat it is that speaker's."""
    if from_user is not False or not speaker or _SELF_VISIT.search(text.strip()) is None:
        return None
    trades = {t.group(1).capitalize() for r in roles if (t := _TRADE_SPEAKER.search(r))}
    own = _TRADE_SPEAKER.search(speaker)
    if own is not None:
        return own.group(1).capitalize()
    return trades.pop() if len(trades) == 1 and len({r.lower() for r in roles}) == 1 else None


# "Yes I can babysit on Saturday": the sitter's evening at the user's home.
_BABYSITS = re.compile(
    r"\b(?:i\s+can|i\s+could|i'?ll|happy\s+to|i'?d\s+love\s+to)\s+"
    r"(?:babysit|sit\s+for\s+(?:you|u|the\s+kids))\b",
    re.IGNORECASE,
)
_SITTER_NAME = re.compile(r"\b(?:sitter|babysitter|nanny|childminder)\b", re.IGNORECASE)


def sitter_evening(speaker: str | None, from_user: bool | None, text: str) -> str | None:
    """ "Chloe babysitting" when another speaker offers to babysit, or None. (A sitter's
    role label alone is not used: "could I do Friday instead of Thursday" needs the
    swap read, which the frame does not do yet.)"""
    if from_user is not False or not speaker or _SITTER_NAME.search(speaker):
        return None
    return f"{speaker} babysitting" if _BABYSITS.search(text) else None
