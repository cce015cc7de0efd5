"""``omi-actions process``: run an engine over JSON Lines, offline (SPEC §3.3).

Each input line is the body of a create route (conversation or facts) plus an
optional ``id`` and ``kind``; each output line answers the input line at the
same position, so results can be zipped with inputs even without ids. A bad
line (invalid JSON, invalid body, empty text, engine failure) becomes an
``error`` line and the batch goes on.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, BinaryIO

import typer
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)

from omi_actions.cli.common import validation_message
from omi_actions.config import Settings
from omi_actions.conversation.schemas import ConversationCreate
from omi_actions.fact.schemas import FactsCreate
from omi_actions.kit.time import as_utc, isoformat_z, utcnow
from omi_actions.processing.base import Engine, EngineError
from omi_actions.processing.factory import build_engine
from omi_actions.processing.knowledge import find_duplicate
from omi_actions.processing.schemas import (
    ConversationInput,
    ExtractedFact,
    FactsInput,
)

Record = dict[str, Any]

_EMPTY_TEXT = "Text is required and cannot be empty"


class LineError(Exception):
    """This line cannot be processed; the message goes into its ``error``."""


class _FactsExtras(BaseModel):
    """Batch-only fields of a facts line (the route takes them from the request)."""

    model_config = ConfigDict(extra="ignore")

    reference_time: datetime | None = None
    language: str = Field(default="en", pattern=r"^[A-Za-z]{2,8}([_-][A-Za-z0-9]{1,8})*$")


def register(app: typer.Typer) -> None:
    """Add the ``process`` command to the root CLI."""
    app.command("process")(process)


def process(
    engine: Annotated[
        str | None,
        typer.Option(
            "--engine",
            "-e",
            help="Engine: local or llm. Default: the configured one (OMI_ACTIONS_ENGINE).",
        ),
    ] = None,
    input_file: Annotated[
        Path | None,
        typer.Option(
            "--input", "-i", help="JSON Lines to read ('-' or none: stdin).", dir_okay=False
        ),
    ] = None,
    output_file: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Where to write results ('-' or none: stdout).", dir_okay=False
        ),
    ] = None,
    progress: Annotated[
        bool | None,
        typer.Option(
            "--progress/--no-progress",
            help="Progress bar on stderr. Default: when stderr is a terminal.",
        ),
    ] = None,
    concurrency: Annotated[
        int,
        typer.Option(
            "--concurrency",
            "-j",
            min=1,
            max=64,
            help="Lines processed at once (threads; useful for the llm engine).",
        ),
    ] = 1,
) -> None:
    """Process conversations and fact texts from JSON Lines, offline.

    Each input line is the JSON body of POST …/user/conversations (or, with
    "kind": "facts", of POST …/user/facts) plus an optional "id". Facts lines may
    also give "reference_time" and "language". Each output line answers the input
    line at the same position: {"id", "kind", "structured"} for a conversation,
    {"id", "kind", "facts"} for facts, or {"id", "kind", "error"} for a line that
    could not be processed (the batch goes on; the exit code stays 0).

    Example: omi-actions process --engine local < conversations.jsonl > results.jsonl
    """
    chosen = _build_engine(engine)
    with contextlib.ExitStack() as stack:
        close = getattr(chosen, "close", None)
        if callable(close):
            stack.callback(close)
        show_progress = progress if progress is not None else sys.stderr.isatty()
        source, total = _open_input(input_file, stack, count_lines=show_progress)
        sink = _open_output(output_file, input_file, stack)
        bar = _progress_bar(show_progress, stack)
        task = bar.add_task("processing", total=total) if bar is not None else None
        ok = failed = 0
        # Engines and their libraries may print; keep stdout for results only.
        stack.enter_context(contextlib.redirect_stdout(sys.stderr))
        try:
            for record in _results(chosen, _lines(source), concurrency):
                _write(sink, record)
                if "error" in record:
                    failed += 1
                else:
                    ok += 1
                if bar is not None and task is not None:
                    bar.update(task, advance=1, description=f"{ok} ok, {failed} errors")
        except BrokenPipeError:
            # The reader went away (e.g. `| head`): stop quietly, as Unix tools do.
            raise typer.Exit(1) from None
    if show_progress:
        typer.echo(f"{ok + failed} lines: {ok} processed, {failed} errors", err=True)


def process_line(engine: Engine, raw: bytes) -> Record:
    """The output record for one input line; never raises for a bad line."""
    try:
        data = _parse(raw)
    except LineError as exc:
        return {"id": None, "kind": None, "error": str(exc)}
    line_id = data.get("id")
    kind = data.get("kind") or "conversation"
    try:
        if kind == "conversation":
            return {"id": line_id, "kind": kind, **_conversation(engine, data)}
        if kind == "facts":
            return {"id": line_id, "kind": kind, **_facts(engine, data)}
        raise LineError(f"unknown kind {kind!r}: use 'conversation' or 'facts'")
    except LineError as exc:
        error = str(exc)
    except ValidationError as exc:
        error = f"invalid body: {validation_message(exc)}"
    except EngineError as exc:
        error = f"engine error: {exc}"
    except Exception as exc:  # one line's crash must not stop the batch: it is reported there
        error = f"engine failed: {type(exc).__name__}: {exc}"
    return {"id": line_id, "kind": kind, "error": error}


def _parse(raw: bytes) -> dict[str, Any]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise LineError(f"line is not valid UTF-8: {exc}") from exc
    if not text.strip():
        raise LineError("empty line")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LineError(f"invalid JSON: {exc}") from exc
    if not isinstance(data, dict):
        raise LineError("line must be a JSON object")
    return data


def _conversation(engine: Engine, data: dict[str, Any]) -> Record:
    body = ConversationCreate.model_validate(data)
    if not body.text.strip():
        raise LineError(_EMPTY_TEXT)
    started_at, finished_at = body.resolved_times(utcnow())
    result = engine.process_conversation(
        ConversationInput(
            text=body.text,
            started_at=started_at,
            finished_at=finished_at,
            language=body.language,
            text_source=body.text_source,
            text_source_spec=body.text_source_spec,
            geolocation=body.geolocation,
        )
    )
    structured = {
        **result.structured.model_dump(),
        "facts": _unique_facts(result.facts),
        "discarded": result.discarded,
        "place": result.place.model_dump() if result.place is not None else None,
    }
    return {"structured": _jsonable(structured), "warnings": result.warnings}


def _facts(engine: Engine, data: dict[str, Any]) -> Record:
    body = FactsCreate.model_validate(data)
    extras = _FactsExtras.model_validate(data)
    if not body.has_content():
        raise LineError(_EMPTY_TEXT)
    facts = [
        ExtractedFact(
            content=memory.content.strip(), category=memory.category or "other", tags=memory.tags
        )
        for memory in body.memories or []
        if memory.content.strip()
    ]
    warnings: list[str] = []
    text = body.text or ""
    if text.strip():
        result = engine.extract_facts(
            FactsInput(
                text=text,
                text_source=body.text_source,
                text_source_spec=body.text_source_spec,
                reference_time=as_utc(extras.reference_time) if extras.reference_time else utcnow(),
                language=extras.language,
            )
        )
        facts.extend(result.facts)
        warnings = result.warnings
    return {"facts": _jsonable(_unique_facts(facts)), "warnings": warnings}


def _unique_facts(facts: Iterable[ExtractedFact]) -> list[dict[str, Any]]:
    """Facts without near-duplicates (the knowledge base's rule), first one kept."""
    kept: list[ExtractedFact] = []
    for fact in facts:
        if find_duplicate(fact.content, [k.content for k in kept]) is None:
            kept.append(fact)
    return [fact.model_dump() for fact in kept]


def _jsonable(value: Any) -> Any:
    """Datetimes as ISO 8601 UTC with ``Z``, everything else as is."""
    if isinstance(value, datetime):
        return isoformat_z(value)
    if isinstance(value, dict):
        return {key: _jsonable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_jsonable(item) for item in value]
    return value


def _results(engine: Engine, lines: Iterable[bytes], concurrency: int) -> Iterator[Record]:
    """Records in input order; with ``concurrency`` > 1 a bounded window runs in threads."""
    if concurrency == 1:
        for raw in lines:
            yield process_line(engine, raw)
        return
    with ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="process") as pool:
        window: deque[Future[Record]] = deque()
        for raw in lines:
            window.append(pool.submit(process_line, engine, raw))
            if len(window) >= 2 * concurrency:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def _lines(source: BinaryIO) -> Iterator[bytes]:
    for raw in source:
        yield raw.rstrip(b"\r\n")


def _write(sink: BinaryIO, record: Record) -> None:
    sink.write(json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n")
    sink.flush()


def _fail(message: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _build_engine(name: str | None) -> Engine:
    try:
        settings = Settings()
    except ValidationError as exc:
        raise _fail(f"invalid configuration: {validation_message(exc)}", 2) from None
    config = settings.engine_config()
    if name is not None:
        config = replace(config, name=name.strip())
    try:
        return build_engine(config)
    except ValueError as exc:
        raise _fail(f"cannot build the {config.name!r} engine: {exc}", 2) from None
    except ImportError as exc:
        raise _fail(f"the {config.name!r} engine is not available: {exc}") from None


def _open_input(
    path: Path | None, stack: contextlib.ExitStack, *, count_lines: bool
) -> tuple[BinaryIO, int | None]:
    """The input as bytes (each line is decoded on its own) and, if asked, its line count."""
    if path is None or str(path) == "-":
        if sys.stdin.isatty():
            typer.echo("reading JSON Lines from stdin (end with Ctrl-D)", err=True)
        return _binary(sys.stdin), None
    try:
        source: BinaryIO = stack.enter_context(path.open("rb"))
        total = None
        if count_lines:
            total = sum(1 for _ in source)
            source.seek(0)
    except OSError as exc:
        raise _fail(f"cannot read input file {str(path)!r}: {exc.strerror or exc}") from None
    return source, total


def _open_output(
    path: Path | None, input_path: Path | None, stack: contextlib.ExitStack
) -> BinaryIO:
    if path is None or str(path) == "-":
        return _binary(sys.stdout)
    if input_path is not None and str(input_path) != "-" and path.resolve() == input_path.resolve():
        raise _fail("the output file is the input file; choose another --output", 2)
    try:
        sink: BinaryIO = stack.enter_context(path.open("wb"))
    except OSError as exc:
        raise _fail(f"cannot write output file {str(path)!r}: {exc.strerror or exc}") from None
    return sink


def _binary(stream: Any) -> BinaryIO:
    buffer: BinaryIO = getattr(stream, "buffer", stream)
    return buffer


def _progress_bar(show: bool, stack: contextlib.ExitStack) -> Progress | None:
    if not show:
        return None
    bar = Progress(
        SpinnerColumn(),
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(file=sys.stderr),
    )
    stack.enter_context(bar)
    return bar
