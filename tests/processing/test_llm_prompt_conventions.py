"""The llm engine is told the same conventions the local engine follows and the
evaluation set is labelled by (eval/README.md "Label guidelines"), so the two engines
resolve dates alike and score on the same terms."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from omi_actions.processing.llm import prompts
from omi_actions.processing.local.dates import find_dates

# The worked example both prompts give: a weekday is the first such day strictly after
# the reference date, with or without "this"/"next".
SATURDAY = datetime(2024, 8, 31, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize("name", ["conversation_system", "facts_system"])
def test_prompts_state_the_weekday_rule(name: str) -> None:
    assert "first such day strictly after the reference date" in prompts.load(name)


def test_the_prompt_example_is_what_the_local_engine_resolves() -> None:
    text = prompts.load("conversation_system")
    said, day = re.search(
        r'"(next \w+)" said on \w+ 2024-08-31 is (\d{4}-\d{2}-\d{2})', text
    ).groups()  # type: ignore[union-attr]
    mentions = find_dates(f"Let's meet {said}.", SATURDAY)
    assert [m.value.date().isoformat() for m in mentions] == [day]


@pytest.mark.parametrize(
    "rule",
    [
        "vague periods",  # "next week" gives no due date
        "due at the event's start",  # tasks before a dated event
        "Reply to",  # invitations that ask for an answer
        "tasks of other people",
        "a declined invitation",
        "A multi-day trip starts on its first day",
    ],
)
def test_conversation_prompt_states_the_labelling_rules(rule: str) -> None:
    assert rule in prompts.load("conversation_system")
