"""Round 5 of the local fact rules: clause tails, fragments, anecdotes, and what the
other speakers of a conversation say about the user (examples written for the tests)."""

from __future__ import annotations

import pytest

from omi_actions.processing.local import fact_clauses
from omi_actions.processing.local.text import Document, Sentence


@pytest.mark.parametrize(
    ("fact", "expected"),
    [
        (
            "User is moving back to Porto in March to be closer to their sister",
            "User is moving to Porto",
        ),
        (
            "User grew up near the harbour in Cork, where their uncle ran a pub",
            "User grew up near the harbour in Cork",
        ),
        ("User has three nephews, all of whom play rugby", "User has three nephews"),
        ("User drives a delivery van, their route starts at six", "User drives a delivery van"),
        ("User runs trail races when", "User runs trail races"),
        # counter-examples: nothing to trim
        ("User has been running since June", "User has been running since June"),
        ("User lives in Salem, OR", "User lives in Salem, OR"),
    ],
)
def test_trim_tail(fact: str, expected: str) -> None:
    assert fact_clauses.trim_tail(fact) == expected


@pytest.mark.parametrize(
    "fact",
    [
        "User is a few friends have wondered why",
        "User has been thinking",
        "User has seven",
        "User's bike helmet",
        "User wrote down the",
        "User Parking notes: the council will repaint the lines",
        "User ordered already",
    ],
)
def test_fragments(fact: str) -> None:
    assert fact_clauses.is_fragment(fact)


@pytest.mark.parametrize(
    "fact",
    [
        "User is 61",
        "User is a nurse who works nights",
        "User has been learning Welsh for a year",
        "User's partner Sam works as a paramedic",
        "User drives a 2011 Golf with a dent in it, bless her",
    ],
)
def test_not_fragments(fact: str) -> None:
    assert not fact_clauses.is_fragment(fact)


def test_anecdotes() -> None:
    assert fact_clauses.is_anecdote("User watched the sunset from the pier")
    assert fact_clauses.is_anecdote("User finished the novel for the second time")
    assert fact_clauses.is_anecdote("User spent way too long on the crossword")
    assert not fact_clauses.is_anecdote("User spent eight years at a law firm in Cardiff")
    assert not fact_clauses.is_anecdote("User signed up for a pottery class")
    assert not fact_clauses.is_anecdote("User finished their first triathlon")


def test_family_counts() -> None:
    assert fact_clauses.family_counts("retired nurse, grandpa of 3, keen gardener") == [
        "User has three grandchildren"
    ]
    assert fact_clauses.family_counts("grandma to seven little monsters") == [
        "User has seven grandchildren"
    ]
    assert fact_clauses.family_counts("my grandmother of 90 years") == []


def test_named_relative_news() -> None:
    assert (
        fact_clauses.named_relative("User's son Arlo keeps stealing their charger")
        == "User's son is named Arlo"
    )
    assert fact_clauses.named_relative("User's wife Rosa works as a pilot") is None
    assert fact_clauses.named_relative("User's doctor is Dr. Lee") is None


def _doc(kind: str, turns: list[tuple[str, str]]) -> Document:
    sentences = [
        Sentence(text=text, speaker=speaker, from_user=speaker == "Me", turn=i)
        for i, (speaker, text) in enumerate(turns)
    ]
    return Document(kind=kind, sentences=sentences, speakers=sorted({s for s, _ in turns}))  # type: ignore[arg-type]


def test_others_facts_in_conversation() -> None:
    doc = _doc(
        "transcript",
        [
            ("Ivy", "Mum, can I have the red pen?"),
            ("Me", "In the drawer."),
            ("Raj", "Did you ever get a dog?"),
            ("Me", "Two. Pickle and Bean, both rescues."),
            ("Raj", "Say hi to your husband Tomas for me."),
        ],
    )
    facts = fact_clauses.others_facts(doc)
    assert "User has a child named Ivy" in facts
    assert "User has two dogs named Pickle and Bean" in facts
    assert "User's husband is named Tomas" in facts


def test_others_facts_counter_examples() -> None:
    doc = _doc(
        "transcript",
        [
            ("Receptionist", "Dad, sorry, wrong line."),
            ("Nurse", "How many dogs do you see in the waiting room?"),
            ("Me", "I have no idea."),
            ("Raj", "Your friend Tomas called."),
        ],
    )
    assert fact_clauses.others_facts(doc) == []
    note = _doc("note", [("Raj", "Your husband Tomas called.")])
    assert fact_clauses.others_facts(note) == []
