"""Facts the user's people state in passing, and the user's own passing mentions.

Conversations rarely say "I have a beagle": the vet says "Biscuit's ears look better"
and the user answers "typical beagle". This module reads such passing mentions:

* pets with their breed ("Meet Pepper, our 10-week-old border collie", a vet talking
  about "Ziggy" to a user who says "he's a ragdoll") -> "User has a border collie named
  Pepper";
* children named by a teacher, coach or clinician talking to the user about them
  ("Noah's got a temperature, he needs to go home") -> "User has a son named Noah";
* medication and findings a clinician or pharmacist states to the user ("drop the
  warfarin to four milligrams", "your blood pressure is still high") and the user's own
  "I've been taking the lisinopril";
* the user's own abstentions and diets ("I haven't eaten meat since May", "I'm sober
  now", "I don't own a car") and work implied by a shift or a role ("my late shift at
  the hospital", "as a nurse, I ...", "twelve years a nurse").

Every rule needs the user as the subject or the addressee: another person's news is not
a fact about the user.

This module is where callers import these rules from; each family of rules lives
in its own ``fact_own_*`` module.
"""

from __future__ import annotations

from omi_actions.processing.local.fact_own_addressed import addressed_roles as addressed_roles
from omi_actions.processing.local.fact_own_children import children_named as children_named
from omi_actions.processing.local.fact_own_habits import habit_facts as habit_facts
from omi_actions.processing.local.fact_own_habits import work_facts as work_facts
from omi_actions.processing.local.fact_own_health import health_facts as health_facts
from omi_actions.processing.local.fact_own_life import home_facts as home_facts
from omi_actions.processing.local.fact_own_life import news_facts as news_facts
from omi_actions.processing.local.fact_own_pets import pet_facts as pet_facts
from omi_actions.processing.local.fact_own_pursuits import pursuit_facts as pursuit_facts

__all__ = [
    "addressed_roles",
    "children_named",
    "habit_facts",
    "health_facts",
    "home_facts",
    "news_facts",
    "pet_facts",
    "pursuit_facts",
    "work_facts",
]
