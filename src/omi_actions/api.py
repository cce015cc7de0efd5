"""Every module's router, in one place."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from omi_actions import health
from omi_actions.conversation import routes as conversation_routes
from omi_actions.conversation.routes import router as conversation_router
from omi_actions.dev_api.routes import router as dev_api_router
from omi_actions.fact import routes as fact_routes
from omi_actions.fact.routes import router as fact_router
from omi_actions.task.routes import router as task_router


def include_routers(app: FastAPI) -> None:
    app.include_router(health.router)
    app.include_router(conversation_router)
    app.include_router(fact_router)
    app.include_router(task_router)
    app.include_router(dev_api_router)
    _dispatch_hot_routes_first(app)


class _HotRoute(Route):
    """A plain route that, like FastAPI's, records itself in the scope (for metrics labels)."""

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        scope["route"] = self
        await super().handle(scope, receive, send)


def _dispatch_hot_routes_first(app: FastAPI) -> None:
    """The create routes also go in front of the router as plain Starlette routes.

    Same handlers (they take only the ``Request``); the FastAPI registrations keep
    documenting them in OpenAPI. Matching them first skips the walk through the
    included routers, measurable at ingest rates.
    """
    prefix = "/v2/integrations/{app_id}/user"
    hot = [
        _HotRoute(
            f"{prefix}/conversations", conversation_routes.create_conversation, methods=["POST"]
        ),
        _HotRoute(f"{prefix}/facts", fact_routes.create_facts, methods=["POST"]),
        _HotRoute(f"{prefix}/memories", fact_routes.create_facts, methods=["POST"]),
    ]
    app.router.routes[0:0] = hot
