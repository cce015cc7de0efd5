"""A welcome or offer letter to the user: the role, the start date, the manager and the
onboarding buddy ("You'll be joining us as a Data Analyst ... Your start date is ...")."""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.fact_clean import _iso_when
from omi_actions.processing.local.fact_rec_card_parts import _NAME

_WELCOME = re.compile(
    r"\b(?i:welcome)\s+(?:aboard\s+)?to\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
)
_JOINING = re.compile(
    r"\b(?i:you)(?:'re|’re|\s+are)?\s+(?:will\s+be\s+)?join(?:ing|ed)?\s+"
    r"(?:us\s+|the\s+(?P<team>[\w -]{2,30}?)\s+team\s+|"
    r"(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+)?as\s+(?:an?|our)\s+"
    r"(?:new\s+)?(?P<role>[A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,4}?)"
    r"(?:\s+on\s+the\s+(?P<team2>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+team)?"
    r"(?=[.,!;]|\s+(?:on|in|at|from|starting)\b)"
)
_START_DATE = re.compile(
    r"\b(?i:your)\s+(?:official\s+)?(?:start|first)\s+(?:date|day)\s+(?:is|will\s+be)\s+"
    r"(?P<when>[^.;]{4,40}?)(?=[.;]|,\s+and\b|\s+and\s+your\b|$)",
    re.I,
)
_MANAGER = re.compile(
    r"\b(?i:your)\s+(?:manager|line\s+manager|supervisor|mentor|buddy)\s+(?:will\s+be|is)\s+"
    rf"(?P<name>{_NAME})|\b(?i:you)(?:'ll|’ll|\s+will)\s+(?:be\s+)?report(?:ing)?\s+(?:directly\s+)?"
    rf"to\s+(?P<name2>{_NAME})|\b(?i:your)\s+(?:manager|line\s+manager|supervisor)\s*,\s*"
    rf"(?P<name3>{_NAME})\s*,",
)
# "Kemal will be your onboarding buddy"
_NAMED_ROLE = re.compile(
    rf"\b(?P<name>{_NAME})\s+(?:will\s+be|is)\s+your\s+(?P<role>(?:onboarding\s+)?(?:buddy|mentor))\b"
)
# "We are pleased to offer you the position of Marketing Coordinator at Bluefin Media"
_ORG = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
_OFFER = re.compile(
    r"\b(?i:pleased|delighted|happy|excited|glad)\s+to\s+offer\s+you\s+(?:the\s+|a\s+)?"
    r"(?:(?i:position|role|post|job)\s+(?:of|as)\s+(?:an?\s+)?"
    r"(?P<role>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})|"
    r"(?P<role2>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+(?i:position|role|post|job))"
    rf"(?:\s+(?:at|with)\s+(?P<org>{_ORG}))?(?=[.,;!]|\s+(?:on|in|from|starting|beginning)\b|$)"
)
_OFFER_START = re.compile(
    r"\b(?:starting|beginning|commencing)\s+(?:on\s+|from\s+)?(?P<when>[^.,;]{4,30})|"
    r"\bstart\s+date\s+(?:of|will\s+be|is)\s+(?P<when2>[^.,;]{4,30})",
    re.I,
)
_ROLE_WORD = re.compile(r"\b(?:manager|supervisor|mentor|buddy)\b", re.I)


def onboarding(text: str, reference: datetime) -> list[str]:
    """A welcome or offer letter to the user: the role, the start date, the manager."""
    welcome = _WELCOME.search(text)
    joining = _JOINING.search(text)
    start = _START_DATE.search(text)
    if welcome is None and joining is None:
        return _offer(text, reference)
    if joining is None and start is None:
        return []  # "Welcome to our newsletter": no job in it
    org = (joining.group("org") if joining else None) or (welcome.group("org") if welcome else "")
    facts: list[str] = []
    if joining is not None:
        role = joining.group("role").strip()
        article = "an" if role[:1].lower() in "aeiou" else "a"
        at = f"{org} " if org else ""
        team = joining.group("team2")
        tail = f" on the {team} team" if team else ""
        facts.append(f"User is joining {at}as {article} {role}{tail}")
    if start is not None:
        day = _iso_when(start.group("when"), reference)
        if day is not None:
            day = day.split(" at ")[0]
            at = f" at {org}" if org else ""
            facts.append(f"User starts{at} on {day}")
    manager = _MANAGER.search(text)
    if manager is not None:
        role_match = _ROLE_WORD.search(manager.group(0))
        role = role_match.group(0).lower() if role_match and manager.group("name") else "manager"
        name = manager.group("name") or manager.group("name2") or manager.group("name3")
        facts.append(f"User's {role} is {name}")
    elif re.search(r"\breporting\s+to\s+me\b", text):
        sender = re.search(
            r"^From:\s*\"?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s*<", text, re.M
        )
        if sender is not None:
            facts.append(f"User's manager is {sender.group('name')}")
    buddy = _NAMED_ROLE.search(text)
    if buddy is not None:
        facts.append(f"User's {buddy.group('role').lower()} is {buddy.group('name')}")
    return facts


def _offer(text: str, reference: datetime) -> list[str]:
    """An offer letter: the role offered, where, from when, and who the user will report to."""
    offer = _OFFER.search(text)
    if offer is None:
        return []
    role = offer.group("role") or offer.group("role2")
    org = offer.group("org")
    at = f" at {org}" if org else ""
    facts = [f"User was offered the {role} position{at}"]
    start = _OFFER_START.search(text, offer.start())
    if start is not None:
        day = _iso_when(start.group("when") or start.group("when2"), reference)
        if day is not None:
            facts.append(f"User starts{at} on {day.split(' at ')[0]}")
    manager = _MANAGER.search(text)
    name = manager and (manager.group("name") or manager.group("name2") or manager.group("name3"))
    if name:
        facts.append(f"User reports to {name}")
    return facts
