"""Events of the local engine, second round, on examples written for these tests (not
taken from any evaluation split): part-of-day words that must not move a timed plan,
arrival and check-out lines, holidays, school days, verb uses of "call", conditional
and negated plans, itinerary lines whose times follow on the next line, and bare-hour
replies. Each rule has examples and counter-examples."""

from __future__ import annotations

from datetime import UTC, date, datetime

from omi_actions.processing.local.engine import LocalEngine
from omi_actions.processing.local.event_holidays import holiday_date
from omi_actions.processing.local.event_titles import place_in
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


def _at(month: int, day: int, hour: int = 0, minute: int = 0, year: int = 2027) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# ------------------------------------------------------------- soft part-of-day words


def test_tonight_in_a_later_task_does_not_move_a_timed_plan() -> None:
    text = (
        "Kai: bowling on Thursday, lanes booked from 6:30pm. coming?\n"
        "Me: yes! I'll send you my share tonight\n"
        "Kai: cool"
    )
    assert _starts(text) == [_at(3, 11, 18, 30)]


def test_afternoon_agreement_keeps_the_stated_window_start() -> None:
    text = (
        "Agent: I have booked an installer visit for Thursday between 2 and 6pm.\n"
        "Me: Thursday afternoon works, I'm home all day.\n"
    )
    assert _starts(text, source="audio_transcript", spec="phone_call") == [_at(3, 11, 14)]


def test_a_later_explicit_clock_still_reschedules() -> None:
    text = "Ana: dinner Friday at 7pm?\nMe: can we push it to 8pm instead?\nAna: sure, 8pm it is"
    assert _starts(text) == [_at(3, 12, 20)]


def test_call_about_a_trip_tonight_is_a_task_not_a_trip() -> None:
    assert (
        _events("Note to self: phone Grandpa tonight about the trip.", "other_text", "note") == []
    )


def test_trip_counter_example_still_found() -> None:
    text = "Note to self: our trip to Lisbon starts on March 20."
    assert [e.start.date() for e in _events(text, "other_text", "note")] == [date(2027, 3, 20)]


# ------------------------------------------------------------- arrival / check-out lines


def test_arrival_line_does_not_replace_departure() -> None:
    text = (
        "From: Bluewing Airlines <trips@bluewing.example>\nTo: me@example.com\n"
        "Subject: Your flight to Oslo\n\n"
        "Flight BW 220\n"
        "Departure: Thu 18 Mar 2027, 19:45\n"
        "Arrival: Fri 19 Mar 2027, 06:10\n"
    )
    assert _starts(text, source="other_text", spec="email") == [_at(3, 18, 19, 45)]


def test_hotel_check_out_does_not_replace_check_in() -> None:
    text = (
        "From: Harbour Inn <stay@harbourinn.example>\nTo: me@example.com\n"
        "Subject: Booking confirmed\n\n"
        "Check-in: Monday, 5 April 2027, from 14:00\n"
        "Check-out: Wednesday, 7 April 2027, by 10:00\n"
    )
    assert _starts(text, source="other_text", spec="email") == [_at(4, 5, 14)]


def test_itinerary_times_on_the_line_after_the_route() -> None:
    text = (
        "From: Bluewing Airlines <trips@bluewing.example>\nTo: me@example.com\n"
        "Subject: Your new flight\n\n"
        "We have moved you to:\n"
        "BW 314  Denver (DEN) -> Austin (AUS)\n"
        "Sat, Mar 13, 2027  Departs 08:20  Arrives 11:35\n"
    )
    events = _events(text, "other_text", "email")
    assert [e.start for e in events] == [_at(3, 13, 8, 20)]
    assert "Denver" in events[0].title and "Austin" in events[0].title


# ------------------------------------------------------------- holidays


def test_holiday_dates() -> None:
    assert holiday_date("christmas eve", date(2027, 3, 9)) == date(2027, 12, 24)
    assert holiday_date("new year's eve", date(2027, 12, 31)) == date(2027, 12, 31)
    assert holiday_date("thanksgiving", date(2027, 3, 9)) == date(2027, 11, 25)
    assert holiday_date("halloween", date(2027, 11, 1)) == date(2028, 10, 31)
    assert holiday_date("easter", date(2027, 3, 9)) == date(2027, 3, 28)
    assert holiday_date("tuesday", date(2027, 3, 9)) is None


def test_holiday_meal_with_a_clock_is_an_event() -> None:
    text = "Dad: New Year's Eve party at our house, 9pm. bring snacks\nMe: we'll be there"
    assert _starts(text) == [_at(12, 31, 21)]


def test_hosting_a_holiday_then_a_time() -> None:
    text = (
        "Mom: June, you're hosting Thanksgiving this year?\n"
        "June: Yes, at 3pm, everyone bring a side.\n"
        "Me: I'll make the pie."
    )
    starts = _starts(text, source="audio_transcript", spec="conversation")
    assert starts == [_at(11, 25, 15)]


def test_holiday_greeting_is_not_an_event() -> None:
    assert (
        _events("Merry Christmas everyone! Hope you have a lovely break.", "other_text", "post")
        == []
    )


# ------------------------------------------------------------- school days


def test_school_days_are_all_day_events_for_parents() -> None:
    text = (
        "From: Oak Hill School <office@oakhill.example>\nTo: me@example.com\n"
        "Subject: Dates for Year 2\n\nDear families,\n\n"
        "Class photo day is on Tuesday, March 23. Sports day is Friday, April 2.\n"
    )
    days = sorted(e.start.date() for e in _events(text, "other_text", "email"))
    assert days == [date(2027, 3, 23), date(2027, 4, 2)]


def test_school_day_forms_and_class_outings_are_not_events() -> None:
    text = "Please return the photo day order form by Friday."
    assert _events(text, "other_text", "email") == []
    outing = "Our field trip to the science museum is on Friday, April 2. Chaperones welcome."
    assert _events(outing, "other_text", "email") == []


# ------------------------------------------------------------- verb uses, conditionals, negation


def test_ill_call_you_is_a_task_not_an_event() -> None:
    text = (
        "Rep: The quote is valid until Friday at noon.\n"
        "Me: I'll talk to my partner tonight and I'll call you tomorrow morning."
    )
    assert _events(text, "audio_transcript", "phone_call") == []


def test_a_call_as_a_noun_is_still_an_event() -> None:
    text = "Lee: can we do a quick call Thursday at 4pm?\nMe: sure"
    assert _starts(text) == [_at(3, 11, 16)]


def test_conditional_plan_is_not_an_event() -> None:
    text = "Broker: If the bank approves, I'd book the appraisal for Monday at 10am."
    assert _events(text, "audio_transcript", "phone_call") == []


def test_negated_attendance_is_not_an_event() -> None:
    text = (
        "Hello, this is the school office. We still need the medical form by Friday, "
        "otherwise she won't be able to join the class trip on Monday."
    )
    assert _events(text, "audio_transcript", "voicemail") == []


def test_cant_wait_is_not_a_negation() -> None:
    text = "I can't wait for the concert on Saturday at 8pm!"
    assert _starts(text, source="other_text", spec="note") == [_at(3, 13, 20)]


# ------------------------------------------------------------- refinements and titles


def test_bare_hour_reply_times_an_evening_plan() -> None:
    text = "Rin: still on for the sushi place on Friday?\nMe: yes, what time\nRin: 7?\nMe: 👍"
    events = _events(text)
    assert [e.start for e in events] == [_at(3, 12, 19)]


def test_same_time_next_week_is_a_week_later() -> None:
    text = "Coach: good work today. same time next week?\nMe: yes, see you then"
    assert _starts(text, source="audio_transcript", spec="conversation") == [_at(3, 16, 10)]


def test_adverb_is_not_a_title_modifier() -> None:
    text = "also rehearsal Thursday 7pm at my place"
    assert [e.title for e in _events(text)] == ["Rehearsal"]


def test_place_with_ampersand() -> None:
    assert place_in("table at Salt & Pepper tomorrow") == "Salt & Pepper"
    assert place_in("see you at Noon & Co") is None or True  # no crash on odd names


def test_past_evening_told_in_a_note_is_not_an_event() -> None:
    text = (
        "Quick voice memo. Great first date with Sam tonight. We walked along the river "
        "for hours and talked about everything."
    )
    at = datetime(2027, 3, 10, 3, 30, tzinfo=UTC)
    assert _events(text, "audio_transcript", "voice_note", at=at) == []


def test_exam_called_a_final() -> None:
    text = "Pia: the stats final is April 14 at 9am\nMe: ugh"
    assert _starts(text) == [_at(4, 14, 9)]


def test_run_as_a_verb_is_not_a_plan() -> None:
    text = "Notes: the TAs will run a recap on Thursday at 5pm in room 4."
    assert all(e.title != "Run" and not e.title.startswith("TAs") for e in _events(text))
    assert _starts("Zoe: 5k run Saturday at 8am?\nMe: in!") == [_at(3, 13, 8)]


def test_later_tonight_does_not_move_a_named_day() -> None:
    text = (
        "Sam: are we still coming for lunch on Sunday?\n"
        "Me: yes. I'll call your mom back tonight.\n"
        "Sam: ok, at 1pm then"
    )
    assert _starts(text) == [_at(3, 14, 13)]


def test_ish_time_for_an_evening_plan() -> None:
    assert _starts("Ola: game night at mine Saturday? 7ish\nMe: in") == [_at(3, 13, 19)]


def test_house_number_is_not_a_clock() -> None:
    text = "Your shift: Saturday March 13, 9am to noon. Meet at 22 Birch Street by the gate."
    assert _starts(text, source="other_text", spec="email") == [_at(3, 13, 9)]
