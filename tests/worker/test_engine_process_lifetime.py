"""The spawned engine process ends when the server that started it is killed.

A real server process is replaced here by a small parent script that starts the
engine pool the way the worker does; the test kills that parent with SIGKILL, as
the crash tests and an operator's ``kill -9`` do, and waits for the engine
process to go away.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

PARENT_SCRIPT = """
import asyncio, os, sys
from omi_actions.processing.factory import EngineConfig
from omi_actions.worker.engine_runner import EngineRunner

async def main() -> None:
    runner = EngineRunner(config=EngineConfig(name="local"), processes=1)
    await runner.warm_up()
    child = await asyncio.get_running_loop().run_in_executor(runner._executor, os.getpid)
    print(child, flush=True)
    await asyncio.sleep(120)

asyncio.run(main())
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A child of ours that exited but was not reaped would still answer; ours are not.
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "State:\tZ" in status.read_text())


def test_engine_process_exits_after_its_parent_is_killed() -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT_SCRIPT], stdout=subprocess.PIPE, text=True
    )
    try:
        assert parent.stdout is not None
        child = int(parent.stdout.readline())
        assert child != parent.pid and _alive(child)
        parent.send_signal(signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.monotonic() + 15
        while _alive(child) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(child), "the engine process outlived its killed parent"
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
        if "child" in locals() and _alive(child):
            os.kill(child, signal.SIGKILL)
