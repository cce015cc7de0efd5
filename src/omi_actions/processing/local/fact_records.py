"""Facts from records written to the user: mail headers, form fields, signatures.

Automated and professional mail says a lot about its recipient without a
first-person sentence: who sends it (the user's vet, pharmacy, insurer,
accountant, school), form fields ("Title: Senior Analyst", "Member ID: ..."),
second-person records ("your 2019 Subaru Outback", "your checking account
ending in 4417", "service address 88 Birch Court"), itineraries and tickets.
Every rule reads a linguistic or layout pattern, never a particular sender.

This module is the one place callers import the record rules from; each family
of rules lives in its own ``fact_rec_*`` module.
"""

from __future__ import annotations

import re
from datetime import datetime

from omi_actions.processing.local import fact_rec_hiring, fact_rec_things, fact_rec_trips
from omi_actions.processing.local.fact_rec_dates import day_first_text
from omi_actions.processing.local.fact_rec_holders import party_list
from omi_actions.processing.local.fact_rec_labels import form_fields as form_fields
from omi_actions.processing.local.fact_rec_labs import lab_results
from omi_actions.processing.local.fact_rec_loans import greeted_name, instalments
from omi_actions.processing.local.fact_rec_mail import STREET as STREET
from omi_actions.processing.local.fact_rec_mail import headers as headers
from omi_actions.processing.local.fact_rec_mail import is_marketing as is_marketing
from omi_actions.processing.local.fact_rec_mail import organisation as organisation
from omi_actions.processing.local.fact_rec_mail import sender_name as sender_name
from omi_actions.processing.local.fact_rec_providers import providers as providers
from omi_actions.processing.local.fact_rec_roles import (
    memberships_and_roles as memberships_and_roles,
)
from omi_actions.processing.local.fact_rec_roles import states_membership as states_membership
from omi_actions.processing.local.fact_rec_school import school_letters
from omi_actions.processing.local.fact_rec_vcard import vcard_facts
from omi_actions.processing.local.fact_rec_visits import visit_records


def belongings(text: str, kind: str, reference: datetime) -> list[str]:
    """Vehicles, accounts, addresses, pets and orders (numeric dates in the record's order)."""
    found = fact_rec_things.belongings(day_first_text(text), kind, reference)
    if kind == "email" and not is_marketing(text):
        sender = headers(text).get("from", "")
        if not re.match(r"\s*me@", sender):  # a mail written to the user, not by them
            found.extend(fact_rec_hiring.hiring(text))
            found.extend(greeted_name(text))
    found.extend(vcard_facts(text))  # an exported contact card
    if kind not in ("transcript", "chat") and not is_marketing(text):
        found.extend(lab_results(text))  # a clinic's message: the user's results, referrals
        found.extend(visit_records(text))  # a visit summary's lists, a pill tracker's lines
        found.extend(instalments(text, reference))  # a lender's instalment notice
        found.extend(party_list(text))  # "Passengers: 1. ... 2. ..." of a booking
        found.extend(school_letters(text, reference))  # a school's letter about a child
    return found


def itineraries(text: str, kind: str, reference: datetime) -> list[str]:
    """Trips, stays, tickets and notices (numeric dates in the record's order)."""
    return fact_rec_trips.itineraries(day_first_text(text), kind, reference)


__all__ = [
    "belongings",
    "form_fields",
    "headers",
    "is_marketing",
    "itineraries",
    "memberships_and_roles",
    "organisation",
    "providers",
    "sender_name",
    "states_membership",
]
