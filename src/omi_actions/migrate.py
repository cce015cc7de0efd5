"""Apply Alembic migrations programmatically (``serve``, ``migrate`` and the CLI use this)."""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config

_PACKAGE_DIR = Path(__file__).resolve().parent


def _migrations_dir() -> Path:
    for candidate in (_PACKAGE_DIR / "migrations", _PACKAGE_DIR.parents[1] / "migrations"):
        if (candidate / "env.py").exists():
            return candidate
    raise RuntimeError("migrations directory not found; reinstall omi-actions")


def alembic_config(database_url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(_migrations_dir()))
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    config.attributes["configure_logger"] = False
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    """Upgrade the database; safe to call from inside a running event loop."""
    errors: list[BaseException] = []

    def run() -> None:
        try:
            command.upgrade(alembic_config(database_url), revision)
        except BaseException as exc:  # re-raised in the caller's thread
            errors.append(exc)

    thread = threading.Thread(target=run, name="omi-actions-migrate")
    thread.start()
    thread.join()
    if errors:
        raise errors[0]
