"""Round 10 (B): facts the user's own words and conversations state in passing."""

from __future__ import annotations

from omi_actions.processing.local import fact_own_mentions as om
from omi_actions.processing.local.text import parse


def _chat(text: str, spec: str = "whatsapp") -> list[str]:
    document = parse(text, "message", spec)
    return om.pet_facts(document) + om.children_named(document) + om.health_facts(document)


def _call(text: str) -> list[str]:
    document = parse(text, "audio_transcript", "phone_call")
    return om.pet_facts(document) + om.children_named(document) + om.health_facts(document)


def _post(text: str) -> list[str]:
    document = parse(text, "social_post", "instagram")
    return om.pet_facts(document) + om.health_facts(document)


# --------------------------------------------------------------------------- pets


def test_post_introducing_a_pet_with_its_breed() -> None:
    assert _post("Meet Waffles 🐾 our new 12-week-old cocker spaniel!") == [
        "User has a cocker spaniel named Waffles"
    ]
    assert _post("Brought home a siamese kitten today, her name is Miso.") == [
        "User has a siamese cat named Miso"
    ]


def test_vet_visit_names_the_users_pet() -> None:
    facts = _call(
        "Vet: Pickles looks healthy, his teeth are fine.\n"
        "Me: Good. He's a dachshund, so I worry about his back.\n"
        "Vet: Keep him lean and he'll be fine."
    )
    assert facts == ["User has a dachshund named Pickles"]
    facts = _call(
        "Receptionist: Oakfield Vets, hello.\n"
        "Me: Hi, Rufus is due for his rabies booster.\n"
        "Receptionist: I can do Friday at ten."
    )
    assert facts == ["User has a pet named Rufus"]


def test_breed_without_a_named_pet_of_the_user_is_no_fact() -> None:
    assert _post("Saw the cutest beagle at the park today, made my whole week.") == []
    assert _chat("Ana: my neighbour's husky howls all night\nMe: oh no") == []


# --------------------------------------------------------------------------- children


def test_teacher_talks_about_the_users_child() -> None:
    facts = _call(
        "Mr. Dunn: Hello, this is Mr. Dunn, Owen's maths teacher.\n"
        "Me: Hi, is everything alright?\n"
        "Mr. Dunn: Yes, he's doing well, but his homework has been late twice."
    )
    assert facts == ["User has a son named Owen"]
    facts = _chat(
        "Coach Lee: Great news, Tilly made the regional swim squad!\n"
        "Me: Amazing, she'll be so happy."
    )
    assert facts == ["User has a daughter named Tilly"]


def test_colleague_named_by_a_manager_is_not_a_child() -> None:
    facts = _call(
        "Boss: Marco's away next week, can you cover his client calls?\n"
        "Me: Sure, I can do Tuesday and Wednesday."
    )
    assert facts == []


# --------------------------------------------------------------------------- health


def test_clinician_states_medication_and_findings_to_the_user() -> None:
    facts = _call(
        "Nurse: Your INR is fine, so keep the apixaban at the same dose.\n"
        "Me: Okay, thanks.\n"
        "Nurse: Your cholesterol is slightly high though, so we'll recheck in May."
    )
    assert "User takes apixaban" in facts
    assert "User has high cholesterol" in facts
    facts = _call(
        "Dr. Lowe: The ultrasound shows a small kidney stone on the left.\n"
        "Me: Is that why my side hurts?\n"
        "Dr. Lowe: Very likely."
    )
    assert facts == ["User has a small kidney stone"]


def test_medicine_for_someone_else_or_to_stop_is_not_taken() -> None:
    facts = _call(
        "Pharmacist: The omeprazole for your husband is ready.\n"
        "Me: Great, I'll collect it.\n"
        "Pharmacist: And stop the ibuprofen before the operation."
    )
    assert facts == []


def test_users_own_medicine_and_conditions() -> None:
    facts = _chat("Dr. Ng: how are you getting on?\nMe: I've been taking the metformin with dinner")
    assert "User takes metformin" in facts
    assert _post("Life as someone with type 1 diabetes: carbs are maths.") == [
        "User has type 1 diabetes"
    ]
    assert _post("Gluten-free bakery haul, coeliac me is thrilled") == ["User has celiac disease"]


# --------------------------------------------------------------------------- habits, work


def test_abstentions_and_diets() -> None:
    assert om.habit_facts("No steak for me, I haven't eaten meat since 2019.") == [
        "User doesn't eat meat"
    ]
    assert om.habit_facts("I'm sober now, so just water please") == ["User doesn't drink alcohol"]
    assert om.habit_facts("We never drove much and I don't own a car anymore.") == [
        "User doesn't own a car"
    ]
    assert om.habit_facts("I've gone vegetarian this year") == ["User is vegetarian"]


def test_momentary_or_other_peoples_habits_are_not_facts() -> None:
    assert om.habit_facts("I don't drink coffee after four") == []
    assert om.habit_facts("My brother is vegan now") == []
    assert om.habit_facts("I take the bus today because the car is in the shop") == []


def test_work_in_passing() -> None:
    assert om.work_facts("Can't on Friday, I have a night shift at the hospital.") == [
        "User works at a hospital"
    ]
    assert om.work_facts("Fifteen years a paramedic and I still hate night calls.") == [
        "User has been a paramedic for fifteen years"
    ]
    assert om.work_facts("As a pharmacist, I get asked this all the time.") == [
        "User is a pharmacist"
    ]
    assert om.work_facts("My notice period at Greyfield is one month, sadly.") == [
        "User works at Greyfield",
        "User's notice period is one month",
    ]


def test_work_mentions_that_are_not_the_users_job() -> None:
    assert om.work_facts("As a kid, I loved trains.") == []
    assert om.work_facts("Her shift at the hospital ends at six.") == []


# --------------------------------------------------------------------------- home, partner


def test_origin_and_years_in_a_city() -> None:
    assert om.home_facts("Born in Accra, grew up in Leeds, and I've lived in Oslo ten years.") == [
        "User was born in Accra",
        "User grew up in Leeds",
        "User has lived in Oslo for ten years",
    ]
    assert om.home_facts("After 7 years in Denver, we're heading back east.") == [
        "User lived in Denver for 7 years"
    ]


def test_origin_of_someone_else_is_not_the_users() -> None:
    assert om.home_facts("My mum was born in Cork and she still has the accent.") == []
    assert om.home_facts("The band grew up in Bristol.") == []


def test_the_dog_in_the_users_own_words() -> None:
    assert om.home_facts("New flat has a balcony for the cat, finally!") == ["User has a cat"]
    assert om.home_facts("Can someone walk the dog at lunch?") == ["User has a dog"]
    assert om.home_facts("We spent the morning at the dog park with friends.") == []


def test_getting_married_names_the_fiance() -> None:
    assert om.home_facts("Eight years on, Priyanka and I are getting married!") == [
        "User is engaged to Priyanka"
    ]
    assert om.home_facts("Tom and Ana are getting married in June.") == []


def test_fiance_is_an_engagement() -> None:
    from omi_actions.processing.local.fact_people import _relations

    assert _relations("We booked the venue, my fiancée Lucia is thrilled") == [
        "User is engaged to Lucia"
    ]
    assert _relations("my fiance Omar chose the cake") == ["User is engaged to Omar"]
    assert _relations("my sister Lucia chose the cake") == ["User's sister is named Lucia"]


# --------------------------------------------------------------------------- final list


def test_trailing_clause_remnants_are_trimmed() -> None:
    from omi_actions.processing.local.fact_clauses import trim_tail

    assert trim_tail("User is a pastry chef so happy to bake for the fair") == (
        "User is a pastry chef"
    )
    assert trim_tail("User works at Holloway Foods. Thanks") == "User works at Holloway Foods"
    assert trim_tail("User is an early riser, if") == "User is an early riser"
    assert trim_tail("User's doctor is Dr. Mensah") == "User's doctor is Dr. Mensah"
    assert trim_tail("User is allergic to latex, just in case it matters") == (
        "User is allergic to latex"
    )
    assert trim_tail("User is training for a triathlon and wanted to ask about gels") == (
        "User is training for a triathlon"
    )
    assert trim_tail("User has been learning Welsh for a year now, mostly") == (
        "User has been learning Welsh for a year now"
    )
    assert trim_tail("User keeps a spare key in case of lockouts") == (
        "User keeps a spare key in case of lockouts"
    )


def test_one_off_occasions_and_cut_promises_are_dropped() -> None:
    from omi_actions.processing.local.fact_finalise import _finalise, _split_intros

    facts = [
        f.content
        for f in _finalise(
            _split_intros(
                [
                    "User is on the coffee rota this Friday",
                    "User promised Rami",
                    "User is on the coffee rota every Friday",
                    "User are getting married in the spring",
                ]
            )
        )
    ]
    assert facts == [
        "User is on the coffee rota every Friday",
        "User is getting married in the spring",
    ]


def test_voice_memo_without_speakers_is_the_users_own() -> None:
    from datetime import UTC, datetime

    from omi_actions.processing.local.facts import extract_facts

    text = "Memo to self. My son Felix needs his kit washed for Thursday."
    memo = parse(text, "audio_transcript", "voice_memo")
    facts = [f.content for f in extract_facts(memo, datetime.now(UTC), text, conversation=True)]
    assert "User's son is named Felix" in facts
    meeting = parse(text, "audio_transcript", "meeting")
    facts = [f.content for f in extract_facts(meeting, datetime.now(UTC), text, conversation=True)]
    assert "User's son is named Felix" not in facts


# --------------------------------------------------------------------------- posts


def test_job_and_move_news_in_a_post() -> None:
    assert om.news_facts("Last day at Brindle Studio 🥲 Seven years, so many friends.") == [
        "User worked at Brindle Studio for seven years"
    ]
    assert om.news_facts("Today is my first day as Staff Nurse at Elmhurst Hospital!") == [
        "User is a Staff Nurse at Elmhurst Hospital"
    ]
    assert om.news_facts("Big news: moving to Lyon in May to join Ardent as a data engineer!") == [
        "User is moving to Lyon",
        "User is joining Ardent as a data engineer",
    ]
    assert om.news_facts("Goodbye Leeds, hello Glasgow! The van is packed.") == [
        "User is moving from Leeds to Glasgow"
    ]


def test_news_about_others_is_not_the_users() -> None:
    assert om.news_facts("Congrats to Sam on joining Ardent as a data engineer!") == []
    assert om.news_facts("My sister is moving to Lyon in May.") == []


def test_household_counts_in_own_words() -> None:
    assert om.news_facts("Me, my wife and our two dogs on the beach") == ["User has two dogs"]
    assert om.news_facts("Rainy day, the twins built a fort in the lounge") == ["User has twins"]
    assert om.news_facts("Their two dogs barked all night") == []


def test_named_pet_with_its_species_in_a_post() -> None:
    assert _post("Say hi to our new family member 🐱 her name is Pesto") == [
        "User has a cat named Pesto"
    ]
    assert _post("Meet Bruno! Our new puppy already owns the sofa.") == [
        "User has a dog named Bruno"
    ]
    assert _post("Meet Bruno, my new colleague on the night desk.") == []


def test_clinic_letters_and_pharmacy_texts() -> None:
    text = "Assessment: mild asthma.\nPlan: start montelukast 10 mg nightly."
    document = parse(text, "other_text", "visit_summary")
    assert om.health_facts(document, text) == [
        "User has mild asthma",
        "User takes montelukast 10 mg nightly",
    ]
    text = "Hill Pharmacy: Your refill of sertraline is ready to collect."
    assert om.health_facts(parse(text, "message", "sms"), text) == ["User takes sertraline"]
    text = "Patient: Noor (age 6)\nAssessment: mild asthma."
    assert om.health_facts(parse(text, "other_text", "visit_summary"), text) == []


# --------------------------------------------------------------------------- relatives, habits


def test_sibling_named_to_the_user() -> None:
    from omi_actions.processing.local.fact_passing import your_kin_named

    assert your_kin_named("See you Sunday!\nyour little bro Tariq") == [
        "User has a brother named Tariq"
    ]
    assert your_kin_named("Ask your sister Imogen, she knows the code") == [
        "User has a sister named Imogen"
    ]
    assert your_kin_named("My sister Imogen knows the code") == []


def test_a_relatives_chore_is_not_a_fact() -> None:
    from omi_actions.processing.local.fact_finalise import _finalise

    facts = [
        f.content
        for f in _finalise(
            [
                "User's wife handles the bills on Fridays",
                "User's husband books the flights",
                "User's wife teaches piano at home",
            ]
        )
    ]
    assert facts == ["User's wife teaches piano at home"]


def test_usual_work_times_said_in_a_chat_are_kept() -> None:
    from datetime import UTC, datetime

    from omi_actions.processing.local.facts import extract_facts

    def chat_facts(text: str) -> list[str]:
        document = parse(text, "message", "whatsapp")
        found = extract_facts(document, datetime.now(UTC), text, conversation=True)
        return [f.content for f in found]

    assert "User leaves for work at 7:15" in chat_facts(
        "Kim: can the plumber come at 8?\nMe: I leave for work at 7:15, so earlier please"
    )
    assert "User wears contact lenses" in chat_facts(
        "Opt: new lenses are in\nMe: thanks, I mostly wear contacts"
    )
    assert not any(
        "leaves" in f for f in chat_facts("Kim: when's Dan off?\nMe: He leaves at five today")
    )


def test_a_past_employer_is_not_the_current_one() -> None:
    from omi_actions.processing.local.fact_finalise import _drop_superseded

    assert _drop_superseded(
        ["User worked at Corvid Bank for six years", "User works at Corvid", "User is a designer"]
    ) == ["User worked at Corvid Bank for six years", "User is a designer"]
    assert _drop_superseded(
        ["User has worked at Corvid for six years", "User works at Corvid"]
    ) == [
        "User has worked at Corvid for six years",
        "User works at Corvid",
    ]


def test_a_device_appointment_is_not_a_device() -> None:
    text = "Sleep Clinic: Your CPAP fitting is on Monday.\nMe: Thanks"
    assert "User uses a CPAP" not in om.health_facts(parse(text, "message", "sms"), text)
    text = "Pharmacy: Your inhaler refill is ready.\nMe: Thanks"
    assert "User uses an inhaler" in om.health_facts(parse(text, "message", "sms"), text)
    text = "Audiology: Your hearing aids are ready to collect.\nMe: Great"
    assert "User wears hearing aids" in om.health_facts(parse(text, "message", "sms"), text)


def test_caller_role_and_instrument_said_to_the_user() -> None:
    document = parse(
        "Tom Reyes: Hi, it's Tom Reyes, your landlord. The boiler man comes Friday.\n"
        "Me: Fine, I'm in.",
        "audio_transcript",
        "phone_call",
    )
    assert om.addressed_roles(document) == ["User's landlord is Tom Reyes"]
    document = parse("Jo: party at 9, bring your ukulele!\nMe: ha ok", "message", "sms")
    assert om.addressed_roles(document) == ["User plays the ukulele"]


def test_roles_and_instruments_of_others_are_not_the_users() -> None:
    document = parse(
        "Ana: my landlord is a nightmare\nMe: this is Tom, my landlord, he's fine\nAna: lucky",
        "message",
        "sms",
    )
    assert om.addressed_roles(document) == []
    document = parse("Jo: Kai is bringing his guitar\nMe: nice", "message", "sms")
    assert om.addressed_roles(document) == []


def test_vague_objects_and_damaged_text_are_dropped() -> None:
    from omi_actions.processing.local.fact_finalise import _finalise

    facts = [
        f.content
        for f in _finalise(
            [
                "User hates the stuff",
                "User renewed them in March",
                "User is on keys): Sat at the Mill",
                "User hates olives",
            ]
        )
    ]
    assert facts == ["User hates olives"]
    shouted = [f.content for f in _finalise(["User pASSED MY SWIMMING TEST"])]
    assert shouted == ["User passed my swimming test"]
    assert _finalise(["User is pACKING LIST"]) == []


# --------------------------------------------------------------------------- pursuits


def test_goals_diets_bands_and_trips_in_own_words() -> None:
    assert om.pursuit_facts("Goal for 2027: learn to sail. Wish me luck.") == [
        "User's goal is to learn to sail"
    ]
    assert om.pursuit_facts("Week 2 of intermittent fasting and I'm starving") == [
        "User is following an intermittent fasting diet"
    ]
    assert om.pursuit_facts("Setlist for Rust Bucket (my band, I'm on drums) is done") == [
        "User is in a band called Rust Bucket",
        "User plays drums",
    ]
    assert om.pursuit_facts("Get the visa sorted before the Japan trip in October") == [
        "User plans a trip to Japan in October"
    ]


def test_pursuit_counter_examples() -> None:
    assert om.pursuit_facts("Goal: the big match on Saturday, what a finish") == []
    assert om.pursuit_facts("Goals: swim 5k, and read more") == [
        "User's goal is to swim 5k",
        "User's goal is to read more",
    ]
    assert om.pursuit_facts("Their band Neon Fox plays tonight") == []
    assert om.pursuit_facts("The Japan trip was amazing last year") == []


def test_people_the_user_sees_and_homes() -> None:
    assert om.pursuit_facts("My therapist says journaling helps.") == ["User sees a therapist"]
    assert om.pursuit_facts("My therapist's office moved.") == []
    assert om.pursuit_facts("We got an offer accepted on the flat in Hove!") == [
        "User is buying a flat in Hove"
    ]
    assert om.pursuit_facts("Officially homeowners! Come see our little cottage in Kendal") == [
        "User owns a cottage in Kendal"
    ]
    assert om.pursuit_facts("Rained all week in our flat in Hove") == []


def test_therapy_sessions_with_the_user() -> None:
    document = parse("Di: is your therapist any good?\nMe: yes, very", "message", "sms")
    assert om.addressed_roles(document) == ["User sees a therapist"]
    document = parse("Bo: how's the therapy going?\nMe: slowly but ok", "message", "sms")
    assert om.addressed_roles(document) == ["User sees a therapist"]
    document = parse("Bo: my therapist says I should rest\nMe: sounds wise", "message", "sms")
    assert om.addressed_roles(document) == []


def test_lasting_present_tense_in_a_chat() -> None:
    from datetime import UTC, datetime

    from omi_actions.processing.local.facts import extract_facts

    def chat_facts(text: str) -> list[str]:
        document = parse(text, "message", "whatsapp")
        found = extract_facts(document, datetime.now(UTC), text, conversation=True)
        return [f.content for f in found]

    assert "User volunteers at the animal shelter on Sundays" in chat_facts(
        "Rae: brunch sunday?\nMe: can't, I volunteer at the animal shelter on Sundays"
    )
    assert "User runs a small bakery" in chat_facts(
        "Rae: how's work?\nMe: busy! I run a small bakery so December is mad"
    )
    assert not any(
        f.startswith("User runs")
        for f in chat_facts("Rae: how's Ana?\nMe: good, she runs a bakery now")
    )
