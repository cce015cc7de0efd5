"""Action items of the local engine, round 9: reply questions answered in the text,
echoed objects ("I'll bring them"), "should I bring anything?", travel and routines
that are not tasks, things ready to collect. Every example was written for these tests
(not taken from any evaluation split); each rule has counter-examples."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from omi_actions.processing.local import action_advice, action_echo
from tests.processing.engine_helpers import action_descriptions, action_items

# A Wednesday afternoon.
REF = datetime(2026, 4, 15, 14, 0, tzinfo=UTC)


_items = partial(action_items, reference=REF)
_descriptions = partial(action_descriptions, reference=REF)


# ------------------------------------------------------------ reply questions


def test_a_question_the_user_answers_later_needs_no_reply() -> None:
    text = (
        "Olu: are you free Thursday at 6 for a run?\n"
        "Me: yes, Thursday works\n"
        "Olu: great, meet at the park gate"
    )
    assert not [d for d in _descriptions(text) if d.startswith("Reply")]


def test_what_about_in_a_discussion_is_not_an_invitation() -> None:
    text = (
        "Teodor: We could name the app after a bird.\n"
        "Me: Maybe. I like short names.\n"
        "Teodor: What about gardening as a theme?\n"
        "Me: Too niche, I think."
    )
    assert not [d for d in _descriptions(text, "audio_transcript", "meeting") if "Reply" in d]


def test_an_unanswered_invitation_still_asks_for_a_reply() -> None:
    text = (
        "From: Ines Varga <ines@example.org>\nTo: me@example.com\nSubject: Lunch\n\n"
        "Hi, would you like to have lunch on Friday at 12:30? Ines"
    )
    assert any(d.startswith("Reply to Ines") for d in _descriptions(text, "other_text", "email"))


def test_an_invitation_after_the_users_last_message_is_open() -> None:
    text = "Me: back from holiday!\nOlu: welcome back! are you free Saturday at 11 for brunch?"
    assert any(d.startswith("Reply to Olu") for d in _descriptions(text))


# ------------------------------------------------------------ echoed objects


def test_bring_them_takes_the_object_of_the_same_verb() -> None:
    text = (
        "Clerk: Your booking is confirmed for Monday at 10.\n"
        "Clerk: Please bring your two passport photos and the signed form.\n"
        "Me: Sure, I'll bring them."
    )
    [item] = [d for d in _descriptions(text, "audio_transcript", "phone_call") if "ring" in d]
    assert "passport photos and the signed form" in item
    assert "your" not in item.lower().split()


def test_compound_verb_resolves_its_pronoun() -> None:
    text = (
        "Accountant: I still need your pension statement and the rental receipts.\n"
        "Me: No problem.\n"
        "Accountant: Great.\n"
        "Me: I'll copy and send them tomorrow."
    )
    descriptions = _descriptions(text, "audio_transcript", "phone_call")
    assert any("pension statement and the rental receipts" in d for d in descriptions)


@pytest.mark.parametrize(
    ("verb", "pronoun", "said", "expected"),
    [
        ("bring", "them", ["please bring your old keys and the fob."], "the old keys and the fob"),
        ("bring", "it", ["please bring your old keys and the fob."], None),  # number differs
        ("bring", "them", ["Could you send me the slides?"], None),  # another verb
        ("send", "them", ["Can you send me them?"], None),  # a pronoun again
        ("scan and send", "them", ["I need the receipts for March."], "the receipts"),
    ],
)
def test_echoed_object(verb: str, pronoun: str, said: list[str], expected: str | None) -> None:
    assert action_echo.echoed_object(verb, pronoun, said) == expected


# ------------------------------------------------------------ "should I bring anything?"


@pytest.mark.parametrize(
    ("question", "answer", "expected"),
    [
        ("Should I bring anything?", "your lemon tart please!", "bring lemon tart"),
        ("Can I bring something?", "crisps!! obviously 😄", "bring crisps"),
        ("Should I bring anything?", "nothing, just yourself", None),
        ("Should I bring anything?", "no need, we have it all covered thanks", None),
        ("Are you coming?", "lemon tart please", None),  # not an offer
    ],
)
def test_offered_item(question: str, answer: str, expected: str | None) -> None:
    assert action_echo.offered_item(question, answer) == expected


def test_offer_answered_in_a_chat_becomes_a_task() -> None:
    text = (
        "Rosa: picnic at the lake on Sunday at 1!\n"
        "Me: lovely, should I bring anything?\n"
        "Rosa: a fruit salad please\n"
        "Me: done"
    )
    assert any(d.lower().startswith("bring fruit salad") for d in _descriptions(text))


# ------------------------------------------------------------ not tasks


@pytest.mark.parametrize(
    ("description", "spoken", "expected"),
    [
        ("take the bus Monday", False, True),
        ("grab a cab home", False, True),
        ("take the car to the garage", False, False),
        ("take the bins out", False, False),
        ("do the stretches every morning", True, True),
        ("do the stretches every morning", False, False),  # a written reminder stays
        ("ice the wrist twice a day", True, False),  # a course of treatment stays
        ("book the follow-up", True, False),
    ],
)
def test_not_a_task(description: str, spoken: bool, expected: bool) -> None:
    assert action_advice.not_a_task(description, "imperative", spoken) is expected


def test_a_routine_from_a_physio_is_not_an_action_item() -> None:
    text = (
        "Physio: The shoulder is moving better. Do the band pulls, two sets of ten, "
        "every morning.\n"
        "Me: Okay.\n"
        "Physio: And book a follow-up for next month at the front desk.\n"
        "Me: Will do."
    )
    descriptions = _descriptions(text, "audio_transcript", "wearable")
    assert not [d for d in descriptions if "band pulls" in d]


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        ("pick them up by Friday or they go back to stock", "pick them up by Friday"),
        ("renew it online, otherwise it'll lapse", "renew it online"),
        ("choose tea or coffee", "choose tea or coffee"),
    ],
)
def test_drop_consequence(task: str, expected: str) -> None:
    assert action_advice.drop_consequence(task) == expected


# ------------------------------------------------------------ ready to collect


def test_it_is_ready_after_your_thing_means_pick_it_up() -> None:
    text = "Hi, this is the bike shop. Your bike had a new chain fitted, so it's ready now."
    descriptions = _descriptions(text, "audio_transcript", "voicemail")
    assert any(d.lower().startswith("pick up the bike") for d in descriptions)


def test_ready_results_are_nothing_to_pick_up() -> None:
    text = "Hi, it's the clinic. Your results are ready, and everything looks normal."
    assert not [d for d in _descriptions(text, "audio_transcript", "voicemail") if "ick up" in d]


@pytest.mark.parametrize(
    ("act", "expected"),
    [
        ("go or shall I", "going"),
        ("swim first", "swimming first"),
        ("Noor, is she coming", "Noor"),
        ("hike Sunday or are you busy", "hiking Sunday"),
        ("brunch on Sunday at 11", "brunch on Sunday at 11"),
        ("a walk or a run", "a walk or a run"),  # a choice, not a run-on question
    ],
)
def test_reply_topic(act: str, expected: str) -> None:
    assert action_echo.reply_topic(act) == expected
