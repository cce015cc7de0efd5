"""Database engine and sessions. The edge (request or job) owns the commit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)


def async_database_url(url: str) -> str:
    """``sqlite:///x.db`` / ``postgresql://…`` → the async driver's URL."""
    parsed = make_url(url)
    if parsed.drivername in ("sqlite", "sqlite+pysqlite"):
        parsed = parsed.set(drivername="sqlite+aiosqlite")
    elif parsed.drivername in ("postgresql", "postgres", "postgresql+psycopg2"):
        parsed = parsed.set(drivername="postgresql+asyncpg")
    return parsed.render_as_string(hide_password=False)


def create_engine(url: str, *, sqlite_synchronous: str = "FULL") -> AsyncEngine:
    async_url = async_database_url(url)
    if async_url.startswith("sqlite"):
        engine = create_async_engine(
            async_url, connect_args={"timeout": 30}, pool_size=8, max_overflow=8
        )
        _configure_sqlite(engine, sqlite_synchronous)
        return engine
    return create_async_engine(async_url, pool_size=10, max_overflow=10, pool_pre_ping=True)


def _configure_sqlite(engine: AsyncEngine, synchronous: str) -> None:
    """WAL + fsync on commit; writers take the lock up front (BEGIN IMMEDIATE).

    A deferred transaction that reads and then writes can fail at once with
    SQLITE_BUSY when another writer committed in between; IMMEDIATE makes it
    wait on busy_timeout instead.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One session per request: committed if the handler returns, rolled back if it raises."""
    sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.sessionmaker
    async with sessionmaker() as session:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise
        else:
            await session.commit()


SessionDep = Annotated[AsyncSession, Depends(get_session)]
