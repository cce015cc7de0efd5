from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from omi_actions.auth.integration import IntegrationContext, integration_auth
from omi_actions.db import SessionDep
from omi_actions.kit.actions import Action
from omi_actions.kit.listing import PageDep
from omi_actions.openapi import ERROR_RESPONSES
from omi_actions.task import service as task_service
from omi_actions.task.schemas import task_json

router = APIRouter(prefix="/v2/integrations/{app_id}", tags=["integration: tasks"])

ReadAuth = Annotated[IntegrationContext, Depends(integration_auth("reads", Action.READ_TASKS))]


@router.get("/tasks", summary="List a user's tasks, newest first", responses=ERROR_RESPONSES)
async def list_tasks(
    context: ReadAuth,
    session: SessionDep,
    page: PageDep,
    completed: bool | None = None,
    conversation_id: str | None = None,
    start_date: Annotated[
        str | None, Query(description="On created_at: ISO datetime or YYYY-MM-DD.")
    ] = None,
    end_date: Annotated[
        str | None, Query(description="On created_at: ISO datetime or YYYY-MM-DD.")
    ] = None,
) -> dict[str, Any]:
    tasks = await task_service.list_tasks(
        session,
        context.uid,
        page,
        completed=completed,
        conversation_id=conversation_id,
        start_date=start_date,
        end_date=end_date,
    )
    return {"tasks": [task_json(task) for task in tasks]}
