"""Knowledge-base rules: normalisation, near-duplicates, supersession."""

from __future__ import annotations

import pytest

from omi_actions.processing.knowledge import (
    KnownFact,
    content_hash,
    find_duplicate,
    find_superseded,
    is_near_duplicate,
    normalise_fact,
)


def test_normalise_and_hash() -> None:
    assert normalise_fact("  User LIKES   coffee! ") == "user likes coffee"
    assert content_hash("User likes coffee.") == content_hash("user likes coffee")
    assert content_hash("User likes coffee") != content_hash("User likes tea")


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("User likes coffee", "User loves coffee"),
        ("User lives in Berlin", "User resides in Berlin"),
        ("User works at Google", "user works at google."),
        ("User has two kids", "User has 2 kids"),
        ("User's favourite band is Radiohead", "User's favorite band is Radiohead"),
        (
            "User accepted a position as Senior Software Engineer at TechCorp",
            "User accepted a new position as Senior Software Engineer at TechCorp",
        ),
        ("User's phone number is 555-0100", "User's phone is 555-0100"),
    ],
)
def test_paraphrases_are_duplicates(a: str, b: str) -> None:
    assert is_near_duplicate(a, b)
    assert is_near_duplicate(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("User has a flight on May 15", "User has a flight on May 16"),
        ("User has a flight on 2024-05-15 at 21:30", "User has a flight on 2024-05-15 at 22:30"),
        ("User works at Google", "User works at Meta"),
        ("User's doctor is Dr. Smith", "User's doctor is Dr. Jones"),
        ("User likes coffee", "User does not like coffee"),
        ("User has two kids", "User has three kids"),
        ("User is allergic to penicillin", "User is allergic to peanuts"),
        ("User has a meeting on Monday", "User has a meeting on Tuesday"),
        ("User likes coffee", "User dislikes coffee"),
    ],
)
def test_different_values_are_not_duplicates(a: str, b: str) -> None:
    assert not is_near_duplicate(a, b)
    assert not is_near_duplicate(b, a)


def test_find_duplicate_returns_first_match() -> None:
    existing = ["User lives in Paris", "User loves coffee", "User likes coffee"]
    assert find_duplicate("User likes coffee", existing) == 1
    assert find_duplicate("User likes tea", existing) is None


KNOWN = [
    KnownFact("job", "User works at Google", "work"),
    KnownFact("home", "User lives in Berlin", "core"),
    KnownFact("coffee", "User likes coffee", "interests"),
    KnownFact("color", "User's favorite color is blue", "interests"),
    KnownFact("status", "User is single", "core"),
    KnownFact("phone", "User's phone number is 555-0100", "core"),
    KnownFact("doctor", "User's doctor is Dr. Smith", "core"),
]


@pytest.mark.parametrize(
    ("new", "superseded"),
    [
        ("User works at Meta", ["job"]),
        ("User works for Meta", ["job"]),
        ("User moved to Paris", ["home"]),
        ("User lives in Paris", ["home"]),
        ("User's favourite color is green", ["color"]),
        ("User is married", ["status"]),
        ("User's phone number is 555-0199", ["phone"]),
    ],
)
def test_newer_single_valued_attribute_supersedes(new: str, superseded: list[str]) -> None:
    assert find_superseded(new, "core", KNOWN) == superseded


@pytest.mark.parametrize(
    "new",
    [
        "User works at Google",  # the same fact: a duplicate, not an update
        "User likes tea",  # likes are many-valued
        "User's favorite food is pizza",  # another favourite
        "User's doctor is Dr. Jones",  # people have several doctors
        "User went hiking at Mount Rainier",
        "User has a flight to Paris on 2024-05-15",
    ],
)
def test_unrelated_or_multi_valued_facts_supersede_nothing(new: str) -> None:
    assert find_superseded(new, "core", KNOWN) == []


def test_accepted_position_updates_job_title() -> None:
    known = [KnownFact("old", "User's job title is Software Engineer", "work")]
    assert find_superseded("User's job title is Senior Software Engineer", "work", known) == ["old"]
