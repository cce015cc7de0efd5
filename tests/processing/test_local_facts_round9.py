"""Round 9 of local fact extraction: lasting chat statements, packed intros, named kids."""

from __future__ import annotations

from omi_actions.processing.local.fact_intro import named_children, split_intro
from omi_actions.processing.local.fact_lasting import is_lasting, normalise


def test_habits_and_arrangements_are_lasting() -> None:
    assert is_lasting("User plays squash three times a week")
    assert is_lasting("User is cycling to work on mondays now")
    assert is_lasting("User is up at seven every day")


def test_passing_states_are_not_lasting() -> None:
    assert not is_lasting("User is at the office now")
    assert not is_lasting("User is fixing it now")
    assert not is_lasting("User is cooking dinner tonight")
    assert not is_lasting("User is working from home")


def test_chat_shorthand_is_rewritten() -> None:
    assert normalise("User is wfh mon and wed now") == "User works from home mon and wed"
    assert normalise("User is up at six most days") == "User wakes up at six most days"
    assert normalise("User is working from home") == "User is working from home"


def test_packed_intro_is_split() -> None:
    assert split_intro("User is Kai Berg, 52, pharmacist in Bergen") == [
        "User's name is Kai Berg",
        "User is 52 years old",
        "User is a pharmacist",
        "User lives in Bergen",
    ]
    assert split_intro("User is Kai, 52, architect") == [
        "User's name is Kai",
        "User is 52 years old",
        "User is an architect",
    ]
    assert split_intro("User is happy, relaxed and rested") is None


def test_named_children() -> None:
    assert named_children("Proud dad of two girls, Ines (8) and Lotte (5).") == [
        "User has a daughter named Ines",
        "User has a daughter named Lotte",
    ]
    assert named_children("My friend is a mom of two and loves it.") == []


def test_age_in_words_is_split() -> None:
    assert split_intro("User is sixty-four, retired since spring") == [
        "User is 64 years old",
        "User is retired",
    ]
    assert split_intro("User is 15 minutes away") is None


def test_routine_fragments() -> None:
    from omi_actions.processing.local.fact_lasting import routine_facts

    assert routine_facts("Day 12. Up at 5:45, a swim, then the bus.") == ["User wakes up at 5:45am"]
    assert routine_facts("- bedtime about 10:30pm") == ["User goes to bed about 10:30pm"]
    assert routine_facts("kids' bedtime at 7:30") == []
    assert routine_facts("I was up at 4 with the dog today") == []


def test_answers_to_questions_in_a_chat() -> None:
    from omi_actions.processing.local import facts
    from omi_actions.processing.local.fact_qa import qa_facts
    from omi_actions.processing.local.text import parse

    doc = parse(
        "Bot: What do you do?\nMe: welder at a shipyard in Gdansk, mostly weekends\n"
        "Bot: Who is this?\nMe: Ola\nBot: Anything else?\nMe: I keep bees, I'm off now",
        "other",
        "chat",
    )
    got = qa_facts(doc, lambda c: facts._first_person(c, subjectless=True))
    assert got == [
        "User is a welder at a shipyard",
        "User lives in Gdansk",
        "User works mostly weekends",
        "User's name is Ola",
        "User keeps bees",
    ]


def test_feelings_and_language_lists() -> None:
    from omi_actions.processing.local import facts

    assert facts._split_coordinated("User speaks Welsh, Irish and English at work") == [
        "User speaks Welsh",
        "User speaks Irish",
        "User speaks English",
    ]
    assert facts._split_intros(["User is so grateful to my team", "User keeps bees"]) == [
        "User keeps bees"
    ]


def test_being_somewhere_in_a_chat_is_not_lasting() -> None:
    from omi_actions.processing.local import facts

    assert facts._LASTING.search("User is at the station now") is None
    assert facts._LASTING.search("User is an electrician") is not None
