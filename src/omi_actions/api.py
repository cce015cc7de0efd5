"""Every module's router, in one place."""

from __future__ import annotations

from fastapi import FastAPI

from omi_actions import health
from omi_actions.conversation.routes import router as conversation_router
from omi_actions.fact.routes import router as fact_router


def include_routers(app: FastAPI) -> None:
    app.include_router(health.router)
    app.include_router(conversation_router)
    app.include_router(fact_router)
