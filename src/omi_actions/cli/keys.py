from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.api_key import service as api_key_service
from omi_actions.api_key.schemas import ApiKeyCreated, ApiKeyOut
from omi_actions.cli.common import JsonOption, console, print_json, print_table, run_in_session

app = typer.Typer(help="Create, list and revoke app API keys (sk_…).", no_args_is_help=True)


@app.command("create")
def create(
    app_id: str,
    expires_at: Annotated[
        datetime | None, typer.Option(help="Expiry (ISO 8601, UTC if no offset).")
    ] = None,
    as_json: bool = JsonOption,
) -> None:
    """Create a key for APP_ID. The secret is shown once, here only."""

    async def operation(session: AsyncSession) -> ApiKeyCreated:
        return await api_key_service.create(session, app_id, expires_at)

    created = run_in_session(operation)
    if as_json:
        print_json(
            {"id": created.id, "key": created.key, "label": created.label,
             "created_at": created.created_at, "app_id": created.app_id,
             "expires_at": created.expires_at}
        )  # fmt: skip
        return
    console.print(f"Created key [bold]{created.id}[/bold] for app {app_id}:\n")
    console.print(f"    [bold green]{created.key}[/bold green]\n", soft_wrap=True)
    console.print("Store it now: it is shown only once. Use it as 'Authorization: Bearer <key>'.")


@app.command("list")
def list_keys(app_id: str, as_json: bool = JsonOption) -> None:
    """List APP_ID's keys by label (secrets are never shown again)."""

    async def operation(session: AsyncSession) -> Sequence[ApiKeyOut]:
        return await api_key_service.list_keys(session, app_id)

    keys = run_in_session(operation)
    if as_json:
        print_json(list(keys))
        return
    columns = ["id", "label", "created_at", "last_used_at", "expires_at", "revoked_at"]
    print_table([k.model_dump() for k in keys], columns, title=f"Keys of {app_id}")


@app.command("revoke")
def revoke(key_id: str, as_json: bool = JsonOption) -> None:
    """Revoke a key by id; it stops working at once."""

    async def operation(session: AsyncSession) -> ApiKeyOut:
        return await api_key_service.revoke(session, key_id)

    revoked = run_in_session(operation)
    if as_json:
        print_json(revoked)
    else:
        console.print(f"Revoked key {revoked.id} ({revoked.label})")
