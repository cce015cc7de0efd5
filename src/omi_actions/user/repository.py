from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.models import Enablement, User


class UserRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, uid: str) -> User | None:
        return await self.session.get(User, uid)

    async def add(self, user: User) -> User:
        self.session.add(user)
        await self.session.flush()
        return user

    async def page(self, limit: int, offset: int) -> Sequence[User]:
        query = select(User).order_by(User.created_at.desc(), User.uid).limit(limit).offset(offset)
        return (await self.session.scalars(query)).all()

    async def enablement(self, uid: str, app_id: str) -> Enablement | None:
        return await self.session.get(Enablement, (uid, app_id))

    async def enabled_apps(self, uids: Sequence[str]) -> dict[str, list[str]]:
        rows = await self.session.execute(
            select(Enablement.uid, Enablement.app_id)
            .where(Enablement.uid.in_(uids))
            .order_by(Enablement.enabled_at)
        )
        result: dict[str, list[str]] = {uid: [] for uid in uids}
        for uid, app_id in rows:
            result[uid].append(app_id)
        return result

    async def add_enablement(self, enablement: Enablement) -> None:
        self.session.add(enablement)
        await self.session.flush()

    async def remove_enablement(self, uid: str, app_id: str) -> bool:
        result = await self.session.execute(
            delete(Enablement).where(Enablement.uid == uid, Enablement.app_id == app_id)
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]
