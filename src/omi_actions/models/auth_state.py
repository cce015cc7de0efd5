from __future__ import annotations

from sqlalchemy import Integer
from sqlalchemy.orm import Mapped, mapped_column

from omi_actions.models.base import Base


class AuthState(Base):
    """One row whose ``epoch`` grows on every change that can revoke access.

    API processes cache key, app and enablement lookups and drop the caches
    when the epoch they see moves, so a revocation made by another process
    (the CLI, another server) takes effect on the next request.
    """

    __tablename__ = "auth_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, default=0)
