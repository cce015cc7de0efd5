"""Apps: registration, actions, lookup."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.app_registry.repository import AppRepository
from omi_actions.app_registry.schemas import AppCreate, AppOut, AppUpdate
from omi_actions.errors import Conflict, NotFound
from omi_actions.kit.auth_epoch import bump_auth_epoch
from omi_actions.kit.ids import new_id
from omi_actions.kit.time import utcnow
from omi_actions.models import App


class AppNotFound(NotFound):
    detail = "App not found"


def to_schema(app: App) -> AppOut:
    return AppOut.model_validate(app, from_attributes=True)


async def create(session: AsyncSession, data: AppCreate) -> App:
    repository = AppRepository(session)
    app_id = data.id or new_id().replace("-", "")
    if await repository.get(app_id) is not None:
        raise Conflict(f"App {app_id!r} already exists")
    now = utcnow()
    await bump_auth_epoch(session)  # a cached "no such app" for this id must go
    return await repository.add(
        App(
            id=app_id,
            name=data.name,
            description=data.description,
            owner=data.owner,
            capabilities=["external_integration"],
            actions=data.actions,
            webhook_url=data.webhook_url,
            webhook_triggers=data.webhook_triggers,
            extra={},
            created_at=now,
            updated_at=now,
        )
    )


async def get(session: AsyncSession, app_id: str) -> App:
    app = await AppRepository(session).get(app_id)
    if app is None:
        raise AppNotFound()
    return app


async def list_apps(session: AsyncSession, limit: int = 100, offset: int = 0) -> Sequence[App]:
    return await AppRepository(session).page(limit, offset)


async def update(session: AsyncSession, app_id: str, data: AppUpdate) -> App:
    app = await get(session, app_id)
    for field, value in data.model_dump(exclude_unset=True).items():
        if value is not None or field in ("owner", "webhook_url"):
            setattr(app, field, value)
    app.updated_at = utcnow()
    await bump_auth_epoch(session)
    await session.flush()
    return app


async def delete(session: AsyncSession, app_id: str) -> None:
    if not await AppRepository(session).delete(app_id):
        raise AppNotFound()
    await bump_auth_epoch(session)
