"""Round 8 of the local fact extractor: one-line profiles and casual likes/dislikes."""

from __future__ import annotations

from omi_actions.processing.local import fact_forms, fact_prefs


def _form(text: str) -> list[str]:
    return fact_forms.form_facts(fact_forms.split_inline(text))


def test_one_line_profile_is_split_into_fields() -> None:
    facts = _form("Home city: Lisbon. Hobbies: chess, surfing. Hate: olives.")
    assert "User lives in Lisbon" in facts
    assert "User dislikes olives" in facts


def test_prose_with_one_colon_is_not_a_profile() -> None:
    assert fact_forms.split_inline("Note: call the bank. It closes at 5.") == (
        "Note: call the bank. It closes at 5."
    )


def test_casual_idioms() -> None:
    assert fact_prefs.preference_facts("honestly obsessed with pottery lately", False) == [
        "User loves pottery"
    ]
    assert fact_prefs.preference_facts("I'm not a fan of horror movies", False) == [
        "User dislikes horror movies"
    ]


def test_someone_elses_taste_is_not_the_users() -> None:
    assert fact_prefs.preference_facts("My niece is obsessed with dinosaurs", False) == []
    assert fact_prefs.preference_facts("Are you a big fan of jazz?", False) == []


def test_bare_list_line_only_when_subjectless() -> None:
    assert fact_prefs.preference_facts("- hate olives with a passion", True) == [
        "User hates olives"
    ]
    assert fact_prefs.preference_facts("hate olives", False) == []
    assert fact_prefs.preference_facts("love you so much", True) == []
