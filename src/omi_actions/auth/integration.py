"""App-key authentication for ``/v2/integrations/{app_id}/…`` in SPEC §2.4 order.

Rows 0 (413) and 1 (400) are answered before this runs (edge middleware and
the JSON body dependency); this dependency applies rows 2–9.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Annotated, Any

import orjson
from fastapi import Depends, Header, Path, Query, Request

from omi_actions.auth.gate import AppInfo, AuthGate
from omi_actions.errors import (
    AppNotEnabled,
    InvalidApiKey,
    InvalidRequestFormat,
    MissingAuthorization,
    MissingCapability,
    NotFound,
    RateLimited,
    Unprocessable,
)
from omi_actions.kit.actions import CAPABILITY_WORDS, Action
from omi_actions.kit.keys import APP_KEY_PREFIX, canonical_key
from omi_actions.kit.time import utcnow
from omi_actions.observability import add_response_headers
from omi_actions.ratelimit import RateLimiter


class AppNotFound(NotFound):
    detail = "App not found"


@dataclass(frozen=True)
class IntegrationContext:
    app: AppInfo
    uid: str
    key_id: str

    @property
    def app_id(self) -> str:
        return self.app.id

    def can(self, action: Action) -> bool:
        return action.value in self.app.actions

    def require(self, action: Action) -> None:
        if not self.can(action):
            raise MissingCapability(CAPABILITY_WORDS[action])


def _is_json_media_type(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


async def json_object_body(request: Request) -> dict[str, Any]:
    """SPEC §2.4 row 1: the body must be a JSON object sent as JSON."""
    content_type = request.headers.get("content-type")
    if content_type and not _is_json_media_type(content_type):
        raise InvalidRequestFormat(
            f"unsupported Content-Type {content_type.split(';', 1)[0]!r}; send application/json"
        )
    raw = await request.body()
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise InvalidRequestFormat(f"body is not valid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise InvalidRequestFormat("body must be a JSON object")
    return data


JsonBody = Annotated[dict[str, Any], Depends(json_object_body)]


MAX_UID_LENGTH = 128


def _checked_uid(uid: str | None) -> str:
    """SPEC §2.4 row 6: ``uid`` or a 422 in FastAPI's error shape."""
    location = ["query", "uid"]
    if uid is None:
        item: dict[str, Any] = {
            "type": "missing", "loc": location, "msg": "Field required", "input": None,
        }  # fmt: skip
    elif not uid:
        item = {
            "type": "string_too_short", "loc": location,
            "msg": "String should have at least 1 character", "input": uid,
            "ctx": {"min_length": 1},
        }  # fmt: skip
    elif len(uid) > MAX_UID_LENGTH:
        item = {
            "type": "string_too_long", "loc": location,
            "msg": f"String should have at most {MAX_UID_LENGTH} characters", "input": uid,
            "ctx": {"max_length": MAX_UID_LENGTH},
        }  # fmt: skip
    elif "\x00" in uid:
        item = {
            "type": "string_pattern_mismatch", "loc": location,
            "msg": "String must not contain NUL (U+0000) characters", "input": uid,
        }  # fmt: skip
    else:
        return uid
    raise Unprocessable([item])


async def authenticate(
    request: Request,
    app_id: str,
    uid: str | None,
    authorization: str | None,
    bucket: str,
    action: Action | None,
) -> IntegrationContext:
    """SPEC §2.4 rows 2–9 for one request, in order."""
    state = request.app.state
    gate: AuthGate = state.auth_gate
    scheme, _, presented = (authorization or "").partition(" ")
    presented = presented.strip()
    if scheme.lower() != "bearer" or not presented:  # row 2
        raise MissingAuthorization()
    key = canonical_key(presented, APP_KEY_PREFIX)
    if key is None:  # row 3, malformed: no database lookup
        raise InvalidApiKey()
    await gate.refresh()
    active = await gate.app_key(key)
    if active is None or active.is_expired(utcnow()):  # row 3
        raise InvalidApiKey()
    app = await gate.app(app_id)
    if app is None:  # row 4
        raise AppNotFound()
    if active.app_id != app_id:  # row 5
        raise InvalidApiKey()
    uid = _checked_uid(uid)  # row 6
    limiter: RateLimiter = state.rate_limiter
    result = await limiter.hit(bucket, app_id, uid)  # row 7
    if result is not None:
        headers = result.headers()
        add_response_headers(request.scope["state"], headers)
        if not result.allowed:
            state.metrics.rate_limited.labels(bucket).inc()
            raise RateLimited(max(1, result.reset_seconds), {})
    if not await gate.is_enabled(uid, app_id):  # row 8
        raise AppNotEnabled()
    context = IntegrationContext(app=app, uid=uid, key_id=active.id)
    if action is not None:  # row 9
        context.require(action)
    state.key_usage.touch(active.id)
    return context


def integration_auth(
    bucket: str, action: Action | None
) -> Callable[..., Awaitable[IntegrationContext]]:
    """Dependency for one route: rate-limit ``bucket`` and, if given, require ``action``.

    With ``action=None`` the route checks the action itself (an app may read
    back what it created without a read action, SPEC §4).
    """

    async def dependency(
        request: Request,
        app_id: Annotated[str, Path()],
        uid: Annotated[str | None, Query(description="The OMI user id.")] = None,
        authorization: Annotated[str | None, Header(include_in_schema=False)] = None,
    ) -> IntegrationContext:
        return await authenticate(request, app_id, uid, authorization, bucket, action)

    return dependency
