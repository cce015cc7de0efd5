from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from omi_actions.auth.integration import IntegrationContext, integration_auth
from omi_actions.conversation import intake
from omi_actions.conversation import service as conversation_service
from omi_actions.conversation.schemas import ConversationCreate, conversation_json
from omi_actions.db import SessionDep
from omi_actions.intake_http import handle_submission, submission_openapi
from omi_actions.kit.actions import Action
from omi_actions.openapi import ERROR_RESPONSES

router = APIRouter(prefix="/v2/integrations/{app_id}", tags=["integration: conversations"])

ReadOneAuth = Annotated[IntegrationContext, Depends(integration_auth("reads", None))]


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
