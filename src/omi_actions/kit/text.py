"""Checks on client strings before they reach the database."""

from __future__ import annotations

MAX_ID_LENGTH = 255


def storable(value: str, max_length: int = MAX_ID_LENGTH) -> bool:
    """Can ``value`` be used in a lookup? (PostgreSQL text refuses U+0000.)"""
    return "\x00" not in value and len(value) <= max_length
