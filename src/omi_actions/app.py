"""``create_app(settings)``: the FastAPI application and everything its lifespan holds."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from omi_actions import __version__
from omi_actions.api import include_routers
from omi_actions.api_key.usage import KeyUsageTracker
from omi_actions.auth.gate import AuthGate
from omi_actions.config import Settings
from omi_actions.db import Database
from omi_actions.errors import install_error_handlers
from omi_actions.ingest import Ingestor
from omi_actions.kit.group_commit import GroupCommitWriter
from omi_actions.observability import EdgeMiddleware, Metrics, TrafficMonitor, configure_logging
from omi_actions.openapi import install_openapi
from omi_actions.processing.base import Engine
from omi_actions.ratelimit import RateLimiter
from omi_actions.worker.engine_runner import EngineRunner
from omi_actions.worker.runtime import WorkerRuntime

logger = logging.getLogger("omi_actions")


def create_app(
    settings: Settings, *, run_worker: bool = True, engine: Engine | None = None
) -> FastAPI:
    """Build the app; ``run_worker`` embeds processing; ``engine`` overrides the configured one."""
    configure_logging(settings.log_level)
    metrics = Metrics()
    traffic = TrafficMonitor()

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        database = Database.open(
            settings.database_url, sqlite_synchronous=settings.sqlite_synchronous
        )
        writer = GroupCommitWriter(database.sessionmaker, metrics=metrics)
        runner = _engine_runner(settings, engine) if run_worker else None
        runtime = WorkerRuntime(
            settings, writer, database.read_sessionmaker, runner, metrics, traffic=traffic
        )
        gate = AuthGate(
            database.read_sessionmaker, settings.database_url, settings.auth_cache_seconds
        )
        key_usage = KeyUsageTracker(writer)
        state = app.state
        state.settings = settings
        state.database = database
        state.sessionmaker = database.sessionmaker
        state.read_sessionmaker = database.read_sessionmaker
        state.writer = writer
        state.metrics = metrics
        state.auth_gate = gate
        state.key_usage = key_usage
        state.runtime = runtime
        state.rate_limiter = RateLimiter(
            {
                "conversations": settings.rate_limit_conversations,
                "facts": settings.rate_limit_facts,
                "reads": settings.rate_limit_reads,
                "updates": settings.rate_limit_reads,  # PATCH/DELETE of records (SPEC §4)
                "dev": settings.rate_limit_reads,  # per developer key, every route (SPEC §5)
            },
            settings.redis_url,
            metrics,
        )
        state.ingestor = Ingestor(writer, runtime.dispatch, settings.idempotency_ttl_seconds)
        writer.start()
        key_usage.start()
        await runtime.start()
        try:
            yield
        finally:
            await runtime.stop()  # running jobs still write through the writer
            await key_usage.stop()
            await writer.stop()
            gate.close()
            await database.dispose()

    app = FastAPI(
        title="omi-actions",
        version=__version__,
        summary="Self-hosted OMI Integration Actions API",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    include_routers(app)
    install_openapi(app)
    app.add_middleware(
        EdgeMiddleware, max_body_bytes=settings.max_body_bytes, metrics=metrics, traffic=traffic
    )
    return app


def _engine_runner(settings: Settings, engine: Engine | None) -> EngineRunner:
    return EngineRunner(
        engine=engine,
        config=settings.engine_config(),
        processes=settings.engine_processes,
        threads=settings.worker_concurrency,
    )
