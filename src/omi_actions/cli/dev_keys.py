from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.cli.common import JsonOption, console, print_json, print_table, run_in_session
from omi_actions.dev_key import service as dev_key_service
from omi_actions.dev_key.schemas import DevKeyCreated, DevKeyOut

app = typer.Typer(
    help="Personal developer keys (omi_dev_…) acting on one user's own account.",
    no_args_is_help=True,
)


@app.command("create")
def create(
    uid: str,
    name: Annotated[str | None, typer.Option(help="What the key is for.")] = None,
    as_json: bool = JsonOption,
) -> None:
    """Create a developer key for UID (creates the user if new). Shown once."""

    async def operation(session: AsyncSession) -> DevKeyCreated:
        return await dev_key_service.create(session, uid, name)

    created = run_in_session(operation)
    if as_json:
        print_json(created)
        return
    console.print(f"Created developer key [bold]{created.id}[/bold] for user {uid}:\n")
    console.print(f"    [bold green]{created.key}[/bold green]\n", soft_wrap=True)
    console.print("Store it now: it is shown only once (OMI_API_KEY for omi-cli / omi-mcp).")


@app.command("list")
def list_keys(
    uid: Annotated[str | None, typer.Option(help="Only this user's keys.")] = None,
    as_json: bool = JsonOption,
) -> None:
    """List developer keys by label."""

    async def operation(session: AsyncSession) -> list[DevKeyOut]:
        return await dev_key_service.list_keys(session, uid)

    keys = run_in_session(operation)
    if as_json:
        print_json(keys)
        return
    columns = ["id", "uid", "label", "name", "created_at", "last_used_at", "revoked_at"]
    print_table([k.model_dump() for k in keys], columns, title="Developer keys")


@app.command("revoke")
def revoke(key_id: str, as_json: bool = JsonOption) -> None:
    """Revoke a developer key by id."""

    async def operation(session: AsyncSession) -> DevKeyOut:
        return await dev_key_service.revoke(session, key_id)

    revoked = run_in_session(operation)
    if as_json:
        print_json(revoked)
    else:
        console.print(f"Revoked developer key {revoked.id} ({revoked.label})")
