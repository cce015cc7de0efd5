"""SPEC §6.1 scriptable forms, through the real ``omi-actions`` executable."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

EXECUTABLE = str(Path(sys.executable).with_name("omi-actions"))


def run_cli(database_url: str, *args: str, expect: int = 0) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "OMI_ACTIONS_DATABASE_URL": database_url, "NO_COLOR": "1"}
    result = subprocess.run(
        [EXECUTABLE, *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == expect, (result.stdout, result.stderr)
    return result


def run_json(database_url: str, *args: str) -> Any:
    return json.loads(run_cli(database_url, *args, "--json").stdout)


@pytest.mark.slow
def test_scripted_setup_flow(database_url: str) -> None:
    app = run_json(
        database_url, "apps", "create", "--name", "Journal", "--action", "create_conversation",
        "--action", "create_memories",
    )  # fmt: skip
    assert app["actions"] == ["create_conversation", "create_facts"]
    app_id = app["id"]

    key = run_json(database_url, "keys", "create", app_id)
    assert set(key) >= {"id", "key", "label", "created_at"}
    assert key["key"].startswith("sk_")
    assert key["label"].startswith("sk_") and "…" in key["label"]

    listed = run_json(database_url, "keys", "list", app_id)
    assert [k["id"] for k in listed] == [key["id"]]
    assert key["key"] not in json.dumps(listed)

    run_cli(database_url, "users", "create", "alice")
    run_cli(database_url, "users", "enable", "alice", app_id)
    users = run_json(database_url, "users", "list")
    assert users[0]["uid"] == "alice" and users[0]["enabled_apps"] == [app_id]
    run_cli(database_url, "users", "disable", "alice", app_id)

    dev_key = run_json(database_url, "dev-keys", "create", "alice")
    assert dev_key["key"].startswith("omi_dev_") and dev_key["id"]

    assert run_json(database_url, "conversations", "list", "--uid", "alice") == []
    assert run_json(database_url, "facts", "list", "--uid", "alice", "--limit", "5") == []
    stats = run_json(database_url, "jobs", "stats")
    assert stats["conversations"] == {"pending": 0, "processing": 0, "completed": 0, "failed": 0}

    revoked = run_json(database_url, "keys", "revoke", key["id"])
    assert revoked["revoked_at"]


@pytest.mark.slow
def test_errors_are_clear(database_url: str) -> None:
    bad_action = run_cli(database_url, "apps", "create", "--name", "X", "--action", "fly", expect=1)
    assert "unknown action 'fly'" in bad_action.stderr
    missing = run_cli(database_url, "keys", "create", "no-such-app", expect=1)
    assert "App not found" in missing.stderr
    assert "Traceback" not in missing.stderr
