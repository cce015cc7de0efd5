"""Users and their consent (enablements) for apps."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.app_registry import service as app_service
from omi_actions.errors import Conflict, NotFound
from omi_actions.kit.auth_epoch import bump_auth_epoch
from omi_actions.kit.ids import new_id
from omi_actions.kit.time import utcnow
from omi_actions.models import Enablement, User
from omi_actions.user.repository import UserRepository
from omi_actions.user.schemas import EnablementOut, UserCreate, UserOut


class UserNotFound(NotFound):
    detail = "User not found"


async def create(session: AsyncSession, data: UserCreate) -> UserOut:
    repository = UserRepository(session)
    uid = data.uid or new_id()
    if await repository.get(uid) is not None:
        raise Conflict(f"User {uid!r} already exists")
    user = await repository.add(User(uid=uid, name=data.name, created_at=utcnow()))
    return UserOut(uid=user.uid, name=user.name, created_at=user.created_at)


async def ensure(session: AsyncSession, uid: str) -> User:
    repository = UserRepository(session)
    user = await repository.get(uid)
    if user is None:
        user = await repository.add(User(uid=uid, name=None, created_at=utcnow()))
    return user


async def get(session: AsyncSession, uid: str) -> UserOut:
    repository = UserRepository(session)
    user = await repository.get(uid)
    if user is None:
        raise UserNotFound()
    apps = await repository.enabled_apps([uid])
    return UserOut(uid=user.uid, name=user.name, created_at=user.created_at, enabled_apps=apps[uid])


async def list_users(session: AsyncSession, limit: int = 100, offset: int = 0) -> list[UserOut]:
    repository = UserRepository(session)
    users = await repository.page(limit, offset)
    apps = await repository.enabled_apps([user.uid for user in users])
    return [
        UserOut(uid=u.uid, name=u.name, created_at=u.created_at, enabled_apps=apps[u.uid])
        for u in users
    ]


async def enable(
    session: AsyncSession, uid: str, app_id: str, *, create_user: bool = False
) -> EnablementOut:
    await app_service.get(session, app_id)
    repository = UserRepository(session)
    if create_user:
        await ensure(session, uid)
    elif await repository.get(uid) is None:
        raise UserNotFound()
    existing = await repository.enablement(uid, app_id)
    if existing is not None:
        return EnablementOut(uid=uid, app_id=app_id, enabled_at=existing.enabled_at)
    enablement = Enablement(uid=uid, app_id=app_id, enabled_at=utcnow())
    await repository.add_enablement(enablement)
    await bump_auth_epoch(session)
    return EnablementOut(uid=uid, app_id=app_id, enabled_at=enablement.enabled_at)


async def disable(session: AsyncSession, uid: str, app_id: str) -> bool:
    """Revoke consent; True if the app was enabled."""
    removed = await UserRepository(session).remove_enablement(uid, app_id)
    if removed:
        await bump_auth_epoch(session)
    return removed


async def is_enabled(session: AsyncSession, uid: str, app_id: str) -> bool:
    return await UserRepository(session).enablement(uid, app_id) is not None


async def enabled_app_ids(session: AsyncSession, uids: Sequence[str]) -> dict[str, list[str]]:
    return await UserRepository(session).enabled_apps(uids)
