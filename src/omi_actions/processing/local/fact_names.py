"""The user's name: a self-introduction ("I'm Mateo, 34"), a labelled field
("Passenger: Morgan Reyes") or the greeting of a mail to the user ("Hi Jordan,")."""

from __future__ import annotations

import re

from omi_actions.processing.local import fact_records
from omi_actions.processing.local.text import Document

_SELF_NAME = re.compile(
    r"\bI(?:'m|’m| am)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+(?=\s*[.!]))?)\s*"
    r"(?:,\s*(?P<age>\d{1,2})\s*(?:,|\.|$)|,|\.|!|$|[\U0001F000-\U0001FFFF\u2600-\u27BF·|])"
)
_LABEL_NAME = re.compile(
    r"^\s*(?:passenger|guest|name|member|patient|customer|traveller|traveler)\s*:\s*"
    r"(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+){0,2})\s*$",
    re.IGNORECASE | re.MULTILINE,
)


def _names(text: str) -> list[str]:
    """ "I'm Mateo, 34, ..." / "Passenger: Morgan Reyes" -> "User's name is ..."."""
    facts = []
    for match in _SELF_NAME.finditer(text):
        facts.append(f"User's name is {match.group('name')}")
        if match.group("age"):
            facts.append(f"User is {match.group('age')} years old")
    facts += [f"User's name is {m.group('name')}" for m in _LABEL_NAME.finditer(text)]
    return facts


_TITLE_WORDS = (
    r"(?:Professor|Prof|Doctor|Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Madam|Dame|Lord|Lady|Coach|Father|"
    r"Reverend|Rev|Pastor|Rabbi|Captain|Officer|Judge|Senator|Councillor|Dean|Principal)\b"
)


_GROUP_WORDS = frozenset(
    "families family alumna alumni alumnus graduate graduates grads classmates friends fans "
    "runners players athletes swimmers riders guests neighbours neighbors caregivers carers "
    "guardians partners clients patrons visitors learners pupils staff everybody".split()
)


# The mailbox of an office, never the user's own: the mail is from the user to them.
_ROLE_MAILBOX = re.compile(
    r"(?:^|[<\s,])(?:hr|humanresources|support|info|help|hello|contact|admin|office|sales|"
    r"lettings|rentals|leasing|membership|members|enrol+(?:ment)?|admissions?|registrar|"
    r"reception|frontdesk|bookings?|reservations?|careers|jobs|talent|recruiting|billing|"
    r"accounts|service|customerservice|orders|payroll|benefits|it|helpdesk)@",
    re.IGNORECASE,
)
_TO_ME = re.compile(r"(?:^|[<\s,])me@", re.IGNORECASE)


def _greeting_name(document: Document, whole_text: str) -> list[str]:
    """ "Hi Jordan," at the top of a mail to the user -> "User's name is Jordan"."""
    if document.kind not in ("email", "voicemail"):
        return []
    # A forwarded mail greets its first recipient, not the user.
    whole_text = re.split(
        r"-{3,}\s*Forwarded message|^\s*Begin forwarded message",
        whole_text,
        maxsplit=1,
        flags=re.I | re.M,
    )[0]
    surname = re.search(
        r"^\s*(?i:hi|hello|dear)\s+(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+(?P<surname>[A-Z][a-z'’-]+)\s*[,!:]",
        whole_text,
        re.MULTILINE,
    )
    if surname is not None:
        to = fact_records.headers(whole_text).get("to")
        # Addressed to the user, or a mail without a "To:" line (the user received it).
        mine = to is None or _TO_ME.search(to)
        if mine and not fact_records.is_marketing(whole_text):
            return [f"User's surname is {surname.group('surname')}"]
        return []
    match = re.search(
        r"^\s*(?i:hi|hello|dear|hey)\s+(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)\s*[,!:]",
        whole_text,
        re.MULTILINE,
    ) or re.search(r"\bmessage\s+is\s+for\s+(?P<name>[A-Z][a-z]+)\b", whole_text)
    if match is None:
        return []
    name = match.group("name")
    if "sent" in (document.spec or "").lower():
        return []  # the user's own mail greets its recipient
    if _ROLE_MAILBOX.search(fact_records.headers(whole_text).get("to", "")):
        return []  # a mail to an office ("hr@", "lettings@"): the user wrote it
    if re.match(_TITLE_WORDS, name) or name.split()[0].lower() in _GROUP_WORDS:
        return []  # "Dear Professor Novak", "Dear Families", "Dear Alumna": not a first name
    if fact_records.is_marketing(whole_text):
        return []  # a mass mailing greets everybody by name
    if re.search(r"\b(?:Member|Customer|Client|Guest|Subscriber|Friend|Team|Committee)s?\b", name):
        return []  # "Dear Valued Member": a mass mailing
    if name.lower().split()[0] in (
        "customer",
        "resident",
        "all",
        "team",
        "sir",
        "madam",
        "there",
        "friend",
        "member",
        "user",
        "everyone",
        "folks",
        "tenant",
        "tenants",
        "patient",
        "parent",
        "parents",
        "guardian",
        "resident",
        "student",
        "applicant",
        "candidate",
        "colleague",
        "colleagues",
        "neighbour",
        "neighbor",
        "owner",
        "homeowner",
        "traveller",
        "traveler",
        "passenger",
        "volunteer",
        "volunteers",
        "supporter",
        "donor",
        "shopper",
        "reader",
        "participant",
        "attendee",
        "host",
        "sir/madam",
        "policyholder",
        "cardholder",
        "subscriber",
    ):
        return []
    return [f"User's name is {name}"]
