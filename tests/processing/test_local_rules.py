"""Rules of the local engine for kinds of errors found on the dev set (own examples)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from omi_actions.processing.local.actions import extract_actions
from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.facts import extract_facts
from omi_actions.processing.local.text import parse

# Sunday 10 March 2024, 15:00 UTC.
REF = datetime(2024, 3, 10, 15, 0, tzinfo=UTC)


def actions(text: str, source: str = "message", spec: str | None = None) -> list[str]:
    doc = parse(text, source, spec)
    return [a.description for a in extract_actions(doc, REF, extract_events(doc, REF))]


def facts(text: str, source: str = "other_text", spec: str | None = "social_post") -> list[str]:
    doc = parse(text, source, spec)
    return [f.content for f in extract_facts(doc, REF, text, [])]


# ------------------------------------------------------------------ actions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # advice from someone talking about the user's affairs
        (
            "Coach: Your splits fade after mile ten. I'd add one tempo run a week.",
            ["Add one tempo run a week"],
        ),
        ("Nurse: I'd suggest keeping a food diary for a week.", ["Keep a food diary for a week"]),
        # notification mails asking for a review
        (
            "From: GitLab <noreply@gitlab.com>\nTo: me@example.com\nSubject: MR\n\n"
            "@kim requested your review on merge request !77.",
            ["Review merge request !77"],
        ),
    ],
)
def test_advice_and_review_requests(text: str, expected: list[str]) -> None:
    source = "other_text" if text.startswith("From:") else "message"
    assert actions(text, source, "email" if source == "other_text" else None) == expected


def test_an_offer_with_id_is_not_advice_to_the_user() -> None:
    assert actions("Ana: I'd love to come to the party. I'd bring a salad.") == []


def test_billing_mail_names_the_bill() -> None:
    mail = (
        "From: billing@citywater.example\nTo: me@example.com\nSubject: Your water bill\n\n"
        "Your water bill for March is ready. Please pay online at citywater.example/pay."
    )
    assert actions(mail, "other_text", "email") == ["Pay the water bill"]


def test_dated_bills_in_a_note_are_to_be_paid() -> None:
    note = "Bills\n- mortgage on the 3rd\n- water bill due the 12th\n- water the plants"
    assert actions(note, "other_text", "note")[:3] == [
        "Pay mortgage",
        "Pay water bill",
        "Water the plants",
    ]


def test_wishes_and_resolutions_in_notes_are_not_tasks() -> None:
    note = "Spring goals\n- maybe learn Italian\n- write more\n- book the dentist"
    assert actions(note, "other_text", "note") == ["Book the dentist"]


def test_short_question_in_a_list_item_keeps_its_object() -> None:
    note = "Saturday\n- plumber? call before noon\n- wash the car"
    assert actions(note, "other_text", "note")[0].startswith("Call the plumber")


def test_task_taken_over_by_someone_else_is_dropped() -> None:
    text = "Me: I still have to order the cake.\nJo: no worries, I'll order the cake tomorrow"
    assert actions(text) == []
    other = "Me: I still have to order the cake.\nJo: I'll order pizza for us"
    assert actions(other) == ["Order the cake"]


def test_users_reply_to_advice_is_one_task() -> None:
    text = (
        "Tutor: For the essay contest you need two references. I'd ask your coaches soon.\n"
        "Me: ok, I'll ask Coach Reyes and Ms. Park on Tuesday."
    )
    assert actions(text, "audio_transcript") == ["Ask Coach Reyes and Ms. Park"]


def test_request_for_a_document_and_a_payment_is_two_tasks() -> None:
    text = (
        "Landlord: I need the signed lease and the security deposit by Friday.\n"
        "Me: ok I'll send the lease tonight"
    )
    assert actions(text) == ["Send the signed lease", "Pay security deposit"]


def test_then_with_a_new_verb_splits_and_elided_verb_is_reused() -> None:
    assert actions("Me: I need to pack the tent and the stove, then buy gas.") == [
        "Pack the tent and the stove",
        "Buy gas",
    ]
    assert actions("Me: Paint the fence first. Then the shed door.") == [
        "Paint the fence first",
        "Paint the shed door",
    ]


def test_commitment_cut_before_a_condition_on_someone_else() -> None:
    text = (
        "Me: can you rotate the keys today?\nOmar: sure\nMe: I'll update the docs once you're done"
    )
    assert actions(text) == ["Update the docs"]


def test_call_this_number_to_book() -> None:
    text = "Dr. Lee: Call this number to book the scan, ideally this week."
    assert actions(text, "audio_transcript") == ["Call to book the scan"]


# -------------------------------------------------------------------- facts


def test_spouse_and_relatives_from_possessives() -> None:
    found = facts("Road trip with my wife and my niece this weekend!")
    assert "User is married" in found
    assert "User has a niece" in found
    assert "User has a wife" not in found


def test_named_relatives_and_parents_add_nothing_more() -> None:
    found = facts("Dinner with my mom tonight, then my brother Theo's gig.")
    assert not any(f.startswith("User has a mother") for f in found)
    assert "User has a brother" not in found  # named: the relation fact says more


def test_relative_in_a_mail_to_the_user() -> None:
    mail = "From: Aunt May <may@example.com>\nTo: me@example.com\n\nPlease call your sister soon."
    assert "User has a sister" in facts(mail, "other_text", "email")


def test_relative_clause_is_split_and_kin_words_are_canonical() -> None:
    found = facts("Shout-out to my dad, a retired pilot who still flies gliders every summer")
    assert "User's father is a retired pilot" in found
    assert "User's father flies gliders every summer" in found


def test_moved_to_implies_lives_in() -> None:
    found = facts("Three years since I moved to Lisbon and I still get lost.")
    assert "User lives in Lisbon" in found


def test_expiry_dates_and_birthday() -> None:
    found = facts("My passport number is K7654321 and it expires on 2027-05-02.", "other", None)
    assert "User's passport expires on 2027-05-02" in found
    mail = (
        "From: DMV <noreply@dmv.example>\nSubject: Renewal\n\n"
        "Your driver license expires on your birthday, March 30, 2025."
    )
    found = facts(mail, "other_text", "email")
    assert "User's driver license expires on 2025-03-30" in found
    assert "User's birthday is March 30" in found


def test_named_helper_is_its_own_fact() -> None:
    found = facts("Started piano lessons on Thursdays with a teacher named Ingrid.")
    assert "User's teacher is Ingrid" in found
    assert any(f.startswith("User started piano lessons on Thursdays") for f in found)


def test_quit_habit_and_effort_duration() -> None:
    found = facts("I used to drink soda but quit last spring.", "other", None)
    assert "User quit drinking soda last spring" in found
    found = facts("Passed my driving test after 3 months of practice!")
    assert "User practiced for 3 months" in found


def test_romance_pets_and_family_birthdays_in_chats() -> None:
    chat = "Robin: happy anniversary babe, table at 8?\nMe: love you, see you there"
    assert "User's partner is Robin" in facts(chat, "message", "sms")
    chat = "Jo: can you take Pickles to the vet? Pickles's shots are due\nMe: sure"
    assert "User has a pet named Pickles" in facts(chat, "message", "sms")
    chat = "Sister: Mom's birthday is March 22, dinner at hers\nMe: I'll bring cake"
    assert "User's mother's birthday is March 22" in facts(chat, "message", "sms")


def test_no_partner_from_a_work_chat() -> None:
    chat = "Robin: the deploy failed again\nMe: on it, will fix tonight"
    assert not any("partner" in f for f in facts(chat, "message", "slack"))


def test_then_and_now_are_two_facts() -> None:
    found = facts("Five years at Acme. Joined as a tester, now running the QA group.")
    assert "User joined as a tester" in found
    assert "User is now running the QA group" in found
