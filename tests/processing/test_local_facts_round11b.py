"""Round 11 (B): facts the user states about themselves in passing, in their own words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from omi_actions.processing.local import fact_own_passing as op
from omi_actions.processing.local.engine import LocalEngine
from omi_actions.processing.schemas import ConversationInput, FactsInput

_ENGINE = LocalEngine()
_WHEN = datetime(2025, 3, 4, 15, 0, tzinfo=UTC)


def _talk(text: str, source: str = "audio_transcript", spec: str | None = None) -> list[str]:
    result = _ENGINE.process_conversation(
        ConversationInput(
            text=text,
            started_at=_WHEN,
            finished_at=_WHEN + timedelta(minutes=5),
            language="en",
            text_source=source,
            text_source_spec=spec,
        )
    )
    return [f.content for f in result.facts]


def _write(text: str, source: str = "other", spec: str = "note") -> list[str]:
    result = _ENGINE.extract_facts(
        FactsInput(text=text, text_source=source, text_source_spec=spec, reference_time=_WHEN)
    )
    return [f.content for f in result.facts]


# --------------------------------------------------------------------------- named roles


def test_role_in_apposition_names_the_person() -> None:
    assert op.own_passing_facts("Had a long chat with my couples counsellor, Pete, today.") == [
        "User's couples counsellor is Pete"
    ]
    assert op.own_passing_facts("Rang my landlord (Mr Okoro) about the boiler.") == [
        "User's landlord is Mr Okoro"
    ]
    assert op.own_passing_facts("Coffee with Dana (mentor) this morning.") == [
        "User's mentor is Dana"
    ]


def test_role_of_someone_else_is_no_fact() -> None:
    assert op.own_passing_facts("Her counsellor, Pete, called me.") == []
    assert op.own_passing_facts("Dana (the chef) cooked for us.") == []


def test_a_title_is_not_the_name_of_a_relation() -> None:
    facts = _talk("Me: my dentist Dr. Oyelaran says it's fine.\nKim: good")
    assert "User's dentist is named Dr" not in facts


# --------------------------------------------------------------------------- children, household


def test_a_childs_age_said_in_passing() -> None:
    assert op.own_passing_facts("Went bouldering with my 12yo, she beat me.") == [
        "User has a 12-year-old child"
    ]
    assert op.own_passing_facts("our 7-year-old daughter lost a tooth") == [
        "User has a 7-year-old daughter"
    ]


def test_age_of_a_pet_or_a_thing_is_not_a_child() -> None:
    assert op.own_passing_facts("my 9 year old laptop finally died") == []
    assert op.own_passing_facts("my 3-year-old dog still chews shoes") == []


def test_the_kids_of_a_teacher_are_pupils() -> None:
    assert op.household_facts("I teach year 5. The kids are hilarious.") == []


def test_the_kids_and_the_dogs_in_the_users_words() -> None:
    assert op.household_facts("honestly the kids are loving the new trampoline") == [
        "User has kids"
    ]
    assert op.household_facts("can't come, I have to walk the dogs first") == ["User has dogs"]
    assert op.household_facts("we're staying in, the baby's teething") == ["User has a baby"]


def test_a_dog_that_is_not_the_users() -> None:
    assert op.household_facts("the dog next door barked all night") == []
    assert op.household_facts("the kids in my street play football") == []


def test_your_relative_named_by_the_other_side() -> None:
    facts = _talk("Dad: your aunt Mira is coming too.\nMe: lovely")
    assert "User has an aunt named Mira" in facts
    facts = _talk(
        "Jess: Hi, it's Jess from the school office. Your daughter Poppy has a sore throat.",
        spec="voicemail",
    )
    assert "User has a daughter named Poppy" in facts


# --------------------------------------------------------------------------- health, habits


def test_what_a_clinician_says_about_the_user() -> None:
    assert op.own_passing_facts("physio says I overpronate on my left foot") == [
        "User overpronates on their left foot"
    ]
    assert op.own_passing_facts("My GP told me I have a slipped disc.") == [
        "User has a slipped disc"
    ]


def test_what_a_friend_says_is_not_a_clinical_fact() -> None:
    assert op.own_passing_facts("Tom says I snore like a train") == []
    assert op.own_passing_facts("the doctor says I should rest") == []


def test_things_given_up() -> None:
    assert op.own_passing_facts("I've completely cut out sugar since Easter") == [
        "User has cut out sugar"
    ]
    assert op.own_passing_facts("no thanks, I gave up smoking") == ["User has given up smoking"]


def test_giving_up_something_else_is_no_habit() -> None:
    assert op.own_passing_facts("I stopped by the bakery") == []
    assert op.own_passing_facts("she quit smoking last year") == []


def test_condition_as_the_subject_and_still_intolerant() -> None:
    assert "User has eczema" in _talk("Bo: new soap?\nMe: nah my eczema's been flaring again.")
    assert "User is gluten intolerant" in _talk("Bo: pizza?\nMe: still gluten intolerant, sadly")
    assert "User has eczema" not in _talk("Bo: how's your eczema?\nMe: fine")


def test_job_given_as_a_reason() -> None:
    assert op.own_passing_facts("I'll sign it since I'm the treasurer.") == [
        "User is the treasurer"
    ]
    assert op.own_passing_facts("I can't, because I'm a paramedic and on call.") == [
        "User is a paramedic"
    ]
    assert op.own_passing_facts("I'll drive since I'm sober.") == []


# --------------------------------------------------------------------------- bios, posts, notes


def test_parenthood_in_a_bio() -> None:
    assert "User has two children" in op.bio_facts("Nurse | Mum of two | Runner")
    assert "User has four children" in op.bio_facts("Proud dad of 4. Coffee first.")
    assert op.bio_facts("Welder | mum of 3 girls | Leeds") == ["User has three daughters"]
    assert op.bio_facts("Dad of two, Ali (4) and Noor (2).") == []  # named: fact_intro
    assert op.bio_facts("Mom of two cats and a very loud parrot") == []


def test_a_diet_with_its_duration() -> None:
    assert op.bio_facts("Two years vegetarian and counting 🌱") == [
        "User has been vegetarian for two years"
    ]
    assert op.bio_facts("One month sober today.") == ["User has been sober for a month"]
    assert op.bio_facts("Three days in Rome, ate so much pasta") == []


def test_subjectless_journal_lines_with_also() -> None:
    facts = _write("Nov 2. Also finally joined the climbing gym downtown.", spec="journal")
    assert "User joined the climbing gym downtown" in facts
    facts = _write("Then started Portuguese lessons on Duolingo.", spec="journal")
    assert "User started Portuguese lessons on Duolingo" in facts


def test_news_after_an_emoji() -> None:
    facts = _write(
        "Big week 🎉 As of Monday I'm lead designer at Quarry Labs!", "social_post", "linkedin"
    )
    assert "User is lead designer at Quarry Labs" in facts


def test_no_fact_from_a_condition_or_a_time_span() -> None:
    facts = _write("Party at ours when I unpack the glasses.", "social_post", "twitter")
    assert not any("unpack" in f for f in facts)
    facts = _write("A month today since we lost Grandad.", spec="journal")
    assert not any(f.startswith("User is a month") for f in facts)
    facts = _write("Back when I lived in Cork, life was slower.", "social_post", "twitter")
    assert any(f.startswith("User lived in Cork") for f in facts)


def test_cannot_imagine_is_a_feeling() -> None:
    facts = _write("I can't imagine working anywhere else.", "social_post", "linkedin")
    assert facts == []


def test_a_later_clause_after_a_promise() -> None:
    facts = _talk("Ana: wine?\nMe: I'll bring juice for me, I've given up alcohol\nAna: ok")
    assert any("given up alcohol" in f for f in facts)


def test_a_pronoun_object_alone_is_no_fact() -> None:
    facts = _talk(
        "Me: my physio Ines sorted my back, it's been better since I started seeing her "
        "in May.\nLu: nice"
    )
    assert not any("seeing her" in f for f in facts)


def test_the_other_side_asks_about_the_users_household() -> None:
    assert "User has a baby" in _talk("Mo: how's the baby? sleeping yet?\nMe: ha, no")
    assert "User has a dog" in _talk(
        "Agent: please keep your dog in the garden during the viewing.\nMe: will do"
    )


def test_household_words_in_a_group_or_about_food_are_no_fact() -> None:
    facts = _talk("Mo: how's the baby?\nJo: which baby?\nMe: Kim's, I think")
    assert "User has a baby" not in facts
    facts = _talk("Vet: your dog food brand was recalled, by the way.\nMe: oh")
    assert "User has a dog" not in facts


def test_the_kids_with_the_user() -> None:
    assert "User has kids" in _talk("Me: mornings are hard with the kids, can we do 2?\nAl: ok")
    assert "User has dogs" in _talk("Me: we want a garden for the dogs.\nAgent: noted")


# --------------------------------------------------------------------------- unlabelled speakers


def test_the_addressed_side_of_a_numbered_transcript_is_the_user() -> None:
    facts = _talk(
        "Speaker 0: Hi, it's Lowri from Parkside Pharmacy. Your inhaler refill is in, and "
        "the cream for your son Tomos too.\n"
        "Speaker 1: Great, I'll pop in after work.\n"
        "Speaker 0: Lovely, see you then."
    )
    assert "User has a son named Tomos" in facts
    facts = _talk(
        "Speaker 1: Your car's ready, the clutch was fine in the end.\n"
        "Speaker 0: Brilliant. I have asthma so I can't wait around in the fumes, I'll send my "
        "brother.\n"
        "Speaker 1: No problem."
    )
    assert "User has asthma" in facts


def test_numbered_speakers_without_a_clear_user_stay_unattributed() -> None:
    facts = _talk(
        "Speaker 0: Did you see the match?\n"
        "Speaker 1: Yeah, I have asthma so I watched from home.\n"
        "Speaker 0: Same."
    )
    assert facts == []
    facts = _talk(
        "Speaker 0: How's your knee?\n"
        "Speaker 1: Better. How's your back? I have asthma too now.\n"
        "Speaker 0: Fine."
    )
    assert facts == []


# --------------------------------------------------------------------------- aims


def test_lasting_aims_are_facts() -> None:
    assert op.aspiration_facts("Honestly I want to learn Welsh properly one day.") == [
        "User wants to learn Welsh properly"
    ]
    assert op.aspiration_facts("My goal for this year is to run a sub-50 10k") == [
        "User wants to run a sub-50 10k"
    ]
    facts = _write("Big dream: I'd love to open a little bookshop by the sea.", spec="journal")
    assert "User wants to open a little bookshop by the sea" in facts


def test_wanting_something_now_is_no_aim() -> None:
    assert op.aspiration_facts("I want to grab a coffee before the meeting") == []
    assert op.aspiration_facts("I want to run the numbers again") == []


# --------------------------------------------------------------------------- bios in sentences


def test_bio_sentence_with_job_place_origin_and_named_pets() -> None:
    facts = op.bio_facts("Paramedic in Leeds by way of Accra. Two dogs, Fig and Olive.")
    assert facts == [
        "User is a paramedic",
        "User lives in Leeds",
        "User is originally from Accra",
        "User has two dogs named Fig and Olive",
    ]
    assert op.bio_facts("Architect based in Porto.") == [
        "User is an architect",
        "User lives in Porto",
    ]


def test_bio_sentence_that_is_not_a_job_or_pets() -> None:
    assert op.bio_facts("Sunsets in Lisbon. Two coffees, Monday and Friday.") == []


def test_note_lines_with_states_and_durations() -> None:
    facts = op.bio_facts("About me:\nSwimming since 2015.\nRight-handed.\nFirst-aid certified.")
    assert facts == [
        "User has been swimming since 2015",
        "User is right-handed",
        "User is first-aid certified",
    ]
    assert op.bio_facts("Raining since Tuesday. Something certified?") == []


def test_a_vague_injury_gives_way_to_what_happened() -> None:
    facts = _write("Sprained my ankle at netball, I sprained my ankle again!", "social_post", "x")
    assert "User has an ankle injury" not in facts
    facts = _talk("Me: I can't lift it, I hurt my back last week.\nKo: oh no")
    assert any("back" in f for f in facts)


def test_a_relative_named_twice_is_one_fact() -> None:
    facts = _talk(
        "Speaker 0: Hi, it's the surgery. The cream for your daughter Ines is ready, and your "
        "own repeat too.\n"
        "Speaker 1: Thanks, I'll come by at four.\n"
        "Speaker 0: See you then."
    )
    assert "User has a daughter named Ines" in facts
    assert "User's daughter is named Ines" not in facts


def test_a_pitch_to_the_reader_is_no_aim() -> None:
    assert op.aspiration_facts("I would love to become part of your design team.") == []
    assert op.aspiration_facts("I'd love to travel through Patagonia someday") == [
        "User wants to travel through Patagonia"
    ]


def test_people_named_by_their_role_or_family_title() -> None:
    assert op.own_passing_facts("Sam, my accountant, sorted the tax return.") == [
        "User's accountant is Sam"
    ]
    assert op.own_passing_facts("sore hip. physio Anders wants me back Friday") == [
        "User's physiotherapist is Anders"
    ]
    assert op.own_passing_facts("Dee (my trainer) says squats are fine now") == [
        "User's trainer is Dee"
    ]


def test_role_words_before_a_day_or_a_stranger_are_not_names() -> None:
    assert op.own_passing_facts("therapist Monday at 5, then gym") == []
    assert op.own_passing_facts("The coach Ben hired is great") == []


def test_partner_expecting_a_baby() -> None:
    assert op.own_passing_facts("and guess what, my wife's expecting in March") == [
        "User's wife is expecting a baby in March"
    ]
    assert op.own_passing_facts("my sister is expecting in May") == []


def test_what_the_user_has_got_today_is_no_fact() -> None:
    facts = _write("Bed early tonight, I've got the late shift at the bar.", spec="journal")
    assert not any("has got the" in f for f in facts)
    facts = _write("Can't come, I've got the flu again.", "social_post", "x")
    assert not any("has got the" in f for f in facts)
    facts = _write("I've got a black belt in judo.", "social_post", "x")
    assert any("black belt" in f for f in facts)


def test_allergy_question_answered_by_the_user() -> None:
    facts = _talk("Nurse: Before we start, any allergies?\nMe: Sulfa drugs.\nNurse: Noted.")
    assert "User is allergic to sulfa drugs" in facts
    facts = _talk("Pharmacist: Do you have any allergies?\nMe: Latex and aspirin.\nPharmacist: ok")
    assert "User is allergic to latex" in facts
    assert "User is allergic to aspirin" in facts


def test_allergy_question_answered_no_or_by_someone_else() -> None:
    facts = _talk("Nurse: Any allergies?\nMe: No, none that I know of.\nNurse: Great.")
    assert not any("allergic" in f for f in facts)
    facts = _talk("Me: Any allergies in the group?\nTom: Peanuts.\nMe: ok")
    assert not any("allergic" in f for f in facts)


def test_the_animal_a_vet_is_treating() -> None:
    facts = _talk("Vet: Pudding has a small skin infection, nothing serious.\nMe: Poor thing.")
    assert "User has a pet named Pudding" in facts
    facts = _talk("Vet: Dr. Lowe has a cancellation at four.\nMe: I'll take it.")
    assert not any("pet named" in f for f in facts)
