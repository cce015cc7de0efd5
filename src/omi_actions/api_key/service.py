"""App API keys: shown once, stored as SHA-256, revocable, optionally expiring."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.api_key.repository import AppKeyRepository
from omi_actions.api_key.schemas import ApiKeyCreated, ApiKeyOut
from omi_actions.app_registry import service as app_service
from omi_actions.errors import NotFound
from omi_actions.kit.auth_epoch import bump_auth_epoch
from omi_actions.kit.ids import new_id
from omi_actions.kit.keys import APP_KEY_PREFIX, generate_key, hash_key, key_label
from omi_actions.kit.time import as_utc, utcnow
from omi_actions.models import AppKey


class KeyNotFound(NotFound):
    detail = "API key not found"


@dataclass(frozen=True)
class ActiveKey:
    """What the hot path needs to know about a presented key."""

    id: str
    app_id: str
    expires_at: datetime | None

    def is_expired(self, now: datetime) -> bool:
        return self.expires_at is not None and self.expires_at <= now


async def create(
    session: AsyncSession, app_id: str, expires_at: datetime | None = None
) -> ApiKeyCreated:
    await app_service.get(session, app_id)
    secret = generate_key(APP_KEY_PREFIX)
    key = await AppKeyRepository(session).add(
        AppKey(
            id=new_id(),
            app_id=app_id,
            key_hash=hash_key(secret),
            label=key_label(secret),
            created_at=utcnow(),
            expires_at=as_utc(expires_at) if expires_at else None,
        )
    )
    return ApiKeyCreated(
        id=key.id,
        app_id=app_id,
        key=secret,
        label=key.label,
        created_at=key.created_at,
        expires_at=key.expires_at,
    )


async def list_keys(session: AsyncSession, app_id: str) -> Sequence[ApiKeyOut]:
    await app_service.get(session, app_id)
    keys = await AppKeyRepository(session).list_for_app(app_id)
    return [ApiKeyOut.model_validate(key, from_attributes=True) for key in keys]


async def revoke(session: AsyncSession, key_id: str) -> ApiKeyOut:
    key = await AppKeyRepository(session).get(key_id)
    if key is None:
        raise KeyNotFound()
    if key.revoked_at is None:
        key.revoked_at = utcnow()
        await bump_auth_epoch(session)
        await session.flush()
    return ApiKeyOut.model_validate(key, from_attributes=True)


async def find_active(session: AsyncSession, canonical_key: str) -> ActiveKey | None:
    """The non-revoked key with this secret (expiry is checked by the caller, per request)."""
    key = await AppKeyRepository(session).by_hash(hash_key(canonical_key))
    if key is None or key.revoked_at is not None:
        return None
    return ActiveKey(id=key.id, app_id=key.app_id, expires_at=key.expires_at)


async def touch(session: AsyncSession, key_id: str) -> None:
    await AppKeyRepository(session).touch(key_id, utcnow())
