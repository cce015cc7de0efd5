"""``/v1/dev/user/…``: OMI's Developer API for personal ``omi_dev_`` keys (SPEC §5).

Every route acts on the key's own user (no ``uid`` parameter). The JSON body
is read first (400), then the key (401, 429), then the body's schema (422).

Checked against the real clients (docs/api.md): omi-cli 0.2.3 uses OMI's paths
and bodies; omi-mcp 0.1.13 uses a few of its own (``/user/memories``,
``/conversations/from_segments``, other field names), accepted here as hidden
aliases so its tools work once its base URL points at this server.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from omi_actions.auth.dev import DevKeyAuth
from omi_actions.auth.integration import JsonBody
from omi_actions.conversation.schemas import (
    ConversationCreate,
    ConversationUpdate,
    conversation_json,
)
from omi_actions.db import SessionDep
from omi_actions.dev_api import service
from omi_actions.dev_api.schemas import (
    ActionItemsBatchCreate,
    ConversationFromSegments,
    MemoriesBatchCreate,
    MemoryCreate,
    MemoryUpdate,
    created_conversation_json,
    memory_json,
)
from omi_actions.kit.group_commit import GroupCommitWriter
from omi_actions.kit.listing import PageDep, comma_list
from omi_actions.openapi import ERROR_RESPONSES, json_body
from omi_actions.task.schemas import TaskCreate, TaskUpdate, task_json

router = APIRouter(prefix="/v1/dev/user", tags=["developer API"])

RESPONSES: dict[int | str, dict[str, Any]] = {
    status: ERROR_RESPONSES[status] for status in (400, 413, 422, 429, 503)
}
RESPONSES[401] = {**ERROR_RESPONSES[401], "description": "Missing Authorization or bad API key"}
RESPONSES[404] = {**ERROR_RESPONSES[404], "description": "Record not found (or another user's)"}
RESPONSES[409] = {**ERROR_RESPONSES[409], "description": "Conversation is still being processed"}


def _writer(request: Request) -> GroupCommitWriter:
    writer: GroupCommitWriter = request.app.state.writer
    return writer


# Memories ------------------------------------------------------------------------------


@router.get("/memories", summary="List your memories, newest first", responses=RESPONSES)
# omi-mcp 0.1.13 lists memories at ``{base}/user/memories`` (``/v1/dev/user/user/memories``).
@router.get("/user/memories", include_in_schema=False)
async def list_memories(
    auth: DevKeyAuth,
    session: SessionDep,
    page: PageDep,
    categories: Annotated[list[str] | None, Query(description="Comma list or repeated.")] = None,
) -> list[dict[str, Any]]:
    facts = await service.list_memories(session, auth.uid, page, comma_list(categories))
    return [memory_json(fact) for fact in facts]


@router.post(
    "/memories",
    summary="Create a memory (an existing equal one is returned instead)",
    responses=RESPONSES,
    openapi_extra=json_body(MemoryCreate),
)
async def create_memory(
    body: JsonBody, auth: DevKeyAuth, request: Request, session: SessionDep
) -> dict[str, Any]:
    return memory_json(await service.create_memory(_writer(request), session, auth.uid, body))


@router.post(
    "/memories/batch",
    summary="Create up to 25 memories",
    responses=RESPONSES,
    openapi_extra=json_body(MemoriesBatchCreate),
)
async def create_memories(
    body: JsonBody, auth: DevKeyAuth, request: Request, session: SessionDep
) -> dict[str, Any]:
    facts = await service.create_memories(_writer(request), session, auth.uid, body)
    return {"memories": [memory_json(fact) for fact in facts], "created_count": len(facts)}


@router.patch(
    "/memories/{memory_id}",
    summary="Update a memory's content, category, visibility or tags",
    responses=RESPONSES,
    openapi_extra=json_body(MemoryUpdate),
)
async def update_memory(
    memory_id: str, body: JsonBody, auth: DevKeyAuth, request: Request
) -> dict[str, Any]:
    return memory_json(await service.update_memory(_writer(request), auth.uid, memory_id, body))


@router.delete("/memories/{memory_id}", summary="Delete a memory", responses=RESPONSES)
async def delete_memory(memory_id: str, auth: DevKeyAuth, request: Request) -> dict[str, bool]:
    await service.delete_memory(_writer(request), auth.uid, memory_id)
    return {"success": True}


# Conversations -------------------------------------------------------------------------


@router.get("/conversations", summary="List your conversations, newest first", responses=RESPONSES)
async def list_conversations(
    auth: DevKeyAuth,
    session: SessionDep,
    page: PageDep,
    statuses: Annotated[list[str] | None, Query(description="Comma list or repeated.")] = None,
    include_discarded: bool = False,
    start_date: Annotated[
        str | None, Query(description="ISO datetime or YYYY-MM-DD; bounds started_at.")
    ] = None,
    end_date: Annotated[
        str | None, Query(description="ISO datetime or YYYY-MM-DD (whole day); bounds started_at.")
    ] = None,
    categories: Annotated[
        list[str] | None, Query(description="Structured categories; comma list or repeated.")
    ] = None,
    include_transcript: Annotated[
        bool, Query(description="Accepted for OMI's clients; the transcript is always `text`.")
    ] = False,
) -> list[dict[str, Any]]:
    del include_transcript  # every conversation carries its whole transcript as ``text``
    rows = await service.list_conversations(
        session,
        auth.uid,
        page,
        statuses=comma_list(statuses),
        include_discarded=include_discarded,
        start_date=start_date,
        end_date=end_date,
        categories=comma_list(categories),
    )
    return [conversation_json(row) for row in rows]


@router.post(
    "/conversations",
    summary="Create a conversation; it is processed asynchronously",
    responses=RESPONSES,
    openapi_extra=json_body(ConversationCreate),
)
async def create_conversation(body: JsonBody, auth: DevKeyAuth, request: Request) -> dict[str, Any]:
    row = await service.create_conversation(_writer(request), auth.uid, body)
    return created_conversation_json(row)


@router.post(
    "/conversations/from-segments",
    summary="Create a conversation from transcript segments",
    responses=RESPONSES,
    openapi_extra=json_body(ConversationFromSegments),
)
# omi-mcp 0.1.13 posts ``{segments: [...]}`` to ``/conversations/from_segments``.
@router.post("/conversations/from_segments", include_in_schema=False)
async def create_conversation_from_segments(
    body: JsonBody, auth: DevKeyAuth, request: Request
) -> dict[str, Any]:
    row = await service.create_conversation_from_segments(_writer(request), auth.uid, body)
    return created_conversation_json(row)


@router.get(
    "/conversations/{conversation_id}",
    summary="Read a conversation with its processing status",
    responses=RESPONSES,
)
async def get_conversation(
    conversation_id: str, auth: DevKeyAuth, session: SessionDep
) -> dict[str, Any]:
    return conversation_json(await service.get_conversation(session, auth.uid, conversation_id))


@router.patch(
    "/conversations/{conversation_id}",
    summary="Update a processed conversation's title, overview or discarded",
    responses=RESPONSES,
    openapi_extra=json_body(ConversationUpdate),
)
async def update_conversation(
    conversation_id: str, body: JsonBody, auth: DevKeyAuth, request: Request
) -> dict[str, Any]:
    row = await service.update_conversation(_writer(request), auth.uid, conversation_id, body)
    return conversation_json(row)


@router.delete(
    "/conversations/{conversation_id}",
    summary="Delete a processed conversation (its action items and memories stay)",
    responses=RESPONSES,
)
async def delete_conversation(
    conversation_id: str, auth: DevKeyAuth, request: Request
) -> dict[str, bool]:
    await service.delete_conversation(_writer(request), auth.uid, conversation_id)
    return {"success": True}


# Action items --------------------------------------------------------------------------


@router.get("/action-items", summary="List your action items, newest first", responses=RESPONSES)
async def list_action_items(
    auth: DevKeyAuth,
    session: SessionDep,
    page: PageDep,
    completed: bool | None = None,
    conversation_id: str | None = None,
    start_date: Annotated[
        str | None, Query(description="ISO datetime or YYYY-MM-DD; bounds created_at.")
    ] = None,
    end_date: Annotated[
        str | None, Query(description="ISO datetime or YYYY-MM-DD (whole day); bounds created_at.")
    ] = None,
) -> list[dict[str, Any]]:
    tasks = await service.list_action_items(
        session,
        auth.uid,
        page,
        completed=completed,
        conversation_id=conversation_id,
        start_date=start_date,
        end_date=end_date,
    )
    return [task_json(task) for task in tasks]


@router.post(
    "/action-items",
    summary="Create an action item",
    responses=RESPONSES,
    openapi_extra=json_body(TaskCreate),
)
async def create_action_item(body: JsonBody, auth: DevKeyAuth, request: Request) -> dict[str, Any]:
    return task_json(await service.create_action_item(_writer(request), auth.uid, body))


@router.post(
    "/action-items/batch",
    summary="Create up to 50 action items",
    responses=RESPONSES,
    openapi_extra=json_body(ActionItemsBatchCreate),
)
async def create_action_items(body: JsonBody, auth: DevKeyAuth, request: Request) -> dict[str, Any]:
    tasks = await service.create_action_items(_writer(request), auth.uid, body)
    return {"action_items": [task_json(task) for task in tasks], "created_count": len(tasks)}


@router.patch(
    "/action-items/{action_item_id}",
    summary="Update an action item (completing it sets completed_at)",
    responses=RESPONSES,
    openapi_extra=json_body(TaskUpdate),
)
async def update_action_item(
    action_item_id: str, body: JsonBody, auth: DevKeyAuth, request: Request
) -> dict[str, Any]:
    task = await service.update_action_item(_writer(request), auth.uid, action_item_id, body)
    return task_json(task)


@router.delete(
    "/action-items/{action_item_id}", summary="Delete an action item", responses=RESPONSES
)
async def delete_action_item(
    action_item_id: str, auth: DevKeyAuth, request: Request
) -> dict[str, bool]:
    await service.delete_action_item(_writer(request), auth.uid, action_item_id)
    return {"success": True}
