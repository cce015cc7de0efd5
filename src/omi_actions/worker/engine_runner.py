"""Where engine calls run: never on the event loop.

The ``local`` engine is CPU work: by default it runs in a separate process
(spawned, warmed at start) so that it never holds the API process's GIL and
ingest latency stays flat while a backlog is processed. The ``llm`` engine
waits on the network and runs in threads. An engine *instance* (tests) runs
in threads of this process.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar, cast

from omi_actions.processing.base import Engine, EngineError
from omi_actions.processing.factory import EngineConfig, build_engine
from omi_actions.processing.schemas import (
    ConversationInput,
    ConversationResult,
    FactsInput,
    FactsResult,
)

logger = logging.getLogger("omi_actions.worker")

T = TypeVar("T")

_process_engine: Engine | None = None
ENGINE_NICENESS = 10


PARENT_CHECK_SECONDS = 1.0


def _exit_with_parent(parent: int) -> None:
    # A pool worker holds both ends of its task pipe, so it never sees EOF when the
    # server is killed (kill -9): without this it would wait, holding its memory, forever.
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != parent:
            os._exit(0)


def _init_process(config: EngineConfig) -> None:
    global _process_engine
    threading.Thread(
        target=_exit_with_parent, args=(os.getppid(),), name="parent-watch", daemon=True
    ).start()
    # Background work: the API (in the parent) gets the CPU first when both want it.
    with contextlib.suppress(OSError):
        os.nice(ENGINE_NICENESS)
    _process_engine = build_engine(config)


def _process_conversation(conversation: ConversationInput) -> ConversationResult:
    assert _process_engine is not None
    return _process_engine.process_conversation(conversation)


def _extract_facts(submission: FactsInput) -> FactsResult:
    assert _process_engine is not None
    return _process_engine.extract_facts(submission)


def _warm_up() -> str:
    assert _process_engine is not None
    return _process_engine.name


class EngineRunner:
    def __init__(
        self,
        *,
        engine: Engine | None = None,
        config: EngineConfig | None = None,
        processes: int = 1,
        threads: int = 4,
    ) -> None:
        self._config = config
        self._processes = processes
        self._threads = threads
        self._engine = engine
        self._use_processes = (
            engine is None and processes > 0 and (config is not None and config.name == "local")
        )
        if engine is None and not self._use_processes:
            assert config is not None
            self._engine = build_engine(config)
        self._executor: Executor = self._new_executor()

    @property
    def in_processes(self) -> bool:
        return self._use_processes

    def _new_executor(self) -> Executor:
        if self._use_processes:
            return ProcessPoolExecutor(
                self._processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=cast(Callable[[], object], _init_process),
                initargs=cast(tuple[()], (self._config,)),
            )
        return ThreadPoolExecutor(self._threads, thread_name_prefix="engine")

    async def warm_up(self) -> None:
        """Start the engine processes now, not on the first job."""
        if self._use_processes:
            await self._call(_warm_up)

    async def process_conversation(self, conversation: ConversationInput) -> ConversationResult:
        if self._use_processes:
            return await self._call(_process_conversation, conversation)
        assert self._engine is not None
        return await self._call(self._engine.process_conversation, conversation)

    async def extract_facts(self, submission: FactsInput) -> FactsResult:
        if self._use_processes:
            return await self._call(_extract_facts, submission)
        assert self._engine is not None
        return await self._call(self._engine.extract_facts, submission)

    async def _call(self, function: Callable[..., T], *args: Any) -> T:
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._executor, function, *args)
        except BrokenProcessPool:
            # An engine process died (e.g. killed): start fresh ones; the job is retried.
            logger.warning("engine process died; restarting the engine pool")
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._new_executor()
            raise EngineError("engine process died while processing") from None

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
