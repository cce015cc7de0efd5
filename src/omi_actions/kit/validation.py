"""Validating a parsed JSON body against a pydantic model, FastAPI-style errors on failure."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from omi_actions.errors import validation_error

M = TypeVar("M", bound=BaseModel)


NUL = "\x00"


def validate_body(model: type[M], body: dict[str, Any]) -> M:
    nul_errors = list(_nul_errors(body, ()))
    if nul_errors:
        raise validation_error(nul_errors)
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        raise validation_error(list(exc.errors(include_url=False))) from None


def _nul_errors(value: Any, location: tuple[str | int, ...]) -> Iterator[dict[str, Any]]:
    """U+0000 cannot be stored (PostgreSQL text refuses it): a client error, not a 5xx."""
    if isinstance(value, str):
        if NUL in value:
            yield {
                "type": "string_pattern_mismatch",
                "loc": location,
                "msg": "String must not contain NUL (U+0000) characters",
                "input": value,
            }
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _nul_errors(item, (*location, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _nul_errors(item, (*location, index))
