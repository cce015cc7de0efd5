from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.models import App


class AppRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, app_id: str) -> App | None:
        return await self.session.get(App, app_id)

    async def page(self, limit: int, offset: int) -> Sequence[App]:
        query = select(App).order_by(App.created_at.desc(), App.id).limit(limit).offset(offset)
        return (await self.session.scalars(query)).all()

    async def add(self, app: App) -> App:
        self.session.add(app)
        await self.session.flush()
        return app

    async def delete(self, app_id: str) -> bool:
        result = await self.session.execute(delete(App).where(App.id == app_id))
        return bool(result.rowcount)  # type: ignore[attr-defined]
