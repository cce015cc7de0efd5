from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Select, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.models import Conversation, FactSubmission


class ConversationRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, conversation_id: str) -> Conversation | None:
        return await self.session.get(Conversation, conversation_id)

    async def list_for_user(
        self,
        uid: str,
        *,
        limit: int,
        offset: int,
        statuses: Sequence[str] = (),
        include_discarded: bool = True,
        start: datetime | None = None,
        end: datetime | None = None,
        categories: Sequence[str] = (),
    ) -> Sequence[Conversation]:
        query = _filtered(select(Conversation), uid, include_discarded, start, end)
        if statuses:
            query = query.where(Conversation.status.in_(statuses))
        if categories:
            query = query.where(Conversation.structured["category"].as_string().in_(categories))
        query = query.order_by(Conversation.started_at.desc(), Conversation.id.desc())
        return (await self.session.scalars(query.limit(limit).offset(offset))).all()

    async def search(
        self,
        uid: str,
        terms: Sequence[str],
        *,
        limit: int,
        offset: int,
        include_discarded: bool,
        start: datetime | None,
        end: datetime | None,
    ) -> tuple[Sequence[Conversation], int]:
        """One page of the user's conversations matching every term, and how many match."""
        fields = (
            Conversation.text,
            Conversation.structured["title"].as_string(),
            Conversation.structured["overview"].as_string(),
        )
        conditions = [
            or_(*(field.icontains(term, autoescape=True) for field in fields)) for term in terms
        ]
        query = _filtered(select(Conversation), uid, include_discarded, start, end)
        counting = _filtered(select(func.count()), uid, include_discarded, start, end)
        if conditions:
            query = query.where(*conditions)
            counting = counting.where(*conditions)
        total = await self.session.scalar(counting.select_from(Conversation)) or 0
        query = query.order_by(Conversation.started_at.desc(), Conversation.id.desc())
        rows = (await self.session.scalars(query.limit(limit).offset(offset))).all()
        return rows, total

    async def status_counts(self) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        for model, name in ((Conversation, "conversations"), (FactSubmission, "fact_submissions")):
            rows = await self.session.execute(
                select(model.status, func.count()).group_by(model.status)
            )
            counts[name] = {status: count for status, count in rows}
        return counts

    async def status_of(self, conversation_id: str) -> str | None:
        return await self.session.scalar(
            select(Conversation.status).where(Conversation.id == conversation_id)
        )

    async def delete(self, conversation_id: str) -> None:
        await self.session.execute(delete(Conversation).where(Conversation.id == conversation_id))

    async def set_fields(self, conversation_id: str, **values: object) -> None:
        await self.session.execute(
            update(Conversation).where(Conversation.id == conversation_id).values(**values)
        )


S = TypeVar("S", bound=Select[Any])


def _filtered(
    query: S, uid: str, include_discarded: bool, start: datetime | None, end: datetime | None
) -> S:
    query = query.where(Conversation.uid == uid)
    if not include_discarded:
        query = query.where(Conversation.discarded.is_(False))
    if start is not None:
        query = query.where(Conversation.started_at >= start)
    if end is not None:
        query = query.where(Conversation.started_at <= end)
    return query
