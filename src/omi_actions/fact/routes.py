from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request, Response

from omi_actions.auth.integration import IntegrationContext, JsonBody, integration_auth
from omi_actions.db import SessionDep
from omi_actions.fact import intake
from omi_actions.fact import service as fact_service
from omi_actions.fact.schemas import FactsCreate, FactUpdate, fact_json, submission_json
from omi_actions.intake_http import handle_submission, submission_openapi
from omi_actions.kit.actions import Action
from omi_actions.kit.listing import PageDep
from omi_actions.openapi import ERROR_RESPONSES, json_body

router = APIRouter(prefix="/v2/integrations/{app_id}", tags=["integration: facts"])

ReadOneAuth = Annotated[IntegrationContext, Depends(integration_auth("reads", None))]
ReadAuth = Annotated[IntegrationContext, Depends(integration_auth("reads", Action.READ_MEMORIES))]
UpdateAuth = Annotated[
    IntegrationContext, Depends(integration_auth("updates", Action.UPDATE_FACTS))
]


async def create_facts(
    request: Request,
) -> Response:
    return await handle_submission(
        request, bucket="facts", action=Action.CREATE_FACTS, accept=intake.accept
    )


for path, summary in (
    ("/user/facts", "Create facts for a user"),
    ("/user/memories", "Create facts (memories) for a user — OMI's current name"),
):
    router.add_api_route(
        path,
        create_facts,
        methods=["POST"],
        summary=summary,
        responses=ERROR_RESPONSES,
        openapi_extra=submission_openapi(FactsCreate),
        operation_id=f"create_facts_{path.rsplit('/', 1)[-1]}",
    )


@router.get("/user/facts/{fact_id}", summary="Read one fact", responses=ERROR_RESPONSES)
async def get_fact(fact_id: str, context: ReadOneAuth, session: SessionDep) -> dict[str, Any]:
    fact = await fact_service.get_fact(session, context.uid, fact_id)
    if fact.app_id != context.app_id:
        context.require(Action.READ_MEMORIES)
    return fact_json(fact)


@router.get(
    "/user/fact-submissions/{submission_id}",
    summary="Read one fact submission with its processing status and facts",
    responses=ERROR_RESPONSES,
)
async def get_fact_submission(
    submission_id: str, context: ReadOneAuth, session: SessionDep
) -> dict[str, Any]:
    submission, facts = await fact_service.get_submission(session, context.uid, submission_id)
    if submission.app_id != context.app_id:
        context.require(Action.READ_MEMORIES)
    return submission_json(submission, [fact_json(fact) for fact in facts])


@router.get(
    "/memories", summary="List a user's facts (memories), newest first", responses=ERROR_RESPONSES
)
async def list_memories(
    context: ReadAuth, session: SessionDep, page: PageDep, include_superseded: bool = False
) -> dict[str, Any]:
    facts = await fact_service.list_facts(
        session, context.uid, page.limit, page.offset, include_invalid=include_superseded
    )
    return {"memories": [fact_json(fact) for fact in facts]}


@router.patch(
    "/user/facts/{fact_id}",
    summary="Update content, category or tags of a fact this app created",
    responses=ERROR_RESPONSES,
    openapi_extra=json_body(FactUpdate),
)
async def update_fact(
    fact_id: str, body: JsonBody, context: UpdateAuth, request: Request
) -> dict[str, Any]:
    fact = await fact_service.update_fact(request.app.state.writer, context, fact_id, body)
    return fact_json(fact)


@router.delete(
    "/user/facts/{fact_id}", summary="Delete a fact this app created", responses=ERROR_RESPONSES
)
async def delete_fact(fact_id: str, context: UpdateAuth, request: Request) -> dict[str, Any]:
    await fact_service.delete_fact(request.app.state.writer, context, fact_id)
    return {}
