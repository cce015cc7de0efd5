"""Round 13 of the local event and date rules: clock times and day numbers said in
words ("seven a.m.", "between ten and twelve", "Monday the ninth", "at like eleven"),
spans of hours ("sat 12-6", "8am-8pm"), the Australian "arvo", a moment from before the
conversation read as a plan, builders' "demo", and refusals by being elsewhere."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.text import parse

REF = datetime(2025, 6, 2, 10, 0, tzinfo=UTC)  # a Monday


def _dates(text: str) -> list[tuple[str, bool]]:
    return [(m.value.isoformat(), m.has_time) for m in find_dates(text, REF)]


def _events(text: str, source: str = "message", spec: str | None = "sms") -> list[tuple[str, str]]:
    document = parse(text, source, spec)
    return [(e.title, e.start.isoformat()) for e in extract_events(document, REF)]


# --------------------------------------------------------------- clock times in words


def test_spelled_hour_with_am_pm() -> None:
    assert _dates("The fitting is on Thursday, eight a.m.") == [("2025-06-05T08:00:00+00:00", True)]
    assert _dates("dinner Friday at nine thirty pm") == [("2025-06-06T21:30:00+00:00", True)]


def test_spelled_hour_am_is_not_the_verb() -> None:
    assert _dates("no one am I going to ask") == []


def test_between_two_spelled_hours_starts_at_the_first() -> None:
    assert _dates("The glazier can come Wednesday between eleven and one.") == [
        ("2025-06-04T11:00:00+00:00", True)
    ]
    assert _dates("inspection on Thursday the 5th, between eight and noon") == [
        ("2025-06-05T08:00:00+00:00", True)
    ]


def test_between_hours_with_meridiem_on_the_end() -> None:
    assert _dates("installer due Tuesday between 2 and 4pm") == [
        ("2025-06-03T14:00:00+00:00", True)
    ]
    assert _dates("installer due Tuesday between 11 and 1pm") == [
        ("2025-06-03T11:00:00+00:00", True)
    ]
    assert _dates("courier window Friday btwn 9-11") == [("2025-06-06T09:00:00+00:00", True)]


def test_between_numbers_of_things_is_no_time() -> None:
    assert _dates("we expect between 20 and 30 people") == []
    assert _dates("it takes between two and four weeks") == []
    assert _dates("between five and six guests said yes") == []


def test_spelled_hour_after_about_needs_a_day() -> None:
    assert _dates("Saturday morning around nine, if that suits") == [
        ("2025-06-07T09:00:00+00:00", True)
    ]
    assert _dates("I counted about nine, maybe more.") == []


def test_filler_like_before_the_hour() -> None:
    assert _dates("the locksmith turns up at like ten tomorrow") == [
        ("2025-06-03T10:00:00+00:00", True)
    ]


def test_spelled_hour_by_with_part_of_day() -> None:
    assert _dates("Check-in is the 9th, be there by six in the morning.") == [
        ("2025-06-09T06:00:00+00:00", True)
    ]


def test_spelled_hour_followed_by_so() -> None:
    assert _dates("we lift the floor thursday at eight so clear the room") == [
        ("2025-06-05T08:00:00+00:00", True)
    ]


# --------------------------------------------------------------- day numbers in words


def test_weekday_with_ordinal_word() -> None:
    assert _dates("Movers arrive Tuesday the tenth.") == [("2025-06-10T00:00:00+00:00", False)]
    assert _dates("the party is on the twenty-first of June") == [
        ("2025-06-21T00:00:00+00:00", False)
    ]
    assert _dates("see you July the third at noon") == [("2025-07-03T12:00:00+00:00", True)]


def test_ordinal_word_without_day_or_month_is_no_date() -> None:
    assert _dates("that was the third time he called") == []
    assert _dates("on the second thought, skip it") == []


# --------------------------------------------------------------- spans of hours


def test_day_with_a_span_of_bare_hours() -> None:
    assert _dates("can you take my shift fri 11-5?") == [("2025-06-06T11:00:00+00:00", True)]
    assert _dates("Wednesday 9-5 as ever") == [("2025-06-04T09:00:00+00:00", True)]


def test_a_score_after_a_day_is_no_time() -> None:
    assert _dates("they won Sunday 4-2 at home") == [("2025-06-08T00:00:00+00:00", False)]


def test_end_of_a_span_is_not_a_second_moment() -> None:
    # 7am has passed on the reference morning, so the next 7am.
    assert _dates("yes I can do it, 7am–3pm right?") == [("2025-06-03T07:00:00+00:00", True)]


def test_a_moved_time_keeps_the_new_clock() -> None:
    got = _dates("we have to move your visit on June 4 from 9 am to 2:30 pm")
    assert any(value.endswith("T14:30:00+00:00") for value, _ in got)


def test_short_day_with_at_hour() -> None:
    assert _dates("pizza sat at 7 then?") == [("2025-06-07T19:00:00+00:00", True)]
    assert _dates("I sat at 7 desks today") == [("2025-06-02T00:00:00+00:00", False)]


def test_arvo_is_the_afternoon() -> None:
    assert _dates("I'll pop over Friday arvo about 3") == [("2025-06-06T15:00:00+00:00", True)]
    assert _dates("free this arvo?") == [("2025-06-02T15:00:00+00:00", True)]


# --------------------------------------------------------------- events


def test_visit_between_spelled_hours() -> None:
    text = (
        "Priya (landlord): the electrician can come Wednesday between nine and eleven to "
        "swap the fuse box.\nMe: Wednesday works, I'll be in."
    )
    assert _events(text) == [("Electrician visit with Priya", "2025-06-04T09:00:00+00:00")]


def test_shift_cover_with_a_span_of_hours() -> None:
    text = "Omar: could you cover my shift fri 10-4? family thing\nMe: sure I can do it"
    assert [start for _, start in _events(text)] == ["2025-06-06T10:00:00+00:00"]


def test_a_time_stamp_before_the_conversation_is_no_event() -> None:
    text = (
        "Login alert\nDevice: Firefox on Mac\nTime: 2 June 2025, 09:12 UTC\n"
        "If this was you, ignore this."
    )
    assert _events(text, "other", None) == []


def test_builders_demo_is_demolition() -> None:
    text = "Foreman: tiles arrive Friday and the demo starts Monday at 7am.\nMe: fine"
    assert _events(text) == [("Demolition starts", "2025-06-09T07:00:00+00:00")]


def test_a_product_demo_keeps_its_name() -> None:
    text = "Mina: the demo for the client is Tuesday at 3pm, can you join?\nMe: yes I'll join"
    assert [title for title, _ in _events(text)] == ["Demo with Mina"]


def test_demo_day_is_not_demolition() -> None:
    text = "Accelerator: Demo Day is on June 12 at 1pm, see you there!"
    assert all(title != "Demolition starts" for title, _ in _events(text, "email", None))


def test_refused_by_being_away_that_weekend() -> None:
    text = (
        "Lina: picnic at the lake saturday from 2! bring snacks\n"
        "Me: oh no, we're away that weekend, next time for sure\n"
        "Lina: aww ok"
    )
    assert _events(text) == []


def test_refused_by_being_in_another_town_the_whole_weekend() -> None:
    text = (
        "Tomas: games night at mine on Saturday, 8pm, you in?\n"
        "Me: argh I'm in Bristol the whole weekend for a stag do\n"
        "Tomas: shame"
    )
    assert _events(text) == []


def test_refusal_after_an_emoji_line_still_counts() -> None:
    text = (
        "Ines: it's my leaving drinks next Friday!! The Anchor, 18:00. you'll come??\n"
        "Ines: 🥺\n"
        "Me: gah I'm in Cardiff that whole weekend 😩\n"
        "Me: coffee the week after instead?\n"
        "Ines: deal"
    )
    assert all("2025-06-06" not in start for _, start in _events(text))


def test_being_in_a_place_on_the_day_is_not_a_refusal_by_itself() -> None:
    text = "Jude: lunch on Thursday at 1pm at Rosa's?\nMe: yes! I'm in town that day anyway"
    assert [start for _, start in _events(text)] == ["2025-06-05T13:00:00+00:00"]


# --------------------------------------------------------------- someone else takes it on


def test_another_speaker_takes_the_person_to_the_plan() -> None:
    text = (
        "Me: Grandpa's eye test is Thursday at 11, who can drive him?\n"
        "Sol: I'll take him, I'm free that morning\n"
        "Me: thank you!"
    )
    assert _events(text) == []


def test_plan_and_handover_in_one_line_of_another_speaker() -> None:
    text = (
        "Dana: Ellie has her piano exam Saturday at ten, I'll drive her.\nMe: ok, good luck to her"
    )
    assert _events(text) == []


def test_the_user_taking_the_person_keeps_the_plan() -> None:
    text = (
        "Dana: Ellie has her piano exam Saturday at 10am, can you drive her?\n"
        "Me: yes, I'll take her"
    )
    assert [start for _, start in _events(text)] == ["2025-06-07T10:00:00+00:00"]


def test_offer_to_take_the_user_along_keeps_the_plan() -> None:
    text = (
        "Kim: concert at the Roundhouse Friday at 8pm, want to come?\n"
        "Me: yes!\n"
        "Kim: great, I'll pick up them and you at 7"
    )
    assert [start for _, start in _events(text)] == ["2025-06-06T20:00:00+00:00"]


# --------------------------------------------------------------- visits to the user's home


def test_building_staff_named_then_as_a_pronoun() -> None:
    text = (
        "Ms. Ortega: I'll send Bruno, the caretaker, he can come Thursday between two and four.\n"
        "Me: Thursday afternoon is fine, I'm home."
    )
    assert _events(text) == [("Caretaker visit with Ms. Ortega", "2025-06-05T14:00:00+00:00")]


def test_tradesperson_who_will_pop_round() -> None:
    text = "Kev: the glazier will pop round Wednesday at 9am to measure up\nMe: great"
    assert [title for title, _ in _events(text)] == ["Glazier visit with Kev"]


def test_super_as_an_adverb_is_no_visitor() -> None:
    text = "Lou: this cake is super here on Friday at 5pm nobody comes"
    assert all("Super" not in title for title, _ in _events(text))


def test_trade_in_the_speaker_label() -> None:
    text = (
        "Ana (electrician): Hi, could come Tuesday at 10am to rewire the porch light\n"
        "Me: Tuesday 10am suits"
    )
    assert _events(text) == [("Electrician visit with Ana", "2025-06-03T10:00:00+00:00")]


def test_trade_label_without_an_offer_to_come_opens_nothing() -> None:
    text = "Ana (electrician): the invoice is due Tuesday\nMe: ok will pay"
    assert all("visit" not in title.lower() for title, _ in _events(text))


def test_role_of_someone_else_is_not_the_speakers() -> None:
    text = (
        "Bo (painter): I can come Friday at 8am\n"
        "Cy (neighbour): I can come Friday at 8am too, to help\n"
        "Me: thanks both"
    )
    titles = [title for title, _ in _events(text)]
    assert "Neighbour visit" not in titles


# --------------------------------------------------------------- past and vague dates


def test_following_a_past_visit_on_a_date_is_no_event() -> None:
    text = (
        "Following your appointment with Dr. Varga on May 29, we have sent your results "
        "to the clinic. Please call them to book."
    )
    assert _events(text, "email", None) == []


def test_a_follow_up_booked_for_a_date_still_stands() -> None:
    text = "Your follow-up appointment with Dr. Varga is booked for June 10 at 2pm."
    assert _events(text, "email", None) == [
        ("Follow-up appointment with Dr. Varga", "2025-06-10T14:00:00+00:00")
    ]


def test_next_visit_in_months_is_no_event() -> None:
    text = "Check-up done, all good. Next dental check-up in 6 months."
    assert _events(text, "other", None) == []


def test_visit_in_weeks_is_still_dated() -> None:
    text = "Jen: our housewarming party is in two weeks, you're coming right?\nMe: of course"
    assert [start for _, start in _events(text)] == ["2025-06-16T00:00:00+00:00"]


# --------------------------------------------------------------- day-first slash dates


def test_slash_date_read_day_first_when_month_first_is_most_of_a_year_away() -> None:
    # On 2 June, "07/06" month first is 6 July (near): stays US.
    assert _dates("dentist on 07/06 at 9am") == [("2025-07-06T09:00:00+00:00", True)]
    # "04/06" month first is April next year; day first is 4 June, two days ahead.
    assert _dates("physio on 04/06 at 9am") == [("2025-06-04T09:00:00+00:00", True)]


def test_slash_date_far_both_ways_stays_month_first() -> None:
    assert _dates("renewal on 11/10") == [("2025-11-10T00:00:00+00:00", False)]


# --------------------------------------------------------------- a sitter's evening


def test_sitter_offers_a_day_and_the_user_gives_the_time() -> None:
    text = (
        "Roisin: Hi! Yes I can babysit on Friday, what time suits?\n"
        "Me: Brilliant, 7pm till about midnight?\n"
        "Roisin: Perfect, see you then!"
    )
    assert _events(text) == [("Roisin babysitting", "2025-06-06T19:00:00+00:00")]


def test_sitting_down_is_no_babysitting() -> None:
    text = "Theo: I can sit at the back on Friday at 7pm, fine by me\nMe: ok"
    assert all("babysitting" not in title for title, _ in _events(text))


def test_the_user_offering_to_babysit_is_not_a_sitter_visit() -> None:
    text = "Nell: could you mind Ruby on Saturday at 2pm?\nMe: yes I can babysit"
    assert all(not title.startswith("Me ") for title, _ in _events(text))
