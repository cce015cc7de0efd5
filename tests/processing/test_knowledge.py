"""Knowledge-base rules: normalisation, near-duplicates, supersession."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from omi_actions.processing.knowledge import (
    KnowledgeIndex,
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


# --------------------------------------------------------------------------- KnowledgeIndex

_FACT_TEMPLATES = (
    "User {verb} {thing}",
    "User works at {org}",
    "User is employed at {org}",
    "User lives in {place}",
    "User resides in {place}",
    "User's favorite {thing} is {org}",
    "User's favourite {thing} is {org}",
    "User has {n} {thing}",
    "User does not {verb} {thing}",
    "User's phone number is 555-01{n}{n}",
    "User is {status}",
)
_fact_texts = st.builds(
    lambda template, verb, thing, org, place, n, status: template.format(
        verb=verb, thing=thing, org=org, place=place, n=n, status=status
    ),
    st.sampled_from(_FACT_TEMPLATES),
    st.sampled_from(["likes", "loves", "enjoys", "plays", "hates"]),
    st.sampled_from(["coffee", "tea", "chess", "cats", "kids", "color", "band"]),
    st.sampled_from(["Google", "Meta", "Acme", "Radiohead"]),
    st.sampled_from(["Berlin", "Lisbon", "Porto"]),
    st.sampled_from(["2", "3", "two"]),
    st.sampled_from(["single", "married", "engaged"]),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_fact_texts, max_size=25), st.lists(_fact_texts, min_size=1, max_size=8))
def test_index_answers_like_the_plain_functions(known: list[str], new: list[str]) -> None:
    facts = [KnownFact(f"f{i}", content, "core") for i, content in enumerate(known)]
    index = KnowledgeIndex(facts)
    for content in new:
        plain = find_duplicate(content, [f.content for f in facts])
        assert index.duplicate_of(content) == (None if plain is None else facts[plain].id)
        assert index.superseded_by(content) == find_superseded(content, "core", facts)


def test_index_newest_first_and_removal() -> None:
    index = KnowledgeIndex([KnownFact("old", "User likes coffee", "core")])
    index.add_newest(KnownFact("new", "User loves coffee", "core"))
    assert index.duplicate_of("User enjoys coffee") == "new"  # the newest match wins
    index.remove(["new"])
    assert index.duplicate_of("User enjoys coffee") == "old"
    index.remove(["old"])
    assert index.duplicate_of("User enjoys coffee") is None
    assert len(index) == 0


def test_index_copy_is_independent() -> None:
    index = KnowledgeIndex([KnownFact("job", "User works at Google", "work")])
    twin = index.copy()
    twin.remove(["job"])
    twin.add_newest(KnownFact("tea", "User likes tea", "interests"))
    assert index.superseded_by("User works at Meta") == ["job"]
    assert twin.superseded_by("User works at Meta") == []
    assert index.duplicate_of("User loves tea") is None
    assert twin.duplicate_of("User loves tea") == "tea"
