from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.models import DevKey


class DevKeyRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def add(self, key: DevKey) -> DevKey:
        self.session.add(key)
        await self.session.flush()
        return key

    async def get(self, key_id: str) -> DevKey | None:
        return await self.session.get(DevKey, key_id)

    async def by_hash(self, key_hash: str) -> DevKey | None:
        return await self.session.scalar(select(DevKey).where(DevKey.key_hash == key_hash))

    async def page(self, uid: str | None) -> Sequence[DevKey]:
        query = select(DevKey).order_by(DevKey.created_at.desc())
        if uid is not None:
            query = query.where(DevKey.uid == uid)
        return (await self.session.scalars(query)).all()
