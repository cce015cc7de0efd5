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

from omi_actions.processing.local.fact_rec_labels import form_fields as form_fields
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
from omi_actions.processing.local.fact_rec_things import belongings as belongings
from omi_actions.processing.local.fact_rec_trips import itineraries as itineraries

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
