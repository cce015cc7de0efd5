"""Emergency and health details in a record: the emergency contact, next of kin and other
relatives named as contacts, a diagnosis and a medication reminder."""

from __future__ import annotations

import re

from omi_actions.processing.local.fact_rec_card_parts import _NAME

# "update my emergency contact to my husband, Marco Bianchi, on 555-0187"
_EMERGENCY = re.compile(
    r"\b[Ee]mergency\s+contact\s*(?:(?<=\s)(?:to|is|as)\b|:)\s*(?:be\s+)?"
    r"(?:my\s+(?P<rel>[a-z]+),?\s+)?"
    rf"(?P<name>{_NAME})\b(?!\s+[A-Z]|\s*\()\s*,?\s*(?:on|at|-|–)?\s*"
    r"(?P<phone>\+?\(?\d[\d() .-]{5,}\d)?"
)


_KIN = frozenset(
    "wife husband partner spouse mother mum mom father dad brother sister son daughter "
    "girlfriend boyfriend fiance fiancee aunt uncle cousin grandmother grandfather".split()
)


def emergency_contact(text: str) -> list[str]:
    facts: list[str] = []
    for match in _EMERGENCY.finditer(text):
        phone = f", {match.group('phone').strip()}" if match.group("phone") else ""
        rel = match.group("rel")
        labelled = ":" in match.group(0)[:25]
        if not (labelled and rel in _KIN):
            # "Emergency contact: my brother Omar, 555-..." says it all with the relation
            facts.append(f"User's emergency contact is {match.group('name')}{phone}")
        if rel and rel in _KIN:
            facts.append(f"User's {rel} is {match.group('name')}{phone.replace(', ', ', phone ')}")
        break
    return facts


# Labelled fields inside a line of prose ("... 555-0199. Diagnosis: torn meniscus. ...").
_INLINE_LABEL = re.compile(
    r"(?:^|(?<=[.;·|•])\s|\n)\s*(?P<label>(?i:diagnosis|medication\s+reminder|"
    r"emergency\s+contact|secondary(?:\s+contact)?|next\s+of\s+kin|alternate\s+contact))"
    r"\s*:\s*(?P<value>[^\n]{3,80}?)(?=\.\s|\.?$|\n|;)",
    re.M,
)
_RELATIVE = re.compile(
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*\((?P<rel>[a-z][a-z -]{2,20})\)"
    r"\s*,?\s*(?P<phone>\+?\(?\d[\d() .-]{5,}\d)?"
)


def labelled_fields(text: str) -> list[str]:
    """Health and contact fields written inline in a record."""
    facts: list[str] = []
    for match in _INLINE_LABEL.finditer(text):
        label = re.sub(r"\s+", " ", match.group("label").lower())
        value = match.group("value").strip()
        if label == "diagnosis":
            facts.append(f"User has {value[:1].lower()}{value[1:]}")
        elif label == "medication reminder":
            first = value.split(",")[0].strip()
            if re.search(r"\d", first):
                facts.append(f"User takes {first}")
        else:
            person = _RELATIVE.match(value)
            if person is None:
                continue
            if label not in ("emergency contact", "next of kin"):
                # (an emergency contact's relation is stated by fact_records.form_fields)
                facts.append(f"User's {person.group('rel')} is {person.group('name')}")
            elif label == "emergency contact" and person.group("phone"):
                # "Emergency contact: Ana Reyes (wife), 555-0171": the relation is one fact
                # (form_fields), who to call in an emergency is another.
                phone = person.group("phone").strip()
                facts.append(f"User's emergency contact is {person.group('name')}, {phone}")
    return facts
