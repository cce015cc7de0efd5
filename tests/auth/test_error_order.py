"""SPEC §2.4: every error row, in order; each scenario breaks its row and maybe later ones.

A scenario that also breaks later rows proves the order: the earlier row must answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import httpx
import orjson
import pytest

from omi_actions.config import Settings
from omi_actions.kit.keys import APP_KEY_PREFIX, generate_key
from omi_actions.kit.time import utcnow
from tests.conftest import make_settings
from tests.fixtures.factories import Factory

INVALID_KEY = "Invalid integration API key"
MISSING_AUTH = "Missing or invalid Authorization header. Must be 'Bearer API_KEY'"
GOOD_BODY = {"text": "Mom: Don't forget to pick up milk on your way home"}
BODY_LIMIT = 2048


@dataclass(frozen=True)
class Scenario:
    name: str
    status: int
    detail: Any
    route: str = "conversations"
    body: Any = field(default_factory=lambda: GOOD_BODY)
    raw: bytes | None = None
    content_type: str | None = "application/json"
    # valid | none | basic | empty | malformed | unknown | revoked | expired | other_app | no_prefix
    auth: str = "valid"
    app: str = "own"  # own | missing
    uid: str = "enabled"  # enabled | missing | empty | disabled | unknown
    actions: tuple[str, ...] = ("create_conversation", "create_facts")
    exhaust_rate_limit: bool = False


def _uid_missing(detail: Any) -> bool:
    return detail[0]["loc"] == ["query", "uid"] and detail[0]["type"] == "missing"


SCENARIOS = [
    # row 0
    Scenario("0 too large, nothing else checked", 413,
             f"Request body too large (limit {BODY_LIMIT} bytes)",
             raw=b'{"text": "' + b"x" * (BODY_LIMIT + 10) + b'"}', auth="none", app="missing"),
    # row 1
    Scenario("1 invalid JSON before auth", 400, "Invalid request format", raw=b"{not json",
             auth="none", app="missing", uid="missing"),
    Scenario("1 JSON array is not an object", 400, "Invalid request format", raw=b"[1, 2]",
             auth="malformed"),
    Scenario("1 empty body", 400, "Invalid request format", raw=b"", auth="none"),
    Scenario("1 wrong content type", 400, "Invalid request format", content_type="text/plain",
             raw=orjson.dumps(GOOD_BODY), auth="none"),
    Scenario("1 +json content type is fine", 200, None, content_type="application/vnd.api+json"),
    Scenario("1 missing content type is read as JSON", 200, None, content_type=None,
             raw=orjson.dumps(GOOD_BODY)),
    # row 2
    Scenario("2 no Authorization", 401, MISSING_AUTH, auth="none", app="missing", uid="missing",
             body={"text": ""}),
    Scenario("2 Basic scheme", 401, MISSING_AUTH, auth="basic"),
    Scenario("2 Bearer without key", 401, MISSING_AUTH, auth="empty"),
    # row 3
    Scenario("3 malformed key", 403, INVALID_KEY, auth="malformed", app="missing"),
    Scenario("3 unknown key, app missing", 403, INVALID_KEY, auth="unknown", app="missing"),
    Scenario("3 unknown key, app not enabled", 403, INVALID_KEY, auth="unknown", uid="disabled"),
    Scenario("3 revoked key", 403, INVALID_KEY, auth="revoked", uid="missing"),
    Scenario("3 expired key", 403, INVALID_KEY, auth="expired"),
    Scenario("3 key without sk_ prefix is accepted", 200, None, auth="no_prefix"),
    # row 4
    Scenario("4 app missing", 404, "App not found", app="missing", uid="missing"),
    # row 5
    Scenario("5 key of another app", 403, INVALID_KEY, auth="other_app", uid="missing"),
    # row 6
    Scenario("6 uid missing", 422, _uid_missing, uid="missing", body={"text": ""},
             actions=()),
    Scenario("6 uid empty", 422, lambda d: d[0]["loc"] == ["query", "uid"], uid="empty"),
    # row 7
    Scenario("7 rate limited before enablement", 429, "Rate limit exceeded. Try again in",
             uid="disabled", exhaust_rate_limit=True),
    # row 8
    Scenario("8 user has not enabled the app", 403, "App is not enabled for this user",
             uid="disabled", actions=(), body={"text": ""}),
    Scenario("8 unknown user", 403, "App is not enabled for this user", uid="unknown"),
    # row 9
    Scenario("9 no create_conversation action", 403,
             "App does not have the capability to create conversations",
             actions=("create_facts",), body={"text": 5}),
    Scenario("9 no create_facts action", 403, "App does not have the capability to create facts",
             route="facts", actions=("create_conversation",), body={"text": ""}),
    Scenario("9 memories alias needs create_facts too", 403,
             "App does not have the capability to create facts",
             route="memories", actions=("create_conversation",)),
    # row 10
    Scenario("10 wrong type", 422, lambda d: d[0]["loc"] == ["body", "text"],
             body={"text": 5}),
    Scenario("10 bad enum before empty text", 422, lambda d: d[0]["loc"] == ["body", "text_source"],
             body={"text": " ", "text_source": "fax"}),
    Scenario("10 latitude out of range", 422,
             lambda d: d[0]["loc"] == ["body", "geolocation", "latitude"],
             body={"text": "hi there", "geolocation": {"latitude": 91, "longitude": 0}}),
    Scenario("10 finished_at before started_at", 422,
             lambda d: d[0]["msg"] == "finished_at must be after started_at"
             and d[0]["loc"] == ["body", "finished_at"],
             body={"text": "a talk", "started_at": "2024-03-10T15:00:00Z",
                   "finished_at": "2024-03-10T14:00:00Z"}),
    Scenario("10 facts: bad text_source", 422, lambda d: d[0]["loc"] == ["body", "text_source"],
             route="facts", body={"text": "x", "text_source": "audio_transcript"}),
    # row 10b
    Scenario("10b empty text", 422, "Text is required and cannot be empty", body={"text": ""}),
    Scenario("10b whitespace text", 422, "Text is required and cannot be empty",
             body={"text": " \n\t "}),
    Scenario("10b facts without text or memories", 422, "Text is required and cannot be empty",
             route="facts", body={"text_source": "email"}),
    Scenario("10b facts with blank memories only", 422, "Text is required and cannot be empty",
             route="memories", body={"text": "", "memories": []}),
    # success for each route
    Scenario("ok conversations", 200, None),
    Scenario("ok facts", 200, None, route="facts", body={"text": "I love hiking."}),
    Scenario("ok memories with explicit facts", 200, None, route="memories",
             body={"memories": [{"content": "User likes tea"}]}),
    Scenario("ok extra fields ignored", 200, None,
             body={**GOOD_BODY, "source": "x", "app_id": "y"}),
]  # fmt: skip


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url, max_body_bytes=BODY_LIMIT, rate_limit_conversations="3/hour")


async def _prepare(scenario: Scenario, factory: Factory) -> tuple[str, dict[str, str]]:
    app_id = await factory.app(list(scenario.actions))
    key_id, key = await factory.key(app_id)
    other_app = await factory.app(["create_conversation", "create_facts"])
    await factory.enable("alice", app_id)
    await factory.enable("bob", other_app)
    await factory.app([], name="unused")
    presented = {
        "valid": key,
        "no_prefix": key.removeprefix(APP_KEY_PREFIX),
        "malformed": "sk_not-a-real-key",
        "unknown": generate_key(APP_KEY_PREFIX),
    }.get(scenario.auth)
    if scenario.auth == "revoked":
        await factory.revoke(key_id)
        presented = key
    elif scenario.auth == "expired":
        _, presented = await factory.key(app_id, expires_at=utcnow() - timedelta(seconds=1))
    elif scenario.auth == "other_app":
        _, presented = await factory.key(other_app)
    headers = {
        "none": {},
        "basic": {"Authorization": "Basic dXNlcjpwYXNz"},
        "empty": {"Authorization": "Bearer "},
    }.get(scenario.auth, {"Authorization": f"Bearer {presented}"})
    if scenario.content_type is not None:
        headers["Content-Type"] = scenario.content_type
    path_app = "no-such-app" if scenario.app == "missing" else app_id
    query = {"enabled": "?uid=alice", "missing": "", "empty": "?uid=", "disabled": "?uid=bob",
             "unknown": "?uid=nobody"}[scenario.uid]  # fmt: skip
    return f"/v2/integrations/{path_app}/user/{scenario.route}{query}", headers


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
async def test_error_table(scenario: Scenario, client: httpx.AsyncClient, factory: Factory) -> None:
    url, headers = await _prepare(scenario, factory)
    content = scenario.raw if scenario.raw is not None else orjson.dumps(scenario.body)
    if scenario.exhaust_rate_limit:
        for _ in range(3):
            await client.post(url, content=content, headers=headers)
    response = await client.post(url, content=content, headers=headers)
    assert response.status_code == scenario.status, response.text
    body = response.json()
    if scenario.status == 200:
        assert body == {}
        return
    detail = body["detail"]
    if callable(scenario.detail):
        assert scenario.detail(detail), detail
    elif scenario.status in (400, 429):
        assert detail.startswith(scenario.detail), detail
    else:
        assert detail == scenario.detail
    if scenario.status == 429:
        assert int(response.headers["Retry-After"]) >= 1
        assert response.headers["X-RateLimit-Remaining"] == "0"


async def test_unknown_key_is_refused_without_database_lookup_for_bad_checksum(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    integration = await factory.integration()
    tampered = integration.key[:-1] + ("A" if integration.key[-1] != "A" else "B")
    response = await client.post(
        integration.url("/user/conversations"), json=GOOD_BODY,
        headers={"Authorization": f"Bearer {tampered}"},
    )  # fmt: skip
    assert response.status_code == 403
    assert response.json() == {"detail": INVALID_KEY}
    assert integration.key not in response.text


async def test_database_unavailable_is_503(tmp_path: Any) -> None:
    from omi_actions.app import create_app

    settings = make_settings(f"sqlite:///{tmp_path}/missing-dir/x.db")
    application = create_app(settings)
    async with application.router.lifespan_context(application):
        transport = httpx.ASGITransport(app=application)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            response = await client.post(
                "/v2/integrations/app/user/conversations?uid=u",
                json=GOOD_BODY,
                headers={"Authorization": f"Bearer {generate_key(APP_KEY_PREFIX)}"},
            )
            ready = await client.get("/readyz")
    assert response.status_code == 503
    assert response.json() == {"detail": "Service temporarily unavailable"}
    assert response.headers["Retry-After"]
    assert ready.status_code == 503
