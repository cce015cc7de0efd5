"""Round 8 of the local event rules: occasions named away from the generic plan,
jobs said as verbs, series with a first day, spans of clock times, "the first"."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.text import parse

REF = datetime(2025, 6, 2, 10, 0, tzinfo=UTC)  # a Monday


def _events(text: str, source: str = "message", spec: str | None = None) -> list[tuple[str, str]]:
    document = parse(text, source, spec)
    return [(e.title, e.start.isoformat()) for e in extract_events(document, REF)]


def _dates(text: str) -> list[tuple[str, bool]]:
    return [(m.value.isoformat(), m.has_time) for m in find_dates(text, REF)]


def test_the_first_as_a_day_of_the_month() -> None:
    assert _dates("Rent is due on the first.") == [("2025-07-01T00:00:00+00:00", False)]
    assert _dates("Can we meet on the first at 3pm?") == [("2025-07-01T15:00:00+00:00", True)]
    assert _dates("Let's do it the first of August.") == [("2025-08-01T00:00:00+00:00", False)]
    assert _dates("That was the first time we met.") == []
    assert _dates("She won on the first try.") == []


def test_a_clock_span_starts_at_its_first_hour() -> None:
    assert _dates("the party is Friday 7-10pm")[0][0] == "2025-06-06T19:00:00+00:00"
    assert _dates("Practice moves to Thursday 5-6:30pm")[-1][0] == "2025-06-05T17:00:00+00:00"
    assert _dates("The clinic runs Tuesday 11-1pm")[-1][0] == "2025-06-03T11:00:00+00:00"
    # A score or a phone number before a time is no span.
    assert _dates("we won 3-2 at 7pm") == [("2025-06-02T19:00:00+00:00", True)]


def test_trade_visits_and_deliveries_are_in_working_hours() -> None:
    got = _events("Ravi (electrician): I can come Thursday the 5th at 7:30, ok?")
    assert [start for _, start in got] == ["2025-06-05T07:30:00+00:00"]
    got = _events("Ana: Your delivery is Wednesday between 7 and 9.")
    assert got == [("Delivery with Ana", "2025-06-04T07:00:00+00:00")]


def test_a_job_said_as_a_verb_is_the_plan() -> None:
    got = _events(
        "Hi, the part arrived, so we can install it Thursday between 8 and 10.", "other_text"
    )
    assert [t for t, _ in got] == ["Installation"]
    assert got[0][1] == "2025-06-05T08:00:00+00:00"
    assert _events("Me: they installed it last Thursday, works great") == []


def test_a_visit_is_named_by_its_purpose_or_topic() -> None:
    got = _events("Joe: I'll pop round Friday at 4 to fit the blinds, if that suits?")
    assert got[0][0].startswith("Fit the blinds")
    text = (
        "Kim: Hi, this is Kim from QuickFix calling about the broken dishwasher.\n"
        "Me: Great, thanks for calling back.\n"
        "Kim: I can come round Monday the 9th at 9."
    )
    got = _events(text, "audio_transcript")
    assert len(got) == 1 and "dishwasher" in got[0][0].lower()
    assert got[0][1] == "2025-06-09T09:00:00+00:00"


def test_a_series_with_a_first_day_is_one_event_on_that_day() -> None:
    got = _events("Coach: Yoga class is on Wednesdays 6-7:30pm, beginning on the 11th.")
    assert [start for _, start in got] == ["2025-06-11T18:00:00+00:00"]
    assert _events("Coach: Yoga class is on Wednesdays 6-7:30pm.") == []


def test_own_plan_told_in_a_refusal_and_a_topic_shift() -> None:
    text = (
        "Boss: Can you cover the late shift on Wednesday?\n"
        "Me: I can't on Wednesday, it's my daughter's graduation.\n"
        "Boss: No problem. Lastly, your new contract starts from July 1st.\n"
        "Me: Great."
    )
    got = _events(text, "audio_transcript")
    assert [start for _, start in got] == ["2025-06-04T00:00:00+00:00"]
    assert got[0][0].startswith("Daughter's graduation")
    assert not any("shift" in t.lower() for t, _ in got)


def test_occasion_named_before_or_in_the_subject() -> None:
    got = _events("Ben: You coming to Sam's thirtieth on Saturday? The Anchor, kicks off at 7.")
    assert got and got[0][0].startswith("Sam's 30th birthday")
    mail = (
        "From: Deb Rowe <deb@example.com>\nTo: me@example.com\nSubject: June book club\n\n"
        "Hi all,\n\nWe're meeting Thursday the 12th at 7 at my place. Bring snacks!\n\nDeb"
    )
    got = _events(mail, "other_text", "email")
    assert got and "book club" in got[0][0].lower()
    assert got[0][1] == "2025-06-12T19:00:00+00:00"


def test_a_time_proposed_for_a_meeting_wished_for() -> None:
    text = (
        "Ms. Reyes: She's doing well, but I'd like to meet in person. "
        "Would Thursday at 3:30 work?\n"
        "Me: Thursday at 3:30 works."
    )
    got = _events(text, "audio_transcript")
    assert got and got[0][1] == "2025-06-05T15:30:00+00:00"
    assert "Meeting" in got[0][0]


def test_an_invitation_after_an_if_clause_stands() -> None:
    text = (
        "Rachel: If the numbers hold, I'd like you to present at our board meeting, "
        "Friday June 6 at 11."
    )
    got = _events(text)
    assert got and got[0][1] == "2025-06-06T11:00:00+00:00"
    # A plan the writer would only make if something happens is not one.
    assert _events("Me: if they accept, I'd book the inspection for Monday at 10") == []


def test_catch_up_is_named() -> None:
    got = _events("Boss: Let's catch up again on Thursday at 10.", "audio_transcript")
    assert got and got[0][0].startswith("Catch-up")
