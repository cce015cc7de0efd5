"""Round 8 of the local action-item rules: references resolved from earlier sentences,
the scope of ad reads and talks, showing up as logistics, summary steps written to the
user and dated plans in the present progressive."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local import action_plans, action_refs, action_rules
from omi_actions.processing.local.actions import extract_actions
from omi_actions.processing.local.text import parse

REF = datetime(2025, 6, 2, 11, 0, tzinfo=UTC)  # a Monday


def _descriptions(
    text: str, source: str = "audio_transcript", spec: str | None = None
) -> list[str]:
    return [a.description for a in extract_actions(parse(text, source, spec), REF, [])]


def test_partitive_some_takes_what_ran_short() -> None:
    text = "Kim: We're totally out of coffee beans.\nMe: I'll pick up some after work."
    assert _descriptions(text) == ["Pick up coffee beans"]


def test_partitive_without_a_shortage_is_left_alone() -> None:
    assert action_refs.partitive("get some later", ["I love her new haircut."]) == (
        "get some later"
    )
    assert action_refs.partitive("buy some", ["We're out of eggs and low on bread."]) == (
        "buy some"
    )  # two things ran short: which one is not clear
    assert action_refs.partitive("get some", ["I'm out of time."]) == "get some"


def test_her_before_a_direct_object_is_the_person_named_before() -> None:
    text = "Sam: Can Priya cover the client call on Friday?\nMe: Yes. I'll send her the notes."
    assert _descriptions(text) == ["Send Priya the notes"]


def test_her_as_a_possessive_is_not_replaced() -> None:
    assert action_refs.PERSON_BEFORE_OBJECT.match("send her car to the garage") is None
    assert action_refs.PERSON_BEFORE_OBJECT.match("give him a call") is not None


def test_ad_read_in_unlabelled_multi_speaker_transcript_keeps_other_requests() -> None:
    text = (
        "Speaker 0: Hey, can you pick up the dry cleaning tomorrow?\n"
        "Speaker 1: Sure.\n"
        "Speaker 2: This episode is brought to you by our sponsor. Use code SAVE for 10% off.\n"
        "Speaker 0: Also please call the plumber about the leak."
    )
    found = _descriptions(text, spec="wearable")
    assert "Pick up the dry cleaning" in found
    assert "Call the plumber about the leak" in found
    assert all("code" not in d.lower() for d in found)


def test_audience_cue_scopes_to_its_speaker() -> None:
    lines = [("Host", "Welcome back to the show, dear listeners."), ("Ana", "Call me later.")]
    assert action_rules.audience_speakers("", lines) == {"Host"}
    assert "Ana" in action_rules.audience_speakers("podcast", lines)


def test_showing_up_is_logistics_unless_it_has_a_purpose() -> None:
    assert action_refs.only_getting_there("Arrive 10 minutes early")
    assert action_refs.only_getting_there("Come by around 2")
    assert action_refs.only_getting_there("Come along")
    assert not action_refs.only_getting_there("Arrive early to fill in the forms")
    assert not action_refs.only_getting_there("Come in fasting for the blood test")
    assert not action_refs.only_getting_there("Bring the forms")


def test_summary_steps_written_to_the_user_are_theirs_only() -> None:
    text = (
        "Recap of your call with Dan. Dan will share the deck. "
        "You agreed to review the budget by Friday. Dan to schedule the next sync."
    )
    assert _descriptions(text, "other_text", "app") == ["Review the budget"]
    assert action_plans.summary_step("You will love it") is None
    assert action_plans.summary_step("You'll receive a receipt by email") is None


def test_dated_progressive_plan_is_a_commitment() -> None:
    text = "Long day. Tomorrow I'm calling the landlord about the boiler."
    assert _descriptions(text, "other_text", "journal") == ["Call the landlord about the boiler"]
    assert action_plans.dated_plan("I'm calling about my order") is None
    assert action_plans.dated_plan("I'm driving down to see my parents tomorrow") is None
    assert action_plans.dated_plan("I'm picking up the cake on Friday, so don't worry") == (
        "pick up the cake on Friday"
    )
