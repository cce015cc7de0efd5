"""Round 3 of local fact extraction: forms with free answers, Q/A questionnaires,
third-person bios of the author, and precision filters.

Own examples and counter-examples, none taken from eval/.
"""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local import fact_forms
from omi_actions.processing.local.fact_bio import bio_subject
from omi_actions.processing.local.fact_forms import split_inline
from omi_actions.processing.local.fact_self import is_momentary, split_role_at
from omi_actions.processing.local.facts import extract_facts
from omi_actions.processing.local.pronouns import to_third_person
from omi_actions.processing.local.text import parse

REF = datetime(2025, 5, 14, 9, 0, tzinfo=UTC)


def form_facts(text: str) -> list[str]:
    return fact_forms.form_facts(split_inline(text))


def facts(text: str, source: str = "other_text", spec: str | None = "note") -> list[str]:
    doc = parse(text, source, spec)
    return [f.content for f in extract_facts(doc, REF, text, [])]


# ------------------------------------------------------------------ forms


def test_intake_form_free_answers() -> None:
    found = form_facts(
        "Climbing club sign-up\n"
        "Name: Oskar Lind\n"
        "Age: 38\n"
        "Height: 6'0\"\n"
        "Goals: climb a 6b outdoors, improve my footwork\n"
        "Injuries: right wrist sprain (2021)\n"
        "Surgeries: knee arthroscopy (2018)\n"
        "Activities: cycle to work, tennis on Sundays\n"
        "Preferred training time: weekday evenings\n"
        "Experience: used to climb in college\n"
    )
    assert "User is 38 years old" in found
    assert "User is 6'0\" tall" in found
    assert "User's goal is to climb a 6b outdoors" in found
    assert "User's goal is to improve their footwork" in found
    assert "User injured their right wrist sprain (2021)" in found
    assert "User had knee arthroscopy (2018)" in found
    assert "User cycles to work" in found
    assert "User plays tennis on Sundays" in found
    assert "User prefers to train on weekday evenings" in found
    assert "User used to climb in college" in found


def test_language_form_and_reason() -> None:
    found = form_facts(
        "Mother tongue: Greek\nLearning: Korean (intermediate)\nWhy: relocating to Busan next year"
    )
    assert "User's native language is Greek" in found
    assert "User is learning Korean (intermediate)" in found
    assert "User is relocating to Busan next year" in found


def test_form_answers_none_and_single_label_in_prose_give_nothing() -> None:
    assert form_facts("Injuries: none\nAge: n/a") == []
    # One "Goal:" in a sentence is not a form.
    assert form_facts("Goal: get the report out by Friday") == []


def test_age_outside_a_plausible_range_is_not_an_age() -> None:
    assert "User is 450 years old" not in form_facts("Name: Ada Fox\nAge: 450")


def test_phone_only_on_a_form_naming_the_user() -> None:
    assert "User's phone number is 555-0100" in form_facts("Name: Ida Berg\nPhone: 555-0100")
    assert form_facts("Office: Room 4\nPhone: 555-0100") == []


def test_several_fields_on_one_line_are_split() -> None:
    assert split_inline("Name: Rui Costa   DOB: 02/05/1990") == "Name: Rui Costa\nDOB: 02/05/1990"
    found = facts("PATIENT FORM\nName: Rui Costa   DOB: 02/05/1990\nAllergies: latex")
    assert "User's name is Rui Costa" in found
    assert "User was born on 02/05/1990" in found
    assert "User is allergic to latex" in found


def test_questionnaire_pairs() -> None:
    found = facts(
        "Q: What name do you go by? What should we call you?\nA: Mika\n"
        "Q: Which languages do you speak?\nA: Finnish, Swedish\n"
        "Q: Your goals?\nA: learn to swim, read more"
    )
    assert "User goes by Mika" in found
    assert "User speaks Finnish" in found
    assert "User speaks Swedish" in found
    assert "User's goal is to learn to swim" in found


def test_questionnaire_unknown_question_gives_no_label() -> None:
    assert "User goes by Tuesday" not in facts("Q: Best day for a call?\nA: Tuesday")


def test_diet_field_with_reasons() -> None:
    found = facts(
        "Event registration\nName: Lea Hahn\nDietary requirements: kosher; no sesame (allergy)"
    )
    assert "User eats kosher" in found
    assert "User is allergic to sesame" in found
    found = facts("Intake\nName: Bo Yi\nDiet: low fat (high cholesterol)")
    assert "User follows a low fat diet" in found
    assert "User has high cholesterol" in found


def test_certifications_and_book_titles() -> None:
    found = facts("Application\nName: Tom Reyes\nCertifications: lifeguard, boat licence")
    assert "User is certified in lifeguard" in found
    assert "User has a boat licence" in found
    # A "Title:" that is a book, not a job.
    notice = facts("Hold ready\nTitle: The Long Winter\nPick up by: June 2", "email", "library")
    assert not any("works as" in f for f in notice)


# ------------------------------------------------------------------ third-person bios


def test_third_person_bio_of_the_author() -> None:
    found = facts(
        "About the author: Mara Voss is a landscape architect at Field & Stone, where she "
        "designs public parks. She lives in Ghent with her partner and two sons and coaches "
        "a junior rowing team.",
        spec="author_bio",
    )
    assert "User's name is Mara Voss" in found
    assert "User is a landscape architect" in found
    assert "User works at Field & Stone" in found
    assert "User designs public parks" in found
    assert any(f.startswith("User lives in Ghent") for f in found)
    assert "User coaches a junior rowing team" in found
    assert "User has a partner" in found


def test_third_person_text_that_is_not_a_bio_is_not_about_the_user() -> None:
    # A post about somebody else: no bio label, no bio spec.
    assert (
        bio_subject("Karl Berg is retiring after 40 years. He will be missed.", "facebook") is None
    )
    # A bio label, but the text is in the first person: handled by the first-person rules.
    assert bio_subject("Bio: Sam Ode is my name. I teach yoga.", "") is None
    # "The" is not a name.
    assert bio_subject("About: The bakery opened in 1999 and has two shops.", "") is None


def test_the_authors_title_is_not_their_doctor() -> None:
    found = facts(
        "Dr. Elin Moss is a cardiologist at Harbor Heart Clinic. She lives in Bergen.",
        spec="speaker_bio",
    )
    assert "User's name is Elin Moss" in found
    assert not any("User's doctor" in f or "User's cardiologist" in f for f in found)


def test_role_at_organisation_split() -> None:
    assert split_role_at("User is a data engineer at Northline Bank") == [
        "User is a data engineer",
        "User works at Northline Bank",
    ]
    assert split_role_at("User is a student at Lakeview College") == [
        "User is a student at Lakeview College"
    ]
    assert split_role_at("User is a fan of Arsenal") == ["User is a fan of Arsenal"]


# ------------------------------------------------------------------ precision


def test_parent_fragment_names_the_children_when_given() -> None:
    found = facts("Dad of 2 girls | baker | Leeds", spec="profile_bio")
    assert "User is a father of two daughters" in found
    assert "User is a mother of three" in facts("Mum of 3 | teacher", spec="profile_bio")


def test_generic_greetings_are_not_names() -> None:
    for who in ("Tenant", "Patient", "Policyholder", "Resident"):
        mail = (
            "From: office@example.org\nTo: me@example.com\nSubject: Notice\n\n"
            f"Dear {who},\n\nYour visit is on Monday.\n"
        )
        assert f"User's name is {who}" not in facts(mail, "email", "notice")


def test_conditional_second_person_is_not_a_fact() -> None:
    mail = (
        "From: billing@example.org\nTo: me@example.com\nSubject: Renewal\n\n"
        "No action is needed if you are enrolled in autopay.\n"
    )
    assert not any("autopay" in f for f in facts(mail, "email", "notice"))


def test_doctor_title_outside_medical_talk_is_not_a_clinician() -> None:
    post = "So proud of my cousin, Dr. Lena now! Defended her thesis in geology today."
    assert not any("doctor" in f for f in facts(post, "social_post", "post"))
    note = "Dr. Aziz said my sleep should improve if I cut caffeine after noon."
    assert "User's doctor is Dr. Aziz" in facts(note)


def test_team_stories_in_we_are_not_user_facts() -> None:
    found = facts(
        "We nearly ran out of money in year two. We moved to Porto last spring.", spec="post"
    )
    assert not any("money" in f for f in found)
    assert any("moved to Porto" in f for f in found)
    assert to_third_person("We almost quit") == "User almost quit"


def test_feelings_permissions_and_body_states_are_momentary() -> None:
    assert is_momentary("User is delighted to accept the offer")
    assert is_momentary("User is allowed to cycle again")
    assert is_momentary("User's legs are sore")
    assert is_momentary("User signed and attached the form")
    assert is_momentary("User's daughter will be starting school in May")
    assert not is_momentary("User's rent will be $900 from March")
    assert not is_momentary("User is able to read music")
    assert not is_momentary("User's blood type is A positive")


def test_cant_stand_is_a_dislike_and_run_on_clauses_are_cut() -> None:
    assert "User dislikes olives" in facts("Honestly I can't stand olives.")
    found = facts("I'm colour-blind and picking paint has been a disaster, had to ask my sister.")
    assert "User is colour-blind" in found


def test_unlabelled_chat_submission_is_the_users_own_words() -> None:
    found = facts("btw I'm allergic to shellfish, and I live in Utrecht now", spec="chat_message")
    assert "User is allergic to shellfish" in found
    # Still a chat: passing remarks are not kept.
    assert facts("I watched the final twice lol", spec="chat_message") == []


def test_emoji_separates_profile_fragments_and_bare_names_are_dropped() -> None:
    found = facts("Hey, I'm Noor 👋 Civil engineer in Leeds. Loves hiking.", spec="profile")
    assert "User works as a civil engineer" in found
    assert "User lives in Leeds" in found
    assert "User is Noor" not in found


def test_bare_move_becomes_where_the_user_lives() -> None:
    found = facts("Big news: I moved to Galway!", spec="post")
    assert "User lives in Galway" in found
    assert "User moved to Galway" not in found
    dated = facts("I moved to Galway in 2019 and never looked back.", spec="post")
    assert "User moved to Galway in 2019" in dated


def test_anaphoric_sleep_time_is_not_a_fact() -> None:
    assert is_momentary("User is asleep by then")
    assert not is_momentary("User is a light sleeper")
