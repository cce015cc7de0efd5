"""Memberships, school children, student status and the reader's name from mail.

A plan's activation, a school's letter to "Grade 3 families" or a welcome that
names the reader say who the user is; kept apart from the user's things.
"""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_rec_mail import (
    MARKETING,
    organisation,
    sender_name,
    signature_lines,
)

_MEMBERSHIP = re.compile(
    r"\b(?i:your)\s+(?P<plan>(?:[A-Z][\w+-]*\s+){0,3})(?P<kind>membership|plan|subscription)\s*"
    r"(?:\((?P<price>[^)]{2,20})\)\s*)?(?:at\s+(?P<place>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})\s+)?"
    r"(?:is\s+(?:now\s+)?(?:active|activated|confirmed)|has\s+been\s+(?:activated|renewed|"
    r"upgraded)|renews|will\s+renew|starts)\b"
)
_GYM = re.compile(r"gym|fit|climbing|yoga|athletic|sports?\s+club", re.I)
_SCHOOL = re.compile(
    r"\b(?:[A-Z][\w'.-]*[ \t]+){1,3}(?:Elementary|Middle|High\s+School|School|Academy|Preschool|"
    r"Montessori|Kindergarten|Primary|Daycare|Day\s+Care)\b"
)
_UNIVERSITY = re.compile(
    r"\b(?:University[ \t]+of[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?|(?:[A-Z][\w'.-]*[ \t]+){1,3}"
    r"(?:University|College|Institute\s+of\s+Technology))\b"
)
_GRADE = re.compile(
    r"\b(?P<grade>(?:Grade|Year)\s+\d{1,2}|\d{1,2}(?:st|nd|rd|th)\s+[Gg]rade|[Kk]indergarten)\b"
)
_DEAR_ROLE = re.compile(
    r"^\s*(?:dear|hello|hi)\s+(?P<who>(?:[\w ]{0,20}\s)?(?:families|parents|student|students|"
    r"policyholder|patient|member|tenant|resident|customer))\b",
    re.I | re.M,
)
_SUBJECT_NAME = re.compile(r"[,!]\s*(?P<name>[A-Z][a-z]{2,})\s*[!.]*\s*$")
_NOT_NAMES = frozenset(
    "Friend Everyone Team All Customer Member Folks There Again Today Now Soon Inside Here "
    "Ready Confirmed Shipped Reminder Update".split()
)
_POSSESSIVE_NAME = re.compile(r"\b(?P<name>[A-Z][a-z]{2,})(?:'s|’s)\b")


def states_membership(sentence: str) -> bool:
    """ "Your Premium membership at X is active": said better by ``memberships_and_roles``."""
    return _MEMBERSHIP.search(sentence) is not None


def memberships_and_roles(text: str, kind: str, subject: str | None) -> list[str]:
    """Plans and memberships, school children, student status, the user's name in a subject."""
    if kind not in ("email", "voicemail") or MARKETING.search(text):
        return []
    facts: list[str] = []
    sender = sender_name(text)
    org = organisation(sender) if sender else ""
    for match in _MEMBERSHIP.finditer(text):
        plan = match.group("plan").strip()
        brand = org if org and org.split()[0].lower() not in plan.lower() else ""
        brand = brand if len(brand.split()) <= 2 else ""
        price = f" at {match.group('price')}" if match.group("price") else ""
        words = " ".join(w for w in (brand, plan, match.group("kind")) if w)
        place = match.group("place")
        at = f" at {place}" if place and not price else ""
        facts.append(f"User has a {words}{at}{price}")
        if place and price and _GYM.search(f"{place} {org}"):
            facts.append(f"User's gym is {place}")
    signature = "\n".join(signature_lines(text))
    school = _SCHOOL.search(f"{sender or ''}\n{signature}")
    dear = _DEAR_ROLE.search(text)
    who = dear.group("who").lower() if dear else ""
    if school is not None:
        grade = _GRADE.search(f"{who} {signature} {subject or ''}")
        in_grade = f" in {grade.group('grade')}" if grade else ""
        names = [
            m.group("name")
            for m in _POSSESSIVE_NAME.finditer(subject or "")
            if m.group("name") not in _NOT_NAMES
        ]
        if names:
            facts.append(f"User has a child named {names[0]}{in_grade} at {school.group(0)}")
        elif who.endswith(("families", "parents")) and grade is not None:
            # "Dear Grade 3 families" picks out the user's child; "Dear families" is a
            # mailing to the whole school, not a statement that the user has a child there.
            facts.append(f"User has a child{in_grade} at {school.group(0)}")
    if who.startswith("student"):
        university = _UNIVERSITY.search(f"{sender or ''}\n{signature}\n{text}")
        if university is not None:
            facts.append(f"User is a student at {university.group(0)}")
    if who == "policyholder" and org and not any("insurance with" in f for f in facts):
        facts.append(f"User has insurance with {org}")
    if subject:
        named = _SUBJECT_NAME.search(subject)
        if (
            named is not None
            and named.group("name") not in _NOT_NAMES
            and (
                subject.rstrip().endswith("!")
                or re.search(rf"\b(?i:hi|hello|hey|dear)\s+{named.group('name')}\b", text)
            )
        ):
            # "Welcome to X, Sam!" names the reader; "Booking: Casa Luz, Oaxaca" names a place.
            facts.append(f"User's name is {named.group('name')}")
    return facts
