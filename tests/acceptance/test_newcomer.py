"""The README's walk-through, as a newcomer runs it: real server, real CLI, real HTTP."""

from __future__ import annotations

import time
from pathlib import Path

import httpx

from tests.fixtures.live_server import LiveServer
from tests.fixtures.seed import SEED_CONVERSATIONS, SEED_FACTS


def test_readme_walkthrough_on_sqlite(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path}/omi-actions.db"
    with LiveServer(database_url, workdir=tmp_path, env={"OMI_ACTIONS_ENGINE": "local"}) as server:
        time.sleep(0.5)
        assert "omi-actions apps create" in server.log_tail(60), server.log_tail(60)
        app = server.cli_json(
            "apps", "create", "--name", "My journal",
            "--action", "create_conversation", "--action", "create_facts",
        )  # fmt: skip
        key = server.cli_json("keys", "create", app["id"])["key"]
        server.cli("users", "enable", "user_123", app["id"])
        headers = {"Authorization": f"Bearer {key}"}
        base = server.url(f"/v2/integrations/{app['id']}/user")

        created = httpx.post(
            f"{base}/conversations?uid=user_123", json=SEED_CONVERSATIONS["sms"], headers=headers
        )
        assert created.status_code == 200 and created.json() == {}
        record = {}
        for _ in range(100):
            record = httpx.get(created.headers["Location"], headers=headers).json()
            if record["status"] == "completed":
                break
            time.sleep(0.1)
        assert record["status"] == "completed"
        items = [i["description"].lower() for i in record["structured"]["action_items"]]
        assert any("milk" in item for item in items), items

        facts = httpx.post(
            f"{base}/facts?uid=user_123",
            json=SEED_FACTS["social_post"],
            headers={**headers, "Prefer": "return=representation, wait=10"},
        ).json()
        assert facts["status"] == "completed"
        assert any("TechCorp" in fact["content"] for fact in facts["facts"])
        listed = server.cli_json("facts", "list", "--uid", "user_123")
        assert {f["id"] for f in facts["facts"]} <= {f["id"] for f in listed}
        conversations = server.cli_json("conversations", "list", "--uid", "user_123")
        assert [c["id"] for c in conversations] == [record["id"]]
