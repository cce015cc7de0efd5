from __future__ import annotations

from typing import Annotated

import typer
from pydantic import ValidationError
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.app_registry import service as app_service
from omi_actions.app_registry.schemas import AppCreate, AppOut, AppUpdate
from omi_actions.cli.common import (
    JsonOption,
    console,
    fail,
    print_json,
    print_record,
    print_table,
    run_in_session,
    validation_message,
)

app = typer.Typer(help="Register integration apps and choose their actions.", no_args_is_help=True)

ActionOption = typer.Option(
    "--action",
    "-a",
    help="An action the app may perform (repeatable): create_conversation, create_facts, "
    "read_conversations, read_memories, read_tasks, update_conversations, update_facts.",
)
COLUMNS = ["id", "name", "actions", "owner", "created_at"]


@app.command("create")
def create(
    name: Annotated[str, typer.Option("--name", "-n", help="Display name.")],
    action: Annotated[list[str] | None, ActionOption] = None,
    description: Annotated[str, typer.Option(help="What the app does.")] = "",
    owner: Annotated[str | None, typer.Option(help="Owner (person or team).")] = None,
    webhook_url: Annotated[
        str | None, typer.Option(help="Where to POST processed conversations.")
    ] = None,
    app_id: Annotated[
        str | None, typer.Option("--id", help="Choose the id (default: random).")
    ] = None,
    as_json: bool = JsonOption,
) -> None:
    """Create an app; prints its id (use it in /v2/integrations/{app_id}/...)."""
    try:
        data = AppCreate(
            name=name, description=description, owner=owner, actions=action or [],
            webhook_url=webhook_url, id=app_id,
            webhook_triggers=["conversation_created"] if webhook_url else [],
        )  # fmt: skip
    except ValidationError as exc:
        fail(validation_message(exc))

    async def operation(session: AsyncSession) -> AppOut:
        return app_service.to_schema(await app_service.create(session, data))

    created = run_in_session(operation)
    if as_json:
        print_json(created)
        return
    console.print(
        f"Created app [bold]{created.name}[/bold] with id [bold cyan]{created.id}[/bold cyan]"
    )
    console.print(f"Next: [bold]omi-actions keys create {created.id}[/bold]")


@app.command("list")
def list_apps(
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 100,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    as_json: bool = JsonOption,
) -> None:
    """List apps, newest first."""

    async def operation(session: AsyncSession) -> list[AppOut]:
        return [
            app_service.to_schema(a) for a in await app_service.list_apps(session, limit, offset)
        ]

    apps = run_in_session(operation)
    if as_json:
        print_json(apps)
    else:
        print_table([a.model_dump() for a in apps], COLUMNS, title="Apps")


@app.command("show")
def show(app_id: str, as_json: bool = JsonOption) -> None:
    """Show one app."""

    async def operation(session: AsyncSession) -> AppOut:
        return app_service.to_schema(await app_service.get(session, app_id))

    found = run_in_session(operation)
    if as_json:
        print_json(found)
    else:
        print_record(found.model_dump())


@app.command("update")
def update(
    app_id: str,
    name: Annotated[str | None, typer.Option("--name", "-n")] = None,
    action: Annotated[list[str] | None, ActionOption] = None,
    description: Annotated[str | None, typer.Option()] = None,
    owner: Annotated[str | None, typer.Option()] = None,
    webhook_url: Annotated[str | None, typer.Option()] = None,
    as_json: bool = JsonOption,
) -> None:
    """Change an app; --action replaces the whole action list."""
    fields = {
        "name": name, "description": description, "owner": owner,
        "actions": action, "webhook_url": webhook_url,
    }  # fmt: skip
    try:
        data = AppUpdate(**{k: v for k, v in fields.items() if v is not None})
    except ValidationError as exc:
        fail(validation_message(exc))

    async def operation(session: AsyncSession) -> AppOut:
        return app_service.to_schema(await app_service.update(session, app_id, data))

    updated = run_in_session(operation)
    if as_json:
        print_json(updated)
    else:
        print_record(updated.model_dump())


@app.command("delete")
def delete(
    app_id: str,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
) -> None:
    """Delete an app with its keys and enablements (its conversations and facts stay)."""
    if not yes:
        typer.confirm(f"Delete app {app_id} and all its keys?", abort=True)

    async def operation(session: AsyncSession) -> None:
        await app_service.delete(session, app_id)

    run_in_session(operation)
    console.print(f"Deleted app {app_id}")
