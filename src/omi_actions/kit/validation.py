"""Validating a parsed JSON body against a pydantic model, FastAPI-style errors on failure."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from omi_actions.errors import validation_error

M = TypeVar("M", bound=BaseModel)


def validate_body(model: type[M], body: dict[str, Any]) -> M:
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        raise validation_error(list(exc.errors(include_url=False))) from None
