"""``omi-actions bench ingest``: durable ingest throughput as a ratio of a trivial endpoint.

One run, on 127.0.0.1 only, for each round:

1. start the trivial FastAPI app (:mod:`omi_actions.bench.trivial`, one
   uvicorn worker, served like ``serve`` serves the real app), warm it up,
   measure ``POST /trivial`` with the same body and headers, stop it;
2. create a fresh temporary SQLite database, provision an app, a key and two
   users through the real CLI, start ``omi-actions serve`` on it (defaults:
   WAL + ``synchronous=FULL``, embedded worker, ``local`` engine; only the
   conversation rate limit is raised), warm it up (as one user), measure
   ``POST /v2/integrations/{app}/user/conversations?uid=`` (as the other);
3. SIGKILL the server (no graceful shutdown that could still flush
   anything) and check durability: every conversation id the driver saw
   acknowledged with ``200`` (from the ``Location`` header) is in the
   database. Rows committed whose answer the driver never read (requests
   in flight when a timed wrk run stops) are counted separately; at most
   one per connection.

The load generator is ``wrk`` (C, one thread by default) driven by a
generated Lua script; without ``wrk`` a Python asyncio/httpx driver is used
instead, and the result says so (it is slower than the server it measures,
so its ratios say little).

Numbers are medians over ``--rounds`` rounds.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from omi_actions import __version__
from omi_actions.bench.load import PhaseResult, Target, choose_driver, run_python, run_wrk
from omi_actions.bench.report import (
    _group_commit_stats,
    ratios,
    summarize_profile,
    verify_durability,
)
from omi_actions.bench.report import default_output as default_output
from omi_actions.bench.report import write_result as write_result
from omi_actions.bench.servers import (
    BENCH_RATE_LIMIT,
    HOST,
    BenchError,
    ServerProcess,
    _cli,
    free_port,
    machine_info,
    running,
    server_env,
)

TARGET_THROUGHPUT_RATIO = 0.6


WARMUP_UID = "bench-warmup"


MEASURE_UID = "bench-user"


# The seed's "Example 1: Audio Transcript Conversation", with a geolocation.
SEED_BODY: dict[str, Any] = {
    "started_at": "2024-03-10T15:00:00.000Z",
    "finished_at": "2024-03-10T15:05:00.000Z",
    "language": "en",
    "text": (
        "John: Hi Sarah, how was your weekend?\n\n"
        "Sarah: It was great! I went hiking at Mount Rainier.\n\n"
        "John: That sounds amazing. I've been wanting to go there.\n\n"
        "Sarah: You should definitely check it out. The views are breathtaking."
    ),
    "text_source": "audio_transcript",
    "text_source_spec": "phone_call",
    "geolocation": {"latitude": 37.7749, "longitude": -122.4194},
}


Progress = Callable[[str, float], "contextlib.AbstractContextManager[Callable[[float], None]]"]


@dataclass(frozen=True)
class BenchConfig:
    duration: float = 10.0
    warmup: float = 3.0
    concurrency: int = 64
    rounds: int = 1
    driver: Literal["auto", "wrk", "python"] = "auto"
    wrk_threads: int = 1
    sqlite_synchronous: str | None = None  # None: the environment's or the default (FULL)
    worker: bool = True
    profile: bool = False
    # Where the raw py-spy stacks go (``<stem>-round<N>.txt``); None: not kept.
    profile_stem: Path | None = None


class IngestBench:
    def __init__(self, config: BenchConfig, progress: Progress) -> None:
        self.config = config
        self.progress = progress
        self.driver, self.driver_note = choose_driver(config.driver)
        self._profiles_kept = 0

    def _load(self, name: str, target: Target, duration: float, workdir: Path) -> PhaseResult:
        with self.progress(name, duration) as tick:
            if self.driver == "wrk":
                return run_wrk(
                    name, target, duration, self.config.concurrency, self.config.wrk_threads,
                    workdir, tick,
                )  # fmt: skip
            return run_python(name, target, duration, self.config.concurrency, tick)

    def _warm_and_measure(
        self, label: str, warm: Target, measure: Target, workdir: Path
    ) -> PhaseResult:
        if self.config.warmup > 0:
            self._load(f"{label}-warmup", warm, self.config.warmup, workdir)
        return self._load(label, measure, self.config.duration, workdir)

    def trivial_round(self, workdir: Path) -> PhaseResult:
        port = free_port()
        server = ServerProcess(
            "trivial",
            [
                sys.executable,
                "-m",
                "omi_actions.bench.trivial",
                "--host",
                HOST,
                "--port",
                str(port),
            ],
            server_env(f"sqlite:///{workdir / 'unused.db'}", None),
            workdir,
        )
        with running(server):
            url = f"http://{HOST}:{port}/trivial"
            body = json.dumps(SEED_BODY).encode()
            server.wait_ready(lambda c: c.post(url, content=body).status_code == 200)
            target = Target(url, self._headers("sk_trivial"), body, collect_ids=False)
            return self._warm_and_measure("trivial", target, target, workdir)

    def _headers(self, key: str) -> dict[str, str]:
        return {"Content-Type": "application/json", "Authorization": f"Bearer {key}"}

    def provision(self, env: dict[str, str], workdir: Path) -> tuple[str, str]:
        def run(*args: str) -> str:
            done = subprocess.run(
                _cli(*args), env=env, cwd=workdir, capture_output=True, text=True, check=False
            )
            if done.returncode != 0:
                raise BenchError(f"omi-actions {' '.join(args)} failed:\n{done.stderr}")
            return done.stdout

        with self.progress("provision", 0) as _:
            app = json.loads(
                run(
                    "apps", "create", "--name", "bench", "--action", "create_conversation", "--json"
                )
            )
            key = json.loads(run("keys", "create", app["id"], "--json"))
            for uid in (WARMUP_UID, MEASURE_UID):
                run("users", "enable", uid, app["id"])
        return str(app["id"]), str(key["key"])

    def ingest_round(self, workdir: Path) -> tuple[PhaseResult, dict[str, Any], dict[str, Any]]:
        db_path = workdir / "bench.db"
        env = server_env(f"sqlite:///{db_path}", self.config.sqlite_synchronous)
        app_id, key = self.provision(env, workdir)
        port = free_port()
        command = _cli("serve", "--host", HOST, "--port", str(port))
        if not self.config.worker:
            command.append("--no-worker")
        server = ServerProcess("ingest", command, env, workdir)
        server_info: dict[str, Any] = {}
        try:
            base = f"http://{HOST}:{port}"
            server.wait_ready(lambda c: c.get(f"{base}/readyz").status_code == 200)
            body = json.dumps(SEED_BODY).encode()
            route = f"{base}/v2/integrations/{app_id}/user/conversations"
            headers = self._headers(key)
            warm = Target(f"{route}?uid={WARMUP_UID}", headers, body, collect_ids=False)
            measure = Target(f"{route}?uid={MEASURE_UID}", headers, body, collect_ids=True)
            profiler = self._start_profiler(server.pid, workdir)
            try:
                result = self._warm_and_measure("ingest", warm, measure, workdir)
            finally:
                profile = self._stop_profiler(profiler, workdir)
            if profile:
                server_info["profile"] = profile
            server_info.update(_group_commit_stats(base))
        finally:
            server.kill()  # SIGKILL before counting: nothing can be flushed afterwards
        durability = verify_durability(db_path, result, MEASURE_UID)
        return result, durability, server_info

    # -- optional py-spy profile of the measured phase (warmup included: it is short)

    def _start_profiler(self, pid: int, workdir: Path) -> subprocess.Popen[bytes] | None:
        if not self.config.profile:
            return None
        py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
        if not Path(py_spy).exists():
            raise BenchError("--profile needs py-spy (pip install py-spy)")
        seconds = round(self.config.warmup + self.config.duration + 2)
        return subprocess.Popen(
            [py_spy, "record", "-p", str(pid), "-d", str(seconds), "-r", "200", "-f", "raw",
             "--threads", "--nonblocking", "-o", str(workdir / "profile.txt")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip

    def _stop_profiler(
        self, profiler: subprocess.Popen[bytes] | None, workdir: Path
    ) -> dict[str, Any] | None:
        if profiler is None:
            return None
        try:
            profiler.wait(30)
        except subprocess.TimeoutExpired:
            profiler.send_signal(signal.SIGINT)
            profiler.wait(10)
        path = workdir / "profile.txt"
        if not path.exists():
            return {"error": "py-spy wrote no profile"}
        raw = path.read_text()
        summary = summarize_profile(raw)
        if self.config.profile_stem is not None:
            self._profiles_kept += 1
            kept = self.config.profile_stem.with_name(
                f"{self.config.profile_stem.name}-round{self._profiles_kept}.txt"
            )
            kept.parent.mkdir(parents=True, exist_ok=True)
            kept.write_text(raw)
            summary["raw"] = str(kept)
        return summary

    def run(self) -> dict[str, Any]:
        rounds: list[dict[str, Any]] = []
        profiles: list[Any] = []
        for _ in range(self.config.rounds):
            with tempfile.TemporaryDirectory(prefix="omi-bench-") as tmp:
                workdir = Path(tmp)
                trivial = self.trivial_round(workdir)
                ingest, durability, server_info = self.ingest_round(workdir)
            profile = server_info.pop("profile", None)
            if profile is not None:
                profiles.append(profile)
            rounds.append({
                "trivial": trivial.summary(),
                "ingest": ingest.summary(),
                "ratios": ratios(trivial, ingest),
                "durability": durability,
                "ingest_server": server_info,
            })  # fmt: skip
        return self.report(rounds, profiles)

    def report(self, rounds: list[dict[str, Any]], profiles: list[Any]) -> dict[str, Any]:
        def median(path: tuple[str, ...]) -> float:
            values: list[float] = []
            for entry in rounds:
                value: Any = entry
                for part in path:
                    value = value[part]
                values.append(float(value))
            return round(statistics.median(values), 3)

        summary = {
            phase: {
                "rps": median((phase, "rps")),
                "p50_ms": median((phase, "latency_ms", "p50")),
                "p99_ms": median((phase, "latency_ms", "p99")),
            }
            for phase in ("trivial", "ingest")
        }
        ratio_summary = {
            name: median(("ratios", name)) for name in ("throughput", "p50_latency", "p99_latency")
        }
        non_200 = sum(r[p]["non_200"] for r in rounds for p in ("trivial", "ingest"))
        socket_errors = sum(
            sum(r[p]["socket_errors"].values()) for r in rounds for p in ("trivial", "ingest")
        )
        durability = {
            key: sum(int(r["durability"][key]) for r in rounds)
            for key in ("acknowledged", "rows", "missing", "committed_unacknowledged")
        }
        durability["ok"] = all(r["durability"]["ok"] for r in rounds)
        notes = [
            "Every figure is the median over the rounds; each round measures the trivial "
            "endpoint, then ingest on a fresh database.",
            "Ratios: throughput = ingest req/s / trivial req/s (higher is better); "
            "latency ratios = ingest / trivial (lower is better).",
        ]
        if self.driver_note:
            notes.append(self.driver_note)
        synchronous = self.config.sqlite_synchronous or os.environ.get(
            "OMI_ACTIONS_SQLITE_SYNCHRONOUS", "FULL"
        )
        if synchronous.upper() != "FULL":
            notes.append(
                f"sqlite synchronous={synchronous.upper()}: NOT the default; a 200 is "
                "committed but not necessarily fsynced."
            )
        if not self.config.worker:
            notes.append("serve --no-worker: NOT the default; nothing was processed.")
        result: dict[str, Any] = {
            "benchmark": "ingest",
            "omi_actions_version": __version__,
            "timestamp": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": machine_info(),
            "config": {
                **{k: v for k, v in asdict(self.config).items() if k != "profile_stem"},
                "driver": self.driver,
                "sqlite_synchronous": synchronous.upper(),
                "engine": os.environ.get("OMI_ACTIONS_ENGINE", "local"),
                "worker": "embedded" if self.config.worker else "off",
                "rate_limit_conversations": BENCH_RATE_LIMIT,
                "host": HOST,
            },
            "trivial": summary["trivial"],
            "ingest": summary["ingest"],
            "ratios": ratio_summary,
            "target": {
                "throughput_ratio": TARGET_THROUGHPUT_RATIO,
                "met": ratio_summary["throughput"] >= TARGET_THROUGHPUT_RATIO and durability["ok"],
            },
            "non_200": non_200,
            "socket_errors": socket_errors,
            "durability": durability,
            "rounds": rounds,
            "notes": notes,
        }
        if profiles:
            result["profile"] = profiles
        return result
