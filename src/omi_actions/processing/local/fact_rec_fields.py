"""Labelled records of the user's own: one fact per "Field: value" line.

A profile or medical card, an employee record, a benefits confirmation, a health or
language app's summary and a welcome mail list the user's details as labelled fields.
Each field name maps to a fact template ("Resting heart rate: 58 bpm" -> "User's
resting heart rate is 58 bpm"); a field with an unknown name says nothing. Records
about another person (a relative's contact card) and marketing mail are skipped.

Notes kept by the user hold the same details without colons: a budget ("rent 1,350"),
house notes ("door code 4471#", "bins out tues night"), a weekly schedule written as
a list ("Mon + Wed  swim 6:30 Aquatic Centre") and documents ("Passport expires ...").

This module reads the identity and work fields and runs every field rule over a
record; field-line reading lives in ``fact_rec_field_lines``, health and app fields in
``fact_rec_health``, benefits and plans in ``fact_rec_plans`` and the notes without
colons in ``fact_rec_own_notes``.
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local.fact_clean import _iso_when
from omi_actions.processing.local.fact_rec_field_lines import (
    _MARKETING,
    _NAME,
    _NONE,
    _article,
    _fields,
    _heading_org,
)
from omi_actions.processing.local.fact_rec_health import _health, _language_app
from omi_actions.processing.local.fact_rec_health import allergy_facts as allergy_facts
from omi_actions.processing.local.fact_rec_holders import holder_records
from omi_actions.processing.local.fact_rec_own_notes import budget_lines as budget_lines
from omi_actions.processing.local.fact_rec_own_notes import house_notes as house_notes
from omi_actions.processing.local.fact_rec_own_notes import note_records as note_records
from omi_actions.processing.local.fact_rec_own_notes import plural_days as plural_days
from omi_actions.processing.local.fact_rec_own_notes import weekly_schedule as weekly_schedule
from omi_actions.processing.local.fact_rec_pets import is_pet_record
from omi_actions.processing.local.fact_rec_plans import (
    _BENEFITS,
    _PLAN_LABELS,
    _benefit,
    _plan,
    coverage_start,
)
from omi_actions.processing.local.fact_rec_vcard import is_others_card

# Labels of a card that is the user's own (identity, work).
_EMAIL_LABELS = frozenset({"email", "e-mail", "email address", "personal email", "work email"})
_TITLE_LABELS = frozenset({"title", "job title", "position", "role"})
_MANAGER_LABELS = frozenset({"manager", "line manager", "reports to", "supervisor"})
_START_LABELS = frozenset({"start date", "date joined", "hire date", "joined", "employed since"})
_DESK_LABELS = frozenset({"desk", "desk number", "desk location"})
_STAY = re.compile(r"\b(?:check-?in|reservation|booking|hotel|venue|tickets?)\b", re.I)
# "Welcome to Northwind Logistics!" heading a new hire's details
_WELCOME_HEAD = re.compile(
    r"\s*Welcome\s+(?:aboard\s+)?to\s+(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3}?)\s*[!,.]"
)
# A job's record: a start date in it is the user's first day at work (not a gym's or school's)
_JOB_WORDS = re.compile(
    r"\b(?:employee|employer|employment|job|designation|new\s+hire|onboarding|payroll|"
    r"hire\s+date|manager)\b",
    re.I,
)
_WORK_LABELS = _MANAGER_LABELS | _START_LABELS | {"department", "dept", "employee id", "team"}


# ------------------------------------------------------------------ identity and work


def _identity(label: str, value: str, text: str, reference: datetime) -> list[str]:
    if label in _EMAIL_LABELS:
        email = re.fullmatch(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", value)
        return [f"User's email is {value}"] if email else []
    if label in ("address", "home address") and re.search(r"\d", value):
        if _STAY.search(text):
            return []  # a hotel's or venue's address in a booking, not the user's
        from omi_actions.processing.local.fact_rec_mail import STREET

        if re.search(STREET, value):
            return []  # "User lives at ..." (fact_records.form_fields)
        return [f"User's address is {value}"]
    if label in _TITLE_LABELS:
        role = re.fullmatch(
            r"(?P<role>[A-Z][\w-]*(?:\s+[\w&-]+){0,4}?)\s*(?:,|\bat\b|@)\s*"
            r"(?P<org>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})",
            value,
        )
        if role is None:
            return []
        return [
            f"User is {_article(role.group('role'))} {role.group('role')} at {role.group('org')}"
        ]
    flyer = re.fullmatch(
        r"(?P<what>(?:[\w&'’-]+\s+){0,3}frequent\s+fl[yi]er)(?:\s+(?:number|no\.?))?", label
    )
    if (
        flyer is not None
        and re.fullmatch(r"[A-Z0-9][A-Z0-9 -]{4,20}", value)
        and re.search(r"\d", value)
    ):
        shown = re.search(re.escape(flyer.group("what")).replace(r"\ ", r"\s+"), text, re.I)
        return [f"User's {shown.group(0) if shown else flyer.group('what')} number is {value}"]
    if label in _MANAGER_LABELS and re.fullmatch(_NAME, value):
        return [f"User's manager is {value}"]
    if label in _DESK_LABELS and re.fullmatch(r"[\w.-]{1,10}(?:\s[\w.-]{1,10})?", value):
        return [f"User's desk is {value}"]
    if label in _START_LABELS:
        day = (
            value
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
            else (_iso_when(value, reference) or "").split(" at ")[0]
        )
        if not day:
            return []
        org = _heading_org(text)
        if not org:
            welcome = _WELCOME_HEAD.match(text)
            org = welcome.group("org") if welcome else ""
        verb = "starts" if day > reference.strftime("%Y-%m-%d") else "started"
        return [f"User {verb} at {org} on {day}" if org else f"User {verb} work on {day}"]
    return []


def labelled_records(text: str, kind: str, reference: datetime) -> list[str]:
    """Facts from the labelled fields of a record of the user's own."""
    if kind == "transcript" or _MARKETING.search(text):
        return []
    from omi_actions.processing.local import fact_forms

    text = fact_forms.split_inline(text)
    fields = [(label, value) for label, value in _fields(text) if value and not _NONE.match(value)]
    fields = [(la, va) for la, va in fields if la not in ("from", "to", "subject", "cc", "date")]
    single = ("frequent fl",)
    if len(fields) < 2 and not any(word in label for label, _ in fields for word in single):
        return []  # one "Goal:" in prose is no record; a loyalty number is one on its own
    # a relative's contact card, or another person's vCard: its fields are not the user's
    own = fact_forms.card_person(text) is None and not is_others_card(text)
    pet = is_pet_record(text)
    weekly = bool(re.search(r"\bweek(?:ly)?\b", text, re.I))
    benefits = bool(_BENEFITS.search(text))
    work = any(label in _WORK_LABELS for label, _ in fields)
    # A price is the user's when the record names the plan it pays for.
    has_plan = any(label in _PLAN_LABELS for label, _ in fields)
    sender_line = re.search(r"^From:\s*\"?(?P<name>[^<\n@\"]+?)\"?\s*<", text, re.M)
    sender = sender_line.group("name").strip() if sender_line else ""
    facts: list[str] = _language_app(dict(fields), text)
    start: str | None = None
    for label, value in fields:
        if len(value) > 100:
            continue
        if not pet:  # a vet record's weight is the pet's
            facts.extend(_health(label, value, weekly))
        if benefits:
            cover = _benefit(label, value)
            if cover and label in ("medical", "health", "medical plan") and start is None:
                start = coverage_start(text, reference) or ""
                # the medical plan is the one the start date is said of
                cover[0] += f" from {start}" if start and "coverage" in cover[0] else ""
            facts.extend(cover)
        facts.extend(_plan(label, value, reference, sender, has_plan))
        if label in _START_LABELS and not _JOB_WORDS.search(text):
            continue  # a gym's, school's or supplier's start date (fact_rec_holders)
        if own and (label not in _DESK_LABELS or work):
            facts.extend(_identity(label, value, text, reference))
    if own:
        facts.extend(holder_records(fields, text, reference))
    return facts


__all__ = ["budget_lines", "house_notes", "labelled_records", "note_records", "weekly_schedule"]
