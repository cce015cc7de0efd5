"""Action items of the local engine, round 5: conditional and ongoing advice, bare
"let me know" replies, day headings in notes. Every example was written for these
tests (not taken from any evaluation split); each rule has counter-examples."""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local import action_rules, grammar
from omi_actions.processing.local.actions import extract_actions
from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.text import parse
from omi_actions.processing.schemas import ActionItem

# A Wednesday afternoon.
REF = datetime(2026, 4, 15, 14, 0, tzinfo=UTC)


def _items(
    text: str, source: str = "audio_transcript", spec: str | None = None
) -> list[ActionItem]:
    document = parse(text, source, spec)
    return extract_actions(document, REF, extract_events(document, REF))


def _descriptions(
    text: str, source: str = "audio_transcript", spec: str | None = None
) -> list[str]:
    return [a.description.lower() for a in _items(text, source, spec)]


# ------------------------------------------------------------ conditions


def test_leading_condition_makes_the_whole_sentence_conditional() -> None:
    assert action_rules.is_conditional("call the clinic", "If the rash spreads, call the clinic.")
    assert action_rules.is_conditional(
        "phone us straight away",
        "And if he stops drinking water, take him off the pills and phone us straight away.",
    )
    said = _descriptions(
        "Nurse: If the wound starts to ooze, stop the cream and ring the ward.\nMe: Okay."
    )
    assert said == []


def test_polite_or_opt_in_conditions_still_ask() -> None:
    assert not action_rules.is_conditional(
        "bring the scan", "If you can, bring the scan from March."
    )
    assert not action_rules.is_conditional(
        "pop the form in the post", "If you get a chance, pop the form in the post."
    )
    assert not action_rules.is_conditional(
        "please sign the form",
        "If you'd like to stay another year, please sign the form by Friday.",
    )
    said = _descriptions("Coach: If you can, bring the spare bibs on Saturday.\nMe: Sure.")
    assert any("bibs" in d for d in said)


def test_trailing_condition_but_not_an_embedded_question() -> None:
    assert action_rules.is_conditional("call us if the swelling gets worse", "")
    assert action_rules.is_conditional("text me if the bus is late", "")
    assert not action_rules.is_conditional("ask Omar if he still needs the ladder", "")
    assert not action_rules.is_conditional("check if the pharmacy is open on Sunday", "")
    assert not action_rules.is_conditional("bring snacks if u can 🎉", "")
    # The object may just not be there yet: still a task.
    assert not action_rules.is_conditional("bring the letter if the bank has sent it", "")


# ------------------------------------------------------------ ongoing advice


def test_ongoing_advice_and_permissions_are_not_tasks() -> None:
    for advice in (
        "keep the bandage dry",
        "keep doing the stretches every morning",
        "keep going with the tablets until the pack is empty",
        "continue taking the iron twice a day",
        "try to cut down on sugar",
        "cut back on coffee",
        "let her sleep as much as she wants",
        "stop when it starts to pinch",
    ):
        assert action_rules.is_ongoing_advice(advice), advice
    for task in (
        "keep a food diary for two weeks",
        "keep the brace on for ten days",
        "let him know about Friday",
        "let the dog out at noon",
        "stop by the bakery for bread",
        "try the new clinic on Elm Road",
    ):
        assert not action_rules.is_ongoing_advice(task), task


def test_advice_in_a_visit_leaves_the_real_task() -> None:
    said = _descriptions(
        "Dr. Perez: Keep the bandage dry and try to cut down on sugar.\n"
        "Dr. Perez: Can you book a blood test at the front desk?\n"
        "Me: Sure."
    )
    assert said == ["book a blood test at the front desk"]


# ------------------------------------------------------------ bare "let me know"


def test_bare_let_me_know_in_a_mail_becomes_a_reply_about_the_subject() -> None:
    text = (
        "From: Marta Quill <marta@example.org>\nTo: me@example.com\n"
        "Subject: Re: boat trip in June?\n\n"
        "We have two spots left on the boat. Let me know by Friday!\n\nMarta"
    )
    items = _items(text, "other_text", "email")
    assert [i.description for i in items] == ["Reply to Marta about boat trip in June"]
    assert items[0].due_at == datetime(2026, 4, 17, tzinfo=UTC)


def test_let_me_know_with_its_content_is_kept() -> None:
    text = (
        "From: Marta Quill <marta@example.org>\nTo: me@example.com\nSubject: boat trip\n\n"
        "Let me know which life jacket size you need."
    )
    said = _descriptions(text, "other_text", "email")
    assert said and "life jacket" in said[0]


def test_bare_let_me_know_after_a_question_in_a_chat() -> None:
    said = _descriptions(
        "Ines: Could we swap your Thursday shift for Saturday? Let me know.",
        "message",
        None,
    )
    assert len(said) == 1
    assert said[0].startswith("reply to ines about swapping your thursday shift")


def test_conditional_let_me_know_is_not_a_task() -> None:
    said = _descriptions(
        "Neighbour: If you need a hand with the ladder, let me know.\nMe: Thanks!",
    )
    assert said == []


def test_gerund() -> None:
    assert [grammar.gerund(v) for v in ("move", "get", "see", "tie", "book")] == [
        "moving",
        "getting",
        "seeing",
        "tying",
        "booking",
    ]


# ------------------------------------------------------------ day headings


NOTE = """Week notes

Thu
- Return the drill to Sam

Fri
- Pay the window cleaner (due today)

Sat
- Yoga 18:30 — pack the mat

Whenever
- Sort the loft
"""


def test_day_heading_dates_the_items_below_it() -> None:
    items = {i.description: i.due_at for i in _items(NOTE, "other_text", "note")}
    assert items["Return the drill to Sam"] == datetime(2026, 4, 16, tzinfo=UTC)
    mat = next(due for description, due in items.items() if description.startswith("Pack the mat"))
    assert mat == datetime(2026, 4, 18, 18, 30, tzinfo=UTC)
    assert items["Pay the window cleaner"] == datetime(2026, 4, 17, tzinfo=UTC)
    # A heading without a day ends the dated section.
    assert items["Sort the loft"] is None


def test_vague_heading_gives_no_date() -> None:
    note = "This week:\n- Call the landlord about the boiler\n- Renew the car tax\n"
    items = _items(note, "other_text", "note")
    assert items and all(i.due_at is None for i in items)
