"""Round 11 of the local event rules: hour windows said in words, visitors named by
their trade, wishes for a plan after a past clause, wistful refusals, nouns used as
verbs or errands, shifts covered or only asked for, runs at dawn."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local.event_declines import _plan_stands
from omi_actions.processing.local.event_times import _loose_clock
from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.text import parse

REF = datetime(2025, 6, 2, 10, 0, tzinfo=UTC)  # a Monday


def _events(
    text: str, source: str = "audio_transcript", spec: str | None = None
) -> list[tuple[str, str]]:
    document = parse(text, source, spec)
    return [(e.title, e.start.isoformat()) for e in extract_events(document, REF)]


def _starts(text: str, source: str = "audio_transcript") -> list[str]:
    return [start for _, start in _events(text, source)]


# --------------------------------------------------------------- hour windows in words


def test_a_window_between_two_hours_in_words_starts_at_the_first() -> None:
    text = "Lena: Hi, it's Lena. The electrician is coming Thursday between ten and twelve."
    assert _starts(text) == ["2025-06-05T10:00:00+00:00"]


def test_an_afternoon_window_in_words_starts_in_the_afternoon() -> None:
    text = "Agent: A surveyor will visit on Friday between two and four to measure up."
    events = _events(text)
    assert [start for _, start in events] == ["2025-06-06T14:00:00+00:00"]
    assert events[0][0].startswith("Surveyor visit")


def test_a_shift_from_seven_to_three_starts_in_the_morning() -> None:
    assert _loose_clock("cover the Sunday shift, seven to three") is not None
    clock, ambiguous = _loose_clock("cover the Sunday shift, seven to three") or (None, True)
    assert clock is not None and clock.hour == 7 and not ambiguous


def test_a_line_that_is_only_the_hours_times_the_shift() -> None:
    text = "Omar: hey can you cover my shift on Thursday? 3 to 11\nMe: sure, no problem"
    assert _starts(text) == ["2025-06-05T15:00:00+00:00"]


def test_a_count_between_two_numbers_is_not_a_window() -> None:
    assert _loose_clock("we expect between ten and twelve people") is None


# --------------------------------------------------------------- visitors


def test_a_tradesman_with_an_apostrophe_s_is_still_coming() -> None:
    text = "Landlord: The roofer's coming Wednesday at 8 to look at the leak."
    events = _events(text)
    assert [start for _, start in events] == ["2025-06-04T08:00:00+00:00"]
    assert events[0][0].startswith("Roofer visit")


def test_a_visit_said_as_a_verb_is_named_by_the_visitor() -> None:
    text = "Insurer: An appraiser will visit on Tuesday at 11 to see the car."
    events = _events(text)
    assert [start for _, start in events] == ["2025-06-03T11:00:00+00:00"]
    assert events[0][0].startswith("Appraiser visit")


def test_a_visit_with_its_own_qualifier_keeps_it() -> None:
    text = "Me: The home visit is on Tuesday at 11 with the nurse."
    titles = [title for title, _ in _events(text, "message")]
    assert titles and titles[0].lower().startswith("home visit")


# --------------------------------------------------------------- a wish after a past clause


def test_a_call_wished_for_after_a_past_clause_is_ahead() -> None:
    text = (
        "Hi, this is Ravi from the agency. The director enjoyed your samples and would like "
        "a phone call on Thursday at 11. Let me know if that suits."
    )
    assert _starts(text) == ["2025-06-05T11:00:00+00:00"]


def test_a_plan_wished_for_after_a_past_clause_in_a_mail_is_ahead() -> None:
    text = (
        "Dear Sam, the panel was impressed with your application and would like an "
        "interview on Wednesday at 2pm. Kind regards, Helen"
    )
    assert _starts(text, "message") == ["2025-06-04T14:00:00+00:00"]


def test_a_visit_in_the_past_clause_stays_over() -> None:
    text = (
        "We enjoyed your studio visit last week and would like to show two of your "
        "pieces. Please drop them off on Thursday between 10:00 and 12:00."
    )
    assert not any("visit" in title.lower() for title, _ in _events(text, "message"))


# --------------------------------------------------------------- wistful refusals


def test_i_wish_followed_by_staying_home_declines() -> None:
    text = (
        "Nina: Games night at mine Friday 8pm!\n"
        "Me: ahh I wish, we're staying home this weekend, the baby's teething\n"
        "Nina: next time!"
    )
    assert _events(text, "message") == []


def test_staying_in_with_a_curly_apostrophe_declines() -> None:
    text = "Ola: Drinks on Thursday at 7?\nMe: I can’t, we’re staying in this week"
    assert _events(text, "message") == []


def test_a_wish_that_is_not_a_refusal_keeps_the_plan() -> None:
    text = "Nina: Game night at mine Friday 8pm!\nMe: yes!! wish it was sooner"
    assert _starts(text, "message") == ["2025-06-06T20:00:00+00:00"]


def test_curly_negation_before_the_plan_holds() -> None:
    assert not _plan_stands("He won’t be able to attend class Monday", 30)
    assert _plan_stands("He will attend class Monday", 17)


# --------------------------------------------------------------- nouns that are not plans


def test_out_of_date_is_not_a_date() -> None:
    text = "Kim: the handbook is out of date and the interns start on the 9th."
    assert _events(text) == []


def test_asking_someone_to_call_a_person_is_not_a_call() -> None:
    text = (
        "Tom: The fridge is leaking again. Could someone call Mario?\nMe: I'll ring him tomorrow."
    )
    assert _events(text) == []


def test_reviewing_someones_work_is_not_a_review() -> None:
    text = "Aiko: could you review my slides before the launch?\nMe: sure, tomorrow morning"
    assert _events(text) == []


def test_an_errand_run_is_not_a_run() -> None:
    text = "Me: I'll do a grocery run tomorrow morning and grab the ice."
    assert _events(text) == []


def test_a_call_booked_with_someone_stays_a_call() -> None:
    text = "Sam: Can we do a call tomorrow at 3?\nMe: sure"
    assert _starts(text, "message") == ["2025-06-03T15:00:00+00:00"]


def test_a_run_said_after_i_only_is_not_the_plan_title() -> None:
    text = (
        "Jo: knee ok?\nMe: yes, I only run on grass now\n"
        "Jo: nice. long run sunday at 7 from the park?\nMe: I'm in"
    )
    events = _events(text, "message")
    assert events == [("Long run with Jo", "2025-06-08T07:00:00+00:00")]


def test_an_evening_run_after_work_stays_in_the_evening() -> None:
    text = "Jo: run tomorrow at 6 after work?\nMe: I'm in"
    assert _starts(text, "message") == ["2025-06-03T18:00:00+00:00"]


def test_new_years_eve_at_nine_is_in_the_evening() -> None:
    text = "Kofi: NYE at Dev's place, starts at 9, bring whoever\nMe: I'm there"
    assert _starts(text, "message") == ["2025-12-31T21:00:00+00:00"]


# --------------------------------------------------------------- shifts


def test_a_shift_the_user_agreed_to_cover_is_an_event() -> None:
    text = "Boss: Thanks again for agreeing to cover Ana's shift on Saturday, seven to three."
    assert _starts(text) == ["2025-06-07T07:00:00+00:00"]


def test_an_on_call_day_taken_in_a_group_chat_is_an_all_day_event() -> None:
    text = (
        "Lee: could someone cover my on-call Sunday? my dad's in hospital\n"
        "Me: I can take Sunday. hope he's ok\nLee: thank you!!"
    )
    assert _starts(text, "message") == ["2025-06-08T00:00:00+00:00"]


def test_a_shift_only_asked_for_in_a_voicemail_is_not_an_event() -> None:
    text = (
        "Hi, it's Dana from the shop. Could you cover his Friday shift, eight to four? "
        "Call me back tonight either way."
    )
    assert _events(text) == []


# --------------------------------------------------------------- plan nouns


def test_a_first_day_at_a_new_job_is_an_event() -> None:
    text = "Hi Ama, welcome aboard! Your first day is Monday 16 June, come to reception at 9:30."
    assert _events(text, "message") == [("First day", "2025-06-16T09:30:00+00:00")]


def test_my_first_day_without_a_clock_is_all_day() -> None:
    assert _starts("Me: my first day at the new school is on the 10th!", "message") == [
        "2025-06-10T00:00:00+00:00"
    ]


def test_the_first_day_of_something_is_not_a_plan() -> None:
    assert _events("Me: on the first day of the course on the 10th we only did intros") == []


def test_a_service_named_by_its_hour_is_a_plan() -> None:
    text = "Vicar: Could you read a lesson on Sunday at the 9:30 service?\nMe: Gladly."
    assert _starts(text) == ["2025-06-08T09:30:00+00:00"]


def test_a_service_named_by_its_hour_with_am_is_a_plan() -> None:
    text = "Deacon: Would you usher on Sunday, at the 11am service?\nMe: Of course."
    assert _starts(text) == ["2025-06-08T11:00:00+00:00"]


def test_customer_service_is_still_not_a_plan() -> None:
    assert _events("Me: the customer service on Friday at 10 was useless") == []


def test_a_surprise_birthday_named_by_the_age_is_a_party() -> None:
    text = "We're throwing Aunt Bea a surprise 70th on Saturday, June 21 at 3pm at the hall."
    assert _events(text, "message") == [("Surprise 70th birthday", "2025-06-21T15:00:00+00:00")]


def test_a_surprise_age_without_a_day_is_not_an_event() -> None:
    assert _events("Me: it's a surprise 40th, don't tell him!", "message") == []


def test_a_plan_after_before_with_its_own_day_stands() -> None:
    text = "Teacher: Before the trip on Friday the 13th, please sign the form. Bus leaves at 8:10."
    assert _starts(text, "message") == ["2025-06-13T08:10:00+00:00"]


def test_a_plan_after_after_with_its_own_day_stands() -> None:
    text = "Ravi: after the concert on Saturday at 8, drinks? \nMe: yes"
    assert "2025-06-07T20:00:00+00:00" in _starts(text, "message")


def test_since_the_plan_on_a_day_stays_a_past_reference() -> None:
    assert _events("Me: my calf has hurt since the match on Saturday") == []


# --------------------------------------------------------------- journeys


def test_an_arrow_in_a_note_is_not_a_journey() -> None:
    text = "notes\nhairdresser says my ends are split -> get a trim\nrent due 30 June!!"
    assert not any(title.startswith(("Trip", "Train", "Flight")) for title, _ in _events(text))


def test_an_arrow_between_stations_is_still_a_journey() -> None:
    text = "Your booking\nOutbound: Fri 13 Jun 2025, Leeds 08:05 → York 08:40"
    events = _events(text, "message")
    assert events and events[0][1] == "2025-06-13T08:05:00+00:00"
    assert "Leeds" in events[0][0] and "York" in events[0][0]


# --------------------------------------------------------------- trips, courses, invitations


def test_flying_out_and_back_is_a_trip_on_the_first_day() -> None:
    text = "Me: all booked, we fly out July 3rd and back July 17th\nIsa: amazing"
    events = _events(text, "message")
    assert [start for _, start in events] == ["2025-07-03T00:00:00+00:00"]
    assert events[0][0].startswith("Trip")


def test_flying_out_and_returning_is_a_trip() -> None:
    text = "Me: we fly out on the 20th, then returning on the 28th"
    events = _events(text, "message")
    assert events and events[0][0].startswith("Trip")


def test_flying_out_alone_stays_a_flight() -> None:
    events = _events("Me: we fly out July 3rd, so excited", "message")
    assert events and events[0][0].startswith("Flight")


def test_enrolled_in_a_course_starting_on_a_day_is_its_first_class() -> None:
    text = "You're enrolled in Beginner Watercolour: five Tuesdays starting 10 June, 19:00-21:00."
    assert _events(text, "message") == [("Beginner Watercolour class", "2025-06-10T19:00:00+00:00")]


def test_enrolled_in_a_course_with_its_first_class_dated() -> None:
    text = "Me: enrolled in Conversational Italian, first class is on Thursday at 6pm"
    events = _events(text, "message")
    assert [start for _, start in events] == ["2025-06-05T18:00:00+00:00"]
    assert "Italian" in events[0][0]


def test_enrolled_in_the_past_is_not_an_event() -> None:
    assert _events("Me: I enrolled in Pottery last year, loved it", "message") == []


def test_classes_that_meet_from_a_start_day_are_a_course() -> None:
    text = "Welcome! Classes meet Tuesdays and Thursdays 6-8pm, starting Tuesday, June 10."
    assert _starts(text, "message") == ["2025-06-10T18:00:00+00:00"]


def test_classes_that_resume_are_not_a_plan() -> None:
    text = "Riverside School: school is closed tomorrow for a burst pipe. Classes resume Wednesday."
    assert _events(text, "message") == []


def test_asking_about_an_invitation_keeps_the_plan_ahead() -> None:
    text = (
        "Gran: Did you get the invitation for Tom's wedding? August 9th in York!\n"
        "Me: I did, can't wait."
    )
    assert _starts(text, "message") == ["2025-08-09T00:00:00+00:00"]


def test_a_plan_told_as_over_without_an_invitation_stays_past() -> None:
    text = "Me: we went to Tom's wedding on Saturday, it was lovely"
    assert _events(text, "message") == []


# --------------------------------------------------------------- a plan dated just after


def test_a_plan_named_then_dated_by_the_same_speaker_is_all_day() -> None:
    text = (
        "Dana: Right, the retreat. We said mid June, so let's fix it: Friday the 20th, "
        "all day, at the lodge.\nOli: Finally."
    )
    assert _starts(text, "message") == ["2025-06-20T00:00:00+00:00"]


def test_a_moved_plan_takes_the_loose_clock_said_with_the_new_day() -> None:
    text = (
        "Hi, it's Pete. About the picnic. We're pushing it from this Sunday to the 15th, "
        "same time, around two. Bring a blanket."
    )
    assert _starts(text) == ["2025-06-15T14:00:00+00:00"]


def test_a_plan_dated_by_another_speaker_without_a_time_is_not_all_day() -> None:
    text = "Dana: the retreat is coming up.\nOli: my sister's birthday is Friday the 20th."
    assert "2025-06-20T00:00:00+00:00" not in [
        start for title, start in _events(text, "message") if "retreat" in title.lower()
    ]


def test_someone_who_will_call_to_arrange_is_not_a_call() -> None:
    text = (
        "Landlord: I'll get the heating firm out tomorrow, they'll call you to arrange a time.\n"
        "Me: Thanks, I'm in all day."
    )
    assert not any(title.lower().startswith("they") for title, _ in _events(text))


def test_office_hours_do_not_time_an_earlier_plan() -> None:
    text = (
        "Professor: For next time, read chapter two. Office hours are Thursday from 3 to 5 "
        "if you want to talk. Any questions?"
    )
    assert _events(text) == []


# --------------------------------------------------------------- follow-ups booked at a visit


def test_a_bare_slot_question_taken_at_the_dentist_is_booked() -> None:
    text = (
        "Dr. Osei: That upper molar needs a filling, the cavity is getting deeper.\n"
        "Me: Oh no. When can you fit me in?\n"
        "Nurse: The 12th at 10:40?\n"
        "Me: I'll take it."
    )
    assert _events(text) == [("Filling appointment", "2025-06-12T10:40:00+00:00")]


def test_come_back_for_a_look_at_the_vet_is_a_recheck() -> None:
    text = (
        "Vet: The paw is healing well. Come back on Thursday so I can check the stitches, "
        "say 9:45?\n"
        "Me: 9:45 on Thursday is fine."
    )
    assert _events(text) == [("Vet recheck", "2025-06-05T09:45:00+00:00")]


def test_a_bare_slot_question_turned_down_books_nothing() -> None:
    text = (
        "Dr. Osei: That tooth needs a crown.\n"
        "Nurse: The 12th at 10:40?\n"
        "Me: No, I'm away that week, I'll call back."
    )
    assert _events(text) == []


# --------------------------------------------------------------- settling and whose plan


def test_let_us_make_it_after_a_pause_moves_the_plan() -> None:
    text = (
        "Ines: Let's do the budget review Tuesday at 9.\n"
        "Karl: Tuesday I'm out. Could we do Thursday?\n"
        "Ines: Thursday at 9 then.\n"
        "Karl: Fine.\n"
        "Ines: Wait, finance says mornings are full for them.\n"
        "Ines: Let's make it Thursday at 3.\n"
        "Me: Thursday at 3 works."
    )
    assert _starts(text) == ["2025-06-05T15:00:00+00:00"]


def test_make_it_long_after_the_plan_does_not_reopen_it() -> None:
    text = (
        "Ines: Budget review Tuesday at 9.\nKarl: ok.\nInes: lunch?\nKarl: sure.\n"
        "Ines: salad.\nKarl: fine.\nInes: the weather is awful.\nKarl: yes.\n"
        "Ines: make it a double espresso please."
    )
    assert _starts(text) == ["2025-06-03T09:00:00+00:00"]


def test_your_plan_in_a_turn_addressed_to_another_speaker_is_theirs() -> None:
    text = (
        "Mum: Leo, have you booked your flights? Your trip's in three weeks.\n"
        "Leo: Yes, I'm sorting it Friday.\n"
        "Me: This pie is great."
    )
    assert _events(text) == []


def test_your_plan_in_a_turn_addressed_to_the_user_stays() -> None:
    text = "Mum: Sam, your dentist appointment is Friday at 10, don't forget.\nMe: thanks Mum"
    assert _starts(text) == ["2025-06-06T10:00:00+00:00"]


def test_being_on_drinks_is_a_job_not_drinks_out() -> None:
    text = "Mum: Thursday, everyone here by two. And you, you're on drinks.\nMe: Sure."
    assert not any(title.startswith("Drinks") for title, _ in _events(text))


def test_drinks_out_on_a_day_stays_a_plan() -> None:
    assert _starts("Jo: drinks on Friday at 7?\nMe: yes!", "message") == [
        "2025-06-06T19:00:00+00:00"
    ]


# --------------------------------------------------------------- clocks and causes


def test_an_hour_after_a_part_of_the_day_sets_the_start() -> None:
    text = (
        "Nate: can we move book club to tomorrow evening?\n"
        "Me: tomorrow evening works\n"
        "Cara: 8 at the cafe?\n"
        "Nate: 8 it is"
    )
    assert _starts(text, "message") == ["2025-06-03T20:00:00+00:00"]


def test_a_part_of_the_day_alone_keeps_its_default_clock() -> None:
    text = "Nate: book club tomorrow evening?\nMe: tomorrow evening works"
    assert _starts(text, "message") == ["2025-06-03T18:00:00+00:00"]


def test_the_time_tickets_go_on_sale_is_not_the_show() -> None:
    text = (
        "Ana: Tickets for the Night Owls show go on sale tomorrow at 9am.\n"
        "Me: I will be online for it.\n"
        "Ana: The show's June 27th at the Roundhouse."
    )
    starts = _starts(text, "message")
    assert "2025-06-03T09:00:00+00:00" not in starts
    assert "2025-06-27T00:00:00+00:00" in starts


def test_a_show_on_a_day_said_with_its_noun_is_all_day() -> None:
    assert _starts("Me: the comedy show is on June 14th, can't wait", "message") == [
        "2025-06-14T00:00:00+00:00"
    ]


def test_a_plan_named_as_the_cause_of_a_move_is_not_the_plan() -> None:
    text = (
        "Mum: Still doing lunch on Sunday?\n"
        "Dad: No, we moved it to the 15th, because of Ed's flight.\n"
        "Mum: Right, the 15th at one."
    )
    titles = [title for title, _ in _events(text, "message")]
    assert titles and not any("flight" in title.lower() for title in titles)


def test_a_flight_said_on_its_own_is_still_a_plan() -> None:
    assert _starts("Me: my flight is on the 15th at 7am", "message") == [
        "2025-06-15T07:00:00+00:00"
    ]


def test_doing_is_not_part_of_a_plan_title() -> None:
    text = "Mum: So we're still doing brunch on Sunday at 11?\nMe: yes!"
    titles = [title for title, _ in _events(text, "message")]
    assert titles and not titles[0].lower().startswith("doing")


# --------------------------------------------------------------- bookings of a journey


def test_a_moved_reservation_is_named_by_the_route_of_its_service() -> None:
    text = (
        "Subject: Change to your journey on Friday 6 June\n\n"
        "Due to works, the 08:10 service from Bristol Temple Meads to Cardiff has been "
        "cancelled. We have moved your reservation to the 08:40 service on Friday 6 June, "
        "coach B, seat 12."
    )
    events = _events(text, "message")
    assert events == [("Train from Bristol Temple Meads to Cardiff", "2025-06-06T08:40:00+00:00")]


def test_a_coach_reservation_is_named_as_a_coach() -> None:
    text = (
        "Your reservation is confirmed for Saturday 7 June at 10:15 on the coach from "
        "Oxford to Heathrow."
    )
    assert _events(text, "message") == [
        ("Coach from Oxford to Heathrow", "2025-06-07T10:15:00+00:00")
    ]


def test_a_table_reservation_without_a_route_keeps_its_name() -> None:
    text = "Your reservation at Nonna's is confirmed for Friday 6 June at 19:30."
    titles = [title for title, _ in _events(text, "message")]
    assert titles and "from" not in titles[0]
