"""The user's providers, told by who sends the mail: vet, dentist, insurer, lawyer.

A clinic's reminder or a solicitor's signed letter says whose provider it is
without a first-person sentence; the rules read the sender's name, signature and
credentials, never a particular sender.
"""

from __future__ import annotations

import re

import phonenumbers

from omi_actions.processing.local.fact_rec_mail import (
    MARKETING,
    headers,
    organisation,
    sender_name,
    signature_lines,
)
from omi_actions.processing.local.fact_rec_things import VEHICLE

_PROVIDER_ORG: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "vet",
        re.compile(r"\b(?:vets?|veterinary|animal\s+(?:hospital|clinic)|pet\s+clinic)\b", re.I),
    ),
    ("orthodontist", re.compile(r"\borthodont\w*", re.I)),
    ("dentist", re.compile(r"\bdent(?:al|istry|ist)\b|\bsmile\w*\b", re.I)),
    ("pediatrician", re.compile(r"\bpa?ediatric\w*", re.I)),
    ("pharmacy", re.compile(r"\bpharmacy\b|\bdrugs?\s*store\b|\bapothecary\b", re.I)),
    ("optometrist", re.compile(r"\b(?:optometry|eye\s+care|vision\s+center)\b", re.I)),
    ("physical therapist", re.compile(r"\bphysical\s+therapy\b|\bphysio\w*", re.I)),
)
_LAW_FIRM = re.compile(
    r"^(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:&\s+)?[A-Z][\w&'’.-]*){0,3})\s+(?:Solicitors|LLP|Law\s+(?:Firm|Office|Group)|"
    r"Attorneys(?:\s+at\s+Law)?)\s*$"
)
_CREDENTIAL = {
    "cpa": "accountant", "dds": "dentist", "dmd": "dentist", "md": "doctor", "do": "doctor",
    "dvm": "vet", "esq": "lawyer", "lcsw": "therapist", "lmft": "therapist", "psyd": "therapist",
    "lpc": "therapist", "np": "nurse practitioner", "pt": "physical therapist", "od": "optometrist",
}  # fmt: skip
_CREDENTIALED = re.compile(
    r"^(?P<name>[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){1,2}),?\s+(?P<cred>CPA|DDS|DMD|MD|M\.D\.|DO|DVM|"
    r"Esq\.?|LCSW|LMFT|PsyD|LPC|NP|PT|OD)\b"
)
_INSURER = re.compile(r"\b(?:insurance|mutual|assurance|health\s+plan|underwriters)\b", re.I)
_BANK = re.compile(r"\b(?:bank|credit\s+union|savings|bancorp|financial)\b", re.I)
_CALLING_FROM = re.compile(
    r"\bthis\s+is\s+(?:[A-Z][a-z]+\s+)?(?:calling\s+)?from\s+(?P<org>[A-Z][\w'&]*(?:\s+[A-Z][\w'&]*){0,3})"
    r"|\b(?:calling|a\s+reminder)\s+from\s+(?P<org2>[A-Z][\w'&]*(?:\s+[A-Z][\w'&]*){0,3})"
)


def _phone(text: str) -> str | None:
    for match in phonenumbers.PhoneNumberMatcher(
        text, "US", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        raw = match.raw_string.strip()
        if not re.match(r"1?-?800\b|\(?8(?:00|88|77|66)\)?", raw):
            return raw
    short = re.search(r"\b(?:at|call)\s+(?P<n>\d{3}-\d{4})\b", text)
    return short.group("n") if short else None


def providers(text: str, kind: str) -> list[str]:
    """The sender is one of the user's providers: vet, dentist, pharmacy, insurer, accountant."""
    if kind not in ("email", "voicemail") or MARKETING.search(text):
        return []
    candidates: list[str] = []
    sender = sender_name(text)
    if sender:
        candidates.append(sender)
    for match in _CALLING_FROM.finditer(text):
        candidates.append(match.group("org") or match.group("org2"))
    facts: list[str] = []
    person = re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}", sender or "")
    firm = next(
        (_LAW_FIRM.match(line) for line in signature_lines(text) if _LAW_FIRM.match(line)), None
    )
    domains = re.findall(
        r"@([\w.-]+)", f"{headers(text).get('from', '')} {headers(text).get('to', '')}"
    )
    colleague = len(domains) == 2 and domains[0].lower() == domains[1].lower()
    if person is not None and firm is not None and kind == "email" and not colleague:
        # "Eleanor Hartley" signing for "Hartley & Moss Solicitors": the user's solicitor
        firm_role = "solicitor" if "olicitor" in firm.group(0) else "lawyer"
        return [f"User's {firm_role} is {person.group(0)} at {firm.group('org')}"]
    for candidate in candidates:
        credentialed = _CREDENTIALED.match(candidate)
        if credentialed is not None:
            cred = credentialed.group("cred").lower().replace(".", "")
            facts.append(f"User's {_CREDENTIAL[cred]} is {credentialed.group('name')}")
            break
        org = organisation(candidate)
        role = next((r for r, pattern in _PROVIDER_ORG if pattern.search(org)), None)
        if role is not None:
            phone = _phone(text)
            suffix = f", phone {phone}" if phone and role != "pharmacy" else ""
            facts.append(f"User's {role} is {org}{suffix}")
            break
        if _INSURER.search(org) and re.search(r"\b(?:policy|claim|premium|deductible)", text, re.I):
            vehicle = VEHICLE.search(text) or re.search(
                r"\b(?:vehicle|auto|car|mileage|odometer)\b", text, re.I
            )
            home = re.search(r"\b(?:home|roof|homeowner|renters?)\b", text, re.I)
            what = "car " if vehicle else "home " if home else ""
            facts.append(f"User has {what}insurance with {org}")
            break
    return facts
