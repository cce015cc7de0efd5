"""Query parameters shared by list routes: paging and date ranges (SPEC §4).

Paging is a dependency with declared bounds, so a bad ``limit`` is FastAPI's own
422 list; FastAPI raises those only after every dependency ran, so the app-key
dependency (SPEC §2.4 rows 2–9) still answers first. Date filters are parsed by
the services (a bad one is a 400 with OMI's wording, also after authentication).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Annotated

from fastapi import Depends, Query

from omi_actions.errors import BadRequest
from omi_actions.kit.time import as_utc

MAX_LIMIT = 1000
DEFAULT_LIMIT = 100
# Keeps OFFSET inside a 32-bit integer on every backend (a larger one is a 422, not a 5xx).
MAX_OFFSET = 2_147_483_647


@dataclass(frozen=True)
class Page:
    limit: int = DEFAULT_LIMIT
    offset: int = 0


def page_params(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


PageDep = Annotated[Page, Depends(page_params)]


class InvalidDate(BadRequest):
    def __init__(self, name: str) -> None:
        super().__init__(
            f"Invalid {name} format. Use ISO format (YYYY-MM-DDTHH:MM:SS.sssZ) or YYYY-MM-DD"
        )


@dataclass(frozen=True)
class DateRange:
    """Inclusive bounds in UTC; either may be open."""

    start: datetime | None = None
    end: datetime | None = None


def date_range(start_date: str | None, end_date: str | None) -> DateRange:
    """``start_date``/``end_date`` as given in a query or body.

    An ISO datetime is taken as is (naive means UTC); a bare ``YYYY-MM-DD`` is the
    start of that day for ``start_date`` and its last instant for ``end_date``, so
    ``end_date=2024-03-10`` includes the whole 10th.
    """
    return DateRange(
        start=_parse(start_date, "start_date", end_of_day=False),
        end=_parse(end_date, "end_date", end_of_day=True),
    )


def _parse(value: str | None, name: str, *, end_of_day: bool) -> datetime | None:
    if value is None or value == "":
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            if not end_of_day:
                return datetime.combine(day, time.min, UTC)
            return datetime.combine(day, time.max, UTC)
        return as_utc(datetime.fromisoformat(text))
    except (ValueError, OverflowError):
        raise InvalidDate(name) from None


def comma_list(values: list[str] | None) -> list[str]:
    """A repeatable query parameter whose values may also be comma-separated lists."""
    return [part.strip() for item in values or [] for part in item.split(",") if part.strip()]
