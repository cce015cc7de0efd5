"""Cues that name what a text is about without the topic's own words.

* Book club: a reading group talks about "next month's pick", "chapters ten to
  fifteen" and "finishing the book" more than about books and novels; each
  distinct cue adds to ``literature``.
* Job search: a recruiter's note or a hiring step ("I'm recruiting for a data
  role", "the Senior Engineer role at ...", "a 30-minute intro call") is about
  the user's career, ``work``, however technical the job title sounds.
* Gig tickets: a ticket mail for a concert gives the doors time and the
  admission type ("Doors 7:00 PM", "General Admission"); a film or a play does
  not use those words: ``music``.
* Pets as patients: a check-up, a vaccine or ear drops for a dog or a cat is the
  owner's errand, not the user's health; the words that say the patient is an
  animal (a breed, a rabies shot, a kitten) are collected here.
"""

from __future__ import annotations

import re

_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_BOOK_CLUB = re.compile(
    rf"(?i)\b(?:(?:next|this|last)\s+month['’]?s|{_MONTHS}|our|the\s+next|next)\s+"
    r"(?:pick|read)\b|\bpick\s+is\b|\bfinish(?:ed|ing)?\s+the\s+book\b|"
    r"\bchapters?\s+\w+\s+(?:to|through|and)\s+\w+\b|\bbook\s*club\b"
)
_JOB_SEARCH = re.compile(
    r"(?i)\brecruit(?:ing|er|ers)\b|\b(?:the|a|this)\s+(?:[\w-]+\s+){0,4}role\s+(?:at|with)\b|"
    r"\b(?:intro|introductory|screening|first-round)\s+(?:call|interview)\b|"
    r"\bhiring\s+manager\b|\bjob\s+(?:opening|offer|application)\b|"
    r"\bnot\s+looking\s+to\s+move\b|\bheadhunt\w*"
)
_GIG_TICKET = re.compile(
    r"(?i)\bdoors\s+(?:open\s+)?(?:at\s+)?\d|\bgeneral\s+admission\b|\bsupport\s+act\b|"
    r"\bopening\s+act\b|\bstanding\s+tickets?\b"
)
_PET_PATIENT = re.compile(
    r"(?i)\b(?:rabies|heartworm|deworm\w*|kennel\s+cough|puppy|puppies|kitten|kittens|"
    r"beagle|labrador|retriever|terrier|spaniel|poodle|collie|dachshund|schnauzer|"
    r"animal\s+(?:hospital|clinic)|spay(?:ed)?|neuter(?:ed)?|flea\s+treatment|"
    r"microchip\w*|cat\s+flu|wormer)\b"
)


def _distinct(pattern: re.Pattern[str], text: str) -> int:
    return len({re.sub(r"\s+", " ", m.group(0).casefold()) for m in pattern.finditer(text)})


def book_club_cues(text: str) -> int:
    """How many distinct reading-group cues the text has."""
    return _distinct(_BOOK_CLUB, text)


def job_search_cues(text: str) -> int:
    """How many distinct recruiting and hiring cues the text has."""
    return _distinct(_JOB_SEARCH, text)


def gig_ticket_cues(text: str) -> int:
    """How many distinct concert-ticket cues the text has."""
    return _distinct(_GIG_TICKET, text)


def pet_patient(text: str) -> bool:
    """Whether the text says that the patient is an animal."""
    return _PET_PATIENT.search(text) is not None


# A date for two: an evening plan (a table, a dinner, a booking) sent with an
# affectionate marker (a heart or kiss emoji, a pet name, an "x" sign-off).
_AFFECTION = re.compile(
    r"[\U0001F60D\U0001F970\U0001F618\U0001F495\U0001F496\u2764\U0001F48B]|"
    r"\b(?:babe|hun|sweetheart|darling)\b|(?<=\s)xx?x?$",
    re.IGNORECASE | re.MULTILINE,
)
_DATE_PLAN = re.compile(r"(?i)\b(?:dinner|table|reservation|date|booked|flowers)\b")
_KIN_ADDRESS = re.compile(
    r"(?i)\b(?:hi|hey|hello|thanks|love\s+you),?\s+(?:grandma|grandpa|gran|granny|nana|"
    r"mom|mum|mam|dad|mother|father|aunt\w*|uncle|sis|bro)\b"
)


def date_for_two(text: str, others: int) -> bool:
    """A one-to-one chat that plans an evening out with affection: a date."""
    if others != 1 or _KIN_ADDRESS.search(text):
        return False
    return _AFFECTION.search(text) is not None and _DATE_PLAN.search(text) is not None


# A bare status notice ("your package was delivered", "your order is on its way")
# that asks nothing of the user is about nothing in particular: ``other``.
_STATUS = re.compile(
    r"(?i)\b(?:was|has\s+been|got)\s+delivered\b|\bis\s+on\s+its\s+way\b|\bout\s+for\s+delivery\b|"
    r"\bhas\s+(?:been\s+)?(?:shipped|dispatched)\b|\barriving\s+in\s+\d+\s*min"
)
_ASKS = re.compile(
    r"(?i)\b(?:please|required|must|make\s+sure|need\s+to|can\s+you|could\s+you|will\s+(?:you|someone))\b"
)


def status_notice(text: str) -> bool:
    """A delivery or shipping status that requires nothing from the user."""
    return _STATUS.search(text) is not None and _ASKS.search(text) is None


# A post announcing a career move ("my last day at ...", "I'm joining ... as Head
# of Design", "#newrole") is about the author's work, whatever the job is.
_CAREER_MOVE = re.compile(
    r"(?i)\b(?:(?:last|first)\s+day\s+(?:at|with)|i['’]?m\s+(?:joining|starting\s+at)|"
    r"i\s+(?:just\s+)?(?:joined|started\s+at)|new\s+(?:role|job|position)|"
    r"after\s+\w+\s+(?:great\s+|amazing\s+|wonderful\s+)?years\s+at|handed\s+in\s+my\s+notice)\b|"
    r"#(?:newrole|newjob|newposition|careerchange|hiring|opentowork)\b"
)


def career_move_cues(text: str) -> int:
    """How many distinct career-move announcements the text has."""
    return _distinct(_CAREER_MOVE, text)


# The words of a talking therapy: with them, a "Dr." the user talks to is a
# psychologist or a psychiatrist, not a physician ("therapy" alone may be physio).
_MIND = re.compile(
    r"(?i)\b(?:anxiety|anxious|panic\s+attacks?|depress(?:ion|ed|ive)|cbt|thought[- ]records?|"
    r"ruminat\w*|intrusive\s+thoughts?|low\s+mood|catastrophi[sz]\w*|self-esteem)\b"
)


def mind_cues(text: str) -> int:
    """How many distinct talking-therapy words the text has."""
    return _distinct(_MIND, text)


# A one-time code message ("Your login code is 482913. Don't share it.") is an
# automated text with no topic: ``other``, whatever the sending service does.
_ONE_TIME_CODE = re.compile(
    r"(?i)\b(?:verification|security|login|sign-in|one-time|access|2fa)\s+(?:code|pin)\b|"
    r"\b(?:code|pin)\s+(?:is|:)\s*[A-Z0-9-]{4,9}\b|\b\d{4,8}\s+is\s+your\s+(?:\w+\s+)?(?:code|pin)\b"
)
_CODE_WORDS = 40  # longer texts only mention a code in passing


def one_time_code(text: str, words: int) -> bool:
    """A short automated message that carries a one-time code."""
    return words <= _CODE_WORDS and _ONE_TIME_CODE.search(text) is not None
