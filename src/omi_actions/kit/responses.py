"""HTTP side of accepting a submission: request options in, ``Accepted`` out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request, Response

from omi_actions.ingest import Accepted
from omi_actions.kit.prefer import Preferences, parse_prefer


@dataclass(frozen=True)
class SubmitOptions:
    preferences: Preferences
    idempotency_key: str | None
    base_url: str


async def submit_options(
    request: Request,
    prefer: Annotated[list[str] | None, Header()] = None,
    idempotency_key: Annotated[str | None, Header()] = None,
) -> SubmitOptions:
    """``Prefer`` and ``Idempotency-Key``; never fails (unknown preferences are ignored)."""
    settings = request.app.state.settings
    preferences = parse_prefer(prefer or [], settings.max_wait_seconds)
    base_url = settings.public_url or str(request.base_url)
    return SubmitOptions(preferences, idempotency_key, base_url)


SubmitOptionsDep = Annotated[SubmitOptions, Depends(submit_options)]


def accepted_response(accepted: Accepted, preferences: Preferences) -> Response:
    headers: dict[str, str] = {}
    if accepted.location:
        headers["Location"] = accepted.location
    applied = preferences.applied()
    if applied:
        headers["Preference-Applied"] = applied
    if accepted.replayed:
        headers["Idempotent-Replayed"] = "true"
    return Response(
        accepted.body,
        status_code=accepted.status_code,
        media_type="application/json",
        headers=headers,
    )
