"""Build the configured engine by name."""

from __future__ import annotations

from dataclasses import dataclass

from omi_actions.processing.base import Engine


@dataclass(frozen=True)
class EngineConfig:
    name: str = "local"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout_seconds: float = 60.0
    llm_max_attempts: int = 3


def build_engine(config: EngineConfig) -> Engine:
    if config.name == "local":
        from omi_actions.processing.local import LocalEngine

        return LocalEngine()
    if config.name == "llm":
        from omi_actions.processing.llm import LlmEngine

        return LlmEngine.from_config(config)
    if config.name == "fake":
        from omi_actions.processing.testing import FakeEngine

        return FakeEngine()
    raise ValueError(f"unknown engine {config.name!r}: use 'local' or 'llm'")
