"""Alembic environment: async engine, metadata from omi_actions.models."""

from __future__ import annotations

import asyncio
import os

from alembic import context
from sqlalchemy import pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from omi_actions.db import async_database_url
from omi_actions.models import Base

config = context.config
target_metadata = Base.metadata


def _database_url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        url = os.environ.get("OMI_ACTIONS_DATABASE_URL", "sqlite:///./omi-actions.db")
    return url


def _run(connection: Connection) -> None:
    if connection.dialect.name == "sqlite":
        # The embedded default runs in WAL mode; it is stored in the file, so set it here,
        # before any server opens readers beside its writer.
        connection.exec_driver_sql("PRAGMA journal_mode=WAL")
        connection.commit()  # end the implicit transaction, so Alembic's own one commits
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


async def _run_async() -> None:
    engine = create_async_engine(async_database_url(_database_url()), poolclass=pool.NullPool)
    async with engine.connect() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


if context.is_offline_mode():
    context.configure(url=_database_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    asyncio.run(_run_async())
