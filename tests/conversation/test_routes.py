from __future__ import annotations

import asyncio
import re

import httpx
import pytest

from omi_actions.config import Settings
from tests.conftest import make_settings
from tests.fixtures.factories import Factory
from tests.helpers import SEED_STARTED_AT, wait_for_status

BODY = {
    "started_at": SEED_STARTED_AT,
    "text": "Mom: Don't forget to pick up milk on your way home\n\nMe: Will do.",
    "text_source": "message",
    "text_source_spec": "sms",
}


class TestCreate:
    async def test_200_empty_body_and_headers(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration()
        response = await client.post(
            integration.url("/user/conversations"), json=BODY, headers=integration.headers
        )
        assert response.status_code == 200
        assert response.content == b"{}"
        assert re.fullmatch(r"[0-9a-f]{32}", response.headers["X-Request-ID"])
        assert response.headers["X-RateLimit-Limit"] == "1000"
        assert response.headers["X-RateLimit-Remaining"] == "999"
        assert 0 < int(response.headers["X-RateLimit-Reset"]) <= 3600
        location = response.headers["Location"]
        assert location.startswith(f"http://testserver/v2/integrations/{integration.app_id}/")
        assert location.endswith(f"?uid={integration.uid}")

    async def test_request_id_is_echoed(self, client: httpx.AsyncClient, factory: Factory) -> None:
        integration = await factory.integration()
        response = await client.post(
            integration.url("/user/conversations"),
            json=BODY,
            headers={**integration.headers, "X-Request-ID": "trace-123"},
        )
        assert response.headers["X-Request-ID"] == "trace-123"

    async def test_location_reads_back_structured_result(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration()
        response = await client.post(
            integration.url("/user/conversations"), json=BODY, headers=integration.headers
        )
        record = await wait_for_status(client, response.headers["Location"], integration.headers)
        assert record["status"] == "completed"
        assert record["started_at"] == "2024-03-10T15:00:00Z"
        assert record["created_at"] == record["started_at"]
        assert record["finished_at"] == "2024-03-10T15:05:00Z"
        assert record["source"] == "external_integration"
        assert record["app_id"] == integration.app_id
        assert record["text_source"] == "message"
        assert record["language"] == "en"
        structured = record["structured"]
        assert structured["title"] and structured["overview"] and structured["emoji"]
        assert any("milk" in item["description"].lower() for item in structured["action_items"])

    async def test_defaults(self, client: httpx.AsyncClient, factory: Factory) -> None:
        integration = await factory.integration()
        response = await client.post(
            integration.url("/user/conversations"),
            json={"text": "We talked about the garden."},
            headers={**integration.headers, "Prefer": "return=representation"},
        )
        record = response.json()
        assert record["status"] == "pending"
        assert record["text_source"] == "audio_transcript"
        assert record["language"] == "en"
        assert record["structured"] is None
        assert record["started_at"].endswith("Z")

    async def test_naive_datetimes_are_utc(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration()
        response = await client.post(
            integration.url("/user/conversations"),
            json={"text": "hello there friend", "started_at": "2024-07-21T22:34:43.384323",
                  "finished_at": "2024-07-21T23:35:43+01:00"},
            headers={**integration.headers, "Prefer": "return=representation"},
        )  # fmt: skip
        record = response.json()
        assert record["started_at"] == "2024-07-21T22:34:43.384323Z"
        assert record["finished_at"] == "2024-07-21T22:35:43Z"

    async def test_prefer_wait_returns_processed_representation(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration()
        response = await client.post(
            integration.url("/user/conversations"),
            json=BODY,
            headers={**integration.headers, "Prefer": "return=representation, wait=10"},
        )
        assert response.status_code == 200
        assert response.headers["Preference-Applied"] == "return=representation, wait=10"
        record = response.json()
        assert record["status"] == "completed"
        assert record["structured"]["title"]
        assert response.headers["Location"].split("?")[0].endswith(record["id"])

    async def test_prefer_wait_alone_keeps_empty_body(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration()
        response = await client.post(
            integration.url("/user/conversations"),
            json=BODY,
            headers={**integration.headers, "Prefer": "wait=5"},
        )
        assert response.json() == {}
        record = (
            await client.get(response.headers["Location"], headers=integration.headers)
        ).json()
        assert record["status"] == "completed"


class TestIdempotency:
    async def test_same_key_same_body_replays(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration(
            actions=["create_conversation", "read_conversations"]
        )
        headers = {
            **integration.headers,
            "Idempotency-Key": "abc-1",
            "Prefer": "return=representation",
        }
        first = await client.post(
            integration.url("/user/conversations"), json=BODY, headers=headers
        )
        second = await client.post(
            integration.url("/user/conversations"), json=BODY, headers=headers
        )
        assert first.status_code == second.status_code == 200
        assert first.json()["id"] == second.json()["id"]
        assert second.headers["Location"] == first.headers["Location"]
        assert second.headers["Idempotent-Replayed"] == "true"
        listed = await client.get(
            f"/v2/integrations/{integration.app_id}/conversations?uid={integration.uid}",
            headers=integration.headers,
        )
        if listed.status_code == 200:  # the list route arrives with the read API
            assert len(listed.json()["conversations"]) == 1

    async def test_concurrent_retries_create_one_record(
        self, client: httpx.AsyncClient, factory: Factory, app: object
    ) -> None:
        integration = await factory.integration()
        headers = {
            **integration.headers,
            "Idempotency-Key": "same",
            "Prefer": "return=representation",
        }
        responses = await asyncio.gather(*(
            client.post(integration.url("/user/conversations"), json=BODY, headers=headers)
            for _ in range(8)
        ))  # fmt: skip
        assert {r.status_code for r in responses} == {200}
        assert len({r.json()["id"] for r in responses}) == 1

    async def test_same_key_different_body_is_409(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration()
        headers = {**integration.headers, "Idempotency-Key": "abc-2"}
        first = await client.post(
            integration.url("/user/conversations"), json=BODY, headers=headers
        )
        other = await client.post(
            integration.url("/user/conversations"), json={**BODY, "text": "other"}, headers=headers
        )
        assert first.status_code == 200
        assert other.status_code == 409
        assert "Idempotency-Key" in other.json()["detail"]

    async def test_keys_are_scoped_per_user(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration()
        await factory.enable("user-2", integration.app_id)
        headers = {**integration.headers, "Idempotency-Key": "k", "Prefer": "return=representation"}
        a = await client.post(integration.url("/user/conversations"), json=BODY, headers=headers)
        b = await client.post(
            integration.url("/user/conversations", uid="user-2"), json=BODY, headers=headers
        )
        assert a.json()["id"] != b.json()["id"]


class TestAccess:
    async def test_disable_takes_effect_immediately(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration()
        url = integration.url("/user/conversations")
        assert (await client.post(url, json=BODY, headers=integration.headers)).status_code == 200
        await factory.disable(integration.uid, integration.app_id)
        response = await client.post(url, json=BODY, headers=integration.headers)
        assert response.status_code == 403
        assert response.json() == {"detail": "App is not enabled for this user"}
        await factory.enable(integration.uid, integration.app_id)
        assert (await client.post(url, json=BODY, headers=integration.headers)).status_code == 200

    async def test_revocation_takes_effect_immediately(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration()
        url = integration.url("/user/conversations")
        assert (await client.post(url, json=BODY, headers=integration.headers)).status_code == 200
        await factory.revoke(integration.key_id)
        response = await client.post(url, json=BODY, headers=integration.headers)
        assert response.status_code == 403
        assert response.json() == {"detail": "Invalid integration API key"}

    async def test_app_reads_back_own_record_without_read_action(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration(actions=["create_conversation"])
        created = await client.post(
            integration.url("/user/conversations"), json=BODY, headers=integration.headers
        )
        response = await client.get(created.headers["Location"], headers=integration.headers)
        assert response.status_code == 200

    async def test_other_apps_record_needs_read_action(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        writer = await factory.integration(actions=["create_conversation"])
        created = await client.post(
            writer.url("/user/conversations"), json=BODY, headers=writer.headers
        )
        conversation_path = created.headers["Location"].split("/user/conversations/")[1]
        reader = await factory.integration(actions=["create_conversation"], uid=writer.uid)
        url = f"/v2/integrations/{reader.app_id}/user/conversations/{conversation_path}"
        denied = await client.get(url, headers=reader.headers)
        assert denied.status_code == 403
        assert denied.json() == {"detail": "App does not have the capability to read conversations"}
        allowed_reader = await factory.integration(actions=["read_conversations"], uid=writer.uid)
        url = f"/v2/integrations/{allowed_reader.app_id}/user/conversations/{conversation_path}"
        assert (await client.get(url, headers=allowed_reader.headers)).status_code == 200

    async def test_other_users_record_is_not_found(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration(
            actions=["create_conversation", "read_conversations"]
        )
        await factory.enable("user-2", integration.app_id)
        created = await client.post(
            integration.url("/user/conversations"), json=BODY, headers=integration.headers
        )
        location = created.headers["Location"].replace(f"uid={integration.uid}", "uid=user-2")
        response = await client.get(location, headers=integration.headers)
        assert response.status_code == 404
        assert response.json() == {"detail": "Conversation not found"}


class TestRateLimit:
    @pytest.fixture
    def settings(self, database_url: str) -> Settings:
        return make_settings(database_url, rate_limit_conversations="2/minute")

    async def test_limit_per_app_uid_route(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration()
        await factory.enable("user-2", integration.app_id)
        url = integration.url("/user/conversations")
        remaining = []
        for _ in range(2):
            response = await client.post(url, json=BODY, headers=integration.headers)
            remaining.append(response.headers["X-RateLimit-Remaining"])
        assert remaining == ["1", "0"]
        limited = await client.post(url, json=BODY, headers=integration.headers)
        assert limited.status_code == 429
        assert re.fullmatch(r"Rate limit exceeded\. Try again in \d+s\.", limited.json()["detail"])
        assert 1 <= int(limited.headers["Retry-After"]) <= 60
        other_user = await client.post(
            integration.url("/user/conversations", uid="user-2"),
            json=BODY,
            headers=integration.headers,
        )
        assert other_user.status_code == 200
        facts = await client.post(
            integration.url("/user/facts"),
            json={"text": "I like tea."},
            headers=integration.headers,
        )
        assert facts.status_code == 200
        assert facts.headers["X-RateLimit-Limit"] == "6000"


class TestTimeSpan:
    async def test_lone_finished_at_before_default_start_is_422(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration()
        response = await client.post(
            integration.url("/user/conversations"),
            json={"text": "hello there", "finished_at": "2020-01-01T00:00:00Z"},
            headers=integration.headers,
        )
        assert response.status_code == 422
        assert response.json()["detail"][0]["msg"] == "finished_at must be after started_at"


class TestPublicUrl:
    @pytest.fixture
    def settings(self, database_url: str) -> Settings:
        return make_settings(database_url, public_url="https://omi.example.org/")

    async def test_location_uses_configured_public_url(
        self, client: httpx.AsyncClient, factory: Factory
    ) -> None:
        integration = await factory.integration()
        response = await client.post(
            integration.url("/user/conversations"),
            json=BODY,
            headers={**integration.headers, "Host": "evil.example"},
        )
        assert response.headers["Location"].startswith("https://omi.example.org/v2/integrations/")
