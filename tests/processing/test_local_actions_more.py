"""Action items of the local engine: official and automated messages, replies,
commitments, due dates and what is not a task. Every example was written for these
tests (not taken from any evaluation split); each rule has counter-examples."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from omi_actions.processing.local.action_time import strip_time_phrases, within_due
from omi_actions.processing.local.dates import find_dates
from tests.processing.engine_helpers import action_descriptions, action_items

# A Wednesday afternoon.
REF = datetime(2026, 4, 15, 14, 0, tzinfo=UTC)


_items = partial(action_items, reference=REF)
_descriptions = partial(action_descriptions, reference=REF)


def _email(body: str, sender: str = "Office <office@example.org>") -> str:
    return f"From: {sender}\nTo: me@example.com\nSubject: Notice\n\n{body}"


# ------------------------------------------------------------ descriptions and due dates


@pytest.mark.parametrize(
    ("description", "expected"),
    [
        ("Return the library books by Saturday", "Return the library books"),
        ("Fix the gate tomorrow after work", "Fix the gate"),
        ("Upload the scans within 14 days", "Upload the scans"),
        ("Book the tennis court for the 1:30 lesson", "Book the tennis court for the 1:30 lesson"),
        ("Buy snacks for Friday movie night", "Buy snacks for Friday movie night"),
        ("Call the bank tomorrow morning about the card", "Call the bank about the card"),
        ("Review merge request !12", "Review merge request !12"),
        ("Call the vet", "Call the vet"),
    ],
)
def test_deadlines_are_cut_from_descriptions(description: str, expected: str) -> None:
    assert strip_time_phrases(description, REF) == expected


def test_within_a_number_of_days_is_a_deadline() -> None:
    assert within_due("please reply within 5 days", REF) == datetime(2026, 4, 20, tzinfo=UTC)
    assert within_due("within two weeks of this notice", REF) == datetime(2026, 4, 29, tzinfo=UTC)
    assert within_due("we have been open for 5 days", REF) is None


def test_next_weekday_is_the_first_one_after_the_anchor() -> None:
    # Said on a Wednesday: "next Friday" is in two days, "next Wednesday" in a week.
    assert find_dates("next Friday", REF)[0].value.day == 17
    assert find_dates("next Wednesday", REF)[0].value.day == 22


def test_a_request_after_a_dated_sentence_is_due_then() -> None:
    text = (
        "Coach: The regional final is on Saturday at 10am. Could you bring the first aid kit?\n"
        "Me: sure"
    )
    [item] = _items(text)
    assert item.description.startswith("Bring the first aid kit")
    assert item.due_at == datetime(2026, 4, 18, 10, 0, tzinfo=UTC)


def test_a_habit_takes_no_date_from_its_sentence() -> None:
    text = _email("Please sign the form by the 20th, and remember to water the seedlings each day.")
    items = {a.description: a.due_at for a in _items(text, "other_text", "email")}
    assert items["Sign the form"] == datetime(2026, 4, 20, tzinfo=UTC)
    assert items["Water the seedlings each day"] is None


def test_the_users_own_date_for_a_request_wins() -> None:
    text = (
        "Priya: can you update the budget sheet before Friday?\n"
        "Me: sure, I'll do it tomorrow\n"
        "Sam: thanks!"
    )
    [item] = _items(text)
    assert item.due_at is not None and item.due_at.day == 16


def test_a_bare_verb_reply_dates_the_request() -> None:
    text = "Lee: please update your branch before the release\nMe: will update tonight"
    [item] = _items(text)
    assert item.description.startswith("Update")
    assert item.due_at is not None and item.due_at.date() == REF.date()


def test_arriving_early_is_due_before_the_appointment() -> None:
    text = (
        "Hi, this is the clinic. Your appointment is on Friday at 3pm. "
        "Please arrive ten minutes early to check in."
    )
    items = _items(text, "audio_transcript", "voicemail")
    early = [a for a in items if a.description.startswith("Arrive")]
    assert early and early[0].due_at == datetime(2026, 4, 17, 14, 50, tzinfo=UTC)


# ------------------------------------------------------------ official and automated mail


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The concert is on May 2. All students should wear a white shirt that evening.",
            "Wear a white shirt",
        ),
        ("Forms must be returned to the front desk by Friday.", "Return forms to the front desk"),
        ("Cars must be moved off the street by 8am Monday.", "Move cars off the street"),
        (
            "Your spring tuition balance of $900 is due on May 1.",
            "Pay spring tuition balance of $900",
        ),
    ],
)
def test_group_notices_and_passive_obligations(body: str, expected: str) -> None:
    found = _descriptions(_email(body), "other_text", "email")
    assert any(d.startswith(expected) for d in found), found


@pytest.mark.parametrize(
    "body",
    [
        "Customers who use medical devices should call us.",  # only some readers
        "The report was sent to the board last week.",  # done, no modal
        "Payment is due on the 10th.",  # what to pay is not said
        "The gym will be closed on Monday.",
    ],
)
def test_notices_that_ask_nothing_of_the_user(body: str) -> None:
    assert _descriptions(_email(body), "other_text", "email") == []


def test_reply_codes() -> None:
    text = "Bayview Dental: Your cleaning is tomorrow at 9am. Reply Y to confirm or N to cancel."
    assert _descriptions(text, "message", "sms") == ["Reply to Bayview Dental to confirm"]
    # Already answered in the thread: nothing left.
    assert _descriptions(text + "\nMe: Y", "message", "sms") == []
    # Opt-out footers are not tasks.
    assert _descriptions("ShopMart: Big sale this weekend! Reply STOP to opt out.") == []
    assert _descriptions(_email("Please do not reply to this message."), "other_text") == []


def test_a_calendar_invitation_asks_for_an_rsvp() -> None:
    text = (
        "Invitation: Quarterly planning\n\nWhen: Mon May 4, 2026 10:00 - 11:00 (UTC)\n"
        "Who: you, Ana (organizer)\n\nGoing? Yes - No - Maybe"
    )
    assert _descriptions(text, "other_text", "calendar_invite") == [
        "RSVP to the Quarterly planning invitation"
    ]
    assert _descriptions("Quarterly planning moved to Monday.", "other_text", "note") == []


@pytest.mark.parametrize(
    "body",
    [
        "Forward this to a friend who loves gardening.",
        "Upgrade to Pro from $4 a month!",
        "Read the full story on our website.",
        "To reschedule, call 555-0100 at least a day ahead.",
    ],
)
def test_marketing_and_contingencies_are_not_tasks(body: str) -> None:
    assert _descriptions(_email(body), "other_text", "email") == []


def test_a_doctors_instructions_in_a_portal_message() -> None:
    text = (
        "Message from your care team\n\nYour scan looks fine. Please schedule a follow-up "
        "visit in six weeks — and keep icing the wrist twice a day."
    )
    found = _descriptions(text, "other_text", "patient_portal")
    assert any(d.startswith("Schedule a follow-up visit") for d in found), found


def test_have_as_a_causative_is_a_task() -> None:
    body = "Please have the signed waiver ready at check-in. Please have Tom bring his helmet."
    found = _descriptions(_email(body), "other_text", "email")
    assert "Have the signed waiver ready at check-in" in found
    assert any(d.startswith("Have Tom bring his helmet") for d in found), found
    assert _descriptions(_email("We have the results now."), "other_text", "email") == []


# ------------------------------------------------------------ chats and notes


def test_the_users_imperative_to_someone_else_is_not_a_task() -> None:
    text = "Rae: can you present the roadmap on Monday?\nMe: Sure, send me the slides"
    assert _descriptions(text) == ["Present the roadmap"]


def test_the_user_offering_with_i_can() -> None:
    text = (
        "Jo: the movers come Saturday, will anyone be around?\nMe: I can water the plants and wait"
    )
    assert any(d.startswith("Water the plants") for d in _descriptions(text))
    # A condition or a bare verb is not an offer.
    assert _descriptions("Jo: party Friday\nMe: I can drive, if needed") == []
    assert _descriptions("Jo: tired?\nMe: I can see why you'd think that") == []


def test_subjectless_will_in_a_reply() -> None:
    text = "Dana: the spare key is at the front desk now\nMe: ok will collect the key tonight"
    assert _descriptions(text) == ["Collect the key"]


def test_a_request_the_user_already_did_is_dropped() -> None:
    text = "Kim: can you restart the router?\nMe: already did, it's back up"
    assert _descriptions(text) == []


def test_wishes_are_not_tasks() -> None:
    assert _descriptions("Me: we should go camping someday") == []
    note = "Maybe someday I should learn the cello. Call the tuner tomorrow."
    assert _descriptions(note, "other_text", "note") == ["Call the tuner"]


def test_labels_in_notes_are_not_people() -> None:
    note = "Therapy recap. Homework: try the box breathing before meetings."
    assert _descriptions(note, "other_text", "note") == ["Try the box breathing before meetings"]
    # A real name before a colon is someone else's task.
    assert _descriptions("Sprint notes\nKen: post the job ad", "other_text", "note") == []


def test_so_and_dashes_start_a_new_task_clause() -> None:
    note = (
        "The lease renews on the 30th, so cancel it by Friday. Pick up stamps — and mail the card."
    )
    found = _descriptions(note, "other_text", "note")
    assert "Pick up stamps" in found and "Mail the card" in found


def test_make_sure_two_things() -> None:
    text = (
        "Installer: I'm booked for Thursday at 9am. Please make sure the meter is reachable "
        "and that the dog is inside."
    )
    found = _descriptions(text)
    assert found[:2] == ["Make sure the meter is reachable", "Make sure the dog is inside"]


def test_one_task_when_the_second_verb_takes_it() -> None:
    text = "Ravi: churn is up\nMe: I'll write the summary and share it with the team by Friday"
    assert _descriptions(text, "audio_transcript") == [
        "Write the summary and share it with the team"
    ]


def test_timetable_lines_are_not_tasks() -> None:
    body = "Outbound  Sat 09 May 2026  07:10 Leeds → 09:40 York\nReturn  Sun 10 May 2026  18:00"
    assert _descriptions(_email(body), "other_text", "email") == []


def test_pick_us_up_names_the_speaker() -> None:
    text = "Grandpa: we land at 4pm on the 20th. Can you pick us up?"
    [item] = _items(text)
    assert item.description == "Pick Grandpa up"
