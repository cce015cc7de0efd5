"""Developer keys for the ``/v1/dev/user/…`` route tests."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from fastapi import FastAPI

from omi_actions.dev_key import service as dev_key_service


@dataclass(frozen=True)
class DevUser:
    uid: str
    key: str
    key_id: str

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"}


async def create_dev_user(app: FastAPI, uid: str) -> DevUser:
    async with app.state.sessionmaker() as session, session.begin():
        created = await dev_key_service.create(session, uid, "tests")
    return DevUser(uid=uid, key=created.key, key_id=created.id)


async def revoke(app: FastAPI, key_id: str) -> None:
    async with app.state.sessionmaker() as session, session.begin():
        await dev_key_service.revoke(session, key_id)


@pytest.fixture
async def me(app: FastAPI) -> DevUser:
    return await create_dev_user(app, "dev-user-1")


@pytest.fixture
async def other(app: FastAPI) -> DevUser:
    return await create_dev_user(app, "dev-user-2")
