"""The user's self-description: bios in fragments, sign-offs, clause trimming, filters.

Own examples and counter-examples, none taken from eval/.
"""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local.fact_self import (
    bio_facts,
    is_momentary,
    opinion_likes,
    signoff_name,
    split_job,
    trim,
)
from omi_actions.processing.local.facts import extract_facts
from omi_actions.processing.local.pronouns import to_third_person
from omi_actions.processing.local.text import parse

REF = datetime(2025, 5, 14, 9, 0, tzinfo=UTC)


def facts(text: str, source: str = "other_text", spec: str | None = "note") -> list[str]:
    doc = parse(text, source, spec)
    return [f.content for f in extract_facts(doc, REF, text, [])]


def conv_facts(text: str, source: str = "audio_transcript") -> list[str]:
    doc = parse(text, source, None)
    return [f.content for f in extract_facts(doc, REF, text, [], conversation=True)]


# ------------------------------------------------------------------ bios in fragments


def test_bio_with_bars() -> None:
    found = bio_facts("Dad of 3 | Welder 🔧 | Tea snob | Half-Welsh, half-Greek | Tulsa, OK")
    assert "User is a father of three" in found
    assert "User works as a welder" in found
    assert "User loves tea" in found
    assert "User is Half-Welsh, half-Greek" in found
    assert "User lives in Tulsa, OK" in found


def test_bio_in_short_sentences_and_commas() -> None:
    assert bio_facts("Mum. Swimmer. Cheese addict.") == [
        "User is a mother",
        "User is a swimmer",
        "User loves cheese",
    ]
    found = bio_facts("45, librarian, Leeds, UK. Not into: loud bars.")
    assert "User is 45 years old" in found
    assert "User works as a librarian" in found
    assert "User dislikes loud bars" in found


def test_bio_pets_roles_and_habits() -> None:
    found = bio_facts(
        "data engineer in Lagos · dog mom to a beagle named Ziggy · weekend cyclist · "
        "never drink, rarely fly · cat person"
    )
    assert "User works as a data engineer" in found
    assert "User lives in Lagos" in found
    assert "User has a beagle named Ziggy" in found
    assert "User is a weekend cyclist" in found
    assert "User never drinks" in found
    assert "User rarely flies" in found
    assert "User is a cat person" in found
    assert bio_facts("cat dad to Olive · baker") == [
        "User has a cat named Olive",
        "User works as a baker",
    ]
    assert bio_facts("pharmacist @ Greenway · ex-nurse") == [
        "User works as a pharmacist",
        "User works at Greenway",
    ]


def test_prose_is_not_a_bio() -> None:
    assert bio_facts("We went to the market. It was packed and loud today.") == []
    assert bio_facts("Great game last night | what a finish") == []
    assert bio_facts("Monday. Tuesday. Groceries.") == []
    assert bio_facts("Signed: Dr. Omar Hale, Family Medicine. Clinic hours vary.") == []


# ------------------------------------------------------------------ clauses


def test_job_statement_is_split_into_attributes() -> None:
    assert split_job("User started as a line cook at Harbor Grill") == [
        "User works as a line cook",
        "User works at Harbor Grill",
    ]
    assert split_job("User works weekends as a lifeguard at Lakeview Pool") == [
        "User works weekends",
        "User works as a lifeguard",
        "User works at Lakeview Pool",
    ]
    assert split_job("User joined as an intern") == ["User joined as an intern"]
    assert split_job("User lives in Oslo") == ["User lives in Oslo"]


def test_trimming_comments_and_moment_adverbs() -> None:
    assert trim("User is colour-blind, which explains their outfits") == "User is colour-blind"
    assert trim("User is still skating every Sunday") == "User is skating every Sunday"
    assert trim("User ran their first 10k today in 52 minutes") == (
        "User ran their first 10k in 52 minutes"
    )
    assert trim("User is gluten-free and proud of it") == "User is gluten-free"


def test_pronoun_rewrites() -> None:
    assert to_third_person("We just adopted our second cat") == "User just adopted their second cat"
    assert to_third_person("my partner and I run a small farm") == (
        "User and their partner run a small farm"
    )
    assert to_third_person("I don't drive") == "User does not drive"


def test_self_statements_in_a_note() -> None:
    found = facts(
        "I'm left-handed, which drives my teacher mad. I work evenings as a nurse at "
        "Mercy General, so mornings are best to reach me."
    )
    assert "User is left-handed" in found
    assert "User works evenings" in found
    assert "User works as a nurse" in found
    assert "User works at Mercy General" in found


def test_passing_states_and_plans_are_not_facts() -> None:
    assert is_momentary("User is heading to the gym")
    assert is_momentary("User is away this weekend at their aunt's")
    assert is_momentary("User's daughter might be late")
    assert is_momentary("User would like to book a table")
    assert not is_momentary("User will be joining the platform team")
    assert not is_momentary("User is learning Dutch")
    assert not is_momentary("User is moving to Lisbon for work")
    assert not is_momentary("User's rent will be $900 from March")


def test_chat_keeps_lasting_self_statements_only() -> None:
    found = conv_facts("Me: no, the blue ones, I'm left-handed\nAna: ah right")
    assert "User is left-handed" in found
    assert conv_facts("Me: I'm working from home today\nAna: lucky") == []


def test_hot_take_says_what_the_user_likes() -> None:
    assert opinion_likes("Unpopular opinion: cold pizza is the best breakfast") == [
        "User likes cold pizza"
    ]
    assert opinion_likes("Hot take: ketchup belongs on eggs, sorry") == [
        "User likes ketchup on eggs"
    ]
    assert opinion_likes("The pizza is the best in town") == []


# ------------------------------------------------------------------ mail the user wrote


def test_signoff_name_of_the_users_own_mail() -> None:
    text = (
        "From: me@post.example\nTo: Ana <ana@x.example>\nSubject: Keys\n\n"
        "Hi Ana,\n\nI left the keys with the concierge.\n\nCheers,\nMarta"
    )
    found = facts(text, "other_text", "email")
    assert "User's name is Marta" in found
    assert "User's name is Ana" not in found
    assert signoff_name(None, "Can't wait to see you all! – Tomás") == []
    assert signoff_name(None, "See you soon! – Ines") == ["User's name is Ines"]


def test_headerless_first_person_letter_is_the_users() -> None:
    text = (
        "Dear Selection Panel,\n\nI am a certified arborist and I speak Italian.\n\n"
        "Kind regards,\nLuca Bassi"
    )
    found = facts(text, "other_text", "cover_letter")
    assert "User's name is Luca Bassi" in found
    assert "User's name is Selection Panel" not in found
    assert "User speaks Italian" in found


def test_own_phone_is_not_the_doctors() -> None:
    text = (
        "From: me@post.example\nTo: office@school.example\nSubject: Allergy plan\n\n"
        "My son's plan from Dr. Osei is attached. Please call me at (555) 010-4477.\n\nBest,\nKim"
    )
    found = facts(text, "other_text", "email")
    assert "User's phone number is (555) 010-4477" in found
    assert not any("Dr. Osei, phone" in f for f in found)
    assert not any("me@post.example" in f for f in found)


# ------------------------------------------------------------------ clinicians


def test_clinician_speciality_and_generic_mailboxes() -> None:
    text = (
        "From: City Clinic <noreply@cityclinic.example>\nTo: me@x.example\n"
        "Subject: Reminder\n\nYour visit with Dr. Rosa Lind (Dermatology) is on June 3. "
        "Call (555) 010-2211 to change it."
    )
    found = facts(text, "other_text", "email")
    assert any(f.startswith("User's dermatologist is Dr. Rosa Lind") for f in found)
    assert not any("noreply@" in f for f in found)


def test_a_lecturer_is_not_the_users_doctor() -> None:
    text = "Dr. Haas: Read chapter four for Thursday. The essay is due on the 9th."
    assert not any("doctor" in f for f in conv_facts(text))
    therapy = "Me: Therapy with Dr. Ueda went well today, we worked on my sleep."
    assert any("therapist is Dr. Ueda" in f for f in facts(therapy))
