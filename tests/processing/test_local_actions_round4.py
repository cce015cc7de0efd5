"""Action items of the local engine, round 4: quoted and forwarded e-mail history,
talk that is not a task (table talk, sermons, tours). Every example was written for
these tests (not taken from any evaluation split); each rule has counter-examples."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local.actions import extract_actions
from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.text import parse
from omi_actions.processing.schemas import ActionItem

# A Wednesday afternoon.
REF = datetime(2026, 4, 15, 14, 0, tzinfo=UTC)


def _items(text: str, source: str = "other_text", spec: str | None = "email") -> list[ActionItem]:
    document = parse(text, source, spec)
    return extract_actions(document, REF, extract_events(document, REF))


def _descriptions(text: str, source: str = "other_text", spec: str | None = "email") -> list[str]:
    return [a.description.lower() for a in _items(text, source, spec)]


HEAD = "From: Nora Pike <nora@example.org>\nTo: me@example.com\nSubject: Re: garden plan\n\n"


# ------------------------------------------------------------ parsing the history


def test_quoted_messages_are_parsed_with_their_authors() -> None:
    text = (
        HEAD + "Sounds good to me.\n\nNora\n\n"
        "On Mon, Apr 13, 2026 at 9:00 AM, me@example.com wrote:\n"
        "> I'll send you the seed list on Friday.\n>\n"
        "> On Sun, Apr 12, 2026, Nora Pike <nora@example.org> wrote:\n"
        ">> Could you also check the hose reel?\n"
    )
    document = parse(text, "other_text", "email")
    assert [q.from_user for q in document.quotes] == [True, False]
    assert document.quotes[1].author == "Nora Pike"
    assert [s.quote for s in document.quoted] == [1, 2]
    # The history stays out of the e-mail's own sentences.
    assert all("seed list" not in s.text for s in document.sentences)


def test_forwarded_message_is_marked_forwarded() -> None:
    text = (
        HEAD + "Can you take this one?\n\n"
        "---------- Forwarded message ---------\n"
        "From: Hill Clinic <desk@hill.example>\nDate: Mon, Apr 13, 2026\nSubject: Forms\n\n"
        "Please return the intake form by April 20.\n"
    )
    document = parse(text, "other_text", "email")
    assert document.quotes[0].forwarded
    assert document.quotes[0].author == "Hill Clinic"
    assert "Forwarded" not in document.body


def test_plain_email_has_no_history() -> None:
    document = parse(HEAD + "Please water the tomatoes on Friday.", "other_text", "email")
    assert document.quotes == [] and document.quoted == []


# ------------------------------------------------------------ what is open in a thread


def test_users_own_dated_promise_in_a_quote_is_open() -> None:
    text = (
        HEAD + "Friday works, thanks!\n\n"
        "On Tue, Apr 14, 2026 at 8:00 PM, me@example.com wrote:\n"
        "> I'll send you the seed list on Friday.\n"
    )
    items = _items(text)
    assert len(items) == 1
    assert "seed list" in items[0].description.lower()
    assert "nora" in items[0].description.lower()  # "you" is the e-mail's sender
    assert items[0].due_at == datetime(2026, 4, 17, tzinfo=UTC)


def test_users_promise_whose_day_passed_is_not_open() -> None:
    text = (
        HEAD + "Thanks for the update.\n\n"
        "On Mon, Apr 6, 2026 at 8:00 PM, me@example.com wrote:\n"
        "> I'll send you the seed list by Thursday.\n"
    )
    assert _descriptions(text) == []


def test_unanswered_quoted_request_is_open_answered_one_is_not() -> None:
    open_request = (
        HEAD + "Just following up on the below.\n\n"
        "On Mon, Apr 13, 2026, me@example.com wrote:\n"
        "> The budget looks fine to me.\n>\n"
        "> On Sun, Apr 12, 2026, Nora Pike <nora@example.org> wrote:\n"
        ">> Could you send me the soil test results?\n"
    )
    assert any("soil test results" in d for d in _descriptions(open_request))
    answered = open_request.replace("The budget looks fine to me.", "Soil test results attached.")
    assert not any("soil test" in d for d in _descriptions(answered))


def test_nothing_quoted_below_the_users_own_email_is_open() -> None:
    text = (
        "From: me@example.com\nTo: Nora Pike <nora@example.org>\nSubject: Re: party\n\n"
        "Sorry, we can't make it.\n\n"
        "On Mon, Apr 13, 2026, Nora Pike <nora@example.org> wrote:\n"
        "> Could you bring a salad on Saturday?\n"
    )
    assert not any("salad" in d for d in _descriptions(text))


def test_forwarded_request_is_open_when_handed_over() -> None:
    forwarded = (
        "---------- Forwarded message ---------\n"
        "From: Hill Clinic <desk@hill.example>\nDate: Mon, Apr 13, 2026\nSubject: Forms\n\n"
        "Please return the intake form by April 20.\n"
        "Patients should wear comfortable shoes.\n"
    )
    handed = _items(HEAD + "Can you take this one? I'm away.\n\n" + forwarded)
    assert [i.description.lower() for i in handed] == ["return the intake form"]
    assert handed[0].due_at == datetime(2026, 4, 20, tzinfo=UTC)
    # The forwarder asks something else of their own: the notice is context only.
    own = _descriptions(HEAD + "Please book the taxi for Monday.\n\n" + forwarded)
    assert not any("intake form" in d for d in own)


# ------------------------------------------------------------ talk that is not a task


def test_table_talk_is_not_a_task() -> None:
    text = "Dad: Pass the gravy.\nMe: Here.\nDad: And call the plumber about the sink tomorrow."
    descriptions = _descriptions(text, "audio_transcript", None)
    assert not any("gravy" in d for d in descriptions)
    assert any("plumber" in d for d in descriptions)


def test_moment_phrases_are_not_tasks() -> None:
    for line in ("Ask me again later.", "Watch your step.", "Drive safe!", "Try this."):
        assert _descriptions(f"Ana: {line}\nMe: Ok.", "audio_transcript", None) == []
    # Counter-example: passing a message on is a task.
    assert _descriptions("Ana: Pass the message on to Jo.\nMe: Ok.", "audio_transcript", None)


def test_sermon_and_tour_exhortations_are_not_tasks() -> None:
    sermon = "Pastor: Some of you carry old hurts. This week, write a letter to the one you miss."
    assert _descriptions(sermon, "audio_transcript", "sermon") == []
    tour = "Guide: Our next stop is the old mill. Please keep to the left path."
    assert _descriptions(tour, "audio_transcript", None) == []


def test_teacher_assignment_still_counts_in_a_talk() -> None:
    text = "Teacher: Welcome back to the show, everyone. Submit the essay on the portal by Friday."
    assert any("essay" in d for d in _descriptions(text, "audio_transcript", "podcast"))
