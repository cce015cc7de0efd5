"""Expected errors carry their status and ``detail``; one handler renders them all."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException

logger = logging.getLogger("omi_actions.errors")

SERVICE_UNAVAILABLE_RETRY_AFTER = "5"


class ApiError(Exception):
    status_code: int = 400
    detail: Any = "Bad request"

    def __init__(self, detail: Any | None = None, *, headers: dict[str, str] | None = None) -> None:
        if detail is not None:
            self.detail = detail
        self.headers = headers or {}
        super().__init__(str(self.detail))


class BadRequest(ApiError):
    status_code = 400


class InvalidRequestFormat(ApiError):
    status_code = 400

    def __init__(self, reason: str) -> None:
        super().__init__(f"Invalid request format: {reason}")


class Unauthorized(ApiError):
    status_code = 401


class MissingAuthorization(Unauthorized):
    detail = "Missing or invalid Authorization header. Must be 'Bearer API_KEY'"


class Forbidden(ApiError):
    status_code = 403


class InvalidApiKey(Forbidden):
    detail = "Invalid integration API key"


class AppNotEnabled(Forbidden):
    detail = "App is not enabled for this user"


class MissingCapability(Forbidden):
    def __init__(self, capability: str) -> None:
        super().__init__(f"App does not have the capability to {capability}")


class NotRecordOwner(Forbidden):
    detail = "App can only update records it created"


class NotFound(ApiError):
    status_code = 404
    detail = "Not found"


class Conflict(ApiError):
    status_code = 409


class PayloadTooLarge(ApiError):
    status_code = 413

    def __init__(self, limit: int) -> None:
        super().__init__(f"Request body too large (limit {limit} bytes)")


class Unprocessable(ApiError):
    status_code = 422


class TextRequired(Unprocessable):
    detail = "Text is required and cannot be empty"


class RateLimited(ApiError):
    status_code = 429

    def __init__(self, retry_after: int, headers: dict[str, str]) -> None:
        super().__init__(
            f"Rate limit exceeded. Try again in {retry_after}s.",
            headers={**headers, "Retry-After": str(retry_after)},
        )


class ServiceUnavailable(ApiError):
    status_code = 503
    detail = "Service temporarily unavailable"

    def __init__(self) -> None:
        super().__init__(headers={"Retry-After": SERVICE_UNAVAILABLE_RETRY_AFTER})


def validation_error(errors: list[Any], location: str = "body") -> Unprocessable:
    """A FastAPI-style 422 list from pydantic errors, located under ``location``."""
    items = []
    for error in errors:
        item = {k: v for k, v in error.items() if k != "url"}
        item["loc"] = [location, *error.get("loc", ())]
        items.append(item)
    return Unprocessable(jsonable_encoder(items))


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(
        {"detail": error.detail}, status_code=error.status_code, headers=error.headers
    )


def install_error_handlers(app: FastAPI) -> None:
    async def on_api_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return error_response(exc)

    async def on_database_error(_request: Request, exc: Exception) -> JSONResponse:
        logger.warning("database unavailable: %s", type(exc).__name__)
        return error_response(ServiceUnavailable())

    async def on_validation_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return JSONResponse({"detail": jsonable_encoder(exc.errors())}, status_code=422)

    async def on_http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        return JSONResponse(
            {"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers
        )

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(OperationalError, on_database_error)
    app.add_exception_handler(DBAPIError, on_database_error)
    app.add_exception_handler(PoolTimeoutError, on_database_error)
    app.add_exception_handler(ConnectionError, on_database_error)
    app.add_exception_handler(OSError, on_database_error)
    app.add_exception_handler(RequestValidationError, on_validation_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
