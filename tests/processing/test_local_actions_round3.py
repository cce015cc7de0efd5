"""Action items, third round: service notices (pick-ups, money requests, deliveries,
"pay/renew/book online"), meeting-minute owners, casual promises, notes to self and
conditional or purpose clauses. Every example was written for these tests (none is taken
from an evaluation split); each rule has counter-examples."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from tests.processing.engine_helpers import action_descriptions, action_items

# A Wednesday afternoon.
REF = datetime(2026, 4, 15, 14, 0, tzinfo=UTC)


_items = partial(action_items, reference=REF)
_descriptions = partial(action_descriptions, reference=REF, lower=True)


def _email(body: str, sender: str = "Office <office@example.org>", subject: str = "Notice") -> str:
    return f"From: {sender}\nTo: me@example.com\nSubject: {subject}\n\n{body}"


# ------------------------------------------------------------------ pick-ups and notices


def test_ready_for_pickup_names_the_thing_and_the_sender_and_reads_the_hold_date() -> None:
    text = (
        "Maple Street Books: Your special order of The Salt Path is ready for pickup. "
        "We will hold it for you until Monday 4/20."
    )
    items = _items(text, "message", "sms")
    assert len(items) == 1
    assert items[0].description.lower().startswith("pick up the special order")
    assert "maple street books" in items[0].description.lower()
    assert items[0].due_at == datetime(2026, 4, 20, tzinfo=UTC)


def test_ready_to_collect_within_days() -> None:
    text = (
        "Oakfield Pharmacy: Your repeat medication is ready to collect. "
        "Please collect within 7 days."
    )
    items = _items(text, "message", "sms")
    assert [i.description.lower() for i in items] == [
        "pick up the repeat medication from oakfield pharmacy"
    ]
    assert items[0].due_at == datetime(2026, 4, 22, tzinfo=UTC)


def test_a_table_that_is_ready_is_not_a_pickup() -> None:
    assert _descriptions("Host: Your table is ready, come on in!", "message", "sms") == []


def test_money_request_becomes_a_payment_with_its_memo() -> None:
    text = 'Marta requested $18.75 from you\n"concert tickets"\nPay or decline in the app.'
    assert _descriptions(text, "other_text", "notification") == [
        "pay marta $18.75 for concert tickets"
    ]


def test_money_sent_to_the_user_is_not_a_payment() -> None:
    text = 'Marta sent you $18.75\n"concert tickets"\nView it in the app.'
    assert _descriptions(text, "other_text", "notification") == []


def test_signature_on_delivery_means_being_home() -> None:
    text = (
        "Parcelways: Your parcel is out for delivery tomorrow between 9am and 1pm. "
        "A signature is required on delivery."
    )
    items = _items(text, "message", "sms")
    assert len(items) == 1
    assert items[0].description.lower().startswith("be home to sign for the")
    assert items[0].due_at is not None and items[0].due_at.date().isoformat() == "2026-04-16"


def test_delivered_parcel_asks_nothing() -> None:
    text = "Parcelways: Your parcel was delivered to your porch at 11:02."
    assert _descriptions(text, "message", "sms") == []


def test_pay_online_names_the_bill_from_the_sender_and_amount() -> None:
    body = "Account 44-10\nAmount due: $61.20\n\nPay online at example.org/pay or by phone."
    text = _email(body, "Lakeside Electric <billing@lakeside.example>", "Your statement")
    assert _descriptions(text, "other_text", "email") == ["pay the electric bill of $61.20"]


def test_pay_through_portal_names_the_assessment_said_before() -> None:
    body = (
        "This is a friendly reminder that annual pool dues ($90) are due by the 30th. "
        "Pay through the member portal or at the front desk."
    )
    items = _items(_email(body), "other_text", "email")
    assert len(items) == 1
    assert "pool dues" in items[0].description.lower()
    assert items[0].due_at == datetime(2026, 4, 30, tzinfo=UTC)


def test_renew_online_names_what_expires() -> None:
    body = (
        "Your fishing licence for the 2026 season expires May 31. "
        "Renew online at example.gov/renew before that date."
    )
    described = _descriptions(_email(body), "other_text", "email")
    assert described == ["renew the fishing licence for the 2026 season"]


def test_book_online_names_what_is_due() -> None:
    text = (
        "Hillview Vets: Pepper is now due her yearly dental check. "
        "Book online at hillview.example or call us."
    )
    assert _descriptions(text, "message", "sms") == ["book pepper's yearly dental check"]


def test_purpose_clause_is_not_the_request() -> None:
    body = "To make sure your quote is right, please upload photos of the damage by Friday."
    described = _descriptions(_email(body), "other_text", "email")
    assert len(described) == 1 and described[0].startswith("upload photos of the damage")


def test_conditional_need_is_not_a_request() -> None:
    body = "If you need to cancel or move it, please give us a call a day ahead. See you then!"
    assert _descriptions(_email(body), "other_text", "email") == []


def test_help_and_stop_codes_are_not_tasks() -> None:
    text = "CityBank: Your card ending 0042 was used at a fuel station. Reply HELP for help."
    assert _descriptions(text, "message", "sms") == []


# ------------------------------------------------------------------ meeting minutes


MINUTES = """Minutes - design review - 14 April
Attendees: Noor, Felix, me

- Tokens: Felix merged the palette changes.
- Icons: still two sizes in use.

AI: Noor to update the icon guidelines.
AI: @me write the release note by 4/24.
AI: Felix + me to review the focus states.
"""


def test_minutes_keep_the_users_items_only() -> None:
    items = _items(MINUTES, "other_text", "meeting_minutes")
    described = [i.description.lower() for i in items]
    assert "write the release note" in described
    assert any(d.startswith("review the focus states") for d in described)
    assert not any("icon guidelines" in d for d in described)
    release = next(i for i in items if i.description.lower() == "write the release note")
    assert release.due_at == datetime(2026, 4, 24, tzinfo=UTC)


def test_minutes_topics_above_the_actions_heading_are_not_tasks() -> None:
    text = (
        "Book club minutes\nPresent: Ida, Jo, me\n\n1. Snacks: Jo brought scones.\n"
        "2. Water bottles: bring your own next time.\n\nActions\n- Ida: pick the next book\n"
        "- Me: email the library about the room"
    )
    assert _descriptions(text, "other_text", "meeting_minutes") == [
        "email the library about the room"
    ]


def test_a_todo_label_without_owner_is_still_a_task() -> None:
    text = "Todo: pick up the dry cleaning\nTodo: renew the gym card"
    assert _descriptions(text, "other_text", "note") == [
        "pick up the dry cleaning",
        "renew the gym card",
    ]


# ------------------------------------------------------------------ casual promises, notes


def test_leave_it_with_me_accepts_without_a_new_task() -> None:
    text = (
        "Ola: can you book the room for Thursday's demo?\nMe: sure, I'll book it tonight, "
        "leave it with me"
    )
    described = _descriptions(text)
    assert described[0].startswith("book the room")
    assert len(described) == 1


def test_consider_it_done_is_not_a_task() -> None:
    text = "Kim: could you send me the floor plan?\nMe: consider it done"
    assert _descriptions(text) == ["send kim the floor plan"]


def test_note_to_self_prefix_is_dropped() -> None:
    assert _descriptions("note to self: order new contact lenses", "other_text", "note") == [
        "order new contact lenses"
    ]


def test_ring_is_a_call() -> None:
    assert _descriptions("- ring Dad re: the boiler", "other_text", "note") == [
        "call dad about the boiler"
    ]


def test_a_trailing_noun_after_and_stays_in_the_task() -> None:
    described = _descriptions("Sam: can you bring snacks?\nMe: yes, I'll get the crisps and water")
    assert any(d.startswith("get the crisps and water") for d in described)


def test_topic_date_after_about_is_not_the_due_date() -> None:
    items = _items("- call Gran about Sunday lunch", "other_text", "note")
    assert [i.description for i in items] == ["Call Gran about Sunday lunch"]
    assert items[0].due_at is None


def test_calendar_invite_asking_to_accept_or_decline() -> None:
    text = (
        "Invitation: Budget sync\nOrganizer: Lee Park\nWhen: Tue 21 Apr 2026 10:00\n\n"
        "Please accept or decline so I can book a room."
    )
    assert _descriptions(text, "other_text", "calendar_invite") == [
        "rsvp to the budget sync invitation"
    ]
