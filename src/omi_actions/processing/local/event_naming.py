"""Naming a finished plan: who it is with, the venue or destination, a role's
session."""

from __future__ import annotations

import re

from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.event_context import VENUE_PLANS, game_title, named_venue
from omi_actions.processing.local.event_frame import _EPOCH, _Frame
from omi_actions.processing.local.event_plans import _modifiers
from omi_actions.processing.local.event_titles import is_person_name, place_in
from omi_actions.processing.local.text import Document, Sentence

_WITH = re.compile(
    r"\bwith\s+(?P<who>(?:Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)"
)
_NAMES_NOT_PEOPLE = frozenset(
    """The My Your Our His Her Their A An This That Me Monday Tuesday Wednesday Thursday Friday
    Saturday Sunday January February March April May June July August September October
    November December""".split()
)
_TO = re.compile(r"\b(?:to|in)\s+(?P<where>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})")
_DOCTOR = re.compile(r"\b(?P<who>Dr\.?\s+[A-Z][\w'-]+)")


def _person(sentence: Sentence, document: Document) -> str | None:
    """Who the plan is with: named in the sentence, else the other party when that is a
    person (not a role such as "Agent", nor an organisation)."""
    named = _named_person(sentence)
    if named is not None:
        return named
    if sentence.from_user is False and sentence.speaker:
        return sentence.speaker if is_person_name(sentence.speaker) else None
    if document.kind == "email" and document.user_sent:
        # The user wrote the mail: the plan is with its addressee, never with the
        # name the user signs with.
        who = document.recipient
        return who if who and is_person_name(who) and who != document.sender else None
    if document.kind == "email" and document.sender:
        return document.sender if is_person_name(document.sender) else None
    others = document.others()
    if len(others) == 1 and document.kind in ("chat", "transcript"):
        return others[0] if is_person_name(others[0]) else None
    return None


def _named_person(sentence: Sentence) -> str | None:
    who = _WITH.search(sentence.text) or _DOCTOR.search(sentence.text)
    if who is None or who.group("who").split()[0] in _NAMES_NOT_PEOPLE:
        return None
    name = re.sub(r"(?:'s|’s)$", "", who.group("who"))
    return name if is_person_name(name) or name.startswith("Dr") else None


def _subject_modifiers(plan: str, document: Document) -> str | None:
    """ "Hearing" read in a mail whose subject says "Small claims hearing notice"."""
    subject = document.subject or ""
    if not subject or " " in plan:
        return None
    match = re.search(rf"(?<![\w-]){re.escape(plan.lower())}(?![\w-])", subject.lower())
    if match is None:
        return None
    modifiers = _modifiers(subject, match.start())
    if not modifiers or find_dates(modifiers, _EPOCH) or not modifiers[:1].isalpha():
        return None
    return f"{modifiers} {plan.lower()}"


# A generic plan with someone in a role is that role's session ("Meeting" with
# the tutor is a tutoring session).
_ROLE_SESSIONS: dict[str, str] = {
    "therapist": "Therapy session", "counselor": "Counseling session",
    "counsellor": "Counseling session", "psychologist": "Therapy session",
    "psychiatrist": "Psychiatry appointment", "tutor": "Tutoring session",
    "trainer": "Training session", "coach": "Coaching session", "advisor": "Advisor meeting",
    "adviser": "Advisor meeting", "doctor": "Doctor appointment",
    "dentist": "Dentist appointment", "vet": "Vet appointment", "lawyer": "Meeting with lawyer",
    "attorney": "Meeting with attorney", "accountant": "Meeting with accountant",
    "recruiter": "Recruiter call", "realtor": "Meeting with realtor", "landlord": "Landlord visit",
    "teacher": "Teacher meeting", "mentor": "Mentoring session", "stylist": "Hair appointment",
}  # fmt: skip
_GENERIC_PLANS = frozenset({"Meeting", "Follow-up", "Meetup", "Session", "Call", "Check-in"})


def _role_session(plan: str, sentence: Sentence, document: Document) -> str | None:
    if plan not in _GENERIC_PLANS:
        return None
    others = document.others()
    roles = [sentence.speaker or "", *(others if len(others) == 1 else [])]
    for role in roles:
        for word in re.findall(r"[a-z]+", role.lower()):
            if word in _ROLE_SESSIONS:
                return _ROLE_SESSIONS[word]
    return None


def _title(frame: _Frame, document: Document) -> str:
    if frame.subject:
        return frame.subject
    text = frame.sentence.text
    plan = _subject_modifiers(frame.plan, document) or frame.plan
    plan = plan[:1].upper() + plan[1:]
    game = game_title(plan, text)
    if game is not None:
        return game
    if plan.split()[-1] in VENUE_PLANS and _named_person(frame.sentence) is None:
        # "Doors 7 PM · Show 8 PM" under "Roxy Hall": the show at the hall.
        venue = named_venue(text) or named_venue(f"{document.subject or ''}\n{document.body}")
        if venue is not None and venue.lower() not in plan.lower():
            return f"{plan} at {venue}"
    if plan.split()[-1] in ("Flight", "Trip", "Vacation"):
        where = _TO.search(text)
        if where is not None and where.group("where").split()[0] not in _NAMES_NOT_PEOPLE:
            return f"{plan} to {where.group('where')}"
    named = _named_person(frame.sentence)
    if named is not None:
        return f"{plan} with {named}"
    place = place_in(text)
    if place is not None and place.lower() not in plan.lower():
        return f"{plan} at {place}"
    role = _role_session(plan, frame.sentence, document)
    if role is not None:
        return role
    person = _person(frame.sentence, document)
    if person is None and re.search(
        r"appointment|checkup|check-up|cleaning|physical|follow-up", plan, re.I
    ):
        # A medical plan is with the doctor the text names, wherever it names them.
        doctor = _DOCTOR.search(document.body) or _DOCTOR.search(document.subject or "")
        person = re.sub(r"(?:'s|’s)$", "", doctor.group("who")) if doctor else None
    if person and person.lower() not in ("me", "user", "i"):
        return f"{plan} with {person}"
    return plan
