"""The engine protocol and engine selection."""

from __future__ import annotations

from typing import Protocol

from omi_actions.processing.schemas import (
    ConversationInput,
    ConversationResult,
    FactsInput,
    FactsResult,
)


class EngineError(Exception):
    """Processing failed in a way a retry may fix (transport, malformed answer)."""


class Engine(Protocol):
    """Turns submitted text into structured results.

    Calls are synchronous and may be CPU-bound (``local``) or block on the
    network (``llm``); the worker runs them off the event loop in a thread.
    Implementations must be safe to call from several threads at once.
    """

    name: str

    def process_conversation(self, conversation: ConversationInput) -> ConversationResult: ...

    def extract_facts(self, submission: FactsInput) -> FactsResult: ...
