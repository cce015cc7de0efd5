from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class DevKeyOut(BaseModel):
    id: str
    uid: str
    label: str
    name: str | None
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


class DevKeyCreated(BaseModel):
    """The only place the secret ``key`` ever appears."""

    id: str
    uid: str
    key: str
    label: str
    name: str | None
    created_at: datetime
