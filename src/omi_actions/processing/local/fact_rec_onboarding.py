"""A welcome or offer letter to the user: the role, the start date, the manager and the
onboarding buddy ("You'll be joining us as a Data Analyst ... Your start date is ...")."""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.fact_clean import _iso_when
from omi_actions.processing.local.fact_rec_card_parts import _NAME
from omi_actions.processing.local.fact_rec_mail import STREET

_WELCOME = re.compile(
    r"\b(?i:welcome)\s+(?:aboard\s+)?to\s+(?:the\s+)?(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
)
_JOINING = re.compile(
    r"\b(?i:you)(?:'re|’re|\s+are|'ll|’ll)?\s+(?:will\s+(?:be\s+)?)?join(?:ing|ed)?\s+"
    r"(?:us\s+|the\s+(?P<team>[\w -]{2,30}?)\s+team\s+|"
    r"(?P<org>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+)?as\s+(?:(?:an?|our)\s+)?"
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
    rf"(?P<name3>{_NAME})\s*,|\b(?i:your)\s+(?:manager|line\s+manager|supervisor|reports\s+to)\s*:\s*"
    rf"(?P<name4>{_NAME})(?=\s*(?:[,(|\n]|$))|\b(?i:team|role|position)\s*,?\s+reporting\s+"
    rf"(?:directly\s+)?to\s+(?P<name5>{_NAME})",
)
# "You'll join the Data Engineering team" (no role named)
_TEAM = re.compile(
    r"\b(?i:you)(?:'ll|’ll|'re|’re|\s+will|\s+are)?\s+(?:be\s+)?join(?:ing)?\s+(?:the\s+)?"
    r"(?P<team>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+team\b(?!\s+as\b)"
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
# "Location: Manchester office, 5th floor" / "arrive at 9:00 at 400 Granville Street, 12th
# floor (Vancouver)": where the new hire will work
_OFFICE_FIELD = re.compile(
    r"^\s*(?i:location|office|work\s+location|base)\s*:\s*"
    r"(?P<office>[A-Z][\w'’ -]{1,30}?\s(?i:office|hq|headquarters|campus|site))\b",
    re.M,
)
_ARRIVE_AT = re.compile(
    r"\b(?i:arrive|come|report|head)\b[^.\n]{0,30}?\bat\s+(?P<office>"
    + STREET
    + r")(?:,\s*\d{1,2}(?:st|nd|rd|th)\s+floor)?(?:\s*\((?P<city>[A-Z][\w ]{2,20})\))?"
)
_FIRST_DAY = re.compile(r"\b(?:start\s+date|first\s+day|day\s+one)\b", re.I)
_ROLE_WORD = re.compile(r"\b(?:manager|supervisor|mentor|buddy)\b", re.I)


def onboarding(text: str, reference: datetime) -> list[str]:
    """A welcome or offer letter to the user: the role, the start date, the manager."""
    welcome = _WELCOME.search(text)
    joining = _JOINING.search(text)
    start = _START_DATE.search(text)
    if welcome is None and joining is None:
        return _offer(text, reference)
    office = _office(text, welcome, joining)
    if joining is None and start is None and _TEAM.search(text) is None:
        return office  # "Welcome to our newsletter": no job in it
    org = (joining.group("org") if joining else None) or (welcome.group("org") if welcome else "")
    facts: list[str] = []
    if joining is not None:
        role = joining.group("role").strip()
        article = "an" if role[:1].lower() in "aeiou" else "a"
        at = f"{org} " if org else ""
        team = joining.group("team2")
        tail = f" on the {team} team" if team else ""
        facts.append(f"User is joining {at}as {article} {role}{tail}")
    elif (team_only := _TEAM.search(text)) is not None:
        at = f" at {org}" if org else ""
        facts.append(f"User joins the {team_only.group('team')} team{at}")
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
        name = next(n for n in manager.group("name", "name2", "name3", "name4", "name5") if n)
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
    return facts + office


def _office(text: str, welcome: re.Match[str] | None, joining: re.Match[str] | None) -> list[str]:
    """Where a new hire will work: a "Location: ... office" field or the address to arrive at."""
    if joining is None and not (welcome and _FIRST_DAY.search(text)):
        return []
    place = _OFFICE_FIELD.search(text) or _ARRIVE_AT.search(text)
    if place is None:
        return []
    office = place.group("office").strip()
    if "city" in place.groupdict() and place.group("city"):
        office = f"{office} in {place.group('city')}"
    org = (joining.group("org") if joining else None) or (welcome.group("org") if welcome else "")
    at = f"the {org} {office}" if office.lower().endswith("office") and org else office
    return [f"User's office is at {at}"]


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
    name = manager and next(
        (n for n in manager.group("name", "name2", "name3", "name4", "name5") if n), None
    )
    if name:
        facts.append(f"User reports to {name}")
    return facts
