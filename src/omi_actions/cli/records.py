"""Read-side commands: conversations, facts, job stats."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.cli.common import (
    JsonOption,
    console,
    print_json,
    print_record,
    print_table,
    run_in_session,
)
from omi_actions.conversation import service as conversation_service
from omi_actions.conversation.schemas import conversation_json
from omi_actions.fact import service as fact_service
from omi_actions.fact.schemas import fact_json

conversations = typer.Typer(help="Browse and retry conversations.", no_args_is_help=True)
facts = typer.Typer(help="Browse a user's knowledge base.", no_args_is_help=True)
jobs = typer.Typer(help="Processing queue health.", no_args_is_help=True)

UidOption = typer.Option("--uid", "-u", help="The user id.")
LimitOption = typer.Option("--limit", min=1, max=1000, help="At most this many (newest first).")
OffsetOption = typer.Option("--offset", min=0, help="Skip this many.")


def _summary(conversation: dict[str, Any]) -> dict[str, Any]:
    structured = conversation.get("structured") or {}
    return {
        **conversation,
        "title": structured.get("title", ""),
        "category": structured.get("category", ""),
    }


@conversations.command("list")
def list_conversations(
    uid: Annotated[str, UidOption],
    limit: Annotated[int, LimitOption] = 100,
    offset: Annotated[int, OffsetOption] = 0,
    as_json: bool = JsonOption,
) -> None:
    """List a user's conversations, newest first."""

    async def operation(session: AsyncSession) -> list[dict[str, Any]]:
        rows = await conversation_service.list_for_user(session, uid, limit=limit, offset=offset)
        return [conversation_json(row) for row in rows]

    found = run_in_session(operation)
    if as_json:
        print_json(found)
        return
    columns = ["id", "started_at", "status", "title", "category", "discarded"]
    print_table([_summary(c) for c in found], columns, title=f"Conversations of {uid}")


@conversations.command("show")
def show_conversation(conversation_id: str, as_json: bool = JsonOption) -> None:
    """Show one conversation with its structured result."""

    async def operation(session: AsyncSession) -> dict[str, Any]:
        return conversation_json(await conversation_service.get_any(session, conversation_id))

    found = run_in_session(operation)
    if as_json:
        print_json(found)
    else:
        print_record(found)


@conversations.command("retry")
def retry_conversation(conversation_id: str, as_json: bool = JsonOption) -> None:
    """Put a failed conversation back in the queue with a fresh attempt budget."""

    async def operation(session: AsyncSession) -> dict[str, Any]:
        return conversation_json(await conversation_service.retry(session, conversation_id))

    found = run_in_session(operation)
    if as_json:
        print_json(found)
    else:
        console.print(f"Conversation {conversation_id} is pending again; a worker will pick it up.")


@facts.command("list")
def list_facts(
    uid: Annotated[str, UidOption],
    limit: Annotated[int, LimitOption] = 100,
    offset: Annotated[int, OffsetOption] = 0,
    include_superseded: Annotated[
        bool, typer.Option(help="Also show facts a newer fact replaced.")
    ] = False,
    as_json: bool = JsonOption,
) -> None:
    """List a user's facts, newest first."""

    async def operation(session: AsyncSession) -> list[dict[str, Any]]:
        rows = await fact_service.list_facts(session, uid, limit, offset, include_superseded)
        return [fact_json(row) for row in rows]

    found = run_in_session(operation)
    if as_json:
        print_json(found)
    else:
        print_table(found, ["id", "content", "category", "app_id", "created_at", "invalid_at"])


@jobs.command("stats")
def stats(as_json: bool = JsonOption) -> None:
    """Counts of records by processing status (pending, processing, completed, failed)."""

    async def operation(session: AsyncSession) -> dict[str, dict[str, int]]:
        return await conversation_service.job_counts(session)

    counts = run_in_session(operation)
    statuses = ("pending", "processing", "completed", "failed")
    result = {
        kind: {s: by_status.get(s, 0) for s in statuses} for kind, by_status in counts.items()
    }
    if as_json:
        print_json(result)
    else:
        print_table(
            [{"kind": k, **v} for k, v in result.items()], ["kind", *statuses], title="Jobs"
        )
