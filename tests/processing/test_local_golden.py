"""Golden tests: the seed document's seven examples through the local engine."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from omi_actions.processing.local import LocalEngine
from omi_actions.processing.schemas import (
    ConversationInput,
    ConversationResult,
    FactsInput,
    FactsResult,
    Geolocation,
)

STARTED = datetime(2024, 3, 10, 15, 0, tzinfo=UTC)
FINISHED = datetime(2024, 3, 10, 15, 5, tzinfo=UTC)

TRANSCRIPT = (
    "John: Hi Sarah, how was your weekend?\n\nSarah: It was great! I went hiking at Mount "
    "Rainier.\n\nJohn: That sounds amazing. I've been wanting to go there.\n\nSarah: You should "
    "definitely check it out. The views are breathtaking."
)
EMAIL = (
    "From: alex@example.com\nTo: me@example.com\nSubject: Dinner Plans\n\nHi there,\n\nWould "
    "you like to grab dinner this Friday at 7pm? I found a new restaurant downtown that has "
    "great reviews.\n\nLet me know if you're available!\n\nBest,\nAlex"
)
POST = (
    "Just finished my first marathon! 26.2 miles in 4 hours and 15 minutes. So proud of this "
    "accomplishment after 6 months of training. #running #marathon #personalgoals"
)
SMS = (
    "Mom: Don't forget to pick up milk on your way home\n\nMe: Will do. Need anything else?"
    "\n\nMom: Maybe some bread too if the store has the whole grain kind\n\nMe: Got it. I'll be "
    "home around 6pm"
)
FLIGHT = (
    "Your flight to Paris has been confirmed for May 15th, 2024. Departure: JFK at 9:30 PM. "
    "Arrival: CDG at 11:00 AM local time. Confirmation code: ABC123. Your hotel reservation at "
    "Hotel de Paris is confirmed for May 16-20, 2024."
)
JOB = (
    "I'm excited to announce that I've accepted a new position as Senior Software Engineer at "
    "TechCorp starting next month! Looking forward to this new chapter in my career. #newjob "
    "#softwareengineering #career"
)
DOCTOR = (
    "Dr. Smith's contact information: Phone: (555) 123-4567, Email: dr.smith@hospital.org. Next "
    "appointment scheduled for April 3rd at 2:30 PM. Remember to bring your insurance card and "
    "list of current medications."
)


@pytest.fixture(scope="module")
def engine() -> LocalEngine:
    return LocalEngine()


def _conversation(
    engine: LocalEngine,
    text: str,
    source: str,
    spec: str,
    geolocation: Geolocation | None = None,
) -> ConversationResult:
    return engine.process_conversation(
        ConversationInput(
            text=text,
            started_at=STARTED,
            finished_at=FINISHED,
            text_source=source,  # type: ignore[arg-type]
            text_source_spec=spec,
            geolocation=geolocation,
        )
    )


def _facts(engine: LocalEngine, text: str, source: str, spec: str) -> FactsResult:
    return engine.extract_facts(
        FactsInput(text=text, text_source=source, text_source_spec=spec, reference_time=STARTED)  # type: ignore[arg-type]
    )


def _contents(result: FactsResult | ConversationResult) -> list[str]:
    return [fact.content for fact in result.facts]


def test_transcript_hiking_has_no_action_items_or_events(engine: LocalEngine) -> None:
    result = _conversation(engine, TRANSCRIPT, "audio_transcript", "phone_call")
    assert not result.discarded
    assert result.structured.action_items == []
    assert result.structured.events == []
    assert "Rainier" in result.structured.title
    assert len(result.structured.title.split()) <= 10


def test_email_dinner_invitation(engine: LocalEngine) -> None:
    result = _conversation(engine, EMAIL, "other_text", "email")
    structured = result.structured
    assert structured.category == "social"
    assert [e.start for e in structured.events] == [datetime(2024, 3, 15, 19, 0, tzinfo=UTC)]
    assert "Dinner" in structured.events[0].title and "Alex" in structured.events[0].title
    assert structured.events[0].duration_minutes == 30
    replies = [a.description for a in structured.action_items]
    assert len(replies) == 1
    assert replies[0].startswith("Reply to Alex about dinner")
    assert "Dinner" in structured.title and len(structured.title.split()) <= 10


def test_social_post_marathon(engine: LocalEngine) -> None:
    result = _conversation(
        engine, POST, "other_text", "social_post", Geolocation(latitude=40.7128, longitude=-74.006)
    )
    assert result.structured.category == "sports"
    assert result.structured.emoji == "🏃"
    assert result.structured.action_items == []
    assert result.place is not None
    assert result.place.name == "New York City"
    assert result.place.country_code == "US"
    assert any("first marathon" in fact for fact in _contents(result))


def test_sms_milk_and_bread(engine: LocalEngine) -> None:
    result = _conversation(engine, SMS, "message", "sms")
    descriptions = [a.description for a in result.structured.action_items]
    assert descriptions[0] == "Pick up milk on the way home"
    assert len(descriptions) == 2
    assert "bread" in descriptions[1] and descriptions[1].startswith("Pick up")
    assert result.structured.category == "family"
    # "I'll be home around 6pm" is neither a task nor a calendar event.
    assert result.structured.events == []


def test_flight_and_hotel_facts(engine: LocalEngine) -> None:
    contents = _contents(_facts(engine, FLIGHT, "email", "travel_confirmation"))
    assert "User has a flight from JFK to Paris on 2024-05-15 at 21:30" in contents
    assert "User has a hotel reservation at Hotel de Paris for May 16-20, 2024" in contents
    assert "User's confirmation code is ABC123" in contents


def test_techcorp_job_fact(engine: LocalEngine) -> None:
    result = _facts(engine, JOB, "social_post", "linkedin")
    job = [f for f in result.facts if "TechCorp" in f.content]
    assert job and job[0].content.startswith(
        "User accepted a new position as Senior Software Engineer at TechCorp"
    )
    assert job[0].category == "work"


def test_doctor_contact_and_appointment_facts(engine: LocalEngine) -> None:
    contents = _contents(_facts(engine, DOCTOR, "other", "health_app"))
    assert "User's doctor is Dr. Smith, phone (555) 123-4567" in contents
    assert "User's doctor Dr. Smith's email is dr.smith@hospital.org" in contents
    # The occasion carries its absolute date (self-contained) and the date as written.
    assert (
        "User has an appointment with Dr. Smith on 2024-04-03 at 14:30 (April 3rd at 2:30 PM)"
        in contents
    )


def test_doctor_text_as_conversation_gives_appointment_event_and_task(engine: LocalEngine) -> None:
    result = _conversation(engine, DOCTOR, "other_text", "health_app")
    (event,) = result.structured.events
    assert event.start == datetime(2024, 4, 3, 14, 30, tzinfo=UTC)
    assert "Appointment" in event.title and "Dr. Smith" in event.title
    (task,) = result.structured.action_items
    assert task.description.startswith("Bring insurance card and list of current medications")
    assert task.due_at == event.start
    assert result.structured.category == "health"
