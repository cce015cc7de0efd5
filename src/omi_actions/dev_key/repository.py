from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import select, update
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

    async def touch_by_hash(self, key_hash: str, when: datetime) -> None:
        await self.session.execute(
            update(DevKey).where(DevKey.key_hash == key_hash).values(last_used_at=when)
        )

    async def page(self, uid: str | None) -> Sequence[DevKey]:
        query = select(DevKey).order_by(DevKey.created_at.desc())
        if uid is not None:
            query = query.where(DevKey.uid == uid)
        return (await self.session.scalars(query)).all()
