"""Personal ``omi_dev_`` keys: act on their own user's account (SPEC §5)."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.dev_key.repository import DevKeyRepository
from omi_actions.dev_key.schemas import DevKeyCreated, DevKeyOut
from omi_actions.errors import NotFound
from omi_actions.kit.auth_epoch import bump_auth_epoch
from omi_actions.kit.ids import new_id
from omi_actions.kit.keys import DEV_KEY_PREFIX, generate_key, hash_key, key_label
from omi_actions.kit.time import utcnow
from omi_actions.models import DevKey
from omi_actions.user import service as user_service


class DevKeyNotFound(NotFound):
    detail = "Developer key not found"


async def create(session: AsyncSession, uid: str, name: str | None = None) -> DevKeyCreated:
    await user_service.ensure(session, uid)
    secret = generate_key(DEV_KEY_PREFIX)
    key = await DevKeyRepository(session).add(
        DevKey(
            id=new_id(),
            uid=uid,
            key_hash=hash_key(secret),
            label=key_label(secret),
            name=name,
            created_at=utcnow(),
        )
    )
    return DevKeyCreated(
        id=key.id, uid=uid, key=secret, label=key.label, name=name, created_at=key.created_at
    )


async def list_keys(session: AsyncSession, uid: str | None = None) -> list[DevKeyOut]:
    keys = await DevKeyRepository(session).page(uid)
    return [DevKeyOut.model_validate(key, from_attributes=True) for key in keys]


async def revoke(session: AsyncSession, key_id: str) -> DevKeyOut:
    key = await DevKeyRepository(session).get(key_id)
    if key is None:
        raise DevKeyNotFound()
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        await bump_auth_epoch(session)
        await session.flush()
    return DevKeyOut.model_validate(key, from_attributes=True)


async def find_active_uid(session: AsyncSession, canonical_key: str) -> str | None:
    key = await DevKeyRepository(session).by_hash(hash_key(canonical_key))
    return None if key is None or key.revoked_at is not None else key.uid


async def touch(session: AsyncSession, key_hash: str) -> None:
    """Record that the key with this hash was used just now."""
    await DevKeyRepository(session).touch_by_hash(key_hash, utcnow())
