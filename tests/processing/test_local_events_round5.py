"""Round 5 of the local events work: whose plan, loose clock times, offered slots."""

from __future__ import annotations

from datetime import UTC, datetime, time

from omi_actions.processing.local.engine import _only_filler
from omi_actions.processing.local.event_context import someone_elses
from omi_actions.processing.local.events import _loose_clock, extract_events
from omi_actions.processing.local.text import parse

REF = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # a Monday


def _events(text: str, source: str = "message", spec: str | None = "sms") -> list:
    return extract_events(parse(text, source, spec), REF)


def _theirs(text: str, noun: str, plan: str, from_user: bool | None) -> bool:
    return someone_elses(text, text.lower().index(noun), plan, from_user)


def test_another_persons_own_plan_is_not_the_users() -> None:
    assert _theirs("Also I'm out Friday, dentist.", "dentist", "Dentist", False)
    assert _theirs("He's at a wedding that Saturday.", "wedding", "Wedding", False)
    assert _theirs("Dad has his follow-up on Tuesday at 3", "follow-up", "Follow-up", True)
    # ...but a plan the user is brought into stays.
    assert not _theirs("Priya has a meeting at 3, can you join?", "meeting", "Meeting", False)
    assert not _theirs("game night at my place saturday?", "game", "Game night", False)
    assert not _theirs("There's a party Saturday", "party", "Party", True)


def test_colleague_absence_is_no_event() -> None:
    text = "Ben: Also I'm out Thursday, dentist.\nMe: Noted, thanks."
    assert _events(text, "audio_transcript", "meeting") == []


def test_loose_clock_forms() -> None:
    assert _loose_clock("I booked Rocco's for 7.") == (time(19, 0), True)
    assert _loose_clock("booked a table for 4 people") is None
    assert _loose_clock("from six to eight in the evening") == (time(18, 0), False)
    assert _loose_clock("Tuesday 10-15 people") is None
    assert _loose_clock("Two o'clock.") == (time(14, 0), True)


def test_offered_slot_after_a_named_plan() -> None:
    text = (
        "Me: Hi, our puppy needs her first checkup.\n"
        "Clinic: We have Thursday, March 5th at 3:30pm.\n"
        "Me: That works."
    )
    events = _events(text, "audio_transcript", "phone_call")
    assert [(e.title, e.start) for e in events] == [
        ("Checkup", datetime(2026, 3, 5, 15, 30, tzinfo=UTC))
    ]


def test_tradesperson_offers_a_time() -> None:
    text = "Kim: I can come Friday the 6th at 8am, is that ok?\nMe: Perfect, see you then."
    events = _events(text)
    assert [e.start for e in events] == [datetime(2026, 3, 6, 8, 0, tzinfo=UTC)]


def test_filler_only_texts() -> None:
    assert _only_filler("Speaker 0: Yeah.\nSpeaker 1: Mm-hm, totally.\nSpeaker 0: Right.")
    assert _only_filler("Me: lol\nSam: ikr\nMe: haha")
    assert not _only_filler("Me: yeah, lunch tomorrow?\nSam: ok")
