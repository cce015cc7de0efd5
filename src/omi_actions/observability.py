"""Logging (JSON, with request id), Prometheus metrics, and the edge middleware."""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import json
import logging
import os
import sys
import time
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from starlette.types import ASGIApp, Message, Receive, Scope, Send

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "request_id", default=None
)


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S") + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        request_id = request_id_var.get()
        if request_id:
            entry["request_id"] = request_id
        for key in ("method", "path", "status", "duration_ms", "job", "record_id"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger("omi_actions")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False


class Metrics:
    """One registry per app instance, so tests can build many apps."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.requests = Counter(
            "omi_http_requests_total", "HTTP requests", ["route", "method", "status"], registry=r
        )
        self.latency = Histogram(
            "omi_http_request_duration_seconds", "HTTP latency", ["route", "method"], registry=r,
            buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
        )  # fmt: skip
        self.jobs = Counter("omi_jobs_total", "Jobs finished", ["kind", "outcome"], registry=r)
        self.processing_latency = Histogram(
            "omi_job_processing_seconds", "Time from accept to completed", ["kind"], registry=r,
            buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300),
        )  # fmt: skip
        self.queue_depth = Gauge(
            "omi_queue_depth", "Records by job status", ["kind", "status"], registry=r
        )
        self.rate_limited = Counter(
            "omi_rate_limit_rejections_total", "Requests refused by the limiter", ["route"],
            registry=r,
        )  # fmt: skip
        self.limiter_failures = Counter(
            "omi_rate_limiter_failures_total", "Limiter store errors (requests allowed)",
            registry=r,
        )  # fmt: skip
        self.group_commit_batch = Histogram(
            "omi_group_commit_batch_rows", "Rows per group commit", registry=r,
            buckets=(1, 2, 4, 8, 16, 32, 64, 128, 256, 512),
        )  # fmt: skip


class TrafficMonitor:
    """How many requests are in flight: the embedded worker yields to ingest when busy."""

    def __init__(self) -> None:
        self.in_flight = 0
        self._quiet: asyncio.Event | None = None

    def started(self) -> None:
        self.in_flight += 1
        if self._quiet is not None:
            self._quiet.clear()

    def finished(self) -> None:
        self.in_flight -= 1
        if self.in_flight == 0 and self._quiet is not None:
            self._quiet.set()

    async def wait_quiet(self, max_wait_seconds: float) -> None:
        """Return once no request is in flight, or after ``max_wait_seconds`` regardless.

        The cap keeps the worker making progress under sustained load.
        """
        if self.in_flight == 0:
            return
        if self._quiet is None:
            self._quiet = asyncio.Event()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._quiet.wait(), max_wait_seconds)


class EdgeMiddleware:
    """Request id, body-size limit (413 before reading), metrics, access log.

    Pure ASGI (no BaseHTTPMiddleware) to keep per-request overhead low.
    """

    def __init__(
        self, app: ASGIApp, *, max_body_bytes: int, metrics: Metrics, traffic: TrafficMonitor
    ) -> None:
        self.app = app
        self.traffic = traffic
        self.max_body_bytes = max_body_bytes
        self.metrics = metrics
        self.log = logging.getLogger("omi_actions.access")
        self._children: dict[tuple[str, str, int], tuple[Any, Any]] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        request_id = _header(scope, b"x-request-id") or os.urandom(16).hex()
        request_id = request_id[:128]
        token = request_id_var.set(request_id)
        state = scope.setdefault("state", {})
        state["request_id"] = request_id
        status = 500
        response_started = False
        self.traffic.started()

        async def send_wrapper(message: Message) -> None:
            nonlocal status, response_started
            if message["type"] == "http.response.start":
                response_started = True
                status = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode("latin-1")))
                for name, value in state.get("extra_headers", {}).items():
                    headers.append((name.lower().encode(), value.encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        try:
            length = _header(scope, b"content-length")
            if length is not None and length.isdigit() and int(length) > self.max_body_bytes:
                await self._too_large(send_wrapper)
                return
            await self.app(scope, self._limited(receive), send_wrapper)
        except _BodyTooLarge:
            if not response_started:
                await self._too_large(send_wrapper)
        finally:
            self.traffic.finished()
            route = scope.get("route")
            path = getattr(route, "path", "unmatched")
            elapsed = time.perf_counter() - started
            method = scope["method"]
            counter, histogram = self._series(path, method, status)
            counter.inc()
            histogram.observe(elapsed)
            if self.log.isEnabledFor(logging.DEBUG) or status >= 500:
                self.log.log(
                    logging.ERROR if status >= 500 else logging.DEBUG,
                    "request",
                    extra={"method": method, "path": path, "status": status,
                           "duration_ms": round(elapsed * 1000, 2)},
                )  # fmt: skip
            request_id_var.reset(token)

    def _series(self, path: str, method: str, status: int) -> tuple[Any, Any]:
        """Metric children, looked up once per (route, method, status): labels() is not cheap."""
        key = (path, method, status)
        series = self._children.get(key)
        if series is None:
            series = (
                self.metrics.requests.labels(path, method, str(status)),
                self.metrics.latency.labels(path, method),
            )
            if len(self._children) < 10_000:  # unmatched paths are one label, so this stays small
                self._children[key] = series
        return series

    def _limited(self, receive: Receive) -> Receive:
        received = 0
        limit = self.max_body_bytes

        async def wrapper() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyTooLarge()
            return message

        return wrapper

    async def _too_large(self, send: Send) -> None:
        body = json.dumps(
            {"detail": f"Request body too large (limit {self.max_body_bytes} bytes)"}
        ).encode()
        await send({
            "type": "http.response.start", "status": 413,
            "headers": [(b"content-type", b"application/json"),
                        (b"content-length", str(len(body)).encode()),
                        (b"connection", b"close")],
        })  # fmt: skip
        await send({"type": "http.response.body", "body": body})


class _BodyTooLarge(Exception):
    pass


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode("latin-1"))
    return None


def add_response_headers(scope_state: dict[str, Any], headers: dict[str, str]) -> None:
    """Headers the edge adds to whatever response this request ends with (incl. errors)."""
    scope_state.setdefault("extra_headers", {}).update(headers)
