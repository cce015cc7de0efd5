"""Actions an app may hold (SPEC §1), with the input aliases OMI accepts."""

from __future__ import annotations

from enum import StrEnum


class Action(StrEnum):
    CREATE_CONVERSATION = "create_conversation"
    CREATE_FACTS = "create_facts"
    READ_CONVERSATIONS = "read_conversations"
    READ_MEMORIES = "read_memories"
    READ_TASKS = "read_tasks"
    UPDATE_CONVERSATIONS = "update_conversations"
    UPDATE_FACTS = "update_facts"


ACTION_ALIASES = {"create_memories": Action.CREATE_FACTS, "read_facts": Action.READ_MEMORIES}

# The words after "App does not have the capability to" in a 403 (SPEC §2.4 row 9).
CAPABILITY_WORDS = {
    Action.CREATE_CONVERSATION: "create conversations",
    Action.CREATE_FACTS: "create facts",
    Action.READ_CONVERSATIONS: "read conversations",
    Action.READ_MEMORIES: "read memories",
    Action.READ_TASKS: "read tasks",
    Action.UPDATE_CONVERSATIONS: "update conversations",
    Action.UPDATE_FACTS: "update facts",
}


def parse_action(value: str) -> Action:
    """An action by name or alias; ``ValueError`` naming the valid ones otherwise."""
    name = value.strip().lower()
    if name in ACTION_ALIASES:
        return ACTION_ALIASES[name]
    try:
        return Action(name)
    except ValueError:
        valid = ", ".join([*(a.value for a in Action), *ACTION_ALIASES])
        raise ValueError(f"unknown action {value!r}; valid actions: {valid}") from None


def normalise_actions(values: list[str]) -> list[str]:
    seen: list[str] = []
    for value in values:
        action = parse_action(value).value
        if action not in seen:
            seen.append(action)
    return seen
