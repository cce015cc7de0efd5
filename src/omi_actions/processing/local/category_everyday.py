"""Everyday-life cues for the category classifier: who the user talks to and the
household vocabulary that the topic lexicons miss.

* ``EVERYDAY``: extra lexicon entries (same ``word*w`` / ``a_b`` syntax as the
  other lexicon modules). Pets and the vet, the car and the garage, household
  supplies and repairs are the user's own life admin (``personal``); British
  and international everyday words ("nappies", "parents' evening", "estate
  agent", "GP") join the categories their American equivalents are in.
* ``ROLE_CUES``: the role of the person the user talks to ("Vet nurse:",
  "Dave (landlord):", "Dr. Lee:") says a lot about the topic: a list of
  (pattern over the speaker names and roles, {category: points}).
* ``VERB_FORMS``: inflected verbs that must not be read as a lexicon noun
  ("booked" is not about a "book").
* ``NEUTRAL``: collocations that cancel a word's category ("book a table",
  "good news", "a temperature").
"""

from __future__ import annotations

import re

EVERYDAY: dict[str, str] = {
    "personal": """vet*4 vets*4 veterinary*5 veterinarian*5 animal_clinic*6 animal_hospital*6
        vet_nurse*6 vet_tech*6 dog*2 dogs*2 puppy*3 pup*2 cat*2 kitten*3 pet*3 pets*3
        neutering*4 neutered*4 neuter*4 spay*4 spayed*4 groomer*4 grooming*2 kennel*3
        kennels*3 dog_food*4 cat_food*4 litter_box*5 flea*3 fleas*3 dog_walker*5 rescue_dog*5
        mechanic*4 garage*2 brakes*3 brake_pads*5 rotors*3 tyres*3 tires*3 tyre*3 tire*2
        oil_change*5 oil_changed*5 clutch*3 timing_belt*5 coolant*3 wiper*3 wipers*3
        windshield*3 windscreen*3 mot*3 car_tax*5 car_wash*4 dealership*2 mileage*2
        car*2 van*1 boiler*2 radiator*2 thermostat*1 electrician*3 handyman*3 locksmith*4
        gardener*3 hedge*2 lawn*2 dishwasher*3 washing_machine*4 fridge*2 bin_bags*5
        bins*2 trash*1 groceries*2 grocery*3 grocery_list*5 shopping_list*5 toiletries*3
        oat_milk*2 paper_towels*3 batteries*1 parcel*1 return_label*4 returns_label*5
        refund*1 dry_cleaning*4 pharmacy_pickup*3 moving_boxes*4 change_of_address*5
        parking_permit*5 driving_licence*5 drivers_license*5 driver's_license*5
        post_office*3 haircut*3 trim*1 bangs*3 to-do*3 todo*3 errands*3 note_to_self*3""",
    "health": """gp*3 a&e*4 physio*3 health_visitor*5 sober*3 sobriety*4 relapse*3 cavities*4
        cavity*3 flossing*3 gums*3 hygienist*4 checkup*3 check-up*3 blood_test*5
        a_temperature*3 high_temperature*4 range_of_motion*5 tendinopathy*4""",
    "parenting": """nappies*4 nappy*4 nursery*2 parents_evening*5 parents'_evening*5
        parents_and_carers*6 parent/carer*5 childminder*4 school_run*5 pe_kit*4
        half-term*3 half_term*4 babysit*3 babysitting*3 tummy_time*5 vaccines*1 stroller*3
        pram*3 buggy*2 potty*3 car_seat*4""",
    "real": """estate_agent*5 letting_agent*5 lettings*4 letting*2 tenancy*4 landlord's*4
        deposit_scheme*5 gas_safety*4 viewings*3 flatmate*1 house_viewing*5""",
    "work": """service_desk*4 helpdesk*4 help_desk*4 it_helpdesk*5 network_password*5
        quick_round*4 blockers*3 blocker*2 scrims*0 standup*4 stand-up*4 payday*1""",
    "sports": """parkrun*5 5-a-side*5 five-a-side*5 sports*2 sport*2 pitches*1 bullpen*4
        fastball*4 innings*3 inning*3 pitcher*3 striker*2 midfielder*4 warm-up*2 warmup*2""",
    "entertainment": """scrims*3 double_elimination*4 best_of_3*3 ending*1""",
    "music": """pedal*2 fuzz*2 distortion*2 amp*2 presale*3 altos*4 sopranos*4 tenors*3""",
    "spiritual": """masjid*4 iftar*5 insha'allah*4 assalamu*4 eid*3 ramadan*4 quran*4""",
    "romantic": """valentines*4 wife*1 husband*1 fiancé*3 fiancée*3 single*1""",
    "literature": """book_club*5 bookclub*4 hold_ready*3 reading_group*3""",
    "environment": """allotment*4 compost_bays*5 litter_pick*5""",
}

# (pattern over the speaker names/roles, points per category). The first pattern
# that matches a speaker adds its points once per conversation.
ROLE_CUES: list[tuple[re.Pattern[str], dict[str, float]]] = [
    (
        re.compile(r"(?i)\b(?:vet|vets|veterinar\w*|vet\s+(?:nurse|tech))\b"),
        {"personal": 5.0},
    ),
    (
        re.compile(
            r"(?i)^(?:dr\.?|doctor|nurse|physio\w*|dentist|gp|pharmacist|hygienist|"
            r"midwife|surgeon|paramedic)\b"
        ),
        {"health": 3.0},
    ),
    (
        re.compile(r"(?i)\b(?:counsell?or|therapist|psychologist|psychiatrist)\b"),
        {"psychology": 5.0},
    ),
    (
        re.compile(r"(?i)\b(?:mechanic|garage|plumber|electrician|handyman|gas\s+engineer)\b"),
        {"personal": 3.0},
    ),
    (
        re.compile(r"(?i)\b(?:landlord|landlady|letting\s+agent|property\s+manager)\b"),
        {"real": 3.0},
    ),
    (re.compile(r"(?i)\b(?:recruiter|boss|manager|hr)\b"), {"work": 3.0}),
    (
        re.compile(
            r"(?i)\b(?:accountant|bookkeeper|tax\s+advis[eo]r|financial\s+(?:advis[eo]r|planner)|"
            r"mortgage\s+(?:broker|advis[eo]r))\b"
        ),
        {"finance": 3.0},
    ),
    (
        re.compile(r"(?i)\b(?:solicitor|lawyer|attorney|barrister|paralegal|notary)\b"),
        {"legal": 5.0},
    ),
    (re.compile(r"(?i)\barchitect\b"), {"architecture": 4.0}),
    (re.compile(r"(?i)\b(?:customer|client)\b"), {"business": 2.0}),
    (re.compile(r"(?i)\bneighbou?r\b"), {"social": 3.0}),
    (
        re.compile(
            r"(?i)^(?:mom|mum|mama|dad|papa|mother|father|grandma|grandpa|granny|gran|nana|"
            r"grandad|aunt\w*|uncle|cousin|sis|sister|brother|bro|"
            # Other languages' words for grandparents, as speaker labels ("Oma:").
            r"oma|opa|nonna|nonno|abuela|abuelo|abuelita|abuelito|babushka|yiayia)\b"
        ),
        {"family": 3.0},
    ),
    # The user's partner: household talk (the kids, the in-laws, the shopping).
    (re.compile(r"(?i)^(?:partner|wife|husband|hubby|spouse)\b"), {"family": 3.0}),
]

# Words that make sport talk about an injury and its treatment: health.
INJURY: frozenset[str] = frozenset(
    {"physio", "physiotherapist", "physiotherapy", "physical therapy", "physical therapist",
     "tendinopathy", "tendinitis", "tendonitis", "injury", "injured", "sprain", "sprained",
     "fracture", "torn", "orthopedic", "orthopaedic"}
)  # fmt: skip

# Inflected forms read as themselves, never as their lexicon stem.
VERB_FORMS: frozenset[str] = frozenset(
    {"booked", "booking", "bookings", "rebooked", "rebook", "pulled", "sported"}
)

# Collocations that cancel (or move) their words' weight.
NEUTRAL: dict[str, dict[str, float]] = {
    **{
        f"{first} book": {"literature": -3.0}
        for first in ("to", "i'll", "ill", "we'll", "you", "i", "we", "can", "please", "and")
    },
    **{
        f"book {second}": {"literature": -3.0}
        for second in ("online", "in", "it", "an", "me", "them", "that", "this", "now", "us")
    },
    **{
        f"{first} work": {"work": -2.0}
        for first in ("at", "after", "before", "from", "leave", "off", "skip", "miss")
    },
    "running late": {"sports": -2.0},
    "good news": {"news": -3.0},
    "great news": {"news": -3.0},
    "a temperature": {"weather": -3.0},
    "high temperature": {"weather": -3.0},
}


def role_scores(speakers: list[str]) -> dict[str, float]:
    """Points per category from the roles of the people the user talks to."""
    scores: dict[str, float] = {}
    used: set[int] = set()
    for speaker in speakers:
        name = speaker.strip()
        if not name:
            continue
        for number, (pattern, points) in enumerate(ROLE_CUES):
            if number in used or not pattern.search(name):
                continue
            used.add(number)
            for category, value in points.items():
                scores[category] = scores.get(category, 0.0) + value
            break
    return scores


# ``text_source_spec`` values that name their topic ("therapy_session",
# "patient_portal", "school_portal"): (word inside the spec, points).
SPEC_CUES: list[tuple[re.Pattern[str], dict[str, float]]] = [
    (re.compile(r"therap|counsel"), {"psychology": 4.0}),
    (re.compile(r"patient|doctor|hospital|clinic|pharmacy"), {"health": 3.0}),
    (re.compile(r"daycare|nursery|school"), {"parenting": 2.0}),
    (re.compile(r"family"), {"family": 3.0}),
    (re.compile(r"lecture|class|course"), {"education": 3.0}),
    (re.compile(r"sermon|church"), {"spiritual": 4.0}),
    (re.compile(r"news"), {"news": 3.0}),
    (re.compile(r"github|gitlab|jira"), {"technology": 3.0}),
    (re.compile(r"etsy|shopify"), {"entrepreneurship": 3.0}),
]


def spec_scores(spec: str) -> dict[str, float]:
    """Points per category from a ``text_source_spec`` that names a topic."""
    scores: dict[str, float] = {}
    for pattern, points in SPEC_CUES:
        if pattern.search(spec):
            for category, value in points.items():
                scores[category] = scores.get(category, 0.0) + value
    return scores
