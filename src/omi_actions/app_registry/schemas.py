from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field, field_validator

from omi_actions.kit.actions import normalise_actions


class AppCreate(BaseModel):
    name: str = Field(min_length=1, max_length=200)
    description: str = ""
    owner: str | None = None
    actions: list[str] = Field(default_factory=list)
    webhook_url: str | None = None
    webhook_triggers: list[str] = Field(default_factory=list)
    id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_.-]{1,64}$")

    @field_validator("actions")
    @classmethod
    def _actions(cls, value: list[str]) -> list[str]:
        return normalise_actions(value)


class AppUpdate(BaseModel):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    description: str | None = None
    owner: str | None = None
    actions: list[str] | None = None
    webhook_url: str | None = None
    webhook_triggers: list[str] | None = None

    @field_validator("actions")
    @classmethod
    def _actions(cls, value: list[str] | None) -> list[str] | None:
        return None if value is None else normalise_actions(value)


class AppOut(BaseModel):
    id: str
    name: str
    description: str
    owner: str | None
    capabilities: list[str]
    actions: list[str]
    webhook_url: str | None
    webhook_triggers: list[str]
    created_at: datetime
    updated_at: datetime
