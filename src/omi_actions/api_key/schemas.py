from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel


class ApiKeyOut(BaseModel):
    id: str
    app_id: str
    label: str
    created_at: datetime
    last_used_at: datetime | None
    expires_at: datetime | None
    revoked_at: datetime | None


class ApiKeyCreated(BaseModel):
    """The only place the secret ``key`` ever appears."""

    id: str
    app_id: str
    key: str
    label: str
    created_at: datetime
    expires_at: datetime | None
