from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from omi_actions.auth.integration import IntegrationContext, JsonBody, integration_auth
from omi_actions.conversation import intake
from omi_actions.conversation import service as conversation_service
from omi_actions.conversation.schemas import ConversationCreate, conversation_json
from omi_actions.db import SessionDep
from omi_actions.kit.actions import Action
from omi_actions.kit.responses import SubmitOptionsDep, accepted_response
from omi_actions.openapi import ERROR_RESPONSES, json_body

router = APIRouter(prefix="/v2/integrations/{app_id}", tags=["integration: conversations"])

CreateAuth = Annotated[
    IntegrationContext, Depends(integration_auth("conversations", Action.CREATE_CONVERSATION))
]
ReadOneAuth = Annotated[IntegrationContext, Depends(integration_auth("reads", None))]


@router.post(
    "/user/conversations",
    summary="Create a conversation for a user",
    responses=ERROR_RESPONSES,
    openapi_extra=json_body(ConversationCreate),
)
async def create_conversation(
    request: Request,
    body: JsonBody,
    context: CreateAuth,
    options: SubmitOptionsDep,
) -> Response:
    accepted = await intake.accept(request.app.state, context, body, options)
    return accepted_response(accepted, options.preferences)


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
