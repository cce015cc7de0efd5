from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response

from omi_actions.auth.integration import IntegrationContext, JsonBody, integration_auth
from omi_actions.conversation import intake
from omi_actions.conversation import service as conversation_service
from omi_actions.conversation.schemas import (
    ConversationCreate,
    ConversationSearch,
    ConversationUpdate,
    conversation_json,
)
from omi_actions.db import SessionDep
from omi_actions.intake_http import handle_submission, submission_openapi
from omi_actions.kit.actions import Action
from omi_actions.kit.listing import PageDep, comma_list
from omi_actions.openapi import ERROR_RESPONSES, json_body

router = APIRouter(prefix="/v2/integrations/{app_id}", tags=["integration: conversations"])

ReadOneAuth = Annotated[IntegrationContext, Depends(integration_auth("reads", None))]
ReadAuth = Annotated[
    IntegrationContext, Depends(integration_auth("reads", Action.READ_CONVERSATIONS))
]
UpdateAuth = Annotated[
    IntegrationContext, Depends(integration_auth("updates", Action.UPDATE_CONVERSATIONS))
]


@router.post(
    "/user/conversations",
    summary="Create a conversation for a user",
    responses=ERROR_RESPONSES,
    openapi_extra=submission_openapi(ConversationCreate),
)
async def create_conversation(
    request: Request,
) -> Response:
    return await handle_submission(
        request, bucket="conversations", action=Action.CREATE_CONVERSATION, accept=intake.accept
    )


@router.get(
    "/user/conversations/{conversation_id}",
    summary="Read one conversation with its processing status",
    responses=ERROR_RESPONSES,
)
async def get_conversation(
    conversation_id: str, context: ReadOneAuth, session: SessionDep
) -> dict[str, object]:
    conversation = await conversation_service.get_readable(session, context, conversation_id)
    return conversation_json(conversation)


@router.get(
    "/conversations",
    summary="List a user's conversations, newest first",
    responses=ERROR_RESPONSES,
)
async def list_conversations(
    context: ReadAuth,
    session: SessionDep,
    page: PageDep,
    start_date: Annotated[str | None, Query(description="ISO datetime or YYYY-MM-DD.")] = None,
    end_date: Annotated[str | None, Query(description="ISO datetime or YYYY-MM-DD.")] = None,
    statuses: Annotated[list[str] | None, Query(description="Repeatable.")] = None,
    include_discarded: bool = False,
) -> dict[str, Any]:
    rows = await conversation_service.list_readable(
        session,
        context.uid,
        page,
        statuses=comma_list(statuses),
        include_discarded=include_discarded,
        start_date=start_date,
        end_date=end_date,
    )
    return {"conversations": [conversation_json(row) for row in rows]}


@router.post(
    "/search/conversations",
    summary="Search a user's conversations (every word must match)",
    responses=ERROR_RESPONSES,
    openapi_extra=json_body(ConversationSearch),
)
async def search_conversations(
    body: JsonBody, context: ReadAuth, session: SessionDep
) -> dict[str, Any]:
    found = await conversation_service.search(session, context.uid, body)
    return {
        "conversations": [conversation_json(row) for row in found.conversations],
        "total_pages": found.total_pages,
        "current_page": found.current_page,
        "per_page": found.per_page,
    }


@router.patch(
    "/user/conversations/{conversation_id}",
    summary="Update title, overview or discarded of a conversation this app created",
    responses=ERROR_RESPONSES,
    openapi_extra=json_body(ConversationUpdate),
)
async def update_conversation(
    conversation_id: str, body: JsonBody, context: UpdateAuth, request: Request
) -> dict[str, Any]:
    conversation = await conversation_service.update(
        request.app.state.writer, context, conversation_id, body
    )
    return conversation_json(conversation)
