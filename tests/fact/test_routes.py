from __future__ import annotations

import httpx

from tests.fixtures.factories import Factory
from tests.helpers import wait_for_status


async def test_memories_alias_and_explicit_facts(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    integration = await factory.integration()
    response = await client.post(
        integration.url("/user/memories"),
        json={"memories": [{"content": "User likes green tea", "tags": ["drinks"]},
                           {"content": "User's sister is called Ana"}]},
        headers={**integration.headers, "Prefer": "return=representation, wait=10"},
    )  # fmt: skip
    assert response.status_code == 200
    submission = response.json()
    assert submission["status"] == "completed"
    assert "/user/fact-submissions/" in response.headers["Location"]
    contents = [f["content"] for f in submission["facts"]]
    assert contents == ["User likes green tea", "User's sister is called Ana"]
    assert submission["facts"][0]["tags"] == ["drinks"]
    assert submission["facts"][0]["submission_id"] == submission["id"]


async def test_duplicates_are_stored_once(client: httpx.AsyncClient, factory: Factory) -> None:
    integration = await factory.integration()
    headers = {**integration.headers, "Prefer": "return=representation, wait=10"}
    first = await client.post(
        integration.url("/user/facts"),
        json={"memories": [{"content": "User likes green tea."}]},
        headers=headers,
    )
    second = await client.post(
        integration.url("/user/facts"),
        json={"memories": [{"content": "user likes green tea"}]},
        headers=headers,
    )
    first_id = first.json()["facts"][0]["id"]
    assert second.json()["facts"][0]["id"] == first_id


async def test_submission_of_other_app_needs_read_memories(
    client: httpx.AsyncClient, factory: Factory
) -> None:
    writer = await factory.integration()
    created = await client.post(
        writer.url("/user/facts"), json={"text": "I live in Lisbon."}, headers=writer.headers
    )
    await wait_for_status(client, created.headers["Location"], writer.headers)
    path = created.headers["Location"].split("/user/")[1]
    reader = await factory.integration(actions=["create_facts"], uid=writer.uid)
    denied = await client.get(
        f"/v2/integrations/{reader.app_id}/user/{path}", headers=reader.headers
    )
    assert denied.status_code == 403
    assert denied.json() == {"detail": "App does not have the capability to read memories"}


async def test_unknown_fact_is_404(client: httpx.AsyncClient, factory: Factory) -> None:
    integration = await factory.integration()
    response = await client.get(integration.url("/user/facts/nope"), headers=integration.headers)
    assert response.status_code == 404
    assert response.json() == {"detail": "Fact not found"}
