"""Round 6 of the local events work: travel and taking part said with a verb, new plan
nouns, a plan called off in a later turn, tradespeople, possessive days."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.text import parse

REF = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday


def _events(text: str, source: str = "message", spec: str | None = "sms") -> list:
    return extract_events(parse(text, source, spec), REF)


def _starts(text: str, source: str = "message", spec: str | None = "sms") -> list[str]:
    return [e.start.isoformat() for e in _events(text, source, spec)]


def test_travel_said_with_a_verb_is_a_trip() -> None:
    events = _events("Me: heads up, I fly to Denver on the 12th for a week")
    assert [(e.title, e.start.date().isoformat()) for e in events] == [
        ("Flight to Denver", "2026-03-12")
    ]
    events = _events("Me: I'm off to Spain on the 20th, back in April.")
    assert [(e.title, e.start.date().isoformat()) for e in events] == [
        ("Trip to Spain", "2026-03-20")
    ]
    assert _starts("Sam: We fly out on March 14th, so pack light.") == ["2026-03-14T00:00:00+00:00"]


def test_travel_counter_examples() -> None:
    # Someone else travelling, a vague period, the past: no event.
    assert _events("Lena: I fly to Rome on the 12th, can't wait") == []
    assert _events("Me: I'm off to Spain sometime next month") == []
    assert _events("Me: I flew to Denver on the 1st") == []
    # "off to" a chore is not a trip.
    assert _events("Me: I'm off to bed, talk tomorrow") == []


def test_taking_part_is_a_plan() -> None:
    events = _events(
        "I'll be speaking at RustConf on April 9 about error handling!", "other_text", "post"
    )
    assert [(e.title, e.start.date().isoformat()) for e in events] == [
        ("Talk at RustConf", "2026-04-09")
    ]
    assert _events("I was speaking at RustConf on Feb 9.", "other_text", "post") == []


def test_new_plan_nouns() -> None:
    text = "Dad: Mum's hip operation is booked for March 10th, she has to be in at seven."
    assert _starts(text, "audio_transcript", "phone_call") == ["2026-03-10T07:00:00+00:00"]
    text = "Nurse: Your knee arthroscopy is on April 2nd at 8am at the day unit."
    titles = [e.title for e in _events(text, "audio_transcript", "phone_call")]
    assert len(titles) == 1 and titles[0].startswith("Knee arthroscopy")
    assert _events("Me: Soundcheck is Saturday at 5pm, gig at 8pm.")
    # Guarded words stay ordinary words.
    assert _events("Me: I'll shoot you a message on Friday at 3") == []
    assert _events("Me: Thanks for signing up on Friday at 3pm") == []


def test_uk_surgery_is_a_practice_not_an_operation() -> None:
    text = "Dr. Lee: If the cough gets worse, ring the surgery this afternoon at 3."
    assert _events(text, "audio_transcript", "wearable") == []


def test_plan_called_off_in_a_later_turn() -> None:
    text = "Sam: And your work party's on Thursday at 7?\nMe: No, that got cancelled."
    assert _events(text, "audio_transcript", "wearable") == []
    # A different thing cancelled much later does not touch the plan.
    text = (
        "Sam: Dinner on Thursday at 7?\nMe: Yes!\nSam: Great.\nSam: Ok.\nMe: my gym got cancelled."
    )
    assert _starts(text) == ["2026-03-05T19:00:00+00:00"]


def test_trade_in_speaker_label_names_the_visit() -> None:
    text = (
        "Gary (plumber): Hi, about the leaking tap. I can come Friday the 6th at 8am, ok?\n"
        "Me: Friday works."
    )
    assert [e.title for e in _events(text)] == ["Plumber visit with Gary"]


def test_visit_for_a_plan_just_named_keeps_its_name() -> None:
    text = (
        "Landlord: The annual gas safety check is due. "
        "The engineer can come on the 4th at 10. Will someone be in?"
    )
    events = _events(text, "audio_transcript", "phone_call")
    assert len(events) == 1
    assert events[0].title.lower().startswith("annual gas safety check")
    assert events[0].start.isoformat() == "2026-03-04T10:00:00+00:00"


def test_on_the_way_now_is_no_plan() -> None:
    assert _events("Me: Thanks! I'll pop round in 10 min.") == []


def test_possessive_day_after_before_is_the_plans_day() -> None:
    text = "- slides to Ana before Tuesday's board meeting at 11"
    assert _starts(text, "other_text", "note") == ["2026-03-03T11:00:00+00:00"]
    # A plain deadline stays a deadline.
    assert _events("- slides to Ana before Tuesday at 11", "other_text", "note") == []
