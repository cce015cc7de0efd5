"""Deterministic in-memory engines for tests of the pipeline (not of quality)."""

from __future__ import annotations

import threading

from omi_actions.processing.base import EngineError
from omi_actions.processing.schemas import (
    ActionItem,
    ConversationInput,
    ConversationResult,
    ExtractedFact,
    FactsInput,
    FactsResult,
    StructuredConversation,
)


class FakeEngine:
    """Echoes its input into every output field; can be told to fail N times."""

    name = "fake"

    def __init__(self, fail_times: int = 0, error: str = "fake engine failure") -> None:
        self._fail_times = fail_times
        self._error = error
        self._lock = threading.Lock()
        self.calls = 0

    def _maybe_fail(self) -> None:
        with self._lock:
            self.calls += 1
            if self._fail_times > 0:
                self._fail_times -= 1
                raise EngineError(self._error)

    def process_conversation(self, conversation: ConversationInput) -> ConversationResult:
        self._maybe_fail()
        words = conversation.text.split()
        return ConversationResult(
            structured=StructuredConversation(
                title=" ".join(words[:5]),
                overview=conversation.text[:200],
                emoji="🧪",
                category="other",
                action_items=[ActionItem(description=f"Follow up on {words[0]}")],
            ),
            facts=[ExtractedFact(content=f"User said {words[0]}")],
            discarded=len(words) < 2,
        )

    def extract_facts(self, submission: FactsInput) -> FactsResult:
        self._maybe_fail()
        sentences = [s.strip() for s in submission.text.split(".") if s.strip()]
        return FactsResult(facts=[ExtractedFact(content=f"User noted: {s}") for s in sentences])
