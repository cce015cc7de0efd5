"""``serve``, ``worker`` and ``migrate``."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.app_registry import service as app_service
from omi_actions.cli.common import err_console, fail, load_settings, run_in_session
from omi_actions.config import Settings
from omi_actions.migrate import upgrade

QUICKSTART = """[bold]The database has no apps yet.[/bold] Create an app, a key, and enable it:

  omi-actions apps create --name "My app" --action create_conversation --action create_facts
  omi-actions keys create APP_ID
  omi-actions users enable USER_ID APP_ID

then POST to {base}/v2/integrations/APP_ID/user/conversations?uid=USER_ID (see README.md)."""


def _migrate_or_fail(settings: Settings) -> None:
    try:
        upgrade(settings.database_url)
    except Exception as exc:
        fail(f"cannot migrate database {settings.database_url!r}: {exc}")


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
    no_worker: Annotated[
        bool, typer.Option("--no-worker", help="Run the API only (beside `omi-actions worker`).")
    ] = False,
) -> None:
    """Run the API (and, unless --no-worker, the processing worker) in this process."""
    import uvicorn

    from omi_actions.app import create_app

    settings = load_settings()
    _migrate_or_fail(settings)

    async def has_apps(session: AsyncSession) -> bool:
        return bool(await app_service.list_apps(session, limit=1))

    err_console.print(
        f"omi-actions on http://{host}:{port}  database={_redact(settings.database_url)}  "
        f"engine={settings.engine}  worker={'off' if no_worker else 'embedded'}",
        highlight=False,
        soft_wrap=True,
    )
    if not run_in_session(has_apps):
        err_console.print(
            QUICKSTART.format(base=f"http://{host}:{port}"), highlight=False, soft_wrap=True
        )
    app = create_app(settings, run_worker=not no_worker)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def worker() -> None:
    """Run a standalone processing worker (scale-out beside `serve --no-worker`)."""
    settings = load_settings()
    _migrate_or_fail(settings)
    err_console.print(
        f"omi-actions worker  database={_redact(settings.database_url)}  "
        f"queue={settings.queue_url or 'database polling'}  engine={settings.engine}",
        highlight=False,
        soft_wrap=True,
    )
    asyncio.run(_run_worker(settings))


async def _run_worker(settings: Settings) -> None:
    from omi_actions.db import Database
    from omi_actions.kit.group_commit import GroupCommitWriter
    from omi_actions.observability import Metrics, configure_logging
    from omi_actions.worker.engine_runner import EngineRunner
    from omi_actions.worker.runtime import WorkerRuntime

    configure_logging(settings.log_level)
    database = Database.open(settings.database_url, sqlite_synchronous=settings.sqlite_synchronous)
    metrics = Metrics()
    writer = GroupCommitWriter(database.sessionmaker, metrics=metrics)
    runner = EngineRunner(
        config=settings.engine_config(),
        processes=settings.engine_processes,
        threads=settings.worker_concurrency,
    )
    runtime = WorkerRuntime(
        settings, writer, database.read_sessionmaker, runner, metrics, standalone=True
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    writer.start()
    await runtime.start()
    try:
        await stop.wait()
    finally:
        await runtime.stop()
        await writer.stop()
        await database.dispose()


def migrate() -> None:
    """Apply database migrations (serve and every command also do this on start)."""
    settings = load_settings()
    _migrate_or_fail(settings)
    err_console.print(
        f"database {_redact(settings.database_url)} is up to date", highlight=False, soft_wrap=True
    )


def _redact(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
