"""Offline reverse geocoding: a geolocation to the nearest populated place.

reverse_geocoder ships GeoNames' cities (population > 1000) and answers with a
k-d tree. Loading it takes a few hundred milliseconds, so it happens once, on
the first geolocated conversation, under a lock; ``mode=1`` keeps it in this
process (the default mode forks a multiprocessing pool).
"""

from __future__ import annotations

import contextlib
import io
import math
import threading
from typing import Any

from omi_actions.processing.schemas import Geolocation, Place

_lock = threading.Lock()
_geocoder: Any = None


def _load() -> Any:
    global _geocoder
    if _geocoder is None:
        with _lock:
            if _geocoder is None:
                import reverse_geocoder

                # It prints "Loading formatted geocoded file..." to stdout.
                with contextlib.redirect_stdout(io.StringIO()):
                    _geocoder = reverse_geocoder.RGeocoder(mode=1, verbose=False)
    return _geocoder


def resolve_place(location: Geolocation | None) -> Place | None:
    """The nearest known place to ``location``, or ``None`` if there is none."""
    if location is None or not (
        math.isfinite(location.latitude) and math.isfinite(location.longitude)
    ):
        return None
    geocoder = _load()
    with _lock:  # the k-d tree query is not documented as thread-safe
        rows = geocoder.query([(location.latitude, location.longitude)])
    if not rows:
        return None
    row = rows[0]
    name = str(row.get("name") or "").strip()
    country = str(row.get("cc") or "").strip()
    if not name or not country:
        return None
    admin1 = str(row.get("admin1") or "").strip() or None
    return Place(name=name, admin1=admin1, country_code=country)
