"""Events and categories of the local engine, third round, on examples written for these
tests (not taken from any evaluation split): plans without a plan noun (a game named by
its opponent, a visit by a trade, a gathering at someone's place, a birthday named by
the age), generic titles named by their venue or opponent, texts whose plans are not
the user's (declined notices, promotions, broadcasts), and category vocabulary. Each
rule has examples and counter-examples."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local.categories import classify
from omi_actions.processing.local.engine import LocalEngine
from omi_actions.processing.local.event_context import named_venue, played_team
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


def _titles(text: str, **kw: object) -> list[str]:
    return [e.title for e in _events(text, **kw)]  # type: ignore[arg-type]


# --------------------------------------------------------------------------- games


def test_game_named_by_its_opponent() -> None:
    text = "Coach: we're playing the Falcons on Saturday.\nMe: what time?\nCoach: 10am at the park."
    events = _events(text, source="message", spec="chat")
    assert [e.title for e in events] == ["Game vs. the Falcons"]
    assert events[0].start == datetime(2027, 3, 13, 10, 0, tzinfo=UTC)


def test_kickoff_title_names_the_opponent() -> None:
    titles = _titles("Kickoff vs. Northside is at 11am on Saturday, be there by 10:30.")
    assert titles == ["Game vs. Northside"]


def test_playing_a_name_that_is_not_a_team_is_no_game() -> None:
    assert played_team("we're playing Monday at 6") is None
    assert played_team("I was playing guitar") is None
    assert played_team("against the Rockets tonight") == "the Rockets"


# --------------------------------------------------------------------------- venues


def test_show_titled_by_venue_and_started_by_show_not_doors() -> None:
    text = (
        "Your tickets are confirmed!\nMarlow Concert Hall, 12 River Rd\n"
        "Fri, Apr 2 2027 · Doors 6:30 PM · Show 7:30 PM\nOrder #A1234"
    )
    events = _events(text, source="other_text", spec="email")
    assert len(events) == 1
    assert events[0].title == "Show at Marlow Concert Hall"
    assert events[0].start == datetime(2027, 4, 2, 19, 30, tzinfo=UTC)


def test_named_venue_needs_a_name_before_the_kind_of_place() -> None:
    assert named_venue("The Hall is booked") is None
    assert named_venue("Check in at Pinecrest Lodge from 3pm") == "Pinecrest Lodge"
    assert named_venue("we met at the town hall") is None


# --------------------------------------------------------------------------- visits


def test_trade_visit_without_auxiliary_and_with_qualifier() -> None:
    assert _titles("the electrician coming thursday at 9 to look at the fuse box") == [
        "Electrician visit"
    ]
    titles = _titles("The structural engineer is coming on site April 6 at 8am.")
    assert titles == ["Structural engineer visit"]


def test_boiler_man_visit_but_not_any_man() -> None:
    assert _titles("the boiler man can come Monday at 10am, can you be in?") == ["Boiler man visit"]
    assert _titles("the man can come Monday at 10am") != ["Man visit"]


# --------------------------------------------------------------------------- gatherings


def test_gathering_at_someones_place_named_by_the_host() -> None:
    assert _titles("the crawfish boil is on Saturday at mine, 2pm, bring whoever") == [
        "Crawfish boil"
    ]


def test_report_due_is_not_a_gathering() -> None:
    assert _titles("the report is on Friday at 5pm, send it to Ana") == []


def test_birthday_named_by_the_age() -> None:
    titles = _titles("Grandad's 90th!! Saturday the 20th, 1pm, the back room at the club.")
    assert titles and titles[0].startswith("Grandad's 90th birthday")
    assert not _titles("Meet on Oak Street's 4th floor at 3pm")


def test_medical_test_and_sports_short_forms() -> None:
    assert _titles("tomorrow I've got the smear test at 9:15, don't forget") == ["Smear test"]
    assert _titles("still on for hoops tmrw 6pm?")[0].startswith("Basketball")


def test_circle_is_a_plan_but_circle_back_is_not() -> None:
    assert _titles("Next poetry circle is on Thursday at 7pm, bring a poem.")
    assert not _titles("Let's circle back on Thursday at 7pm about the budget.")


def test_delivery_with_a_time_but_not_delivery_fees() -> None:
    assert _titles("Your sofa delivery is Thursday at 8am, someone must be home.")
    assert not _titles("Free delivery on orders over $50 until Thursday at 8pm!")


# --------------------------------------------------------------------------- not the user's


def test_declined_calendar_notice_has_no_event() -> None:
    text = "Declined: Team lunch @ Fri Mar 12, 2027 12pm - 1pm\n\nYou have declined this event."
    assert _events(text, source="other_text", spec="calendar_invite") == []


def test_promotional_webinar_has_no_event_but_a_registration_does() -> None:
    promo = (
        "From: Acmetools <news@acmetools.example>\nSubject: Free webinar Thursday\n\n"
        "Join us this Thursday at 3pm for a free webinar. Seats are limited, register now!\n"
        "Unsubscribe"
    )
    assert _events(promo, source="other_text", spec="email") == []
    registered = (
        "From: Acmetools <news@acmetools.example>\nSubject: You're registered\n\n"
        "You're registered for the webinar this Thursday at 3pm. Unsubscribe"
    )
    assert _events(registered, source="other_text", spec="email")


def test_podcast_sign_off_is_no_event() -> None:
    text = "Host: leave us a review, and see you next Wednesday at 6am for the next episode!"
    assert _events(text, source="audio_transcript", spec="podcast") == []


def test_review_left_on_an_app_is_no_plan() -> None:
    assert not _titles("Please leave a quick review by Friday at 5pm, thanks!")
    assert _titles("Design review on Friday at 5pm in room 2.")


def test_office_hours_only_when_the_user_goes() -> None:
    notice = "Reminder: office hours this week are Thursday 2pm in room 101."
    assert _events(notice, source="other_text", spec="school_portal") == []
    assert _titles("I'll stop by office hours on Thursday at 2pm to ask about the essay.")


def test_modifiers_skip_interjections_and_am_pm() -> None:
    titles = _titles("hey lunch with Lou on Friday at 12:30?")
    assert titles and not titles[0].lower().startswith("hey")
    assert not _titles("pick up dry cleaning Friday at 5pm")


# --------------------------------------------------------------------------- categories


def test_category_vocabulary_of_niche_domains() -> None:
    assert classify("We knocked on doors in the precinct and the incumbent is polling badly.") == (
        "politics"
    )
    assert classify("The kerning on the hero image is off and the typeface feels heavy.") == (
        "design"
    )
    assert classify("Ran the assay twice, the centrifuge was fine but the reagent expired.") == (
        "science"
    )
    assert classify(
        "Bundle up, the forecast says gusts and sleet with a wind chill below zero."
    ) == ("weather")
    assert classify("We read Sartre and argued about nihilism and whether life is absurd.") == (
        "philosophy"
    )


def test_category_vocabulary_counter_examples() -> None:
    # A car model, a couple of days and "feels like" are not politics, romance or weather.
    assert classify("My Civic needs new tires before the road trip next month.") != "politics"
    assert classify("I'll be back in a couple of days, it feels like forever.") not in (
        "romantic",
        "weather",
    )
