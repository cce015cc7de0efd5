"""Round 7 of local fact extraction: fewer false facts from narrative and third-party text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from omi_actions.processing.local.fact_clauses import is_fragment
from omi_actions.processing.local.fact_self import bio_facts, is_momentary
from omi_actions.processing.local.pronouns import to_third_person


@pytest.mark.parametrize(
    ("first", "third"),
    [
        ("I couldn't swim a length", "User couldn't swim a length"),
        ("Yesterday I quietly sold my bike", "Yesterday User quietly sold their bike"),
        ("I don't drink coffee", "User does not drink coffee"),
        ("so I don't drink coffee", "so User doesn't drink coffee"),
        ("I haven't driven in years", "User hasn't driven in years"),
        ("I apply for grants", "User applies for grants"),
    ],
)
def test_third_person_negation_and_adverbs(first: str, third: str) -> None:
    got = to_third_person(first)
    assert got.split(" they ")[0] == third.split(" they ")[0]


@pytest.mark.parametrize(
    "fact",
    [
        "User keeps wondering whether the new flat was a mistake",
        "User is just sitting on the balcony listening to rain",
        "User baked bread and felt like a real adult",
    ],
)
def test_scenes_are_momentary(fact: str) -> None:
    assert is_momentary(fact)


@pytest.mark.parametrize(
    "fact",
    ["User keeps chickens", "User is sitting on the board of a food bank", "User loves jazz"],
)
def test_lasting_facts_are_not_momentary(fact: str) -> None:
    assert not is_momentary(fact)


def test_deictic_objects_are_fragments() -> None:
    assert is_fragment("User brought home this tiny girl from the rescue")
    assert not is_fragment("User has lived in this one village for decades")


def test_contact_line_is_the_other_party() -> None:
    notes = "Call recap\nContact: Ines Varga, Head of Procurement\nThey want a pilot."
    assert not any("works as" in f for f in bio_facts(notes))
    assert any("works as" in f for f in bio_facts("ICU nurse | Dublin | runner"))


def _facts(text: str, spec: str) -> list[str]:
    from omi_actions.processing.local.engine import LocalEngine
    from omi_actions.processing.schemas import ConversationInput

    started = datetime(2025, 9, 1, 9, 0, tzinfo=UTC)
    result = LocalEngine().process_conversation(
        ConversationInput(
            text=text,
            started_at=started,
            finished_at=started,
            text_source="other_text",
            text_source_spec=spec,
        )
    )
    return [f.content for f in result.facts]


def test_school_mailing_to_all_families_is_no_child() -> None:
    mail = (
        "From: Birchwood Primary <office@birchwood.example>\nTo: me@mail.example\n"
        "Subject: Sports day\n\nDear families,\n\nSports day is on Friday, September 12. "
        "Please send a water bottle.\n\nBirchwood Primary Office"
    )
    assert not any("child" in f for f in _facts(mail, "email"))
    graded = mail.replace("Dear families", "Dear Year 2 families")
    assert any("child" in f for f in _facts(graded, "email"))


def test_greeting_titles_and_groups_are_no_names() -> None:
    for greeting in ("Dear Professor Lindqvist", "Dear Alumni", "Dear Families"):
        mail = (
            "From: Office <office@college.example>\nTo: me@mail.example\nSubject: News\n\n"
            f"{greeting},\n\nThe library reopens on Monday.\n\nThe Office"
        )
        assert not any(f.startswith("User's name is") for f in _facts(mail, "email"))
