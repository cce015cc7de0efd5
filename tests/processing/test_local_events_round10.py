"""Round 10 of the local event rules: a slot picked from the ones offered, clocks that
bound a restriction, replies that sound negative but accept, hours said in words."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local.event_times import _loose_clock
from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.text import parse

REF = datetime(2025, 6, 2, 10, 0, tzinfo=UTC)  # a Monday


def _events(text: str, source: str = "message", spec: str | None = None) -> list[tuple[str, str]]:
    document = parse(text, source, spec)
    return [(e.title, e.start.isoformat()) for e in extract_events(document, REF)]


def _starts(text: str, source: str = "audio_transcript") -> list[str]:
    return [start for _, start in _events(text, source)]


# --------------------------------------------------------------- offered slots


def test_reply_picks_the_second_slot_offered() -> None:
    text = (
        "Receptionist: Hello, it's the clinic. You're due for your annual eye exam.\n"
        "Receptionist: I can do Thursday at 9am or at 3:30.\n"
        "Me: 3:30 is better for me.\n"
        "Receptionist: Great, see you then."
    )
    assert _starts(text) == ["2025-06-05T15:30:00+00:00"]


def test_reply_rules_out_one_slot_and_names_the_other_by_its_day() -> None:
    text = (
        "Maya: Hi, this is Maya from the salon. We need to move your haircut.\n"
        "Maya: Tuesday the 10th at 8am, or Saturday the 14th at 2pm?\n"
        "Me: 8 is too early for me. Saturday at two, please.\n"
        "Maya: Done."
    )
    assert _starts(text) == ["2025-06-14T14:00:00+00:00"]


def test_reply_that_rules_out_one_of_two_slots_takes_the_other() -> None:
    text = (
        "Coach: Tryouts for the club team, Wednesday at 5pm or at 7pm.\n"
        "Me: 5pm doesn't work, I'm at work till 6."
    )
    assert _starts(text) == ["2025-06-04T19:00:00+00:00"]


def test_without_a_reply_the_first_slot_stays() -> None:
    text = "Office: Your dental checkup can be Friday at 10am or at 2pm.\nMe: Thanks, noted."
    assert _starts(text) == ["2025-06-06T10:00:00+00:00"]


def test_a_reply_with_unrelated_numbers_picks_nothing() -> None:
    text = (
        "Receptionist: Your physio appointment, Thursday at 9am or at 4pm?\n"
        "Me: Let me check my calendar and call you back."
    )
    assert _starts(text) == ["2025-06-05T09:00:00+00:00"]


# --------------------------------------------------------------- restriction clocks


def test_fasting_from_midnight_keeps_the_procedure_time() -> None:
    text = (
        "Nurse: Your colonoscopy is on June 12th. Please arrive at 7:30am.\n"
        "Me: Okay.\n"
        "Nurse: No food from midnight, and no coffee after 6am."
    )
    assert _starts(text) == ["2025-06-12T07:30:00+00:00"]


def test_no_drinks_after_ten_keeps_the_surgery_time() -> None:
    text = (
        "Nurse: The hernia operation is on the 20th at 8am.\n"
        "Nurse: Nothing to drink after 10pm the night before."
    )
    assert _starts(text) == ["2025-06-20T08:00:00+00:00"]


def test_a_real_reschedule_still_moves_the_time() -> None:
    text = (
        "Clinic: Your MRI is on June 12th at 9am.\n"
        "Clinic: Sorry, we have to move it to 11am, the machine is booked."
    )
    assert _starts(text) == ["2025-06-12T11:00:00+00:00"]


# --------------------------------------------------------------- not a refusal


def test_cant_wait_is_a_yes() -> None:
    text = "Ana: Barbecue at my place Saturday at 4?\nMe: Yes!! I can't wait"
    assert _starts(text, "message") == ["2025-06-07T16:00:00+00:00"]


def test_cant_eat_something_anymore_is_a_yes() -> None:
    text = "Ana: Dinner at Rosa's Friday at 8?\nMe: Sure, but I can't have dairy anymore, fyi"
    assert _starts(text, "message") == ["2025-06-06T20:00:00+00:00"]


def test_i_cant_make_it_is_still_a_refusal() -> None:
    text = "Ana: Dinner at Rosa's Friday at 8?\nMe: Sorry, I can't, I'm working late."
    assert _starts(text, "message") == []


# --------------------------------------------------------------- hours in words


def test_hours_in_words_after_from_or_around() -> None:
    clock = _loose_clock("The pub, from eight.")
    assert clock is not None and clock[0].hour == 8
    clock = _loose_clock("we'll come by around 3, yes?")
    assert clock is not None and clock[0].hour == 15


def test_words_that_are_not_hours() -> None:
    assert _loose_clock("at one point we nearly left") is None
    assert _loose_clock("we sat at one table") is None
    assert _loose_clock("around 3 people came") is None


def test_drinks_on_saturday_from_eight() -> None:
    text = (
        "Kofi: Are we doing my birthday drinks on Saturday?\n"
        "Me: Yes! Saturday the 7th, where?\n"
        "Kofi: The Anchor, from eight.\n"
        "Me: Great, see you there."
    )
    assert _starts(text) == ["2025-06-07T20:00:00+00:00"]


# --------------------------------------------------------------- itineraries


def test_labelled_leg_lines_with_a_dash_are_journeys() -> None:
    text = (
        "Your rail booking is confirmed.\n\n"
        "Outbound: Friday 13 June 2025, Leeds Station 07:10 - Glasgow Central 11:02, Coach B\n"
        "Return: Sunday 15 June 2025, Glasgow Central 16:40 - Leeds Station 20:31, Coach D\n\n"
        "Please bring your railcard."
    )
    assert _events(text, "other_text", "email") == [
        ("Train from Leeds Station to Glasgow Central", "2025-06-13T07:10:00+00:00"),
        ("Train from Glasgow Central to Leeds Station", "2025-06-15T16:40:00+00:00"),
    ]


def test_a_dash_in_an_unlabelled_line_is_not_a_leg() -> None:
    text = "Our shop hours: Monday 9 June, 09:00 - Closing Time varies. See you soon."
    assert all(not title.startswith("Train") for title, _ in _events(text, "other_text", "email"))


def test_check_in_notice_names_the_flight() -> None:
    text = (
        "Check-in is now open for your flight ZX 417 from Dublin to Madrid on "
        "Thu 12 Jun 2025, departing 09:45."
    )
    assert _events(text, "other_text", "email") == [("Flight ZX 417", "2025-06-12T09:45:00+00:00")]


def test_hotel_check_in_keeps_its_title() -> None:
    text = "Reminder: check-in for your stay at Harbour Inn is on 12 June 2025 at 15:00."
    titles = [title for title, _ in _events(text, "other_text", "email")]
    assert not any(title.startswith("Flight") for title in titles)


def test_a_plan_read_twice_at_one_start_is_one_event() -> None:
    text = (
        "Thank you for booking.\n\n"
        "Flight QA 88\n"
        "Porto (OPO) → Rome (FCO)\n"
        "Saturday, 14 June 2025, departs 06:50, arrives 10:30\n"
    )
    events = _events(text, "other_text", "email")
    assert [start for _, start in events] == ["2025-06-14T06:50:00+00:00"]


# --------------------------------------------------------------- lists and past plans


def test_a_later_list_item_does_not_time_an_earlier_one() -> None:
    text = (
        "This week:\n"
        "- Get a gift for Omar (party is Friday)\n"
        "- Ring the garage about the brakes Wednesday morning\n"
        "- Pay the water bill"
    )
    assert all(not start.startswith("2025-06-04") for start in _starts(text, "other_text"))


def test_a_list_item_that_starts_with_the_time_still_times_the_plan() -> None:
    text = "Book club:\n- Book club dinner on Friday the 6th\n- 7pm at Nora's flat"
    assert _starts(text, "other_text") == ["2025-06-06T19:00:00+00:00"]


def test_a_plan_reported_as_done_is_past() -> None:
    text = (
        "10k race done! 🎉 Finished in 52 minutes. Thanks to my club for the runs "
        "every Thursday at 6am."
    )
    assert _events(text, "other_text", "social_post") == []


def test_getting_a_procedure_done_is_not_past() -> None:
    text = (
        "Dad: The doctor wants me to get the knee surgery done.\n"
        "Dad: They've scheduled it for the 12th at 8 in the morning."
    )
    assert _starts(text) == ["2025-06-12T08:00:00+00:00"]


# --------------------------------------------------------------- plans named at the head


def test_a_plan_named_by_its_group_then_proposed_with_a_time() -> None:
    text = "Tariq: 7-a-side Thursday 19:30? the usual pitch\nLeo: in\nMe: in, see you there"
    [(title, start)] = _events(text)
    assert title.startswith("7-a-side") and start == "2025-06-05T19:30:00+00:00"


def test_a_minutes_item_labels_its_plan_with_a_colon() -> None:
    text = (
        "Residents' association minutes\n"
        "1. Bins: new collection day confirmed.\n"
        "2. Street party: Saturday June 21, 2pm at the green.\n"
        "3. Budget: unchanged."
    )
    assert any(
        title.startswith("Street party") and start == "2025-06-21T14:00:00+00:00"
        for title, start in _events(text, "other_text", "note")
    )


def test_a_plan_moved_to_another_day() -> None:
    text = "Priya: quiz night moved to Wednesday 20:00, the pub is closed Tuesday\nMe: works for me"
    [(title, start)] = _events(text)
    assert title.startswith("Quiz night") and start == "2025-06-04T20:00:00+00:00"


def test_a_reply_or_a_person_at_the_head_is_no_plan() -> None:
    assert _events("Sam: Lovely, Tuesday at 4:15 then?\nMe: yes") == []
    assert _events("Sam: Jamal Friday 6pm?\nMe: maybe", "message") == []
    assert _events("Sam: Priya signed off this morning, can you ship it Friday 5pm?") == []


def test_movers_are_not_a_reschedule() -> None:
    text = (
        "Moving day\n"
        "- Movers: Saturday June 14, arrive 8:00, deposit paid.\n"
        "- Give notice to the landlord (done May 3)\n"
        "- Book the van"
    )
    assert [start for _, start in _events(text, "other_text", "note")] == [
        "2025-06-14T08:00:00+00:00"
    ]


# --------------------------------------------------------------- moving and extra slots


def test_a_plan_being_moved_stays_open_past_the_usual_window() -> None:
    text = (
        "Speaker 0: Hi, this is Dana from Parkside Vets, calling to confirm Milo's vaccination.\n"
        "Speaker 1: Oh hi, yes.\n"
        "Speaker 0: We have you on Tuesday the 10th at 9:40.\n"
        "Speaker 0: Can you confirm?\n"
        "Speaker 1: Actually, could we move it?\n"
        "Speaker 1: Tuesday mornings are hard for me.\n"
        "Speaker 0: Sure, I have Thursday the 12th at 5pm.\n"
        "Speaker 1: That works."
    )
    assert _starts(text) == ["2025-06-12T17:00:00+00:00"]


def test_without_a_request_to_move_a_late_date_is_another_matter() -> None:
    text = (
        "Speaker 0: Hi, this is Dana from Parkside Vets, calling to confirm Milo's vaccination.\n"
        "Speaker 1: Oh hi, yes.\n"
        "Speaker 0: We have you on Tuesday the 10th at 9:40.\n"
        "Speaker 0: Can you confirm?\n"
        "Speaker 1: Yes, that's fine.\n"
        "Speaker 1: I have a meeting Tuesday afternoon anyway.\n"
        "Speaker 0: Our late clinic is on Thursday the 12th at 5pm, by the way.\n"
        "Speaker 1: Good to know."
    )
    assert "2025-06-10T09:40:00+00:00" in _starts(text)


def test_a_slot_offered_in_a_sentence_of_its_own_and_the_reply_names_the_day() -> None:
    text = (
        "Agent: Your ferry was cancelled. I can put you on the sailing on the 9th at 18:30.\n"
        "Agent: Or on the 10th at 07:15.\n"
        "Me: The 10th, please, that's easier."
    )
    assert _starts(text) == ["2025-06-10T07:15:00+00:00"]


def test_a_reply_that_names_no_slot_keeps_the_first() -> None:
    text = (
        "Agent: Your ferry was cancelled. I can put you on the sailing on the 9th at 18:30.\n"
        "Agent: Or on the 10th at 07:15.\n"
        "Me: Whatever is first, thanks."
    )
    assert _starts(text) == ["2025-06-09T18:30:00+00:00"]


def test_still_sore_after_a_weekday_race_is_past() -> None:
    text = "note to self: legs still sore after Saturday's trail race. stretch every evening."
    assert _events(text, "other_text", "voice_note") == []
    text = "calves still aching after Sunday's match, skipping the gym"
    assert _events(text, "other_text", "voice_note") == []


def test_before_a_weekday_plan_is_still_that_day() -> None:
    text = "Me: I'll prep the slides before Thursday's board meeting at 10am."
    assert _starts(text, "message") == ["2025-06-05T10:00:00+00:00"]


def test_a_labelled_plan_whose_name_ends_in_ing() -> None:
    text = (
        "Allotment society notes\n"
        "1. Water butts: two more ordered.\n"
        "2. Spring seedling swap: Sat June 14, 10am at the gate.\n"
    )
    assert any(
        title.startswith("Spring seedling swap") and start == "2025-06-14T10:00:00+00:00"
        for title, start in _events(text, "other_text", "note")
    )


# --------------------------------------------------------------- scope of a negation


def test_a_negation_ends_where_a_new_clause_starts() -> None:
    text = (
        "Nico: Barbecue at mine Saturday, 6pm!\n"
        "Me: yes! can't stay late though, I'm on the early shift at the depot Sunday, 5am"
    )
    starts = _starts(text, "message")
    assert "2025-06-08T05:00:00+00:00" in starts
    assert "2025-06-07T18:00:00+00:00" in starts


def test_a_negated_plan_in_one_clause_stays_negated() -> None:
    text = "Me: I won't make the quiz night Thursday at 8, sorry"
    assert _starts(text, "message") == []


# --------------------------------------------------------------- plan nouns used as verbs


def test_a_plan_noun_said_as_a_verb_with_an_object_is_a_task() -> None:
    assert _events("Me: I'll scan and send them Friday.") == []
    assert _events("Me: we'll test it Thursday, promise", "message") == []


def test_a_plan_noun_after_a_modal_without_an_object_is_still_the_plan() -> None:
    text = "Nurse: We'll recheck on Thursday at 9am.\nMe: Okay, see you then."
    assert _starts(text) == ["2025-06-05T09:00:00+00:00"]


# --------------------------------------------------------------- someone else's invitation


def test_another_speaker_invited_with_a_third_person_is_not_the_users_plan() -> None:
    text = "Sis: can you mind the dog on Friday? Tom and I got invited to a gala dinner.\nMe: sure"
    assert all("gala" not in title.lower() for title, _ in _events(text))
    text = "Dad: Linda and I were invited to a garden party on Sunday at 3pm.\nMe: nice"
    assert all("party" not in title.lower() for title, _ in _events(text))


def test_invited_to_the_users_own_party_is_still_the_plan() -> None:
    text = "Ana: Jo and I got invited to your birthday party Saturday at 8pm, can't wait!\nMe: yay"
    assert _starts(text, "message") == ["2025-06-07T20:00:00+00:00"]
