"""Shared fixtures. Every test using ``database_url`` runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from omi_actions.app import create_app
from omi_actions.config import Settings
from omi_actions.processing.base import Engine
from omi_actions.processing.testing import FakeEngine
from tests.fixtures.databases import (  # noqa: F401  (fixtures)
    database_url,
    postgres_database,
    postgres_enabled,
    sqlite_template,
)
from tests.fixtures.factories import Factory


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "database_url" in metafunc.fixturenames:
        backends = ["sqlite", "postgresql"] if postgres_enabled() else ["sqlite"]
        metafunc.parametrize("database_url", backends, indirect=True)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not postgres_enabled():
        terminalreporter.write_line(
            "WARNING: the PostgreSQL tier did NOT run (OMI_ACTIONS_TEST_POSTGRES=0). "
            "CI runs it; unset the variable to run it here.",
            red=True,
            bold=True,
        )


def make_settings(database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "environment": "testing",
        "database_url": database_url,
        "engine": "local",
        "rate_limit_conversations": "1000/hour",
        "rate_limit_facts": "6000/hour",
        "rate_limit_reads": "6000/hour",
        "job_retry_base_seconds": 0.05,
        "sweep_interval_seconds": 0.5,
        "log_level": "WARNING",
        "sqlite_synchronous": "NORMAL",
        "engine_processes": 0,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


@pytest.fixture
def settings(database_url: str) -> Settings:
    return make_settings(database_url)


@pytest.fixture
def engine() -> Engine | None:
    """The processing engine; None means the configured one (``local``)."""
    return None


@pytest.fixture
async def app(settings: Settings, engine: Engine | None) -> AsyncIterator[FastAPI]:
    application = create_app(settings, engine=engine)
    async with application.router.lifespan_context(application):
        yield application


@pytest.fixture
async def client(app: FastAPI) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
        yield c


@pytest.fixture
def factory(app: FastAPI) -> Factory:
    return Factory(app.state.sessionmaker)


@pytest.fixture
def fake_engine() -> FakeEngine:
    return FakeEngine()
