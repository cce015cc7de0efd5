"""Round 7 of the local event rules: new plan nouns, side questions, loose clocks."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.text import parse

REF = datetime(2025, 6, 2, 10, 0, tzinfo=UTC)  # a Monday


def _events(text: str, source: str = "message") -> list[tuple[str, str]]:
    document = parse(text, source, None)
    return [(e.title, e.start.isoformat()) for e in extract_events(document, REF)]


def test_new_plan_nouns() -> None:
    assert _events("Kim: the puja is on Monday at 7pm.") == [
        ("Puja with Kim", "2025-06-09T19:00:00+00:00")
    ]
    assert _events("Me: the crit moved to 15:00 today")[0][1] == "2025-06-02T15:00:00+00:00"
    titles = _events("Come say hi at the little unveiling this Saturday at 4pm.", "other_text")
    assert titles == [("Unveiling", "2025-06-07T16:00:00+00:00")]


def test_side_question_does_not_make_the_plan_past() -> None:
    got = _events("Sam: Oh, and Jo's party is Sunday at 2 at the park, did you get the invite?")
    assert [start for _, start in got] == ["2025-06-08T14:00:00+00:00"]
    # The question about the plan itself still makes it past.
    assert _events("Sam: Did you go to Jo's party on Sunday at 2?") == []


def test_table_booked_for_a_loose_hour_uses_the_day_said_before() -> None:
    got = _events("Jo: still on for tonight? table's booked at Lucca for 8")
    assert got == [("Dinner at Lucca", "2025-06-02T20:00:00+00:00")]
    assert _events("Jo: I booked Nonna's for 4 people on Friday") == []


def test_weekday_from_hour_and_hour_at_venue() -> None:
    assert _events("Karl: BBQ at ours Sunday from 1! Bring a salad")[0][1] == (
        "2025-06-08T13:00:00+00:00"
    )
    got = _events("Al: Brunch Saturday instead?\nMe: Yes please. 11 at Maple?\nAl: Perfect.")
    assert [start for _, start in got] == ["2025-06-07T11:00:00+00:00"]


def test_diarised_speaker_label_is_not_a_clock() -> None:
    text = "Speaker 1: Brunch Saturday?\nSpeaker 0: Yes please. 11 at Maple?"
    got = _events(text, "audio_transcript")
    assert [start for _, start in got] == ["2025-06-07T11:00:00+00:00"]


def test_cant_this_weekend_declines() -> None:
    assert _events("Sam: bowling sunday 10am?\nMe: can't sunday, I'm at my mum's") == []
    assert _events("Sam: climbing sunday 10am?\nMe: can't this weekend, sorry") == []
