"""Round 12 of the local event rules: help asked of the user or an activity proposed to
them and timed in the replies, a plan told as past and then given its next date, a
booking confirmed without its name, a plan named only in an email's subject, and a
clock said with am/pm once and bare later."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.text import parse

REF = datetime(2025, 6, 2, 10, 0, tzinfo=UTC)  # a Monday


def _events(
    text: str, source: str = "audio_transcript", spec: str | None = None
) -> list[tuple[str, str]]:
    document = parse(text, source, spec)
    return [(e.title, e.start.isoformat()) for e in extract_events(document, REF)]


# --------------------------------------------------------------- help asked of the user


def test_help_asked_on_a_day_and_timed_in_the_reply() -> None:
    text = (
        "Dana: any chance you could help me paint the fence on Sunday?\n"
        "Me: Sure, what time?\n"
        "Dana: Around 10am.\n"
        "Me: See you then."
    )
    assert _events(text, "message", "sms") == [
        ("Help Dana paint the fence", "2025-06-08T10:00:00+00:00")
    ]


def test_an_errand_to_come_round_for_is_named_by_the_errand() -> None:
    text = (
        "Mr. Osei: Could you come round on Thursday and fix my garden gate too?\n"
        "Me: Of course, Thursday at 4."
    )
    events = _events(text)
    assert [start for _, start in events] == ["2025-06-05T16:00:00+00:00"]
    assert "garden gate" in events[0][0].lower()


def test_a_request_nobody_answered_is_not_a_plan() -> None:
    text = "Dana: any chance you could help me move on Saturday at 9?"
    assert _events(text, "message", "sms") == []


def test_a_request_for_a_document_is_a_task_not_an_event() -> None:
    text = "Dana: could you send me the budget sheet by Friday at 5pm?\nMe: Sure, will do."
    assert _events(text, "message", "sms") == []


def test_moving_things_by_a_day_is_a_chore_not_a_plan() -> None:
    text = (
        "Builder: Could you move the bins and the bikes by Thursday?\n"
        "Me: yep, I'll do it Wednesday evening"
    )
    assert _events(text, "message", "sms") == []


def test_the_user_asking_someone_else_for_help_is_their_plan() -> None:
    text = "Me: Could you watch the dog on Friday at 6?\nTom: sure thing"
    assert _events(text, "message", "sms") == []


def test_help_declined_is_not_a_plan() -> None:
    text = (
        "Ravi: could you help me move on Saturday at 9?\nMe: I can't, sorry, I'm away that weekend."
    )
    assert _events(text, "message", "sms") == []


def test_a_joint_activity_proposed_and_timed_by_the_reply() -> None:
    text = (
        "Priya: do you want to revise together for the chemistry final?\n"
        "Me: Yes! Library, Saturday at 3?\n"
        "Priya: Saturday at 3 works."
    )
    events = _events(text)
    assert [start for _, start in events] == ["2025-06-07T15:00:00+00:00"]
    assert events[0][0].startswith("Revis") and "Priya" in events[0][0]


def test_a_joint_activity_without_a_time_is_not_an_event() -> None:
    text = "Priya: do you want to revise together sometime?\nMe: Yes, let's."
    assert _events(text) == []


# --------------------------------------------------------------- past, then next


def test_a_session_today_then_the_next_session_dated() -> None:
    text = (
        "Checkup with Dr. Varga today, all fine. We went over the new diet. "
        "Next checkup is June 17 at 10am."
    )
    events = _events(text, "audio_transcript", "voice_note")
    assert [start for _, start in events] == ["2025-06-17T10:00:00+00:00"]


def test_asked_whether_they_registered_then_the_race_time() -> None:
    text = (
        "Kofi: Did you register for the Harbour fun run yet?\n"
        "Me: No. It's on the 14th, right?\n"
        "Kofi: Yep, June 14th, starts at 8am."
    )
    events = _events(text)
    assert [start for _, start in events] == ["2025-06-14T08:00:00+00:00"]
    assert "run" in events[0][0].lower()


def test_a_race_finished_is_not_revived_by_the_next_days_work() -> None:
    text = "Just finished my first 10k today! Back at work tomorrow at 9 though."
    assert _events(text, "audio_transcript", "voice_note") == []


# --------------------------------------------------------------- confirmed bookings


def test_a_rebooked_departure_is_the_flight_in_its_stated_half_of_day() -> None:
    text = (
        "Agent: Your flight to Oslo was cancelled. I can put you on tomorrow's 6:40am "
        "departure or Thursday at 1:20pm.\n"
        "Me: Tomorrow, please.\n"
        "Agent: Done, you're confirmed on the 6:40 tomorrow, seat 22F."
    )
    assert _events(text) == [("Flight", "2025-06-03T06:40:00+00:00")]


def test_a_confirmation_asked_about_is_not_a_booking() -> None:
    text = "Me: Is that confirmed for Tuesday at 3?\nAgent: Let me check with the manager."
    assert _events(text) == []


def test_an_interview_confirmed_by_a_recruiter() -> None:
    text = "Good news: confirmed for Thursday at 14:00 with Dr. Mensah, the head of data."
    events = _events(text, "other_text", "email")
    assert [start for _, start in events] == ["2025-06-05T14:00:00+00:00"]
    assert "Mensah" in events[0][0]


# --------------------------------------------------------------- email subjects


def _email(subject: str, body: str) -> str:
    return f"From: Lou Park <lou@example.com>\nTo: me@example.com\nSubject: {subject}\n\n{body}"


def test_the_subject_names_the_plan_the_reply_times() -> None:
    text = _email(
        "Re: Re: Lunch next week?", "Sorry for the delay! How about Wednesday at 12:30 at Nopa?"
    )
    events = _events(text, "other_text", "email")
    assert [start for _, start in events] == ["2025-06-04T12:30:00+00:00"]
    assert events[0][0].startswith("Lunch")


def test_a_deadline_under_a_plan_subject_is_not_the_plan() -> None:
    text = _email("Workshop prep", "Please send me your slides by Friday at 5pm.")
    assert _events(text, "other_text", "email") == []


def test_a_plan_only_referred_to_in_the_subject_is_not_timed_by_a_deadline() -> None:
    text = _email(
        "Contract before Friday's call", "Could you sign it and send it back by noon tomorrow?"
    )
    assert _events(text, "other_text", "email") == []


def test_a_cancelled_plan_in_the_thread_is_not_revived_by_the_subject() -> None:
    text = _email(
        "Re: Dinner Saturday?",
        "I can't make it after all, sorry. Maybe the week after, Saturday at 7?",
    )
    assert _events(text, "other_text", "email") == []


def test_a_receipt_subject_is_not_a_plan() -> None:
    text = _email("Receipt for your dinner booking", "Charged on Tuesday at 9:14pm.")
    assert _events(text, "other_text", "email") == []


# --------------------------------------------------------------- slots and tables


def test_a_garage_getting_the_user_in_at_a_time() -> None:
    text = (
        "Mechanic: The timing belt is due, it's about 400 with parts.\n"
        "Mechanic: I can get you in Wednesday at 9 if you leave the car with us.\n"
        "Me: Wednesday at 9 works."
    )
    assert [start for _, start in _events(text)] == ["2025-06-04T09:00:00+00:00"]


def test_getting_a_parcel_in_is_not_a_slot() -> None:
    text = "Me: Can you get the washing in before Friday at 5? It might rain."
    assert _events(text, "message", "sms") == []


def test_a_table_booked_then_its_day_and_bare_hour() -> None:
    text = (
        "Sam: Any plans for our anniversary?\n"
        "Me: I booked Casa Verde. Saturday at eight.\n"
        "Sam: Perfect!"
    )
    assert _events(text) == [("Dinner at the Casa Verde", "2025-06-07T20:00:00+00:00")]


def test_a_table_booked_without_a_time_after_it_is_not_an_event() -> None:
    text = "Me: I booked Casa Verde. The reviews were great.\nSam: Nice!"
    assert _events(text) == []


# --------------------------------------------------------------- someone else's plan after


def test_a_moved_plan_stands_beside_someone_elses_wedding() -> None:
    text = (
        "Kai: quiz night moved from friday to saturday 19:30, half the team is at a "
        "wedding fri\nMe: saturday works"
    )
    events = _events(text, "message", "discord")
    assert [start for _, start in events] == ["2025-06-07T19:30:00+00:00"]
    assert events[0][0].lower().startswith("quiz night")


def test_someone_elses_wedding_alone_is_still_not_the_users() -> None:
    text = "Kai: my brother is at a wedding on Saturday at 3, so no gaming for him."
    assert _events(text, "message", "discord") == []


# --------------------------------------------------------------- errands said in passing


def test_an_errand_this_afternoon_does_not_date_an_undated_checkup() -> None:
    text = (
        "Dr. Amadi: Keep the food diary and bring it to your follow-up.\n"
        "Me: Will do.\n"
        "Dr. Amadi: I'll send the referral to the clinic this afternoon."
    )
    assert _events(text) == []


def test_a_plan_said_for_this_afternoon_is_still_dated() -> None:
    text = "Ola: Team meeting moved to this afternoon at 3, room 4."
    assert [start for _, start in _events(text)] == ["2025-06-02T15:00:00+00:00"]


# --------------------------------------------------------------- refused, then moved


def test_a_refusal_followed_by_another_day_moves_the_plan() -> None:
    text = (
        "Jo: choir practice wednesday 6pm?\n"
        "Me: can't wednesday, dentist thing.\n"
        "Me: what about thursday?\n"
        "Jo: thursday 6 works"
    )
    assert [start for _, start in _events(text, "message", "sms")] == ["2025-06-05T18:00:00+00:00"]


def test_a_refusal_followed_by_a_question_without_a_day_stays_refused() -> None:
    text = (
        "Jo: choir practice wednesday 6pm?\n"
        "Me: can't wednesday, sorry.\n"
        "Me: what about the concert, is that still on?"
    )
    assert _events(text, "message", "sms") == []


# --------------------------------------------------------------- a task about a dated plan


def test_a_task_for_a_plan_whose_own_day_is_said_in_brackets() -> None:
    text = "To do:\n- Wrap a present for Omar (party is Saturday)\n- Return the drill"
    events = _events(text, "other_text", "note")
    assert [start for _, start in events] == ["2025-06-07T00:00:00+00:00"]


def test_a_task_for_a_plan_with_only_the_tasks_day_stays_a_task() -> None:
    text = "To do:\n- Book the venue for the party by Friday\n- Return the drill"
    assert _events(text, "other_text", "note") == []


def test_a_birthday_greeting_due_today_is_not_a_party() -> None:
    text = "Note to self: text Mira happy birthday, it's tomorrow. No wait, it's today."
    assert _events(text, "other_text", "note") == []


def test_a_registration_subject_names_the_event_the_body_times() -> None:
    text = _email(
        "You're registered: Harbour Night Swim",
        "Thanks for signing up! We'll gather on Saturday 14 June at 7pm by the lifeguard hut.",
    )
    assert _events(text, "other_text", "email") == [
        ("Harbour Night Swim", "2025-06-14T19:00:00+00:00")
    ]


def test_a_registration_subject_without_a_time_in_the_body_is_no_event() -> None:
    text = _email(
        "You're registered: Harbour Night Swim", "Thanks for signing up! Details to follow."
    )
    assert _events(text, "other_text", "email") == []


def test_a_class_quiz_on_a_named_day_is_an_all_day_event() -> None:
    text = "Teacher: Remember, the spelling quiz is Thursday, so practise the list."
    assert [start for _, start in _events(text)] == ["2025-06-05T00:00:00+00:00"]
