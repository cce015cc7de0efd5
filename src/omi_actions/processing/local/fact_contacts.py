"""Contacts in a text: the user's own phone numbers, a clinician's or a contact's
name with their phone and e-mail address."""

from __future__ import annotations

import re

import phonenumbers

_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_CONTACT_NAME = re.compile(
    r"(?P<name>(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|"
    r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)(?:'s|’s)\s+(?:contact|phone|number|cell|mobile|email)"
)
_DOCTOR = re.compile(
    r"\b(?P<name>Dr\.?\s+[A-Z][\w'-]+(?:[ \t]+(?!Your\b|You\b|The\b)[A-Z][\w'-]+)?)"
)
# A medical practice's name: "Bright Smile Dental", "Lakeside Pediatrics".
_PRACTICE = re.compile(
    r"\b(?:[A-Z][\w'&-]+\s+){1,3}(?:Dental|Dentistry|Pediatrics|Clinic|Hospital|Medical"
    r"(?:\s+Center)?|Health|Orthodontics|Dermatology|Cardiology|Family\s+Medicine)\b"
)


# A clinician's speciality, near the name first, then anywhere in the text.
_SPECIALITY: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("vet", re.compile(r"\bvet(?:erinar\w*)?\b|\banimal\s+(?:clinic|hospital)\b", re.I)),
    ("therapist", re.compile(r"\btherap(?:ist|y)\b|\bcounsel\w*|\bpsycholog\w*", re.I)),
    ("psychiatrist", re.compile(r"\bpsychiatr\w*", re.I)),
    ("dentist", re.compile(r"\bdent(?:al|ist\w*)\b|\borthodont\w*", re.I)),
    ("dermatologist", re.compile(r"\bdermatolog\w*", re.I)),
    ("cardiologist", re.compile(r"\bcardiolog\w*", re.I)),
    ("pediatrician", re.compile(r"\bpa?ediatric\w*|\bpeds\b", re.I)),
    ("physiotherapist", re.compile(r"\bphysio\w*|\bphysical\s+therap\w*", re.I)),
    ("optometrist", re.compile(r"\boptometr\w*|\beye\s+(?:exam|doctor|clinic)\b", re.I)),
    ("orthopedist", re.compile(r"\borthop(?:a)?edic\w*", re.I)),
    ("dermatologist", re.compile(r"\bskin\s+(?:clinic|check)\b", re.I)),
)
_MEDICAL_TALK = re.compile(
    r"\b(?:appointment|appt|prescri\w*|refill|symptoms?|blood|pain|medication|meds|dose|clinic|"
    r"check-?up|exam|vaccin\w*|diagnos\w*|(?:test|lab|blood|scan)\s+results?|x-ray|mri|scan|"
    r"patient|therap\w*|surgery|follow-up|pharmacy|cholesterol|infection|referral|sessions?|"
    r"sleep|insomnia|anxiety|anxious|worry|stress|headaches?|migraines?|injur\w*|physio\w*|"
    r"pregnan\w*|allerg\w*|health|sick|illness|cardiolog\w*|pediatric\w*|dental|dentist|"
    r"(?:dental|medical|doctor'?s)\s+(?:practice|office))\b",
    re.IGNORECASE,
)
# Addresses of a system or a front desk, not of a person.
_GENERIC_MAILBOX = re.compile(
    r"^(?:no-?reply|do-?not-?reply|donotreply|notifications?|alerts?|info|appointments?|"
    r"scheduling|support|reminders?|billing|hello|office|frontdesk|front-desk|reception|desk|"
    r"admin|team|contact|help|mail|me)@",
    re.IGNORECASE,
)
_OWN_PHONE_CONTEXT = re.compile(
    r"(?:\b(?:call|text|reach|contact|ring)\s+me\s+(?:at|on)|\bmy\s+(?:cell|mobile|phone|number)"
    r"(?:\s+number)?\s*(?:is|:)?|\bme\s*:?)\s*$",
    re.IGNORECASE,
)


_OWN_PHONE_HINT = re.compile(
    r"\b(?:me|my\s+(?:cell|mobile|phone|number))\b[^\n]{0,25}?\d{3}", re.IGNORECASE
)


def _speciality(text: str, name_at: int) -> str:
    window = text[max(0, name_at - 80) : name_at + 80]
    for scope in (window, text):
        for role, pattern in _SPECIALITY:
            if pattern.search(scope):
                return role
    return "doctor"


def own_phones(text: str) -> list[str]:
    """ "call me at 555-0193" -> the user's own number."""
    if not _OWN_PHONE_HINT.search(text):
        return []
    phones = []
    for match in phonenumbers.PhoneNumberMatcher(
        text, "US", leniency=phonenumbers.Leniency.POSSIBLE
    ):
        if _OWN_PHONE_CONTEXT.search(text[max(0, match.start - 40) : match.start]):
            phones.append(match.raw_string.strip())
    return phones


def _contacts(
    text: str, conversation: bool = False, own: frozenset[str] = frozenset()
) -> list[str]:
    facts: list[str] = []
    name_match = _CONTACT_NAME.search(text) or _DOCTOR.search(text)
    if name_match is None:
        return facts
    name = re.sub(r"(?:'s|’s)$", "", name_match.group("name"))
    is_doctor = name.lower().startswith("dr")
    if is_doctor and not _MEDICAL_TALK.search(text):
        return facts  # a "Dr." who teaches or runs a lab, not the user's clinician
    role = _speciality(text, name_match.start()) if is_doctor else "doctor"
    organisation = _PRACTICE.search(text)
    at = f" at {organisation.group(0)}" if organisation and is_doctor else ""
    subject = f"User's {role} is {name}{at}" if is_doctor else f"User's contact {name}"
    phones = [
        match.raw_string.strip()
        for match in phonenumbers.PhoneNumberMatcher(
            text, "US", leniency=phonenumbers.Leniency.POSSIBLE
        )
        if match.raw_string.strip() not in own
    ]
    surname = name.split()[-1].lower()
    # Addresses on header lines belong to the sender or the recipients: the doctor's only
    # when the sender line names them.
    header_mail = {
        e.lower()
        for line in re.findall(r"^\s*(?:from|to|cc|bcc|reply-to)\s*:.*$", text, re.I | re.M)
        if not (line.lstrip().lower().startswith("from") and surname in line.lower())
        for e in _EMAIL.findall(line)
    }
    emails = [
        e
        for e in _EMAIL.findall(text)
        if not _GENERIC_MAILBOX.match(e) and e.lower() not in header_mail
    ]
    if phones:
        sep = ", phone" if is_doctor else " has phone"
        facts.append(f"{subject}{sep} {phones[0]}")
    elif is_doctor:
        facts.append(subject)
    if emails:
        owner = f"User's {role} {name}'s" if is_doctor else f"User's contact {name}'s"
        facts.append(f"{owner} email is {emails[0]}")
    return facts
