"""OpenAPI helpers: bodies validated by hand (to keep SPEC §2.4 order) are still documented."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel

_ERROR = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorDetail"}}}
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"description": "Invalid request format", "content": _ERROR},
    401: {"description": "Missing or invalid Authorization header", "content": _ERROR},
    403: {"description": "Invalid key, app not enabled, or missing capability", "content": _ERROR},
    404: {"description": "App or record not found", "content": _ERROR},
    409: {"description": "Idempotency-Key reused with a different body", "content": _ERROR},
    413: {"description": "Request body too large", "content": _ERROR},
    422: {"description": "Validation error", "content": _ERROR},
    429: {"description": "Rate limit exceeded", "content": _ERROR},
    503: {"description": "Service temporarily unavailable", "content": _ERROR},
}

_BODY_MODELS: list[type[BaseModel]] = []


def json_body(model: type[BaseModel]) -> dict[str, Any]:
    """``openapi_extra`` documenting ``model`` as the JSON request body."""
    _BODY_MODELS.append(model)
    return {
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}
            },
        }
    }


def _document_security(schema: dict[str, Any]) -> None:
    """Keys are read by hand (to keep SPEC §2.4 order); say so in the document."""
    schema.setdefault("components", {})["securitySchemes"] = {
        "appKey": {"type": "http", "scheme": "bearer", "description": "An app key (sk_…)."},
        "devKey": {
            "type": "http",
            "scheme": "bearer",
            "description": "A personal developer key (omi_dev_…).",
        },
    }
    for path, operations in schema.get("paths", {}).items():
        if path.startswith("/v2/integrations/"):
            scheme = "appKey"
        elif path.startswith("/v1/dev/"):
            scheme = "devKey"
        else:
            continue
        for operation in operations.values():
            operation["security"] = [{scheme: []}]


def install_openapi(app: FastAPI) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        schema = get_openapi(
            title=app.title, version=app.version, summary=app.summary, routes=app.routes
        )
        _document_security(schema)
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        components["ErrorDetail"] = {
            "type": "object",
            "properties": {"detail": {}},
            "required": ["detail"],
        }
        for model in _BODY_MODELS:
            definition = model.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, sub in definition.pop("$defs", {}).items():
                components.setdefault(name, sub)
            components[model.__name__] = definition
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
