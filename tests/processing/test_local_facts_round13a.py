"""Round 13 (facts in the user's own words): profile shorthand, list items, moves."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from omi_actions.processing.local.fact_own_profile import fragment_facts, own_text_facts
from tests.processing.engine_helpers import conversation_facts, submitted_facts

_START = datetime(2025, 5, 14, 9, 0, tzinfo=UTC)


post = partial(submitted_facts, source="other", spec="note", reference=_START)


# ------------------------------------------------------------------ profile fragments


def test_comma_profile_after_a_name() -> None:
    facts = post(
        "Member profile:\nTeodora Vasić. 41, from Split, living in Bristol since 2016. "
        "Paddling ~7 years, happy to crew. Can't drive so lifts welcome!"
    )
    assert "User is 41 years old" in facts
    assert "User is from Split" in facts
    assert "User has lived in Bristol since 2016" in facts
    assert "User has been paddling for about 7 years" in facts
    assert "User cannot drive" in facts


def test_a_number_in_a_sentence_is_not_an_age() -> None:
    facts = post("Shopping list:\nEggs, 12, milk, flour. Ask Dana about the 41, from page two.")
    assert not any("years old" in f for f in facts)


def test_activity_span_needs_a_pastime() -> None:
    assert fragment_facts("Kayaking for about 3 years") == [
        "User has been kayaking for about 3 years"
    ]
    assert fragment_facts("living 5 years") == []
    assert fragment_facts("waiting 2 months") == []


def test_previous_employer_and_degree() -> None:
    facts = post(
        "About\nOperations lead at Tidewater Mills, where I look after three sites and a team "
        "of twenty. Previously 6 years at Harrow Freight. MSc, Delft University (2012).",
        source="social_post",
        spec="linkedin",
    )
    assert "User previously worked at Harrow Freight for 6 years" in facts
    assert "User has an MSc from Delft University (2012)" in facts


def test_ex_employer_fragment() -> None:
    assert fragment_facts("ex-Pinegrove") == ["User previously worked at Pinegrove"]
    assert fragment_facts("ex-wife") == []
    assert fragment_facts("Previously we tried the other route") == []


def test_degree_needs_a_school() -> None:
    assert fragment_facts("MA, sure why not") == []
    assert fragment_facts("BA in history from Leeds University") == [
        "User has a BA from Leeds University"
    ]


# ------------------------------------------------------------------ list items in a note


def test_bulleted_needs_for_a_colleague() -> None:
    facts = post(
        "For Priya before the retreat:\n- mild shellfish allergy, inhaler always in my bag\n"
        "- no coffee after 3pm\n- window seat on planes please"
    )
    assert "User has a mild shellfish allergy" in facts
    assert "User avoids coffee after 3pm" in facts
    assert "User prefers window seats on flights" in facts
    assert "User carries an inhaler" in facts


def test_list_items_about_other_things_are_not_facts() -> None:
    facts = post(
        "Party prep:\n- no glass after midnight on the terrace\n- window cleaner\n"
        "- pollen count tomorrow?"
    )
    assert not any(
        f.startswith(("User avoids", "User prefers", "User has a pollen", "User has a glass"))
        for f in facts
    )


def test_cut_out_in_prose() -> None:
    assert own_text_facts("Cutting out sugar after 8pm has helped a lot.") == [
        "User avoids sugar after 8pm"
    ]
    assert own_text_facts("The shop stopped selling coffee after noon.") == []


def test_carries_only_own_aid() -> None:
    assert own_text_facts("I always carry an epipen when we eat out") == ["User carries an EpiPen"]
    assert own_text_facts("Her inhaler was on the table") == []


# ------------------------------------------------------------------ moves and milestones


def test_moved_from_one_city_to_another() -> None:
    facts = post(
        "Huge week for the Okafor household - we've finally moved from Lagos to Dublin!",
        source="social_post",
        spec="facebook",
    )
    assert "User moved from Lagos to Dublin" in facts
    assert "User lives in Dublin" in facts


def test_a_rescheduled_meeting_is_not_a_move() -> None:
    facts = post("Moved from Monday to Thursday, sorry all.", source="other", spec=None)
    assert not any("lives in" in f for f in facts)


def test_milestone_after_also() -> None:
    facts = post(
        "Long walk along the canal this morning. Also two years vegan today 🌱",
        source="social_post",
        spec="instagram",
    )
    assert "User has been vegan for two years" in facts


def test_a_word_to_mum_in_a_post_is_not_motherhood() -> None:
    facts = post(
        "Passed my bar exam today!! Starting at Lorne Chambers in March. Dad, we made it 💙",
        source="social_post",
        spec="instagram",
    )
    assert "User is a father" not in facts


# ------------------------------------------------------------------ health and skills in fragments


def test_medical_list_after_an_about_me_label() -> None:
    facts = post(
        "notes about me for the new physio: type 2 diabetic since 2015, wear hearing aids, "
        "chronic eczema, no known allergies, prefer evening slots"
    )
    assert "User has type 2 diabetes since 2015" in facts
    assert "User wears hearing aids" in facts
    assert "User has chronic eczema" in facts
    assert "User has no known allergies" in facts
    assert "User prefers evening slots" in facts


def test_emergency_card_fragments() -> None:
    facts = post(
        "If found: call Rosa Lind 555-0100. Blood type AB+. Allergic to latex, carries an inhaler."
    )
    assert "User's blood type is AB+" in facts
    assert "User is allergic to latex" in facts
    assert "User carries an inhaler" in facts


def test_allergic_fragment_is_not_a_dislike() -> None:
    facts = post("About me: Nurse in Cork. Allergic to sulfa drugs.")
    assert "User is allergic to sulfa drugs" in facts
    assert not any(f.startswith("User dislikes") for f in facts)


def test_health_words_about_others_are_not_the_users() -> None:
    assert fragment_facts("asthma clinic on Friday") == []
    assert fragment_facts("use the side door") == []
    assert fragment_facts("carry the boxes upstairs") == []
    assert fragment_facts("prefer") == []


def test_languages_and_certificates() -> None:
    facts = post(
        "About\nData analyst in Ghent. 8 years in retail, PMP certified, fluent in Dutch, French "
        "and English.",
        source="social_post",
        spec="linkedin",
    )
    assert "User is PMP certified" in facts
    assert "User is fluent in Dutch, French and English" in facts
    assert fragment_facts("certified mail") == []
    assert fragment_facts("fluent in") == []


def test_pets_named_fragment() -> None:
    assert fragment_facts("three dogs named Pip, Rolo and Bea") == [
        "User has three dogs named Pip, Rolo and Bea"
    ]
    assert fragment_facts("two cats next door") == []


# ------------------------------------------------------------------ pastimes and role lines


def test_pastime_list_after_outside_work() -> None:
    facts = post(
        "About\nProcurement manager at Ostwind Freight, where I look after a team of nine. "
        "Off the clock: sea kayaking, awful dad jokes, and mum to three girls.",
        source="social_post",
        spec="linkedin",
    )
    assert "User enjoys sea kayaking" in facts
    assert not any("jokes" in f for f in facts)
    assert "User is a mother of three daughters" in facts


def test_a_role_keeps_its_place_but_not_its_aim() -> None:
    facts = post(
        "About\nI'm a data consultant based in Porto, helping small charities make sense of "
        "their numbers.",
        source="social_post",
        spec="linkedin",
    )
    assert "User is a data consultant based in Porto" in facts


# ------------------------------------------------------------------ planned moves


def test_we_are_moving_to_a_city() -> None:
    facts = post(
        "Little announcement: after 6 years in Glasgow, we're moving to Cardiff! New chapter.",
        source="social_post",
        spec="facebook",
    )
    assert "User is moving from Glasgow to Cardiff" in facts


def test_moving_to_a_tool_or_a_day_is_not_a_move() -> None:
    for text in (
        "FYI everyone, we're moving to Slack for the project chat.",
        "we're moving to Thursday because of the holiday",
        "we're moving to the next item",
    ):
        facts = post(text, source="other", spec=None)
        assert not any("moving" in f for f in facts), text


# ------------------------------------------------------------------ children named in errands


_conv = partial(conversation_facts, source="message", spec="imessage", reference=_START)


def test_picking_a_child_up_from_nursery() -> None:
    facts = _conv(
        "Jo: could you collect Ottilie from nursery at 4? my train is late\nMe: yes, I'll get her"
    )
    assert "User has a daughter named Ottilie" in facts


def test_a_teacher_asking_if_the_child_handed_over_a_form() -> None:
    facts = _conv(
        "Ms. Ferris: Hello! Did Caspian give you the letter about the class trip to the zoo?\n"
        "Me: Not yet, I'll check his bag tonight.",
        spec="omi",
    )
    assert "User has a son named Caspian" in facts


def test_picking_up_a_colleague_is_not_a_child() -> None:
    facts = _conv("Jo: can you pick up Marguerite from the airport at 4?\nMe: sure, I'll get her")
    assert not any("Marguerite" in f and "named" in f for f in facts)


# ------------------------------------------------------------------ standing treatments


def test_a_receptionist_booking_the_users_asthma_review() -> None:
    facts = _conv(
        "Receptionist: Hello, Elmside Practice.\nMe: Hi, I had a letter asking me to book in?\n"
        "Receptionist: Yes, it's your yearly asthma review, can you do Monday at 9?\n"
        "Me: Monday works.",
        spec="phone_call",
    )
    assert "User has asthma" in facts


def test_an_inhaler_repeat_on_the_users_own_list() -> None:
    facts = _conv(
        "Errands\n- call the surgery about my inhaler repeat\n- buy stamps\n- post the card",
        spec="note",
        source="other_text",
    )
    assert "User uses an inhaler" in facts


def test_someone_elses_treatment_is_not_the_users() -> None:
    facts = _conv(
        "Me: can you grab Dad's insulin prescription on your way?\nSam: sure, and her inhaler "
        "refill too?\nMe: yes please",
        spec="whatsapp",
    )
    assert "User uses insulin" not in facts
    assert "User uses an inhaler" not in facts
