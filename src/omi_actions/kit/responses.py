from __future__ import annotations

from fastapi import Response

from omi_actions.ingest import Accepted
from omi_actions.kit.prefer import Preferences


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
