"""Round 9 of the local event rules: sessions booked at the end of a visit,
e-mails forwarded to the user, class outings announced to families."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.text import parse

REF = datetime(2025, 6, 2, 10, 0, tzinfo=UTC)  # a Monday


def _events(text: str, source: str = "message", spec: str | None = None) -> list[tuple[str, str]]:
    document = parse(text, source, spec)
    return [(e.title, e.start.isoformat()) for e in extract_events(document, REF)]


def test_same_time_in_two_weeks_with_a_therapist() -> None:
    text = (
        "Counselor: How has the week been?\n"
        "Me: Up and down, honestly.\n"
        "Counselor: Let's keep going with the journaling. Same time in two weeks?\n"
        "Me: Yes, that works."
    )
    assert _events(text, "audio_transcript") == [("Therapy session", "2025-06-16T10:00:00+00:00")]


def test_same_time_declined_or_between_friends_is_no_session() -> None:
    declined = "Counselor: Same time next week?\nMe: No, I'm away next week, I'll call to rebook."
    assert _events(declined, "audio_transcript") == []
    friends = "Sam: Fun game today. Same time next week?\nMe: Yes!"
    assert all(title != "Therapy session" for title, _ in _events(friends, "audio_transcript"))


def test_front_desk_offers_a_slot_and_the_user_accepts() -> None:
    text = (
        "Dr. Varga: I'd like to see you again in a month.\n"
        "Receptionist: I have Thursday July 3rd at 11:30, does that work?\n"
        "Me: Perfect, thanks."
    )
    events = _events(text, "audio_transcript")
    assert [start for _, start in events] == ["2025-07-03T11:30:00+00:00"]
    assert "Dr. Varga" in events[0][0]
    refused = text.replace("Perfect, thanks.", "No, I can't do Thursdays.")
    assert _events(refused, "audio_transcript") == []


_FORWARD = (
    "From: Kim <kim@example.org>\nTo: me@example.org\nSubject: Fwd: Boiler service\n\n"
    "{note}\n\n"
    "---------- Forwarded message ---------\n"
    "From: Heating Co <bookings@heating.example>\nDate: Mon, Jun 2, 2025\n"
    "Subject: Boiler service\n\n"
    "Dear customer,\n\nYour boiler service is booked for Thursday, June 12 at 9am.\n\n"
    "Kind regards,\nHeating Co"
)


def test_a_forwarded_booking_handed_to_the_user_is_read() -> None:
    events = _events(
        _FORWARD.format(note="Can you be home for this? I'm away."), "other_text", "email"
    )
    assert [start for _, start in events] == ["2025-06-12T09:00:00+00:00"]


def test_a_class_outing_is_not_the_readers_plan() -> None:
    text = "Dear families, 6th graders will visit the aquarium on Friday, June 6 at 9am."
    assert _events(text, "other_text", "email") == []
    own = "We will visit the aquarium on Friday, June 6 at 9am."
    assert [start for _, start in _events(own, "message")] == ["2025-06-06T09:00:00+00:00"]
