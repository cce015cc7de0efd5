"""Records written to or kept for the user that state lasting facts: recurring calendar
entries, pet profiles, budget notes, onboarding mail, enrolment and account notices,
car rentals and train tickets.

Every rule reads a structure of the text (a label such as "Recurring:" or "Pet profile:",
a second-person notice such as "Your start date is ...") rather than a topic word alone.

Each kind of record has its own module (``fact_rec_recurring``, ``fact_rec_pets``,
``fact_rec_onboarding``, ``fact_rec_emergency``, ``fact_rec_account_notices``,
``fact_rec_rentals_trains``); this module runs them on any record.
"""

from __future__ import annotations

from datetime import datetime

from omi_actions.processing.local import fact_rec_fields, fact_rec_notices
from omi_actions.processing.local.fact_rec_account_notices import enrolment as enrolment
from omi_actions.processing.local.fact_rec_account_notices import notices as notices
from omi_actions.processing.local.fact_rec_account_notices import registrations as registrations
from omi_actions.processing.local.fact_rec_emergency import emergency_contact as emergency_contact
from omi_actions.processing.local.fact_rec_emergency import labelled_fields as labelled_fields
from omi_actions.processing.local.fact_rec_onboarding import onboarding as onboarding
from omi_actions.processing.local.fact_rec_pets import pets as pets
from omi_actions.processing.local.fact_rec_recurring import bills as bills
from omi_actions.processing.local.fact_rec_recurring import recurring as recurring
from omi_actions.processing.local.fact_rec_recurring import recurring_titles as recurring_titles
from omi_actions.processing.local.fact_rec_rentals_trains import _TRAIN as _TRAIN
from omi_actions.processing.local.fact_rec_rentals_trains import _dotted as _dotted
from omi_actions.processing.local.fact_rec_rentals_trains import is_rental as is_rental
from omi_actions.processing.local.fact_rec_rentals_trains import (
    rentals_and_trains as rentals_and_trains,
)


def record_cards(text: str, kind: str, reference: datetime) -> list[str]:
    """Every card rule imported above that may appear in any record (not only in bookings)."""
    facts: list[str] = []
    facts.extend(labelled_fields(text))
    facts.extend(recurring(text))
    facts.extend(pets(text, reference))
    if kind not in ("chat", "transcript"):
        facts.extend(bills(text))
    facts.extend(emergency_contact(text))
    facts.extend(fact_rec_fields.labelled_records(text, kind, reference))
    if kind in ("note", "text"):
        facts.extend(fact_rec_fields.note_records(text, kind, reference))
    if kind in ("email", "voicemail", "note", "text", "post"):
        facts.extend(onboarding(text, reference))
        facts.extend(enrolment(text))
        facts.extend(notices(text, reference))
        facts.extend(fact_rec_notices.notices(text, reference))
    return facts


__all__ = [
    "bills",
    "is_rental",
    "onboarding",
    "pets",
    "record_cards",
    "recurring",
    "recurring_titles",
    "registrations",
    "rentals_and_trains",
]
