"""The ``omi-actions`` command."""

from __future__ import annotations

import typer

from omi_actions import __version__
from omi_actions.cli import apps, dev_keys, keys, records, server, users

app = typer.Typer(
    name="omi-actions",
    help="Self-hosted OMI Integration Actions server: run it, register apps, manage keys "
    "and users, inspect processing. Configuration comes from OMI_ACTIONS_* environment "
    "variables or a .env file (e.g. OMI_ACTIONS_DATABASE_URL).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"omi-actions {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version."
    ),
) -> None:
    pass


app.command()(server.serve)
app.command()(server.worker)
app.command()(server.migrate)
app.add_typer(apps.app, name="apps")
app.add_typer(keys.app, name="keys")
app.add_typer(users.app, name="users")
app.add_typer(dev_keys.app, name="dev-keys")
app.add_typer(records.conversations, name="conversations")
app.add_typer(records.facts, name="facts")
app.add_typer(records.jobs, name="jobs")


def _register_optional() -> None:
    # Commands that live in their own modules register themselves when present.
    import importlib

    for module_name in ("omi_actions.cli.process", "omi_actions.cli.bench"):
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        module.register(app)


_register_optional()


def main() -> None:
    app()
