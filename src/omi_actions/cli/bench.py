"""``omi-actions bench``: benchmarks shipped with the project (SPEC §9)."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from omi_actions.bench.ingest import BenchConfig, IngestBench, default_output, write_result
from omi_actions.bench.servers import BenchError

bench = typer.Typer(help="Benchmarks (SPEC §9): run them on the machine you care about.")

err_console = Console(stderr=True)
QUICK_DURATION = 3.0
QUICK_WARMUP = 1.0


def register(app: typer.Typer) -> None:
    app.add_typer(bench, name="bench")


@bench.command("ingest")
def ingest(
    duration: Annotated[float, typer.Option(help="Measured seconds per phase.", min=1)] = 10.0,
    concurrency: Annotated[int, typer.Option(help="Open connections.", min=1)] = 64,
    warmup: Annotated[
        float, typer.Option(help="Unmeasured seconds before each phase.", min=0)
    ] = 3.0,
    rounds: Annotated[
        int,
        typer.Option(
            help="Rounds (trivial, then ingest on a fresh database); medians reported.", min=1
        ),
    ] = 1,
    quick: Annotated[
        bool,
        typer.Option(
            "--quick", help=f"Smoke run: {QUICK_DURATION:g}s per phase, {QUICK_WARMUP:g}s warm-up."
        ),
    ] = False,
    driver: Annotated[
        str, typer.Option(help="Load generator: auto (wrk if installed), wrk, python.")
    ] = "auto",
    threads: Annotated[int, typer.Option(help="wrk threads.", min=1)] = 1,
    synchronous: Annotated[
        str | None,
        typer.Option(
            help="SQLite synchronous for the server (default: the environment's, else FULL)."
        ),
    ] = None,
    worker: Annotated[
        bool,
        typer.Option("--worker/--no-worker", help="Embed the processing worker (the default)."),
    ] = True,
    profile: Annotated[
        bool,
        typer.Option(
            "--profile",
            help="Sample the ingest server with py-spy (raw stacks kept beside --output).",
        ),
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the result JSON on stdout.")
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(help="Result JSON file (default bench-results/ingest-<time>.json)."),
    ] = None,
) -> None:
    """Durable POST …/user/conversations vs a trivial FastAPI POST: req/s, p50/p99, ratios."""
    if driver not in ("auto", "wrk", "python"):
        raise typer.BadParameter("must be auto, wrk or python", param_hint="--driver")
    if synchronous is not None and synchronous.upper() not in ("FULL", "NORMAL", "OFF"):
        raise typer.BadParameter("must be FULL, NORMAL or OFF", param_hint="--synchronous")
    if quick:
        duration, warmup = QUICK_DURATION, QUICK_WARMUP
    target = output or default_output()
    config = BenchConfig(
        duration=duration,
        warmup=warmup,
        concurrency=concurrency,
        rounds=rounds,
        driver=driver,  # type: ignore[arg-type]
        wrk_threads=threads,
        sqlite_synchronous=synchronous.upper() if synchronous else None,
        worker=worker,
        profile=profile,
        profile_stem=target.with_name(f"{target.stem}-profile") if profile else None,
    )
    try:
        with _progress() as progress:
            runner = IngestBench(config, progress)
            if runner.driver_note:
                err_console.print(f"[yellow]note:[/yellow] {runner.driver_note}", highlight=False)
            result = runner.run()
    except BenchError as exc:
        err_console.print(f"[red]error:[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None
    write_result(result, target)
    table_console = err_console if as_json else Console()
    table_console.print(result_table(result))
    for line in summary_lines(result):
        table_console.print(line, highlight=False)
    for note in result["notes"]:
        table_console.print(f"[dim]- {note}[/dim]", highlight=False)
    table_console.print(f"results: {target}", highlight=False)
    if as_json:
        sys.stdout.write(json.dumps(result, indent=2) + "\n")
    if result["non_200"] or result["socket_errors"] or not result["durability"]["ok"]:
        err_console.print(
            "[red]FAILED:[/red] non-200 responses, socket errors or unacknowledged losses "
            "(see the result JSON)",
            highlight=False,
        )
        raise typer.Exit(1)


Tick = Callable[[float], None]


@contextlib.contextmanager
def _progress() -> Iterator[Callable[[str, float], contextlib.AbstractContextManager[Tick]]]:
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description:<16}"),
        BarColumn(),
        TextColumn("{task.fields[info]}"),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
    )

    @contextlib.contextmanager
    def phase(name: str, seconds: float) -> Iterator[Tick]:
        task = progress.add_task(name, total=seconds or None, info="")

        def tick(elapsed: float) -> None:
            shown = min(elapsed, seconds) if seconds else elapsed
            info = f"{shown:5.1f}/{seconds:g}s" if seconds else ""
            progress.update(task, completed=shown, info=info)

        try:
            yield tick
        finally:
            info = f"{seconds:g}s" if seconds else "done"
            progress.update(task, total=seconds or 1, completed=seconds or 1, info=info)

    with progress:
        yield phase


def result_table(result: dict[str, Any]) -> Table:
    table = Table(title="ingest vs trivial (medians)")
    for column in ("", "req/s", "p50 ms", "p99 ms"):
        table.add_column(column, justify="right" if column else "left")
    for phase in ("trivial", "ingest"):
        data = result[phase]
        table.add_row(phase, f"{data['rps']:.0f}", f"{data['p50_ms']:.2f}", f"{data['p99_ms']:.2f}")
    ratios = result["ratios"]
    table.add_row(
        "ratio",
        f"{ratios['throughput']:.3f}",
        f"{ratios['p50_latency']:.2f}×",
        f"{ratios['p99_latency']:.2f}×",
        style="bold",
    )
    return table


def summary_lines(result: dict[str, Any]) -> list[str]:
    config = result["config"]
    durability = result["durability"]
    target = result["target"]
    return [
        f"{result['machine']['nproc']} CPU ({result['machine']['cpu_model']}) · "
        f"driver={config['driver']} · connections={config['concurrency']} · "
        f"{config['duration']:g}s x {config['rounds']} round(s) · "
        f"synchronous={config['sqlite_synchronous']} · worker={config['worker']}",
        f"non-200: {result['non_200']} · socket errors: {result['socket_errors']} · "
        f"acknowledged {durability['acknowledged']}, in database {durability['rows']}, "
        f"missing {durability['missing']}, committed unanswered "
        f"{durability['committed_unacknowledged']}",
        f"target throughput ratio >= {target['throughput_ratio']}: "
        f"{'met' if target['met'] else 'NOT met'}",
    ]
