from __future__ import annotations

from typing import Annotated

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.cli.common import JsonOption, console, print_json, print_table, run_in_session
from omi_actions.user import service as user_service
from omi_actions.user.schemas import EnablementOut, UserCreate, UserOut

app = typer.Typer(help="Manage users and which apps they enabled.", no_args_is_help=True)


@app.command("create")
def create(
    uid: Annotated[str | None, typer.Argument(help="User id (default: generated).")] = None,
    name: Annotated[str | None, typer.Option(help="Display name.")] = None,
    as_json: bool = JsonOption,
) -> None:
    """Create a user."""

    async def operation(session: AsyncSession) -> UserOut:
        return await user_service.create(session, UserCreate(uid=uid, name=name))

    user = run_in_session(operation)
    if as_json:
        print_json(user)
    else:
        console.print(f"Created user [bold]{user.uid}[/bold]")


@app.command("list")
def list_users(
    limit: Annotated[int, typer.Option(min=1, max=1000)] = 100,
    offset: Annotated[int, typer.Option(min=0)] = 0,
    as_json: bool = JsonOption,
) -> None:
    """List users with the apps they enabled."""

    async def operation(session: AsyncSession) -> list[UserOut]:
        return await user_service.list_users(session, limit, offset)

    users = run_in_session(operation)
    if as_json:
        print_json(users)
    else:
        print_table([u.model_dump() for u in users], ["uid", "name", "enabled_apps", "created_at"])


@app.command("enable")
def enable(uid: str, app_id: str, as_json: bool = JsonOption) -> None:
    """UID consents to APP_ID acting on their account (creates the user if new)."""

    async def operation(session: AsyncSession) -> EnablementOut:
        return await user_service.enable(session, uid, app_id, create_user=True)

    enablement = run_in_session(operation)
    if as_json:
        print_json(enablement)
    else:
        console.print(f"Enabled app {app_id} for user {uid}")


@app.command("disable")
def disable(uid: str, app_id: str, as_json: bool = JsonOption) -> None:
    """Withdraw UID's consent for APP_ID; its calls for UID are refused at once."""

    async def operation(session: AsyncSession) -> bool:
        return await user_service.disable(session, uid, app_id)

    removed = run_in_session(operation)
    if as_json:
        print_json({"uid": uid, "app_id": app_id, "was_enabled": removed})
    elif removed:
        console.print(f"Disabled app {app_id} for user {uid}")
    else:
        console.print(f"App {app_id} was not enabled for user {uid}")
