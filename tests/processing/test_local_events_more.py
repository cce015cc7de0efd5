"""Events and categories of the local engine on examples written for these tests
(not taken from any evaluation split): itinerary legs, trips over a span of
days, plan parts that time the plan, activity and place titles, roles that are
not people, declines that answer another question, and domain vocabulary for
the categories that a generic lexicon used to lose to social/personal."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from omi_actions.processing.local.categories import classify
from omi_actions.processing.local.engine import LocalEngine
from omi_actions.processing.local.event_titles import is_person_name, place_in
from omi_actions.processing.schemas import ConversationInput, Event

ENGINE = LocalEngine()
# A Wednesday afternoon.
WEDNESDAY = datetime(2026, 4, 8, 15, 0, tzinfo=UTC)


def _run(text: str, source: str = "message", spec: str | None = None) -> tuple[list[Event], str]:
    result = ENGINE.process_conversation(
        ConversationInput(
            text=text,
            started_at=WEDNESDAY,
            finished_at=WEDNESDAY,
            text_source=source,  # type: ignore[arg-type]
            text_source_spec=spec,
        )
    )
    return result.structured.events, result.structured.category


def _events(text: str, source: str = "message", spec: str | None = None) -> list[Event]:
    return _run(text, source, spec)[0]


def _at(day: int, hour: int = 0, minute: int = 0, month: int = 4) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


# --------------------------------------------------------------------------- itineraries


def test_rail_itinerary_lines_are_legs() -> None:
    text = (
        "From: Northern Lines <noreply@northernlines.example>\nTo: me@example.com\n"
        "Subject: Your rail e-ticket\n\nBooking ref 8KQ2\n\n"
        "Outbound   Fri 17 Apr 2026   07:05 Leeds → 09:20 Edinburgh   carriage C, seat 14\n"
        "Return     Sun 19 Apr 2026   16:40 Edinburgh → 19:02 Leeds   carriage B, seat 3\n"
    )
    events = _events(text, "other_text", "email")
    assert [(e.title, e.start) for e in events] == [
        ("Train from Leeds to Edinburgh", _at(17, 7, 5)),
        ("Train from Edinburgh to Leeds", _at(19, 16, 40)),
    ]
    assert events[0].duration_minutes == 135


def test_flight_legs_use_airline_words() -> None:
    text = (
        "Subject: Itinerary for your trip\n\nFlight 1: 22 Apr 2026 10:15 Denver -> 13:50 Boston, "
        "gate B12\nBoarding closes 20 minutes before departure."
    )
    events = _events(text, "other_text", "email")
    assert [(e.title, e.start) for e in events] == [
        ("Flight from Denver to Boston", _at(22, 10, 15))
    ]


def test_an_arrow_without_a_date_is_not_a_leg() -> None:
    text = "Note: sales → marketing handoff still broken, see the doc."
    assert _events(text, "other_text", "note") == []


# --------------------------------------------------------------------------- trips and parts


def test_booked_span_of_days_is_a_trip_on_its_first_day() -> None:
    text = "Ana: Porto is booked!! May 4-8, flights and a hotel by the river\nMe: yay"
    events = _events(text)
    assert [(e.title, e.start) for e in events] == [("Trip to Porto", _at(4, month=5))]


def test_a_span_of_days_without_travel_is_not_a_trip() -> None:
    text = "Ana: the exhibition runs May 4-8 at the gallery, worth a look sometime"
    assert all(not e.title.startswith("Trip") for e in _events(text))


def test_plan_part_times_the_plan() -> None:
    text = (
        "Coach: The fun run is next Saturday!\nCoach: Please bring water.\n"
        "Me: we'll be there\nCoach: Thanks all\nCoach: Check-in at the north gate 8:30-9:00"
    )
    events = _events(text)
    assert [(e.title.split()[0], e.start) for e in events] == [("Fun", _at(11, 8, 30))]


def test_weekday_after_explicit_date_means_that_week() -> None:
    text = (
        "Lena: the cabin is confirmed for the weekend of May 15!!\n"
        "Me: I'll bring board games\nLena: check-in is 3pm Friday"
    )
    events = _events(text)
    assert [e.start for e in events] == [_at(15, 15, 0, month=5)]  # May 15 2026 is a Friday


def test_day_said_with_the_clock_wins() -> None:
    text = "Kai: gym closes monday, practice is thursday 9pm?\nMe: thursday works"
    events = _events(text)
    assert [e.start for e in events] == [_at(9, 21)]


def test_no_thanks_to_anything_else_keeps_the_visit() -> None:
    text = (
        "Agent: I've booked an electrician for Friday, April 10 between 1 and 3pm.\n"
        "Me: great\nAgent: Is there anything else I can help you with?\nMe: no thanks"
    )
    events = _events(text)
    assert [(e.title, e.start) for e in events] == [("Electrician visit", _at(10, 13))]


def test_declining_the_plan_still_drops_it() -> None:
    text = "Sam: dinner friday at 7?\nMe: no thanks, I'm busy"
    assert _events(text) == []


def test_school_class_outing_is_not_the_users_plan() -> None:
    text = (
        "From: Ms. Ortega <ortega@school.example>\nTo: me@example.com\nSubject: Field trip\n\n"
        "Our class trip to the aquarium is on April 23. Please sign the form."
    )
    assert _events(text, "other_text", "email") == []


# --------------------------------------------------------------------------- titles


def test_booked_restaurant_at_night_is_dinner_there() -> None:
    text = "Jo: I booked Casa Verde for 7:30 tomorrow\nMe: perfect"
    events = _events(text)
    assert [(e.title, e.start) for e in events] == [("Dinner at Casa Verde", _at(9, 19, 30))]


def test_place_noun_names_the_activity() -> None:
    text = "Rob: Saturday, Eagle Peak trailhead at 6:45am?\nMe: in"
    events = _events(text)
    assert [e.start for e in events] == [_at(11, 6, 45)]
    assert events[0].title.startswith("Eagle Peak hike")


def test_roles_and_organisations_are_not_people() -> None:
    assert is_person_name("Dana") and is_person_name("Maria Gomez") and is_person_name("Dr. Liang")
    for role in ("Agent", "Clerk, County Court", "Acme Dental", "Support Team", "Partner"):
        assert not is_person_name(role), role


def test_place_after_at() -> None:
    assert place_in("brunch at Lula's Kitchen on Sunday") == "Lula's Kitchen"
    assert place_in("meet at 7 on Monday") is None
    assert place_in("see you at Noon") is None


def test_generic_meeting_with_a_role_is_that_roles_session() -> None:
    text = "Therapist: Let's meet again next Tuesday at 4pm.\nMe: sounds good"
    events = _events(text, "audio_transcript")
    assert [(e.title, e.start) for e in events] == [("Therapy session", _at(14, 16))]


def test_undated_plan_in_the_same_turn_joins_the_dated_one() -> None:
    text = (
        "Ravi: the migration dry run is scheduled for Saturday 22:00. can you be on the call?\n"
        "Me: yes"
    )
    events = _events(text)
    assert [e.start for e in events] == [_at(11, 22)]


# --------------------------------------------------------------------------- categories


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dear policyholder, your premium changes at renewal; upload a photo of the "
            "odometer to keep the discount.",
            "finance",
        ),
        (
            "Alert from your credit union: was the $87.20 purchase on card ending 4410 yours? "
            "Reply YES or NO. Msg and data rates may apply.",
            "finance",
        ),
        (
            "Notice: you are the defendant in the small claims case; the hearing is in "
            "Courtroom 2 within 10 business days.",
            "legal",
        ),
        (
            "Landlord: the plumber will fix the leak in your unit Tuesday. Rent portal moved too.",
            "real",
        ),
        (
            "Jo: trailhead at 6? Me: yes, bringing trekking poles and snacks for the climb",
            "sports",
        ),
        (
            "Dear families, the bake sale and picture day are next week. Please send your "
            "child with a labelled lunchbox.",
            "parenting",
        ),
        ("Playing my first gig with the band at the open mic Friday #livemusic", "music"),
        (
            "Session notes: the therapist suggested writing down each worry and a breathing "
            "exercise when anxious.",
            "psychology",
        ),
        (
            "Astronomer: That bright dot is Jupiter, and you can see two of its moons "
            "through the telescope.",
            "science",
        ),
        (
            "Lena: the cabin is booked for the long weekend, check-in at 3, bring the kayak",
            "travel",
        ),
        ("Reminder of your haircut and color at the salon tomorrow at 10am.", "personal"),
    ],
)
def test_domain_vocabulary_beats_generic_categories(text: str, expected: str) -> None:
    assert classify(text, source="chat") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Counter-examples: the words that moved above keep their usual sense here.
        ("Can you book the restaurant for Saturday? Friends are coming for drinks.", "social"),
        ("The new privacy policy debate in the senate ends with a vote today.", "politics"),
        ("Aunt Rosa: we land at 5 on Friday, can you pick us up? Me: of course!", "family"),
    ],
)
def test_counter_examples_keep_their_category(text: str, expected: str) -> None:
    assert classify(text, source="chat") == expected
