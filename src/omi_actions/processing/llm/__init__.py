"""The ``llm`` engine: any OpenAI-compatible chat endpoint with JSON-schema output."""

from omi_actions.processing.llm.engine import LlmEngine

__all__ = ["LlmEngine"]
