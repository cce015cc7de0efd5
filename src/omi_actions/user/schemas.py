from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class UserCreate(BaseModel):
    uid: str | None = Field(default=None, min_length=1, max_length=128)
    name: str | None = None


class UserOut(BaseModel):
    uid: str
    name: str | None
    created_at: datetime
    enabled_apps: list[str] = Field(default_factory=list)


class EnablementOut(BaseModel):
    uid: str
    app_id: str
    enabled_at: datetime
