"""General behaviours of the local engine, with examples written for these tests
(not taken from any evaluation split): date resolution across week, month and
year boundaries; all-day and verb-only events; due dates from events; broad
category vocabularies; first-person facts."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from omi_actions.processing.local.categories import classify
from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.engine import LocalEngine
from omi_actions.processing.schemas import ConversationInput, FactsInput

SUNDAY = datetime(2025, 3, 2, 10, 0, tzinfo=UTC)
FRIDAY_EVENING = datetime(2025, 3, 7, 19, 30, tzinfo=UTC)
DEC_30 = datetime(2025, 12, 30, 9, 0, tzinfo=UTC)
FEB_28 = datetime(2025, 2, 28, 12, 0, tzinfo=UTC)

ENGINE = LocalEngine()


def _first(phrase: str, reference: datetime) -> datetime:
    mentions = find_dates(phrase, reference)
    assert mentions, phrase
    return mentions[0].value


@pytest.mark.parametrize(
    ("phrase", "reference", "expected"),
    [
        ("next Thursday", SUNDAY, datetime(2025, 3, 6, 0, 0)),
        ("the 2nd", SUNDAY, datetime(2025, 4, 2, 0, 0)),  # strictly after the anchor
        ("in 3 days", SUNDAY, datetime(2025, 3, 5, 0, 0)),
        ("Monday at noon", SUNDAY, datetime(2025, 3, 3, 12, 0)),
        ("Friday", FRIDAY_EVENING, datetime(2025, 3, 14, 0, 0)),
        ("tomorrow evening", FRIDAY_EVENING, datetime(2025, 3, 8, 18, 0)),
        ("half past six", FRIDAY_EVENING, datetime(2025, 3, 8, 18, 30)),
        ("quarter to 8", FRIDAY_EVENING, datetime(2025, 3, 7, 19, 45)),
        ("the 2nd", DEC_30, datetime(2026, 1, 2, 0, 0)),
        ("Friday", DEC_30, datetime(2026, 1, 2, 0, 0)),
        ("end of the month", DEC_30, datetime(2025, 12, 31, 0, 0)),
        ("Jan 3", DEC_30, datetime(2026, 1, 3, 0, 0)),
        ("the 1st", FEB_28, datetime(2025, 3, 1, 0, 0)),
        ("this weekend", FEB_28, datetime(2025, 3, 1, 0, 0)),
        ("in 3 days", FEB_28, datetime(2025, 3, 3, 0, 0)),
        ("midnight", FEB_28, datetime(2025, 3, 1, 0, 0)),
        ("19:30", FEB_28, datetime(2025, 2, 28, 19, 30)),
    ],
)
def test_dates_resolve_across_boundaries(
    phrase: str, reference: datetime, expected: datetime
) -> None:
    assert _first(phrase, reference) == expected.replace(tzinfo=UTC)


def test_a_clock_time_is_not_read_as_a_day_of_month() -> None:
    mentions = find_dates("book the room for the 1:30 review", SUNDAY)
    assert all(m.value.day != 1 for m in mentions)


def test_between_ten_and_noon_starts_at_ten() -> None:
    assert _first("Tuesday between 10 and noon", SUNDAY).time() == time(10, 0)


def _conversation(text: str, reference: datetime, source: str = "message") -> dict:
    result = ENGINE.process_conversation(
        ConversationInput(
            text=text, started_at=reference, finished_at=reference, text_source=source
        )
    )
    return result.structured.model_dump()


def test_a_plan_on_a_named_day_without_time_is_an_all_day_event() -> None:
    out = _conversation("Me: my job interview at Initech is on Thursday, wish me luck", SUNDAY)
    (event,) = out["events"]
    assert event["start"] == datetime(2025, 3, 6, 0, 0, tzinfo=UTC)
    assert "interview" in event["title"].lower()


def test_vague_periods_and_deadlines_make_no_all_day_event() -> None:
    assert _conversation("Me: we should do dinner sometime next week", SUNDAY)["events"] == []
    assert _conversation("Me: the report for the workshop is due Friday", SUNDAY)["events"] == []
    assert _conversation("Me: remember to call the dentist Monday", SUNDAY)["events"] == []


def test_recurring_and_past_plans_are_not_events() -> None:
    assert _conversation("Me: I have piano lessons on Tuesday evenings", SUNDAY)["events"] == []
    text = "Throwback to last summer's camping trip at the lake, 5 days of bliss"
    assert _conversation(text, SUNDAY, "other_text")["events"] == []


def test_a_dated_plan_said_with_a_verb_is_an_event() -> None:
    out = _conversation("Jo: see you Saturday at 11am at the farmers market!", SUNDAY)
    assert [e["start"] for e in out["events"]] == [datetime(2025, 3, 8, 11, 0, tzinfo=UTC)]
    out = _conversation("Ops: the database migration is scheduled for Wednesday 22:00", SUNDAY)
    (event,) = out["events"]
    assert event["start"] == datetime(2025, 3, 5, 22, 0, tzinfo=UTC)
    assert "migration" in event["title"].lower()


def test_a_visitor_with_a_time_window_is_an_event() -> None:
    text = "Landlord: the electrician can come on Thursday between 9 and 11.\nMe: ok thanks"
    out = _conversation(text, SUNDAY)
    assert [e["start"] for e in out["events"]] == [datetime(2025, 3, 6, 9, 0, tzinfo=UTC)]
    assert out["events"][0]["title"].startswith("Electrician visit")


def test_a_declined_invitation_is_not_an_event() -> None:
    text = (
        "Nina: want to join a quick call Tuesday at 3pm about the role?\n"
        "Me: thanks but I'm not interested"
    )
    assert _conversation(text, SUNDAY)["events"] == []


def test_a_later_weaker_clock_does_not_move_a_precise_plan() -> None:
    text = "Kai: climbing gym Saturday, meet at 6:45am?\nMe: 6:45 is early but ok"
    out = _conversation(text, SUNDAY)
    assert [e["start"] for e in out["events"]] == [datetime(2025, 3, 8, 6, 45, tzinfo=UTC)]


def test_a_task_for_a_named_event_is_due_when_it_starts() -> None:
    text = (
        "Priya: the quarterly review is on Thursday at 10am.\n"
        "Priya: can you present the churn numbers at the quarterly review?"
    )
    out = _conversation(text, SUNDAY)
    items = [i for i in out["action_items"] if "churn" in i["description"].lower()]
    assert items and items[0]["due_at"] == datetime(2025, 3, 6, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My dermatologist changed the dosage of the cream and ordered a blood test", "health"),
        ("The index fund dividends were reinvested and my brokerage statement is ready", "finance"),
        ("Our toddler refuses to nap and the preschool sent a note about tantrums", "parenting"),
        ("The city council vote on the new ballot measure is next week", "politics"),
        ("Binge-watched the whole season of that series on Netflix last night", "entertainment"),
        ("The creek cleanup and tree planting reduced litter along the river", "environment"),
        ("The realtor says the open house drew three offers above the listing price", "real"),
    ],
)
def test_general_topic_vocabulary(text: str, category: str) -> None:
    assert classify(text) == category


def test_little_evidence_falls_back_by_source_not_to_other() -> None:
    text = "Me: are you around later?\nSam: yeah what's up\nMe: tell you when I see you"
    assert classify(text, source="chat") == "social"
    assert classify("ok", source="chat") == "other"
    assert (
        classify("Big savings this week only, shop now and unsubscribe anytime", source="email")
        == "other"
    )


def _facts(text: str) -> list[str]:
    result = ENGINE.extract_facts(FactsInput(text=text, text_source="other", reference_time=SUNDAY))
    return [f.content for f in result.facts]


def test_first_person_facts_split_into_single_statements() -> None:
    facts = _facts(
        "I grew up in Lyon and moved to Montreal in 2019. I speak French, Italian and some German."
    )
    assert "User grew up in Lyon" in facts
    assert "User moved to Montreal in 2019" in facts
    assert {"User speaks French", "User speaks Italian", "User speaks some German"} <= set(facts)


def test_intro_phrase_and_my_x_is_y_lists() -> None:
    facts = _facts(
        "On weekends I repair old radios. "
        "First day notes: my mentor is Ana Ruiz, my team is Billing."
    )
    assert "User repairs old radios" in facts
    assert "User's mentor is Ana Ruiz" in facts


def test_progressive_my_clauses_are_not_facts() -> None:
    assert not any("flooding" in f for f in _facts("Help, my basement is flooding!"))


def test_all_day_event_date() -> None:
    out = _conversation("Me: Lena's graduation ceremony is on the 14th!", FEB_28)
    assert [e["start"].date() for e in out["events"]] == [date(2025, 3, 14)]


def test_speaker_roles_in_parentheses_are_speaker_turns() -> None:
    text = (
        "Dana (Recruiter, Initrode): would you be open to a call Thursday at 4pm?\n"
        "Me: thanks, but I'm not looking right now"
    )
    out = _conversation(text, SUNDAY)
    assert out["events"] == []  # the user declined in their own turn


def test_a_voice_note_is_the_users_own_note() -> None:
    text = "Note to self. I need to cancel the magazine subscription before Friday."
    out = _conversation(text, SUNDAY, "other_text")
    result = ENGINE.process_conversation(
        ConversationInput(
            text=text,
            started_at=SUNDAY,
            finished_at=SUNDAY,
            text_source="other_text",
            text_source_spec="voice_note",
        )
    )
    descriptions = [a.description.lower() for a in result.structured.action_items]
    assert any("cancel the magazine subscription" in d for d in descriptions)
    assert out["action_items"]


def test_a_later_clock_offered_instead_keeps_the_morning() -> None:
    text = (
        "Me: can I get a tennis lesson tomorrow at 7am?\n"
        "Desk: 7 is taken, I've got 7:45 free.\n"
        "Me: I'll take it"
    )
    out = _conversation(text, SUNDAY)
    assert [e["start"] for e in out["events"]] == [datetime(2025, 3, 3, 7, 45, tzinfo=UTC)]


def test_due_dates_from_the_sentence_but_not_from_vague_periods() -> None:
    out = _conversation("Me: Tomorrow, first thing: I need to call the bank.", SUNDAY)
    (item,) = out["action_items"]
    assert item["due_at"].date() == date(2025, 3, 3)
    out = _conversation("Me: I need to renew my passport next week.", SUNDAY)
    (item,) = out["action_items"]
    assert item["due_at"] is None


def test_approximate_clock_times() -> None:
    assert _first("Saturday 7ish", SUNDAY) == datetime(2025, 3, 8, 19, 0, tzinfo=UTC)
    text = "Maya: movie night at mine Saturday?\nMe: yes! what time\nMaya: 7ish"
    out = _conversation(text, SUNDAY)
    assert [e["start"] for e in out["events"]] == [datetime(2025, 3, 8, 19, 0, tzinfo=UTC)]
