"""Database engine and sessions. The edge (request or job) owns the commit."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
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
    """An engine for writes (and reads). On SQLite: one connection, BEGIN IMMEDIATE."""
    async_url = async_database_url(url)
    if async_url.startswith("sqlite"):
        # One connection: this process's writers queue for it instead of sleeping in
        # SQLite's busy handler (the group-commit writer batches them anyway).
        engine = create_async_engine(
            async_url, connect_args={"timeout": 30}, pool_size=1, max_overflow=0, pool_timeout=60
        )
        _configure_sqlite(engine, sqlite_synchronous, writer=True)
        return engine
    return create_async_engine(async_url, pool_size=10, max_overflow=10, pool_pre_ping=True)


def create_read_engine(url: str, write_engine: AsyncEngine) -> AsyncEngine:
    """Reads on SQLite use their own connections (WAL readers never block the writer)."""
    async_url = async_database_url(url)
    if not async_url.startswith("sqlite"):
        return write_engine
    engine = create_async_engine(
        async_url, connect_args={"timeout": 30}, pool_size=8, max_overflow=8
    )
    _configure_sqlite(engine, "NORMAL", writer=False)
    return engine


def _configure_sqlite(engine: AsyncEngine, synchronous: str, *, writer: bool) -> None:
    """WAL + fsync on commit; writers take the lock up front (BEGIN IMMEDIATE).

    A deferred transaction that reads and then writes can fail at once with
    SQLITE_BUSY when another writer committed in between; IMMEDIATE makes it
    wait on busy_timeout instead. Readers run in autocommit, query-only.
    """

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA busy_timeout=30000")
        if writer:
            # WAL is a property of the file (set once, by migrations too); switching needs
            # exclusive access and fails at once while readers are open, so only if needed.
            cursor.execute("PRAGMA journal_mode")
            mode = cursor.fetchone()[0]
            if str(mode).lower() != "wal":
                cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA synchronous={synchronous}")
        cursor.execute("PRAGMA foreign_keys=ON")
        if not writer:
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    if writer:

        @event.listens_for(engine.sync_engine, "begin")
        def _on_begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


@dataclass
class Database:
    """The engines of one process: writes (one SQLite connection) and reads."""

    write_engine: AsyncEngine
    read_engine: AsyncEngine

    @classmethod
    def open(cls, url: str, *, sqlite_synchronous: str = "FULL") -> Database:
        write_engine = create_engine(url, sqlite_synchronous=sqlite_synchronous)
        return cls(write_engine, create_read_engine(url, write_engine))

    @property
    def sessionmaker(self) -> async_sessionmaker[AsyncSession]:
        return create_sessionmaker(self.write_engine)

    @property
    def read_sessionmaker(self) -> async_sessionmaker[AsyncSession]:
        return create_sessionmaker(self.read_engine)

    async def dispose(self) -> None:
        if self.read_engine is not self.write_engine:
            await self.read_engine.dispose()
        await self.write_engine.dispose()


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """A read session per request (writes go through the group-commit writer)."""
    sessionmaker: async_sessionmaker[AsyncSession] = request.app.state.read_sessionmaker
    async with sessionmaker() as session:
        try:
            yield session
        except BaseException:
            await session.rollback()
            raise
        else:
            await session.commit()


SessionDep = Annotated[AsyncSession, Depends(get_session)]
