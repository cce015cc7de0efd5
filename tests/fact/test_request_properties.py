"""Property tests of ``FactsCreate`` (SPEC §2.2), the body of ``POST …/user/facts|memories``.

* Any JSON object either validates or raises pydantic's ``ValidationError`` (a 422), never
  another exception (a 500).
* Valid bodies get SPEC §2.2's defaults (``text_source`` ``other``, no memories) and unknown
  fields are ignored; explicit memories are kept as given, in order.
* ``has_content`` (row 10b, "Text is required and cannot be empty") is true exactly when
  there is non-blank ``text`` or a non-blank explicit memory.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from omi_actions.fact.schemas import FactsCreate
from omi_actions.processing.schemas import FACT_CATEGORIES

PROPERTIES = settings(
    max_examples=300,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
FIELDS = ["text", "text_source", "text_source_spec", "memories", "source", "app_id"]
MEMORY_FIELDS = ["content", "tags", "category", "visibility"]

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
memory_like = st.dictionaries(
    st.sampled_from(MEMORY_FIELDS) | st.text(max_size=8),
    json_values | st.sampled_from(["core", "hobbies", "other", "", " "]),
    max_size=4,
)
field_values = (
    json_values
    | st.lists(memory_like | json_values, max_size=4)
    | st.sampled_from(["", " ", "email", "social_post", "other", "message"])
)
json_bodies = st.dictionaries(
    st.sampled_from(FIELDS) | st.text(max_size=10), field_values, max_size=6
)

memories = st.lists(
    st.fixed_dictionaries(
        {"content": st.text(min_size=1, max_size=100)},
        optional={
            "tags": st.lists(st.text(max_size=10), max_size=3),
            "category": st.sampled_from(FACT_CATEGORIES),
        },
    ),
    max_size=4,
)


@PROPERTIES
@given(body=json_bodies)
@example(body={"memories": [{"content": "x" * 2001}]})
@example(body={"memories": [{"content": ""}]})
@example(body={"memories": {"content": "not a list"}})
@example(body={"text": None, "memories": None})
def test_any_json_object_validates_or_is_rejected_cleanly(body: dict[str, Any]) -> None:
    try:
        model = FactsCreate.model_validate(body)
    except ValidationError:
        return
    model.has_content()  # the route's next step (row 10b) must not raise either


@PROPERTIES
@given(
    text=st.none() | st.text(max_size=100),
    text_source=st.none() | st.sampled_from(["email", "social_post", "other"]),
    spec=st.none() | st.text(max_size=200),
    explicit=st.none() | memories,
    extra=st.dictionaries(st.sampled_from(["source", "app_id", "foo"]), json_values, max_size=3),
)
def test_valid_bodies_get_the_documented_defaults(
    text: str | None,
    text_source: str | None,
    spec: str | None,
    explicit: list[dict[str, Any]] | None,
    extra: dict[str, Any],
) -> None:
    body: dict[str, Any] = dict(extra)
    for name, value in (
        ("text", text),
        ("text_source", text_source),
        ("text_source_spec", spec),
        ("memories", explicit),
    ):
        if value is not None:
            body[name] = value

    model = FactsCreate.model_validate(body)

    assert model.text == text
    assert model.text_source == (text_source or "other")
    assert model.text_source_spec == spec
    if explicit is None:
        assert model.memories is None
    else:
        assert model.memories is not None
        assert [m.content for m in model.memories] == [m["content"] for m in explicit]
        assert [m.tags for m in model.memories] == [m.get("tags", []) for m in explicit]
        assert [m.category for m in model.memories] == [m.get("category") for m in explicit]
    blank_text = not (text or "").strip()
    blank_memories = not any(m["content"].strip() for m in explicit or [])
    assert model.has_content() == (not blank_text or not blank_memories)
    assert not set(extra) & set(model.model_dump())  # unknown fields are ignored


@PROPERTIES
@given(text_source=st.text(max_size=20))
def test_text_source_is_one_of_three(text_source: str) -> None:
    body = {"text": "I like tea.", "text_source": text_source}
    if text_source in ("email", "social_post", "other"):
        assert FactsCreate.model_validate(body).text_source == text_source
        return
    with pytest.raises(ValidationError) as caught:
        FactsCreate.model_validate(body)
    assert [e["loc"] for e in caught.value.errors()] == [("text_source",)]


@PROPERTIES
@given(category=st.text(max_size=12))
def test_explicit_memory_categories_are_checked(category: str) -> None:
    body = {"memories": [{"content": "Lives in Lisbon", "category": category}]}
    if category in FACT_CATEGORIES:
        model = FactsCreate.model_validate(body)
        assert model.memories is not None and model.memories[0].category == category
        return
    with pytest.raises(ValidationError) as caught:
        FactsCreate.model_validate(body)
    assert [e["loc"] for e in caught.value.errors()] == [("memories", 0, "category")]
