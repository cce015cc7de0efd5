"""Round 6 of the local action-item rules: fronted objects, people for "him"/"her",
conditional steps after a semicolon, clock times said apart from the day, and note
lines that start with a weekday and a clock time."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local import action_time
from omi_actions.processing.local.actions import extract_actions
from omi_actions.processing.local.text import parse

REF = datetime(2025, 6, 2, 11, 0, tzinfo=UTC)  # a Monday


def _items(text: str, source: str = "audio_transcript", spec: str | None = None):
    return extract_actions(parse(text, source, spec), REF, [])


def _descriptions(text: str, source: str = "audio_transcript") -> list[str]:
    return [a.description for a in _items(text, source)]


def test_fronted_object_becomes_the_object() -> None:
    got = _descriptions("Ana: Did you get my list?\nMe: The invoices I'll send tonight.")
    assert got == ["Send the invoices"]


def test_fronted_time_word_is_not_an_object() -> None:
    got = _descriptions("Ana: Did you get my list?\nMe: Tomorrow I'll call the bank.")
    assert got == ["Call the bank"]


def test_him_resolves_to_the_person_named_just_before() -> None:
    got = _descriptions(
        "Kim: Can you let Omar know about the move?\nMe: Sure, I'll email him later."
    )
    assert any(d.startswith("Email Omar") for d in got)


def test_possessive_her_is_left_alone() -> None:
    got = _descriptions("Kim: Jo is stuck at work.\nMe: I'll pick up her parcel tomorrow.")
    assert got == ["Pick up her parcel"]


def test_bare_tell_her_is_not_resolved_to_a_task() -> None:
    got = _descriptions("Kim: Jo wants to know.\nMe: I'll tell her.")
    assert got == []


def test_condition_after_semicolon_is_not_a_task() -> None:
    got = _descriptions(
        "Me: Any side effects?\n"
        "Dr. Lee: Some people feel dizzy; if that happens, ring the clinic and we'll adjust it."
    )
    assert got == []


def test_make_it_is_attendance_not_a_task() -> None:
    got = _descriptions("Ana: The client wants to meet tomorrow at nine. Can you make it?")
    assert not any(d.lower().startswith("make") for d in got)


def test_it_never_resolves_to_a_person() -> None:
    got = _descriptions(
        "Ana: I attach the draft lease for you and your husband Tom. Please sign it by Friday."
    )
    assert got and "husband" not in got[0] and "Tom" not in got[0]


def test_day_then_clock_in_a_later_turn() -> None:
    items = _items(
        "Lee: When can you drop the samples round?\n"
        "Me: I'll drop the samples round on Wednesday.\n"
        "Lee: What time?\n"
        "Me: About 5pm?"
    )
    assert [a.due_at for a in items] == [datetime(2025, 6, 4, 17, 0, tzinfo=UTC)]


def test_spoken_clock_times() -> None:
    assert action_time.spoken_clock("at about five") is not None
    assert action_time.spoken_clock("at about five").hour == 17  # type: ignore[union-attr]
    evening = action_time.spoken_clock("from eight.", "drinks at the pub")
    assert evening is not None and evening.hour == 20
    morning = action_time.spoken_clock("I'll be there around 9.")
    assert morning is not None and morning.hour == 9
    assert action_time.spoken_clock("at five minutes past") is None
    assert action_time.spoken_clock("about 3 people") is None


def test_role_counterpart_reads_as_the_role() -> None:
    got = _descriptions(
        "Plumber: I can come Thursday.\nMe: I'll check with work and text you tomorrow."
    )
    assert any("the plumber" in d for d in got)


def test_weekday_clock_line_is_not_a_speaker() -> None:
    doc = parse(
        "Plan for the week\nFriday 7:30 dinner with Sam\nMon 9: dentist", "other_text", "note"
    )
    assert doc.speakers == []
    doc = parse("Sam: see you at 7:30\nMe: great", "audio_transcript", None)
    assert doc.speakers == ["Sam", "Me"]
