from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from omi_actions.kit.upsert import insert_ignoring_conflicts
from omi_actions.models import Fact, FactSubmission
from omi_actions.processing import knowledge

# How many of a user's newest valid facts dedup and supersession compare against.
KNOWLEDGE_WINDOW = 5000


class FactRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, fact_id: str) -> Fact | None:
        return await self.session.get(Fact, fact_id)

    async def known_valid(
        self, uid: str, created_since: datetime | None = None
    ) -> list[knowledge.KnownFact]:
        """The user's newest valid facts (id, content, category), newest first."""
        query = select(Fact.id, Fact.content, Fact.category).where(
            Fact.uid == uid, Fact.invalid_at.is_(None)
        )
        if created_since is not None:
            query = query.where(Fact.created_at >= created_since)
        query = query.order_by(Fact.created_at.desc(), Fact.id.desc()).limit(KNOWLEDGE_WINDOW)
        rows = (await self.session.execute(query)).all()
        return [knowledge.KnownFact(row.id, row.content, row.category) for row in rows]

    async def is_valid(self, fact_id: str) -> bool:
        found = await self.session.scalar(
            select(Fact.id).where(Fact.id == fact_id, Fact.invalid_at.is_(None))
        )
        return found is not None

    async def id_by_hash(self, uid: str, content_hash: str) -> str | None:
        return await self.session.scalar(
            select(Fact.id).where(Fact.uid == uid, Fact.content_hash == content_hash)
        )

    async def insert_new(self, fact: dict[str, object]) -> None:
        await insert_ignoring_conflicts(self.session, Fact.__table__, [fact])  # type: ignore[arg-type]

    async def supersede(self, fact_ids: Sequence[str], by: str, when: datetime) -> None:
        await self.session.execute(
            update(Fact)
            .where(Fact.id.in_(fact_ids), Fact.invalid_at.is_(None))
            .values(invalid_at=when, superseded_by=by, updated_at=when)
        )

    async def by_ids(self, fact_ids: Sequence[str]) -> Sequence[Fact]:
        if not fact_ids:
            return []
        rows = (await self.session.scalars(select(Fact).where(Fact.id.in_(fact_ids)))).all()
        order = {fact_id: index for index, fact_id in enumerate(fact_ids)}
        return sorted(rows, key=lambda fact: order.get(fact.id, 0))

    async def list_for_user(
        self,
        uid: str,
        limit: int,
        offset: int,
        include_invalid: bool = False,
        categories: Sequence[str] = (),
    ) -> Sequence[Fact]:
        query = select(Fact).where(Fact.uid == uid)
        if not include_invalid:
            query = query.where(Fact.invalid_at.is_(None))
        if categories:
            query = query.where(Fact.category.in_(categories))
        query = query.order_by(Fact.created_at.desc(), Fact.id).limit(limit).offset(offset)
        return (await self.session.scalars(query)).all()

    async def other_with_hash(self, uid: str, content_hash: str, fact_id: str) -> str | None:
        return await self.session.scalar(
            select(Fact.id).where(
                Fact.uid == uid, Fact.content_hash == content_hash, Fact.id != fact_id
            )
        )

    async def delete(self, fact_id: str) -> None:
        await self.session.execute(delete(Fact).where(Fact.id == fact_id))

    async def submission(self, submission_id: str) -> FactSubmission | None:
        return await self.session.get(FactSubmission, submission_id)
