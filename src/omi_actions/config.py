"""One validated settings object, built once and passed in (never read from globals)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from omi_actions.processing.factory import EngineConfig


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="OMI_ACTIONS_", env_file=".env", extra="ignore", frozen=True
    )

    environment: Literal["development", "production", "testing"] = "development"
    database_url: str = "sqlite:///./omi-actions.db"
    redis_url: str | None = None
    queue_url: str | None = None
    engine: Literal["local", "llm", "fake"] = "local"
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout_seconds: float = 60.0
    llm_max_attempts: int = 3
    admin_token: str | None = None
    # The server's public address for ``Location`` headers (default: from the request's Host).
    public_url: str | None = None

    rate_limit_conversations: str = "1000/hour"
    rate_limit_facts: str = "6000/hour"
    rate_limit_reads: str = "6000/hour"
    max_body_bytes: int = Field(default=1024 * 1024, gt=0)
    log_level: str = "INFO"

    # Processing pipeline.
    job_lease_seconds: float = Field(default=60.0, gt=0)
    job_max_attempts: int = Field(default=5, ge=1)
    job_retry_base_seconds: float = Field(default=2.0, ge=0)
    sweep_interval_seconds: float = Field(default=15.0, gt=0)
    worker_concurrency: int = Field(default=4, ge=1)
    # Processes running the local engine (0: threads of the worker process itself).
    engine_processes: int = Field(default=1, ge=0)
    # SQLite durability: FULL fsyncs every commit (the promise PostgreSQL makes by default).
    sqlite_synchronous: Literal["FULL", "NORMAL", "OFF"] = "FULL"
    # Auth lookups (keys, apps, enablements) are cached this long; every change that can
    # remove access bumps the auth epoch, which drops the caches of every process at once.
    auth_cache_seconds: float = Field(default=60.0, ge=0)
    idempotency_ttl_seconds: int = 24 * 3600
    max_wait_seconds: float = 30.0

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(("sqlite", "postgresql", "postgres")):
            raise ValueError("database_url must be sqlite:///PATH or postgresql://...")
        return value

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def engine_config(self) -> EngineConfig:
        return EngineConfig(
            name=self.engine,
            llm_base_url=self.llm_base_url,
            llm_model=self.llm_model,
            llm_api_key=self.llm_api_key,
            llm_timeout_seconds=self.llm_timeout_seconds,
            llm_max_attempts=self.llm_max_attempts,
        )
