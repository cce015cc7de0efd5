"""Action items, second round: check lists, texting shorthand, notices, unnamed voices,
"X is due" hand-ins and dates of preparation tasks. Every example was written for these
tests (none is taken from an evaluation split); each rule has counter-examples."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from omi_actions.processing.local.action_sms import expand
from omi_actions.processing.local.text import parse
from tests.processing.engine_helpers import action_descriptions, action_items

# A Wednesday afternoon.
REF = datetime(2026, 4, 15, 14, 0, tzinfo=UTC)


_items = partial(action_items, reference=REF)
_descriptions = partial(action_descriptions, reference=REF, lower=True)


def _email(body: str, sender: str = "Office <office@example.org>") -> str:
    return f"From: {sender}\nTo: me@example.com\nSubject: Notice\n\n{body}"


# ------------------------------------------------------------------ check lists


def test_ticked_boxes_are_done_and_open_boxes_are_tasks() -> None:
    note = (
        "errands\n- [x] renew the parking permit\n- [ ] email Ms. Varga re: the recital\n"
        "* [ ] buy printer ink\n✅ called the bank\n- ~~mail the rebate form~~\n"
        "- water the ferns (done)"
    )
    found = _descriptions(note, "other_text", "note")
    assert any(d.startswith("email ms. varga about the recital") for d in found)
    assert any(d.startswith("buy printer ink") for d in found)
    for done in ("parking permit", "bank", "rebate", "ferns"):
        assert not any(done in d for d in found), done


def test_parse_marks_done_items() -> None:
    document = parse("- [x] pay it\n- [ ] send it\n1. [X] file it", "other_text", "note")
    assert [(s.text, s.done) for s in document.sentences] == [
        ("pay it", True),
        ("send it", False),
        ("file it", True),
    ]
    assert document.spec == "note"


# ------------------------------------------------------------------ texting shorthand


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("can u get bread n butter 2nite pls", "can you get bread and butter tonight please"),
        ("ok ill call ur dad tmrw", "ok I'll call your dad tomorrow"),
        ("im in", "I'm in"),
        # Counter-examples: real words stay as they are.
        ("Grandpa is ill and tired", "Grandpa is ill and tired"),
        ("Section n of the lease", "Section n of the lease"),
        ("the URL is example.com/u/ur", "the URL is example.com/u/ur"),
    ],
)
def test_texting_shorthand(raw: str, expected: str) -> None:
    assert expand(raw) == expected


def test_shorthand_request_is_read() -> None:
    found = _items("Dana: can u pick up the dry cleaning 2moro pls\nMe: ya np")
    assert [a.description.lower() for a in found] == ["pick up the dry cleaning"]
    assert found[0].due_at is not None and found[0].due_at.date().isoformat() == "2026-04-16"


# ------------------------------------------------------------------ what is not a task


@pytest.mark.parametrize(
    "text",
    [
        "Rent will be $950 starting in June.",
        "Order forms went home in backpacks on Monday.",
        "Book club is Thursday this month.",
        "Release notes: fixes a crash on startup.",
        "Agenda: budget, hiring, open questions.",
        "Reply in Slack",
        "View it on GitHub",
        "Go Tigers!",
        "Use code SPRING10 at checkout.",
        "Join our experts for a live Q&A.",
    ],
)
def test_statements_and_captions_are_not_tasks(text: str) -> None:
    assert _descriptions(_email(text), "other_text", "email") == []


def test_a_short_prompt_question_makes_the_next_line_conditional() -> None:
    text = _email("Your parcel was delivered at noon. Not you? Contact us within 24 hours.")
    assert _descriptions(text, "other_text", "email") == []
    # Counter-example: without the prompt, a plain request stays.
    text = _email("Your parcel is held at the depot. Contact us within 24 hours.")
    assert any(d.startswith("contact") for d in _descriptions(text, "other_text", "email"))


@pytest.mark.parametrize(
    "body",
    [
        "Your slot is Tuesday at 4pm. If this time doesn't work, please let me know by Friday.",
        "Roads are icy. If you must drive, keep a blanket in the car.",
    ],
)
def test_conditional_requests_are_not_tasks(body: str) -> None:
    assert _descriptions(_email(body), "other_text", "email") == []


def test_someone_else_says_let_me_look() -> None:
    text = "Agent: Let me look. The refund went out yesterday.\nMe: Thanks!"
    assert _descriptions(text, "audio_transcript", "phone_call") == []


def test_make_sure_someone_is_home() -> None:
    text = _email("The electrician comes Friday at 8am. Please make sure someone is home.")
    assert any(d.startswith("be home") for d in _descriptions(text, "other_text", "email"))


def test_delegated_and_accepted_is_not_the_users() -> None:
    text = (
        "Sam: the field trip form is due Friday\n"
        "Me: can you do the field trip form? I'm swamped\n"
        "Sam: sure, I'll do it"
    )
    assert not any("form" in d for d in _descriptions(text))
    # Counter-example: nobody took it, so it is still the user's.
    text = "Sam: the field trip form is due Friday\nMe: ugh ok"
    assert any(d.startswith("submit the field trip form") for d in _descriptions(text))


# ------------------------------------------------------------------ hand-ins


@pytest.mark.parametrize(
    ("body", "prefix"),
    [
        ("Reminder: your lab report is due on the 20th.", "submit lab report"),
        ("The permission slip and the $5 fee are due by Friday.", "return the permission slip"),
        ("Your club dues are due on the 1st.", "pay club dues"),
    ],
)
def test_due_hand_ins(body: str, prefix: str) -> None:
    found = _items(_email(body), "other_text", "email")
    assert found and found[0].description.lower().startswith(prefix)
    assert found[0].due_at is not None


@pytest.mark.parametrize(
    "body",
    [
        "Our baby is due in June!",
        "Payment is due on the 10th.",
        "I think it is due Friday.",
    ],
)
def test_due_statements_that_are_not_hand_ins(body: str) -> None:
    assert not any(
        d.startswith(("submit", "return", "pay"))
        for d in _descriptions(_email(body), "other_text", "email")
    )


def test_read_and_due_in_one_sentence_are_two_tasks() -> None:
    text = "For Monday, read chapter 4, and the worksheet is due on the 24th."
    found = _descriptions(_email(text), "other_text", "email")
    assert any(d.startswith("read chapter 4") and "worksheet" not in d for d in found)
    assert any(d.startswith("submit the worksheet") for d in found)


# ------------------------------------------------------------------ unnamed voices, dates


def test_the_voice_served_by_a_business_is_the_user() -> None:
    text = (
        "Speaker 0: Hi, this is Ana from Lakeview Optometry. We have you on Friday at 3pm.\n"
        "Speaker 1: Great.\n"
        "Speaker 0: Please bring your current glasses.\n"
        "Speaker 1: Sure. I'll also pick up my contact lens order then."
    )
    found = _descriptions(text, "audio_transcript", "phone_call")
    assert any(d.startswith("bring") and "glasses" in d for d in found)
    # The business's own steps are not the user's.
    text = (
        "Speaker 0: Thanks for calling Hillside Clinic, how can I help?\n"
        "Speaker 1: I need to move my appointment.\n"
        "Speaker 0: Sure. I'll send you a new confirmation."
    )
    assert not any("confirmation" in d for d in _descriptions(text, "audio_transcript"))


def test_preparation_is_due_at_the_occasion_said_before() -> None:
    text = (
        "Coach: the regional game is next Saturday\n"
        "Coach: kickoff 10am\n"
        "Coach: could you bring the team banner?\n"
        "Me: sure"
    )
    found = _items(text)
    banner = next(a for a in found if "banner" in a.description.lower())
    assert banner.due_at is not None and banner.due_at.date().isoformat() == "2026-04-18"


def test_pronouns_do_not_resolve_to_adverbs_or_clauses() -> None:
    text = "Ana: I've wanted to see that forever.\nAna: could you book it tonight?"
    assert not any("forever" in d for d in _descriptions(text))
    text = "Ana: the heater keeps clicking.\nAna: can you fix it tomorrow?"
    assert not any("keeps" in d for d in _descriptions(text))
