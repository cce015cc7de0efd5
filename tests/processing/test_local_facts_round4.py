"""Round 4 fact rules: casual short texts, conversation turns, precision guards.

Own examples and counter-examples (not copied from eval/).
"""

from __future__ import annotations

from datetime import UTC, datetime

from omi_actions.processing.local.events import extract_events
from omi_actions.processing.local.fact_casual import casual_facts, split_casual
from omi_actions.processing.local.facts import extract_facts
from omi_actions.processing.local.text import parse

# Wednesday 14 May 2025, 09:00 UTC.
REF = datetime(2025, 5, 14, 9, 0, tzinfo=UTC)


def facts(text: str, source: str = "other", spec: str | None = "chat") -> list[str]:
    doc = parse(text, source, spec)
    return [f.content for f in extract_facts(doc, REF, text, extract_events(doc, REF))]


def conv_facts(text: str, source: str = "message", spec: str | None = None) -> list[str]:
    doc = parse(text, source, spec)
    return [f.content for f in extract_facts(doc, REF, text, [], conversation=True)]


# ------------------------------------------------------------------ casual short texts


def test_subjectless_move_and_job_in_a_chat_line() -> None:
    found = facts("just moved to Tucson for a design job at a small agency")
    assert "User lives in Tucson" in found
    assert "User works at a small agency" in found


def test_someone_elses_job_is_not_the_users() -> None:
    found = facts("my cousin Raj got a job at Initech, he's moving to Austin")
    assert not any("works at" in f for f in found)
    assert "User lives in Austin" not in found


def test_quitting_a_job_is_not_working_there() -> None:
    assert not any(f.startswith("User works at") for f in facts("I quit my job at Initech today"))


def test_move_needs_a_place_name() -> None:
    assert casual_facts("we just moved to the suburbs") == []


def test_expecting_and_years_married() -> None:
    assert ("User is expecting a baby", " a baby") in casual_facts("WE'RE EXPECTING A BABY!!")
    found = [fact for fact, _ in casual_facts("twelve years married this weekend")]
    assert found == ["User has been married for twelve years"]


def test_team_at_names_the_employer() -> None:
    found = [fact for fact, _ in casual_facts("So proud of my team at Brightwater Labs")]
    assert found == ["User works at Brightwater Labs"]
    assert casual_facts("proud of the team at Brightwater Labs") == []


def test_diabetic_self_description() -> None:
    assert [f for f, _ in casual_facts("as a type 2 diabetic I read every label")] == [
        "User has type 2 diabetes"
    ]


def test_subjectless_state_in_a_chat_line() -> None:
    assert "User is allergic to peanuts" in facts("allergic to peanuts btw, so no satay for me")


# ------------------------------------------------------------------ splitting


def test_split_instrument_and_band() -> None:
    assert split_casual("User plays drums in a jazz trio on Sundays, mostly standards") == [
        "User plays drums",
        "User plays in a jazz trio on Sundays",
    ]


def test_split_medication_and_condition() -> None:
    assert split_casual("User takes levothyroxine daily for their hypothyroidism") == [
        "User takes levothyroxine daily",
        "User has hypothyroidism",
    ]
    assert split_casual("User takes the bus for work") == ["User takes the bus for work"]


def test_split_age_from_learning() -> None:
    assert split_casual("User is learning the violin at 52") == [
        "User is learning the violin",
        "User is 52 years old",
    ]


# ------------------------------------------------------------------ conversations


def test_role_after_comma_in_a_turn() -> None:
    text = "Ana: long week?\nMe: yeah, I work weekends, I'm a paramedic at County General"
    assert any("paramedic" in f for f in conv_facts(text))


def test_since_childhood_is_kept() -> None:
    text = "Bo: you know a lot about birds\nMe: I've been obsessed with birds since I was a kid"
    assert "User has been obsessed with birds since childhood" in conv_facts(text)


def test_comment_after_a_state_is_trimmed() -> None:
    text = "Kai: no cheese?\nMe: I'm vegan, it just feels right"
    assert "User is vegan" in conv_facts(text)


def test_love_you_to_a_sibling_is_not_a_partner() -> None:
    text = (
        "Rosa: I talked to Mom, she's fine\nMe: good, I'll call her Sunday\n"
        "Rosa: ok love you\nMe: love you too"
    )
    assert not any("partner" in f for f in conv_facts(text))


def test_mutual_love_you_is_a_partner() -> None:
    text = "Me: morning, you left early\nTheo: early train. love you\nMe: love you, see you tonight"
    assert "User's partner is Theo" in conv_facts(text)


def test_role_label_is_not_a_partner() -> None:
    text = "Roommate: rent's due\nMe: I'll pay tonight, our landlord texted\nRoommate: love you"
    assert not any("partner" in f for f in conv_facts(text))


def test_news_about_a_colleague_is_not_a_fact() -> None:
    text = "Ana: how's work?\nMe: my boss's leaving next month, so who knows"
    assert not any("boss" in f for f in conv_facts(text, "audio_transcript"))


def test_pet_due_for_a_booster_in_a_text_message() -> None:
    text = "Maple Vets: Hi, Juno is now due her annual booster. Call 555-0100 to book."
    assert "User has a pet named Juno" in conv_facts(text, "message", "sms")


def test_child_name_is_not_a_contraction() -> None:
    text = "Kim: school called\nMe: When's the meeting? Let's go together"
    assert not any("child named" in f for f in conv_facts(text))
