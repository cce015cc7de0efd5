"""Processes a benchmark starts and stops: the servers under test and the CLI."""

from __future__ import annotations

import contextlib
import os
import platform
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx

BENCH_RATE_LIMIT = "100000000/hour"
HOST = "127.0.0.1"


# Settings the benchmark fixes; every other OMI_ACTIONS_* variable is passed through.
FORCED_SETTINGS = (
    "OMI_ACTIONS_DATABASE_URL",
    "OMI_ACTIONS_REDIS_URL",
    "OMI_ACTIONS_QUEUE_URL",
    "OMI_ACTIONS_RATE_LIMIT_CONVERSATIONS",
)


class BenchError(RuntimeError):
    """The benchmark could not run (a server did not start, the driver failed, ...)."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def machine_info() -> dict[str, Any]:
    cpu_model = platform.processor() or "unknown"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "nproc": os.cpu_count(),
        "cpu_model": cpu_model,
        "platform": platform.platform(),
        "python": platform.python_version(),
        "loadavg_at_start": [round(x, 2) for x in load] if load else None,
    }


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "omi_actions", *args]


def server_env(database_url: str, synchronous: str | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in FORCED_SETTINGS}
    env["OMI_ACTIONS_DATABASE_URL"] = database_url
    env["OMI_ACTIONS_RATE_LIMIT_CONVERSATIONS"] = BENCH_RATE_LIMIT
    if synchronous is not None:
        env["OMI_ACTIONS_SQLITE_SYNCHRONOUS"] = synchronous
    env["PYTHONUNBUFFERED"] = "1"
    return env


class ServerProcess:
    """A server subprocess that is always stopped (SIGTERM, then SIGKILL)."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], cwd: Path) -> None:
        self.name = name
        self.log_path = cwd / f"{name}.log"
        self._log = self.log_path.open("wb")
        self.process = subprocess.Popen(
            command, env=env, cwd=cwd, stdout=self._log, stderr=subprocess.STDOUT
        )

    @property
    def pid(self) -> int:
        return self.process.pid

    def log_tail(self, lines: int = 20) -> str:
        self._log.flush()
        with contextlib.suppress(OSError):
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        return ""

    def wait_ready(self, probe: Callable[[httpx.Client], bool], timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise BenchError(
                        f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}"
                    )
                with contextlib.suppress(httpx.HTTPError):
                    if probe(client):
                        return
                time.sleep(0.1)
        raise BenchError(f"{self.name} did not become ready in {timeout:.0f}s:\n{self.log_tail()}")

    def kill(self) -> None:
        """SIGKILL: nothing gets a chance to flush anything after this."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        self._log.close()

    def stop(self, grace: float = 10.0) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(grace)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()


@contextlib.contextmanager
def running(server: ServerProcess) -> Iterator[ServerProcess]:
    try:
        yield server
    finally:
        server.stop()
