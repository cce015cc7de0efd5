"""Events, dates and categories of the local engine, fourth round, on examples written
for these tests (not taken from any evaluation split): day ranges said with ordinals,
clock times spelled out, am/pm by the nature of the plan, past states ("since Monday"),
replies that decline while naming another plan, titles of mail the user wrote, and the
opt-out line of automated texts. Each rule has examples and counter-examples."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from omi_actions.processing.local.categories import classify
from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.engine import LocalEngine
from omi_actions.processing.schemas import ConversationInput, Event

ENGINE = LocalEngine()
# A Tuesday morning.
TUESDAY = datetime(2027, 3, 9, 10, 0, tzinfo=UTC)


def _events(
    text: str, source: str = "message", spec: str | None = None, at: datetime = TUESDAY
) -> list[Event]:
    result = ENGINE.process_conversation(
        ConversationInput(
            text=text,
            started_at=at,
            finished_at=at,
            text_source=source,  # type: ignore[arg-type]
            text_source_spec=spec,
        )
    )
    return result.structured.events


def _starts(text: str, **kw: object) -> list[datetime]:
    return [e.start for e in _events(text, **kw)]  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- dates


def test_spelled_out_clock_times_after_at() -> None:
    (lunch,) = find_dates("Lunch at one.", TUESDAY)
    assert lunch.value.time() == time(13, 0) and lunch.ambiguous
    (call,) = find_dates("Thursday at five thirty works", TUESDAY)
    assert call.value == datetime(2027, 3, 11, 17, 30, tzinfo=UTC)
    (morning,) = find_dates("at nine in the morning", TUESDAY)
    assert morning.value.time() == time(9, 0) and not morning.ambiguous


def test_spelled_numbers_that_are_not_clock_times() -> None:
    assert find_dates("at one point we nearly left", TUESDAY) == []
    assert find_dates("we looked at two options", TUESDAY) == []
    assert find_dates("meet at seven of the stations", TUESDAY) == []


def test_bare_hour_with_tonight_or_this_part_of_day_has_a_day() -> None:
    (tonight,) = find_dates("dinner at 8 tonight?", TUESDAY)
    assert tonight.has_day and tonight.value == datetime(2027, 3, 9, 20, 0, tzinfo=UTC)
    (morning,) = find_dates("call me at 11 this morning", TUESDAY)
    assert morning.has_day and morning.value == datetime(2027, 3, 9, 11, 0, tzinfo=UTC)


# ----------------------------------------------------------------------------- events


def test_ordinal_day_range_is_a_multi_day_trip() -> None:
    starts = _starts("Flights booked! We're going to Porto the 3rd to the 9th of April")
    assert starts == [datetime(2027, 4, 3, tzinfo=UTC)]


def test_range_gives_the_open_plan_its_days() -> None:
    text = "Ana: THE REUNION IS ON!!\nAna: July 17-19 at the lake house, book your cabin"
    events = _events(text)
    assert [e.start.date() for e in events] == [date(2027, 7, 17)]
    assert "reunion" in events[0].title.lower()


def test_explicit_day_is_not_moved_by_a_later_vague_day() -> None:
    text = (
        "Ana: retreat is October 2-4 in the hills\n"
        "Ana: can you book the cabin?\nMe: on it, I'll book it this weekend"
    )
    assert date(2027, 10, 2) in [s.date() for s in _starts(text)]
    assert date(2027, 3, 13) not in [s.date() for s in _starts(text)]


def test_morning_plans_said_without_am_pm() -> None:
    assert _starts("The surgery is on the 12th, at seven.") == [
        datetime(2027, 3, 12, 7, 0, tzinfo=UTC)
    ]
    assert _starts("breakfast with Lee Thursday at 7?") == [datetime(2027, 3, 11, 7, 0, tzinfo=UTC)]
    # Counter-examples: evening plans and afternoon appointments keep pm.
    assert _starts("dinner with Lee Thursday at 7?") == [datetime(2027, 3, 11, 19, 0, tzinfo=UTC)]
    assert _starts("dentist appointment Thursday at 3") == [
        datetime(2027, 3, 11, 15, 0, tzinfo=UTC)
    ]


def test_party_with_minutes_in_the_morning_stays_in_the_morning() -> None:
    assert _starts("Team party on Friday, 10:00 in the atrium") == [
        datetime(2027, 3, 12, 10, 0, tzinfo=UTC)
    ]
    assert _starts("party at Jo's Friday at 9!") == [datetime(2027, 3, 12, 21, 0, tzinfo=UTC)]


def test_past_states_with_since_are_not_plans() -> None:
    assert _events("Me: my back has been sore since the game on Saturday") == []
    assert _events("the shower has been leaking since Monday, so annoying") == []
    # Counter-example: a plan said beside a past state still counts.
    assert _starts("the sink has been leaking since Monday. Plumber is coming Friday at 10") == [
        datetime(2027, 3, 12, 10, 0, tzinfo=UTC)
    ]


def test_opening_hours_do_not_time_a_plan() -> None:
    text = "Nurse: follow-up on the 18th at 9:30. Get the bloodwork before it, the lab opens at 7."
    assert datetime(2027, 3, 18, 9, 30, tzinfo=UTC) in _starts(text)
    assert all(s.hour != 19 for s in _starts(text))


def test_visitor_coming_by_a_day_is_a_visit() -> None:
    text = "Landlord: the electrician will come by Thursday between 9 and 11 to fix the outlet."
    assert _starts(text) == [datetime(2027, 3, 11, 9, 0, tzinfo=UTC)]


def test_reply_that_declines_while_naming_another_plan() -> None:
    text = (
        "Jo: picnic at mine Saturday?\n"
        "Me: can't make it Saturday, it's my cousin's wedding\nJo: ok!"
    )
    titles = [e.title.lower() for e in _events(text)]
    assert not any("picnic" in t for t in titles)
    assert any("wedding" in t for t in titles)


def test_meal_as_a_time_of_day_is_not_a_plan() -> None:
    assert _events("Me: I'll look at it at lunch and text you by 2") == []
    # Counter-example: "see you at lunch" is the plan.
    assert _events("see you at lunch tomorrow at 12:30!") != []


def test_ordinary_words_that_name_occasions_only_when_qualified() -> None:
    assert _events("Nurse: you can shower tomorrow, keep the dressing dry") == []
    assert _events("Me: I'll call the tree service tomorrow at 9") == []
    assert _events("Kenji: Fair. See you all Monday.") == [] or all(
        "fair" not in e.title.lower() for e in _events("Kenji: Fair. See you all Monday.")
    )
    assert _events("baby shower for Mira on Saturday at 2pm!") != []
    assert _events("memorial service Saturday at 11am at St Paul's") != []


def test_mail_the_user_wrote_is_with_its_addressee_not_the_signature() -> None:
    text = (
        "From: me@example.com\nTo: Dana Reyes <dana@example.com>\nSubject: lunch\n\n"
        "Hi Dana, lunch on Friday at 12:30 works for me. See you then!\n\nMarcus"
    )
    (event,) = _events(text, source="other_text", spec="email")
    assert event.title.startswith("Lunch with Dana") and "Marcus" not in event.title


# ----------------------------------------------------------------------------- categories


def test_opt_out_line_does_not_make_a_notice_marketing() -> None:
    text = "CityPharm: Your prescription is ready for pickup. Reply STOP to opt out."
    assert classify(text, source="message") == "health"
    promo = "Flash sale! 40% off everything, shop now. Reply STOP to opt out."
    assert classify(promo, source="message") == "other"


def test_workplace_phrases() -> None:
    assert classify("gotta submit my expense report, it's due in 3 days", source="text") == "work"
    assert classify("I switched to night shifts at the warehouse last month", source="chat") == (
        "work"
    )
