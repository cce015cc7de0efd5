"""Fuzz the integration routes from their own OpenAPI document (schemathesis 4, live server).

Schemathesis reads ``/openapi.json`` of a real ``omi-actions serve`` and
generates requests for every create/read route of SPEC §2 and the health
probes, positive (schema-valid) and negative (schema-violating) alike. Most
cases carry a valid key, the key's app id and an enabled uid, so they get past
auth into validation, storage and processing; the rest have generated ids.

Checks: never a 5xx (SPEC §2.4 "Never a 500", §8 "Bad input gets a clear 4xx");
every status is one the operation documents; content types, response schemas
and headers conform; a schema-violating body is rejected with a 4xx.
``positive_data_acceptance`` is left out on purpose: the schema cannot say
"non-blank after stripping" (422 ``Text is required…``) and ids that do not
exist are a legitimate 404.

Bounded and deterministic: ``derandomize`` fixes the generated cases, a few
hundred per backend.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis import CheckContext, GenerationMode, Response
from schemathesis.checks import (
    content_type_conformance,
    negative_data_rejection,
    not_a_server_error,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from schemathesis.core.parameters import ParameterLocation

from tests.fixtures.live_server import BACKENDS, LiveServer, Provisioned, live_server

pytestmark = pytest.mark.slow

INTEGRATION = "/v2/integrations/{app_id}/user"
OPERATIONS = {
    "GET /healthz",
    "GET /readyz",
    f"POST {INTEGRATION}/conversations",
    f"POST {INTEGRATION}/facts",
    f"POST {INTEGRATION}/memories",
    f"GET {INTEGRATION}/conversations/{{conversation_id}}",
    f"GET {INTEGRATION}/facts/{{fact_id}}",
    f"GET {INTEGRATION}/fact-submissions/{{submission_id}}",
}


def negative_body_rejected(ctx: CheckContext, response: Response, case: Any) -> bool | None:
    """``negative_data_rejection``, for cases whose only schema violation is in the body.

    A header documented as ``list[str]`` (``Prefer``) is a plain string on the wire, and
    RFC 7240 says unknown preferences are ignored, so "negative" headers are not errors.
    """
    meta = case.meta
    if meta is None or not meta.generation.mode.is_negative:
        return None
    negative = {location for location in meta.components if meta.is_negative_at(location)}
    if negative != {ParameterLocation.BODY}:
        return None
    return negative_data_rejection(ctx, response, case)


CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
    negative_body_rejected,
]
MAX_EXAMPLES = 250  # per backend, spread over every operation and mode


# The real engine, so fuzzed text is processed too; failing jobs give up fast.
FUZZ_ENV = {
    "OMI_ACTIONS_ENGINE": "local",
    "OMI_ACTIONS_JOB_RETRY_BASE_SECONDS": "0.2",
    "OMI_ACTIONS_JOB_MAX_ATTEMPTS": "2",
}


@dataclass(frozen=True)
class FuzzTarget:
    server: LiveServer
    who: Provisioned
    known_ids: dict[str, str]  # path parameter name -> an id that exists for ``who``


@pytest.fixture(scope="module", params=BACKENDS)
def fuzz_target(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[FuzzTarget]:
    directory = tmp_path_factory.mktemp(f"fuzz-{request.param}")
    with live_server(request.param, directory, env=FUZZ_ENV, prefix="fuzz") as server:
        who = server.provision(uid="fuzz-user")
        yield FuzzTarget(server, who, _seed_records(server, who))


def _seed_records(server: LiveServer, who: Provisioned) -> dict[str, str]:
    """One processed conversation and fact submission, so reads of real ids are fuzzed too."""
    with httpx.Client(base_url=server.base_url, headers=who.auth, timeout=30) as client:
        wait = {"Prefer": "return=representation, wait=10"}
        params = {"uid": who.uid}
        conversation = client.post(
            who.path("user/conversations"),
            params=params,
            headers=wait,
            json={"text": "Alice asked me to send the report by Friday. I love hiking."},
        )
        submission = client.post(
            who.path("user/facts"),
            params=params,
            headers=wait,
            json={"text": "I play the violin.", "memories": [{"content": "Lives in Lisbon"}]},
        )
    assert conversation.status_code == 200, conversation.text
    assert submission.status_code == 200, submission.text
    facts = submission.json()["facts"]
    assert facts, submission.text
    return {
        "conversation_id": conversation.json()["id"],
        "submission_id": submission.json()["id"],
        "fact_id": facts[0]["id"],
    }


def _strategies(schema: Any, target: FuzzTarget) -> list[st.SearchStrategy[Any]]:
    """Per operation: authorised cases (positive and negative), on real ids where the path
    has one, and a share with generated app ids (which must fail cleanly, e.g. 404)."""
    who = target.who
    strategies = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if "{app_id}" not in operation.path:
            strategies.append(operation.as_strategy(generation_mode=GenerationMode.POSITIVE))
            continue
        known = {
            name: value
            for name, value in target.known_ids.items()
            if f"{{{name}}}" in operation.path
        }
        authorised: dict[str, Any] = {
            "headers": who.auth,
            "path_parameters": {"app_id": who.app_id},
            "query": {"uid": who.uid},
        }
        for mode in (GenerationMode.POSITIVE, GenerationMode.NEGATIVE):
            strategies.append(operation.as_strategy(generation_mode=mode, **authorised))
            if known:
                on_known = {**authorised, "path_parameters": {"app_id": who.app_id, **known}}
                strategies.append(operation.as_strategy(generation_mode=mode, **on_known))
        strategies.append(
            operation.as_strategy(generation_mode=GenerationMode.POSITIVE, headers=who.auth)
        )
    return strategies


def test_integration_routes_survive_fuzzing(fuzz_target: FuzzTarget) -> None:
    server = fuzz_target.server
    schema = schemathesis.openapi.from_url(server.url("/openapi.json"))
    labels = {result.ok().label for result in schema.get_all_operations()}
    assert labels >= OPERATIONS, f"undocumented: {OPERATIONS - labels}"
    schema = schema.include(func=lambda ctx: ctx.operation.label in OPERATIONS)
    statuses: Counter[tuple[str, int]] = Counter()
    started = time.monotonic()

    @given(case=st.one_of(_strategies(schema, fuzz_target)))
    @settings(
        max_examples=MAX_EXAMPLES,
        derandomize=True,
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def fuzz(case: Any) -> None:
        response = case.call(base_url=server.base_url, timeout=30)
        statuses[(case.operation.label, response.status_code)] += 1
        case.validate_response(response, checks=CHECKS)

    try:
        fuzz()
    finally:
        summary = ", ".join(f"{label} {code}: {n}" for (label, code), n in sorted(statuses.items()))
        took = time.monotonic() - started
        print(f"\n[fuzz] {sum(statuses.values())} calls in {took:.1f}s: {summary}")
        assert server.running, f"server died during fuzzing:\n{server.log_tail()}"
    authorised = sum(n for (label, code), n in statuses.items() if code not in (401, 403, 404))
    assert authorised >= MAX_EXAMPLES // 3, f"too few cases got past auth: {statuses}"
    # Whatever the API accepted is processed: the engine copes with fuzzed text.
    stats = server.wait_until_idle(timeout=40)
    assert all(kind["failed"] == 0 for kind in stats.values()), stats


# -- a bug the fuzzer can stumble on, pinned down -------------------------------------------

NUL = "\u0000"
# Matches the documented ``language`` pattern; longer than the column (35) it is stored in.
LONG_LANGUAGE = "en-" + "-".join(["abcdefgh"] * 5)
# Valid ISO 8601 whose UTC value (or UTC + the 5 minute default duration) is outside 1..9999.
YEAR_ZERO_IN_UTC = "0001-01-01T00:00:00+01:00"
LAST_MINUTE = "9999-12-31T23:59:00Z"


@pytest.mark.parametrize(
    ("method", "route", "query_suffix", "body"),
    [
        ("POST", "user/conversations", "", {"text": f"hello {NUL} there"}),
        ("POST", "user/conversations", "", {"text": "hello", "text_source_spec": f"sms{NUL}"}),
        ("POST", "user/conversations", "%00", {"text": "hello there"}),
        ("POST", "user/facts", "", {"text": f"I like {NUL} tea."}),
        ("POST", "user/conversations", "", {"text": "hi there", "language": LONG_LANGUAGE}),
        ("POST", "user/conversations", "", {"text": "hi there", "started_at": YEAR_ZERO_IN_UTC}),
        ("POST", "user/conversations", "", {"text": "hi there", "started_at": LAST_MINUTE}),
        ("GET", "user/conversations/abc%00", "", None),
        ("GET", "user/facts/abc%00", "", None),
        ("GET", "user/fact-submissions/abc%00", "", None),
    ],
    ids=[
        "conv-text",
        "text_source_spec",
        "uid",
        "facts-text",
        "long-language",
        "started_at-year-0-in-utc",
        "started_at-plus-5-min-past-9999",
        "conv-id",
        "fact-id",
        "sub-id",
    ],
)
def test_odd_but_client_sent_values_are_not_a_5xx(
    fuzz_target: FuzzTarget, method: str, route: str, query_suffix: str, body: Any
) -> None:
    """SPEC §2.4/§8: never a 5xx for client input. PostgreSQL text cannot hold U+0000 and
    ``language`` is a varchar(35): the server must reject such input (4xx) or store it some
    other way, not answer 503 "Service temporarily unavailable" as if the database were down.
    Datetimes at the edge of the calendar must be a 422, not an OverflowError (500)."""
    who = fuzz_target.who
    url = fuzz_target.server.url(who.path(route)) + f"?uid={who.uid}{query_suffix}"
    response = httpx.request(method, url, headers=who.auth, json=body, timeout=30)
    assert response.status_code < 500, (response.status_code, response.text)


def test_acknowledged_memories_with_nul_are_processed(fuzz_target: FuzzTarget) -> None:
    """A ``200`` means stored and then processed (SPEC §2.3, §8): explicit memories the API
    accepted must not end ``failed`` because the database refuses their characters."""
    who = fuzz_target.who
    response = httpx.post(
        fuzz_target.server.url(who.path("user/memories")),
        params={"uid": who.uid},
        headers={**who.auth, "Prefer": "return=representation, wait=10"},
        json={"memories": [{"content": f"Likes {NUL} green tea"}]},
        timeout=30,
    )
    if response.status_code != 200:
        assert 400 <= response.status_code < 500, (response.status_code, response.text)
        return
    submission = response.json()
    assert submission["status"] == "completed", submission


def test_a_long_host_header_with_idempotency_key_is_not_a_5xx(fuzz_target: FuzzTarget) -> None:
    """The ``Location`` stored for ``Idempotency-Key`` replays is built from the client's
    ``Host`` header; a long one must not turn into a 503."""
    who = fuzz_target.who
    response = httpx.post(
        fuzz_target.server.url(who.path("user/conversations")),
        params={"uid": who.uid},
        headers={**who.auth, "Host": "h" * 2100, "Idempotency-Key": "long-host"},
        json={"text": "hello there"},
        timeout=30,
    )
    assert response.status_code < 500, (response.status_code, response.text)
