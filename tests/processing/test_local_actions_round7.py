"""Round 7 of the local action-item rules: advert calls to action, document titles,
conditional note lines, booking what was advised, and things a shop says will be ready."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local import action_rules
from omi_actions.processing.local.actions import extract_actions
from omi_actions.processing.local.text import parse

REF = datetime(2025, 6, 2, 11, 0, tzinfo=UTC)  # a Monday


def _descriptions(
    text: str, source: str = "audio_transcript", spec: str | None = None
) -> list[str]:
    return [a.description for a in extract_actions(parse(text, source, spec), REF, [])]


def test_advert_mail_has_no_tasks() -> None:
    text = (
        "Subject: Summer deals\n\nEverything is 25% off this week.\n"
        "Sign up in a minute and earn points on every order.\nBook your free class today!"
    )
    assert _descriptions(text, "other_text", "email") == []


def test_ad_read_in_a_conversation_is_skipped_but_other_speakers_are_not() -> None:
    text = (
        "Ben: This bit is brought to you by our sponsor, use code RIVER for 10% off.\n"
        "Ana: Can you send me the guest list tonight?\nMe: Sure."
    )
    assert all("code" not in d.lower() for d in _descriptions(text))
    document = parse(text, "audio_transcript", None)
    assert action_rules.promo_sentences(document.sentences, dialogue=True) == {0}


def test_notification_with_unsubscribe_footer_keeps_its_task() -> None:
    text = "Please review the pull request before Friday.\n\nUnsubscribe from these emails."
    assert _descriptions(text, "other_text", "email")


def test_document_title_is_not_a_task() -> None:
    assert (
        _descriptions("Visit summary - Lakeside Clinic\nProvider: Dr. Ng", "other_text", "note")
        == []
    )
    assert _descriptions("test note pls ignore", "other_text", "note") == []
    # a real to-do that starts with the same verb stays
    assert _descriptions("Call the landlord about the boiler", "other_text", "note")


def test_conditional_note_line_is_not_a_task() -> None:
    got = _descriptions(
        "Fever may come back; give paracetamol if the temperature goes above 39.",
        "other_text",
        "visit_summary",
    )
    assert got == []


def test_opt_in_condition_still_a_task_in_notes() -> None:
    got = _descriptions(
        "sign and return the renewal by the 15th if you'd like to stay", "other_text", "note"
    )
    assert got


def test_booking_replaces_the_advice_it_takes_up() -> None:
    got = _descriptions(
        "Doctor: You should get a follow-up scan in six weeks.\n"
        "Me: Okay, I'll book that at the front desk."
    )
    assert len(got) == 1 and got[0].lower().startswith("book")


def test_thing_that_will_be_ready_is_picked_up() -> None:
    got = _descriptions(
        "Pharmacist: Your prescription is being filled, it'll be ready this afternoon.\n"
        "Me: Great, thanks."
    )
    assert got == ["Pick up the prescription"]


def test_table_or_results_ready_is_nothing_to_collect() -> None:
    assert _descriptions("Host: Your table will be ready in ten minutes.\nMe: Thanks.") == []
    assert _descriptions("Nurse: Your results should be ready next week.\nMe: Ok.") == []
