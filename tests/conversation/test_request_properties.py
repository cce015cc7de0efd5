"""Property tests of ``ConversationCreate`` (SPEC §2.1), the body of ``POST …/user/conversations``.

* Any JSON object either validates or raises pydantic's ``ValidationError`` (which the API
  turns into a 422); nothing else may escape, or the client gets a 500 (SPEC §2.4).
* A body that validates can be stored: ``resolved_times`` (what ``new_row`` calls) works.
* Valid bodies get SPEC §2.1's defaults: ``finished_at = started_at + 5 min``, language
  ``en``, text source ``audio_transcript``; naive datetimes are UTC, aware ones are
  converted to UTC; latitude/longitude ranges hold; ``finished_at`` before ``started_at``
  is rejected with "finished_at must be after started_at".

Deterministic: ``derandomize`` fixes the examples; known edge cases are pinned with
``@example``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from omi_actions.conversation.schemas import ConversationCreate

PROPERTIES = settings(
    max_examples=300,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
FIELDS = [
    "text",
    "started_at",
    "finished_at",
    "language",
    "geolocation",
    "text_source",
    "text_source_spec",
    "source",
    "app_id",
]
FIVE_MINUTES = timedelta(minutes=5)
NOW = datetime(2026, 3, 14, 15, 9, 26, tzinfo=UTC)

# -- strategies ------------------------------------------------------------------------------

json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=12,
)
offsets = st.builds(
    timezone,
    st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
        lambda m: timedelta(minutes=m)
    ),
)
any_datetimes = st.datetimes(timezones=st.none() | offsets)
datetime_strings = any_datetimes.map(datetime.isoformat) | any_datetimes.map(
    lambda d: d.isoformat().replace("+00:00", "Z")
)
field_values = (
    json_values
    | datetime_strings
    | st.sampled_from(["", " ", "\t\n", "en", "pt-BR", "message", "other_text", "audio_transcript"])
    | st.fixed_dictionaries(
        {},
        optional={
            "latitude": st.floats(min_value=-200, max_value=200) | json_scalars,
            "longitude": st.floats(min_value=-400, max_value=400) | json_scalars,
        },
    )
)
# Objects whose keys are mostly the model's fields, with values of any JSON shape.
json_bodies = st.dictionaries(
    st.sampled_from(FIELDS) | st.text(max_size=10), field_values, max_size=8
)

# Well-formed values, for the defaults.
sane_datetimes = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1), timezones=st.none() | offsets
)
texts = st.text(min_size=1, max_size=200).filter(lambda t: t.strip())
languages = st.from_regex(r"\A[A-Za-z]{2,8}([_-][A-Za-z0-9]{1,8}){0,2}\Z")


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _validate_or_reject(body: dict[str, Any]) -> ConversationCreate | None:
    """The contract of the API's validation step: a model or a ValidationError, nothing else."""
    try:
        return ConversationCreate.model_validate(body)
    except ValidationError:
        return None


# -- properties ------------------------------------------------------------------------------


@PROPERTIES
@given(body=json_bodies)
@example(body={"text": "hi", "started_at": "0001-01-01T00:00:00+01:00"})  # UTC is year 0
@example(body={"text": "hi", "finished_at": "9999-12-31T23:59:00-01:00"})  # UTC is year 10000
@example(body={"text": "hi", "started_at": "9999-12-31T23:59:00Z"})  # + 5 min is year 10000
@example(body={"text": "hi", "started_at": 10**20})
@example(body={"text": "hi", "geolocation": {"latitude": 1e308, "longitude": -1e308}})
def test_any_json_object_validates_or_is_rejected_cleanly(body: dict[str, Any]) -> None:
    model = _validate_or_reject(body)
    if model is None:
        return
    started, finished = model.resolved_times(NOW)  # what storing the row does
    assert started.utcoffset() == timedelta(0)
    assert finished.utcoffset() == timedelta(0)
    if model.started_at is not None:
        # (A ``finished_at`` alone is not compared with the defaulted "now": see SPEC §2.1.)
        assert finished >= started


@PROPERTIES
@given(
    text=texts,
    started_at=st.none() | sane_datetimes,
    duration=st.none() | st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=2)),
    language=st.none() | languages,
    text_source=st.none() | st.sampled_from(["audio_transcript", "message", "other_text"]),
    spec=st.none() | st.text(max_size=200),
    extra=st.dictionaries(st.sampled_from(["source", "app_id", "foo"]), json_values, max_size=3),
)
def test_valid_bodies_get_the_documented_defaults(
    text: str,
    started_at: datetime | None,
    duration: timedelta | None,
    language: str | None,
    text_source: str | None,
    spec: str | None,
    extra: dict[str, Any],
) -> None:
    body: dict[str, Any] = {**extra, "text": text}
    if started_at is not None:
        body["started_at"] = started_at.isoformat()
        if duration is not None:
            body["finished_at"] = (started_at + duration).isoformat()
    if language is not None:
        body["language"] = language
    if text_source is not None:
        body["text_source"] = text_source
    if spec is not None:
        body["text_source_spec"] = spec

    model = ConversationCreate.model_validate(body)
    started, finished = model.resolved_times(NOW)

    assert model.text == text
    assert model.language == (language or "en")
    assert model.text_source == (text_source or "audio_transcript")
    assert model.text_source_spec == spec
    assert model.geolocation is None
    if started_at is None:
        # Default: now (UTC), taken when the body is validated.
        assert abs(started - datetime.now(UTC)) < timedelta(minutes=1)
    else:
        # Naive is taken as UTC (same wall clock); aware is the same instant, in UTC.
        assert started == _utc(started_at)
        assert started.utcoffset() == timedelta(0)
        if started_at.tzinfo is None:
            assert started.replace(tzinfo=None) == started_at
    if duration is None or started_at is None:
        assert finished == started + FIVE_MINUTES
    else:
        assert finished == _utc(started_at + duration)
    assert finished.utcoffset() == timedelta(0)
    assert not set(extra) & set(model.model_dump())  # unknown fields are ignored


@PROPERTIES
@given(
    start=sane_datetimes,
    earlier_by=st.timedeltas(min_value=timedelta(microseconds=1), max_value=timedelta(days=3650)),
)
def test_finished_before_started_is_rejected(start: datetime, earlier_by: timedelta) -> None:
    try:
        finished = start - earlier_by
    except OverflowError:
        return
    body = {"text": "hello", "started_at": start.isoformat(), "finished_at": finished.isoformat()}
    with pytest.raises(ValidationError) as caught:
        ConversationCreate.model_validate(body)
    errors = caught.value.errors()
    assert [e["loc"] for e in errors] == [("finished_at",)]
    assert errors[0]["msg"] == "finished_at must be after started_at"


@PROPERTIES
@given(
    start=sane_datetimes,
    offset=offsets,
)
def test_the_same_instant_in_another_zone_is_not_before(start: datetime, offset: timezone) -> None:
    """``finished_at`` equal to ``started_at`` (in any zone) is allowed, only earlier is not."""
    aware = start if start.tzinfo is not None else start.replace(tzinfo=UTC)
    body = {
        "text": "hello",
        "started_at": aware.isoformat(),
        "finished_at": aware.astimezone(offset).isoformat(),
    }
    model = ConversationCreate.model_validate(body)
    assert model.finished_at == model.started_at


@PROPERTIES
@given(
    latitude=st.floats(allow_nan=False, allow_infinity=False),
    longitude=st.floats(allow_nan=False, allow_infinity=False),
)
@example(latitude=90.0, longitude=-180.0)
@example(latitude=-90.0, longitude=180.0)
@example(latitude=90.000001, longitude=0.0)
@example(latitude=0.0, longitude=-180.000001)
def test_geolocation_ranges_are_enforced(latitude: float, longitude: float) -> None:
    body = {"text": "hello", "geolocation": {"latitude": latitude, "longitude": longitude}}
    in_range = -90 <= latitude <= 90 and -180 <= longitude <= 180
    if in_range:
        model = ConversationCreate.model_validate(body)
        assert model.geolocation is not None
        assert (model.geolocation.latitude, model.geolocation.longitude) == (latitude, longitude)
        return
    with pytest.raises(ValidationError) as caught:
        ConversationCreate.model_validate(body)
    bad = {e["loc"] for e in caught.value.errors()}
    expected = set()
    if not -90 <= latitude <= 90:
        expected.add(("geolocation", "latitude"))
    if not -180 <= longitude <= 180:
        expected.add(("geolocation", "longitude"))
    assert bad == expected


@PROPERTIES
@given(language=st.text(max_size=20))
def test_language_is_a_bcp47ish_code_or_rejected(language: str) -> None:
    body = {"text": "hello", "language": language}
    model = _validate_or_reject(body)
    looks_right = _looks_like_language(language)
    assert (model is not None) == looks_right, language


def _looks_like_language(value: str) -> bool:
    head, *rest = value.replace("_", "-").split("-")
    ascii_alpha = head.isascii() and head.isalpha()
    return (
        ascii_alpha
        and 2 <= len(head) <= 8
        and all(part.isascii() and part.isalnum() and 1 <= len(part) <= 8 for part in rest)
    )


@PROPERTIES
@given(text=st.text(max_size=50))
def test_text_is_required_and_a_string(text: str) -> None:
    """The model requires a string ``text``; blank is caught after validation (row 10b)."""
    assert ConversationCreate.model_validate({"text": text}).text == text
    with pytest.raises(ValidationError):
        ConversationCreate.model_validate({"language": "en"})
    with pytest.raises(ValidationError):
        ConversationCreate.model_validate({"text": len(text)})
