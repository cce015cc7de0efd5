"""Unit tests of the local engine's extractors: examples and counter-examples."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from omi_actions.processing.local.actions import extract_actions
from omi_actions.processing.local.categories import classify, pick_emoji
from omi_actions.processing.local.dates import find_dates
from omi_actions.processing.local.discard import is_content_free
from omi_actions.processing.local.events import duration_of, extract_events
from omi_actions.processing.local.facts import extract_facts, fact_category
from omi_actions.processing.local.language import language_problem
from omi_actions.processing.local.place import resolve_place
from omi_actions.processing.local.pronouns import third_person_verb, to_third_person
from omi_actions.processing.local.summary import make_title
from omi_actions.processing.local.text import parse
from omi_actions.processing.schemas import Geolocation

# Sunday 10 March 2024, 15:00 UTC.
REF = datetime(2024, 3, 10, 15, 0, tzinfo=UTC)


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


# --------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("this Friday at 7pm", at(2024, 3, 15, 19, 0)),
        ("April 3rd at 2:30 PM", at(2024, 4, 3, 14, 30)),
        ("tomorrow morning", at(2024, 3, 11, 9, 0)),
        ("tomorrow at 3", at(2024, 3, 11, 15, 0)),
        ("next Tuesday at noon", at(2024, 3, 12, 12, 0)),
        ("meet at 8 tonight", at(2024, 3, 10, 20, 0)),
        ("7pm on Friday", at(2024, 3, 15, 19, 0)),
        ("Monday, April 8th at 9am", at(2024, 4, 8, 9, 0)),
        ("lunch tomorrow, say at 1pm", at(2024, 3, 11, 13, 0)),
        ("a week from friday, half past seven", at(2024, 3, 22, 19, 30)),
        ("Saturday the 16th from 4pm", at(2024, 3, 16, 16, 0)),
        ("in 45 min", at(2024, 3, 10, 15, 45)),
        ("on 3/15", at(2024, 3, 15, 0, 0)),
        ("the 20th", at(2024, 3, 20, 0, 0)),
        ("by end of the month", at(2024, 3, 31, 0, 0)),
    ],
)
def test_dates_resolve_against_reference(text: str, expected: datetime) -> None:
    mentions = find_dates(text, REF)
    assert mentions, text
    assert mentions[0].value == expected
    assert mentions[0].value.tzinfo is UTC


def test_dates_mark_the_past_and_ignore_non_dates() -> None:
    assert find_dates("last Friday", REF)[0].past
    assert find_dates("yesterday", REF)[0].past
    assert find_dates("I sat in the sun and we wed in May", REF) == []
    assert find_dates("the 2-page write-up", REF) == []
    assert find_dates("6 months of training", REF) == []
    assert find_dates("see you the 0 or the 32nd of May", REF) == []  # impossible days


def test_naive_reference_is_taken_as_utc() -> None:
    (mention,) = find_dates("tomorrow at 9am", datetime(2024, 3, 10, 15, 0))
    assert mention.value == at(2024, 3, 11, 9, 0)


# ------------------------------------------------------------------ parsing


def test_parse_chat_marks_me_as_the_user() -> None:
    doc = parse("Mom: buy milk\nMe: ok, will do", "message", "sms")
    assert [(s.speaker, s.from_user) for s in doc.sentences] == [("Mom", False), ("Me", True)]


def test_parse_email_headers_greeting_sign_off_and_quotes() -> None:
    text = (
        "From: Dana Whitfield <dana@acme.io>\nTo: me@acme.io\nSubject: Q3 report\n\nHi,\n\n"
        "Could you send me the report?\n\nThanks!\nDana\n\n> On Wed, me@acme.io wrote:\n> old"
    )
    doc = parse(text, "other_text", "email")
    assert doc.kind == "email"
    assert doc.subject == "Q3 report"
    assert doc.sender == "Dana"
    assert [s.text for s in doc.sentences] == ["Could you send me the report?"]
    assert all(s.from_user is False for s in doc.sentences)


def test_parse_labels_are_not_speakers() -> None:
    doc = parse("Phone: (555) 123-4567\nEmail: a@b.org", "other_text", None)
    assert all(s.speaker is None for s in doc.sentences)


# ------------------------------------------------------------------ actions


def actions(text: str, source: str = "message", spec: str | None = None) -> list[str]:
    doc = parse(text, source, spec)
    events = extract_events(doc, REF)
    return [a.description for a in extract_actions(doc, REF, events)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mom: Don't forget to pick up milk on your way home", "Pick up milk on the way home"),
        ("Alex: Can you send me the slides by Thursday?", "Send Alex the slides"),
        ("Boss: Please renew the parking permit.", "Renew the parking permit"),
        ("Me: I'll call the plumber tomorrow", "Call the plumber"),
        ("Me: I still have to label the boxes", "Label the boxes"),
        ("Doc: And no running for two weeks.", "Avoid running for two weeks"),
        ("Tutor: This week, try writing down three worries.", "Write down three worries"),
    ],
)
def test_action_items_from_requests_and_commitments(text: str, expected: str) -> None:
    assert actions(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Sarah: It was great! I went hiking at Mount Rainier.",
        "Sarah: You should definitely check it out.",
        "Me: I'll be home around 6pm",
        "Me: Got it. Thanks!",
        "Ben: did you see the game last night?",
        "Shop: This is an automated message, please do not reply.",
        "Sam: have fun and take care!",
        "Me: I think it will rain tomorrow.",
    ],
)
def test_no_action_items_in_chit_chat(text: str) -> None:
    assert actions(text) == []


def test_request_to_someone_else_is_not_the_users() -> None:
    text = "Manager: Alice, can you send the SOW by Friday?\nAlice: Sure.\nMe: ok"
    assert actions(text, "audio_transcript") == []


def test_action_due_dates_and_continuation() -> None:
    doc = parse(
        "Mom: Don't forget to pick up milk tomorrow\nMom: Maybe some bread too", "message", "sms"
    )
    items = extract_actions(doc, REF, [])
    assert [a.description for a in items] == ["Pick up milk", "Pick up some bread"]
    assert items[0].due_at == at(2024, 3, 11, 0, 0)
    assert items[1].due_at is None


def test_invitation_becomes_a_reply_task() -> None:
    email = "From: alex@example.com\nSubject: Hi\n\nWould you like to grab lunch on Friday?\n\nAlex"
    assert actions(email, "other_text", "email") == ["Reply to Alex about lunch on Friday"]


def test_pronoun_resolved_from_previous_turn() -> None:
    text = "Me: Mockups are done.\nPriya: great\nMe: I'll send them to legal on Tuesday."
    assert actions(text, "audio_transcript") == ["Send the mockups to legal"]


# ------------------------------------------------------------------- events


def events(text: str, source: str = "message") -> list[tuple[str, datetime]]:
    return [(e.title, e.start) for e in extract_events(parse(text, source, None), REF)]


def test_event_with_person_and_time() -> None:
    assert events("Alex: dinner this Friday at 7pm?") == [
        ("Dinner with Alex", at(2024, 3, 15, 19, 0))
    ]


def test_event_details_over_several_turns() -> None:
    text = "Kai: game night at my place saturday?\nMe: which one\nKai: the 23rd, 7pm\nMe: in!"
    assert events(text) == [("Game night with Kai", at(2024, 3, 23, 19, 0))]


def test_evening_plan_reads_bare_hour_as_pm() -> None:
    assert events("Sam: dinner at Alfredo's tomorrow at 8?")[0][1] == at(2024, 3, 11, 20, 0)


@pytest.mark.parametrize(
    "text",
    [
        "Sarah: I went hiking at Mount Rainier.",
        "Me: we had dinner on Friday at 7pm",
        "Me: the meeting was great",
        "Omar: concert friday at 8?\nMe: ah I can't, my sister's in town",
        "Boss: submit the report by Friday at 5pm",
        "Me: the dinner on Friday at 7pm is cancelled",
    ],
)
def test_no_event_without_a_future_dated_plan(text: str) -> None:
    assert events(text) == []


def test_duration_from_text_or_default() -> None:
    assert duration_of("meeting for 2 hours") == 120
    assert duration_of("from 3pm to 4:30pm") == 90
    assert duration_of("lunch tomorrow") == 30


# -------------------------------------------------------------------- facts


def facts(text: str, source: str = "other_text", spec: str | None = "note") -> list[str]:
    return [f.content for f in extract_facts(parse(text, source, spec), REF, text)]


def test_first_person_statements_become_user_facts() -> None:
    assert facts("I'm allergic to penicillin and shellfish.") == [
        "User is allergic to penicillin",
        "User is allergic to shellfish",
    ]
    assert facts("I live in Austin.") == ["User lives in Austin"]
    assert "User's sister is named Elena" in facts("My sister Elena just got engaged!")


def test_facts_are_not_invented_from_feelings_or_questions() -> None:
    assert facts("I think it might rain. Do you like tea?") == []
    assert facts("Still the hardest thing I've ever done.") == []


def test_second_person_records_in_email() -> None:
    text = (
        "From: HR <hr@globex.com>\nSubject: Welcome\n\nHi Jordan,\n\nYour employee ID is G-20931."
    )
    contents = facts(text, "other_text", "email")
    assert "User's name is Jordan" in contents
    assert (
        "User's employee ID is G-20931" in contents or "User's employee id is G-20931" in contents
    )


def test_fact_categories() -> None:
    assert fact_category("User works as a nurse") == "work"
    assert fact_category("User speaks Portuguese fluently") == "skills"
    assert fact_category("User is learning Japanese") == "learnings"
    assert fact_category("User usually runs every morning") == "habits"
    assert fact_category("User's wife is named Priya") == "core"


def test_pronoun_rewriting() -> None:
    assert to_third_person("I've played the cello since I was 8").startswith("User has played")
    assert to_third_person("I've accepted the offer") == "User accepted the offer"
    assert to_third_person("I love my dog") == "User loves their dog"
    assert third_person_verb("carry") == "carries"
    assert third_person_verb("quit") == "quit"


# ------------------------------------------------------- categories, emoji


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Just finished my first marathon! #running", "sports"),
        (
            "Can you send me the Q3 report before the board call? The team offsite is Friday.",
            "work",
        ),
        ("Your flight to Paris is confirmed. Hotel check-in at 3pm.", "travel"),
        ("Mom: pick up milk. Dad says hi", "family"),
        ("The doctor said my blood pressure medication needs adjusting", "health"),
        ("ok sure", "other"),
    ],
)
def test_categories(text: str, category: str) -> None:
    assert classify(text) == category


def test_emoji_prefers_specific_words() -> None:
    assert pick_emoji("grab dinner friday", "social") == "🍽️"
    assert pick_emoji("quarterly numbers", "business") == "💼"


# ----------------------------------------------------------- title, discard


def test_title_is_short_and_not_the_first_sentence() -> None:
    text = "From: a@b.c\nSubject: Q3 budget review\n\nHi, long first sentence about many things."
    doc = parse(text, "other_text", "email")
    title = make_title(doc, [], [], [])
    assert title.startswith("Q3 budget review")
    assert len(title.split()) <= 10


@pytest.mark.parametrize("text", ["ok", "test", "hello?", "Testing 1 2 3", "  ...  ", "👍"])
def test_content_free_texts_are_discarded(text: str) -> None:
    assert is_content_free(text)


@pytest.mark.parametrize("text", ["Call mom", "Pizza on Friday?", "東京で会いましょう"])
def test_short_texts_with_content_are_kept(text: str) -> None:
    assert not is_content_free(text)


# --------------------------------------------------------- language, place


def test_language_support() -> None:
    assert language_problem("Hello there", "en") is None
    assert language_problem("Hello there", "en-US") is None
    warning = language_problem("Hallo, wie geht's?", "de")
    assert warning is not None and "'de'" in warning
    mixed = language_problem("Привет, как дела? Встретимся завтра", "en")
    assert mixed is not None and "Cyrillic" in mixed


def test_place_resolved_offline() -> None:
    place = resolve_place(Geolocation(latitude=37.7749, longitude=-122.4194))
    assert place is not None
    assert place.country_code == "US"
    assert place.admin1 == "California"
    assert resolve_place(None) is None


def test_record_facts_from_notes_and_mail() -> None:
    assert facts("Goals: read 30 books, run a half marathon.") == [
        "User's goal is to read 30 books",
        "User's goal is to run a half marathon",
    ]
    assert "User dislikes cilantro" in facts("Favourite things: dark mode; tea. Hate: cilantro.")
    assert facts("Sizes for gifts: shirt M, shoes US 9.") == [
        "User's shirt size is M",
        "User's shoe size is US 9",
    ]
    assert "User's name is Mateo" in facts("I'm Mateo, 34, a teacher in Tucson.")
    assert "User is 34 years old" in facts("I'm Mateo, 34, a teacher in Tucson.")
    ticket = (
        "Passenger: Morgan Reyes\nTrain 2153, Boston to New York, departs July 9, 2024 at 8:15 AM."
    )
    contents = facts(ticket, "other_text", "email")
    assert "User's name is Morgan Reyes" in contents
    assert "User has a train from Boston to New York on 2024-07-09 at 08:15" in contents


def test_feelings_plans_and_commitments_are_not_facts() -> None:
    assert facts("Excited for the weekend!") == []
    assert facts("Starting a new book next week.") == []
    assert facts("I volunteered to contact the city.") == []
