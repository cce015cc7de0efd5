from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.models import AppKey


class AppKeyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, key: AppKey) -> AppKey:
        self.session.add(key)
        await self.session.flush()
        return key

    async def get(self, key_id: str) -> AppKey | None:
        return await self.session.get(AppKey, key_id)

    async def by_hash(self, key_hash: str) -> AppKey | None:
        return await self.session.scalar(select(AppKey).where(AppKey.key_hash == key_hash))

    async def list_for_app(self, app_id: str) -> Sequence[AppKey]:
        query = select(AppKey).where(AppKey.app_id == app_id).order_by(AppKey.created_at.desc())
        return (await self.session.scalars(query)).all()

    async def touch(self, key_id: str, when: datetime) -> None:
        await self.session.execute(
            update(AppKey).where(AppKey.id == key_id).values(last_used_at=when)
        )
