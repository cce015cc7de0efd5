from __future__ import annotations

import logging

import httpx
import pytest
from fastapi import FastAPI

from omi_actions.config import Settings
from tests.conftest import make_settings
from tests.fixtures.factories import Factory
from tests.helpers import wait_for_status

SECRET_TEXT = "my secret diary entry about the zebra"


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url, log_level="INFO")


async def test_health_and_readiness(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    ready = await client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"database": "ok", "queue": "ok"}


async def test_metrics_count_requests_jobs_and_rejections(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    integration = await factory.integration()
    response = await client.post(
        integration.url("/user/conversations"),
        json={"text": "Remind me to call the dentist tomorrow"},
        headers=integration.headers,
    )
    await wait_for_status(client, response.headers["Location"], integration.headers)
    await client.post(integration.url("/user/conversations"), json={"text": "x"})
    metrics = (await client.get("/metrics")).text
    route = "/v2/integrations/{app_id}/user/conversations"
    assert f'omi_http_requests_total{{method="POST",route="{route}",status="200"}} 1.0' in metrics
    assert f'omi_http_requests_total{{method="POST",route="{route}",status="401"}} 1.0' in metrics
    assert 'omi_jobs_total{kind="conversation.process",outcome="completed"} 1.0' in metrics
    assert "omi_http_request_duration_seconds_bucket" in metrics
    assert "omi_job_processing_seconds_count" in metrics
    assert "omi_rate_limit_rejections_total" in metrics


async def test_logs_hold_no_keys_or_submitted_text(
    app: FastAPI,
    client: httpx.AsyncClient,
    factory: Factory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    integration = await factory.integration()
    caplog.set_level(logging.DEBUG, logger="omi_actions")
    response = await client.post(
        integration.url("/user/conversations"),
        json={"text": SECRET_TEXT},
        headers=integration.headers,
    )
    await wait_for_status(client, response.headers["Location"], integration.headers)
    await client.post(
        integration.url("/user/conversations"),
        json={"text": SECRET_TEXT},
        headers={"Authorization": f"Bearer {integration.key}x"},
    )
    logged = "\n".join(record.getMessage() + str(record.__dict__) for record in caplog.records)
    assert integration.key not in logged
    assert "zebra" not in logged
