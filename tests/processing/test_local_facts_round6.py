"""Round 6 of local fact extraction: details mentioned in passing (fact_passing)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from omi_actions.processing.local import fact_passing
from omi_actions.processing.local.facts import extract_facts
from omi_actions.processing.local.text import parse

REF = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _conversation(
    text: str, source: str = "audio_transcript", spec: str | None = None
) -> list[str]:
    document = parse(text, source, spec)
    return [f.content for f in extract_facts(document, REF, text, conversation=True)]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("I can't come, still recovering from my hip surgery", "User had hip surgery"),
        ("I gave up tennis because of my ankle", "User has an ankle injury"),
        ("Is it fine to take ibuprofen with my levothyroxine?", "User takes levothyroxine"),
        ("I forgot my inhaler at home", "User uses an inhaler"),
        ("no milk in mine, I'm lactose intolerant", "User is lactose intolerant"),
        ("I was diagnosed with epilepsy as a teenager", "User has epilepsy"),
    ],
)
def test_health_in_passing(text: str, fact: str) -> None:
    assert fact in fact_passing.health_facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "our daughter was diagnosed with asthma last year",
        "my dad's diabetes is getting worse",
        "I was lying on my back in the sun",
        "the pharmacist gave my neighbour some insulin",
    ],
)
def test_health_of_others_or_no_health(text: str) -> None:
    assert fact_passing.health_facts(text) == []


def test_belongings_and_business() -> None:
    assert "User drives a Mazda CX-5" in fact_passing.belongings_facts("my Mazda CX-5 needs tyres")
    assert "User runs a bakery" in fact_passing.belongings_facts("the loan for my bakery")
    assert fact_passing.belongings_facts("my favourite bakery closed") == []
    assert fact_passing.belongings_facts("I bought a Honda for my brother") == []


def test_child_calling_the_user_dad() -> None:
    facts = _conversation("Nina: Mum, can I have a biscuit?\nMe: After dinner.\nNina: Okay!")
    assert "User has a child named Nina" in facts


def test_adult_saying_dad_is_not_a_child() -> None:
    facts = _conversation("Coach: Dad, are you staying?\nMe: Yes.\nCoach: Great.")
    assert not any("child named" in f for f in facts)


def test_your_son_named_in_mail() -> None:
    text = "Dear parent, your son Felix has been placed in the Year 3 class."
    facts = [f.content for f in extract_facts(parse(text, "other_text", "email"), REF, text)]
    assert "User has a son named Felix" in facts


def test_clinician_speaking_is_not_a_fact_but_a_reminder_is() -> None:
    spoken = _conversation(
        "Dr. Romero: Your iron is low, take the tablets daily.\nMe: Okay.\n"
        "Dr. Romero: See you in a month."
    )
    assert not any("Dr. Romero" in f for f in spoken)


def test_tasks_with_deadlines_are_not_facts() -> None:
    assert fact_passing.is_task("User sends the budget by Friday")
    assert fact_passing.is_task("User is bringing the dessert")
    assert not fact_passing.is_task("User is paid every Friday")


def test_membership_welcome_names_the_club() -> None:
    text = "Welcome to Harbor Rowing Club! Your annual membership is now active."
    assert fact_passing.membership_org(text) == ["User is a member of Harbor Rowing Club"]
    assert fact_passing.membership_org("Welcome to our spring sale!") == []


def test_two_children_named_are_both_kept() -> None:
    facts = _conversation("Ivo: Dad, look!\nMe: Wow.\nMara: Dad, my turn!\nMe: Okay.")
    assert "User has a child named Ivo" in facts
    assert "User has a child named Mara" in facts
