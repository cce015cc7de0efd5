"""The offline, deterministic ``local`` processing engine."""

from omi_actions.processing.local.engine import LocalEngine

__all__ = ["LocalEngine"]
