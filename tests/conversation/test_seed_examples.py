"""Every example of the seed document, sent as written: 200 {} and a sensible result."""

from __future__ import annotations

import json

import httpx
import pytest

from tests.fixtures.factories import Factory
from tests.fixtures.seed import SEED_CONVERSATIONS, SEED_FACTS
from tests.helpers import wait_for_status


@pytest.mark.parametrize("name", list(SEED_CONVERSATIONS))
async def test_seed_conversation(name: str, client: httpx.AsyncClient, factory: Factory) -> None:
    integration = await factory.integration(uid="user_123")
    response = await client.post(
        integration.url("/user/conversations"),
        content=json.dumps(SEED_CONVERSATIONS[name]),
        headers={**integration.headers, "Content-Type": "application/json"},
    )
    assert response.status_code == 200
    assert response.json() == {}
    record = await wait_for_status(client, response.headers["Location"], integration.headers)
    assert record["status"] == "completed", record["error"]
    assert not record["discarded"]
    structured = record["structured"]
    assert structured["title"].strip()
    assert len(structured["title"].split()) <= 10
    assert structured["overview"].strip()
    assert structured["emoji"]
    if name == "social_post_with_location":
        assert record["place"]["country_code"] == "US"
    if name == "sms":
        descriptions = " ".join(i["description"].lower() for i in structured["action_items"])
        assert "milk" in descriptions
    if name == "email":
        assert any(e["start"] == "2024-03-15T19:00:00Z" for e in structured["events"])


@pytest.mark.parametrize("name", list(SEED_FACTS))
async def test_seed_facts(name: str, client: httpx.AsyncClient, factory: Factory) -> None:
    integration = await factory.integration(uid="user_123")
    response = await client.post(
        integration.url("/user/facts"), json=SEED_FACTS[name], headers=integration.headers
    )
    assert response.status_code == 200
    assert response.json() == {}
    submission = await wait_for_status(client, response.headers["Location"], integration.headers)
    assert submission["status"] == "completed", submission["error"]
    assert submission["text_source"] == SEED_FACTS[name]["text_source"]
    facts = submission["facts"]
    assert facts, "expected at least one fact"
    for fact in facts:
        assert fact["uid"] == "user_123"
        assert fact["app_id"] == integration.app_id
        assert fact["text_source_spec"] == SEED_FACTS[name]["text_source_spec"]
        assert fact["category"] in {
            "core", "hobbies", "lifestyle", "interests", "habits", "work", "skills",
            "learnings", "other",
        }  # fmt: skip
    text = " ".join(f["content"] for f in facts)
    expected = {"email": "Paris", "social_post": "TechCorp", "other": "Smith"}[name]
    assert expected in text
    one = await client.get(
        integration.url(f"/user/facts/{facts[0]['id']}"), headers=integration.headers
    )
    assert one.status_code == 200
    assert one.json() == facts[0]
