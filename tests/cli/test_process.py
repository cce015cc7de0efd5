"""``omi-actions process``: JSON Lines in, one JSON line out per input line, in order."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner, Result

from omi_actions.cli.process import process_line, register
from omi_actions.processing.schemas import (
    ActionItem,
    ConversationInput,
    ConversationResult,
    Event,
    ExtractedFact,
    FactsInput,
    FactsResult,
    Place,
    StructuredConversation,
)
from omi_actions.processing.testing import FakeEngine
from tests.fixtures.fake_openai import FakeOpenAI, Reply

CLEAN_ENV: dict[str, str | None] = {
    "OMI_ACTIONS_ENGINE": None,
    "OMI_ACTIONS_LLM_BASE_URL": None,
    "OMI_ACTIONS_LLM_MODEL": None,
    "OMI_ACTIONS_LLM_API_KEY": None,
    "OMI_ACTIONS_LLM_MAX_ATTEMPTS": None,
    "OMI_ACTIONS_LLM_TIMEOUT_SECONDS": None,
}


@pytest.fixture(autouse=True)
def _no_dotenv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings read ./.env: run where there is none."""
    monkeypatch.chdir(tmp_path)


def _app() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def root() -> None:
        """Stand-in for the root CLI."""

    return app


def run(
    *args: str, lines: list[str] | bytes | None = None, env: Mapping[str, str | None] | None = None
) -> Result:
    stdin = (
        lines if isinstance(lines, bytes) else None if lines is None else "\n".join(lines) + "\n"
    )
    return CliRunner().invoke(
        _app(), ["process", *args], input=stdin, env={**CLEAN_ENV, **(env or {})}
    )


def records(result: Result) -> list[dict[str, Any]]:
    assert result.stdout.endswith("\n") or result.stdout == ""
    return [json.loads(line) for line in result.stdout.splitlines()]


def conversation_line(**fields: Any) -> str:
    return json.dumps({"text": "Alex: dinner on Friday? Me: sure", **fields})


class TestBatch:
    def test_one_line_out_per_line_in_order(self) -> None:
        lines = [conversation_line(id=i, text=f"line number {i} says hello") for i in range(20)]
        result = run("--engine", "fake", lines=lines)
        assert result.exit_code == 0, result.stderr
        out = records(result)
        assert [r["id"] for r in out] == list(range(20))
        assert all(r["kind"] == "conversation" for r in out)
        assert [r["structured"]["overview"] for r in out] == [
            f"line number {i} says hello" for i in range(20)
        ]

    def test_conversation_output_shape(self) -> None:
        result = run("--engine", "fake", lines=[conversation_line(id="c1")])
        (record,) = records(result)
        assert set(record) == {"id", "kind", "structured", "warnings"}
        assert set(record["structured"]) == {
            "title",
            "overview",
            "emoji",
            "category",
            "action_items",
            "events",
            "facts",
            "discarded",
            "place",
        }
        assert record["structured"]["facts"] == [
            {"content": "User said Alex:", "category": "other", "tags": []}
        ]
        assert record["structured"]["discarded"] is False
        assert record["structured"]["place"] is None

    def test_bad_lines_become_errors_and_the_batch_goes_on(self) -> None:
        lines = [
            conversation_line(id=1),
            "{not json",
            "",
            "[1, 2]",
            conversation_line(id=2, text="   \n "),
            json.dumps({"id": 3}),
            conversation_line(id=4, geolocation={"latitude": 100, "longitude": 0}),
            conversation_line(
                id=5, started_at="2024-05-08T14:00:00Z", finished_at="2024-05-08T13:00:00Z"
            ),
            conversation_line(id=6, kind="summary"),
            conversation_line(id=7, text_source="fax"),
            conversation_line(id=8),
        ]
        result = run("--engine", "fake", lines=lines)
        assert result.exit_code == 0
        out = records(result)
        assert len(out) == len(lines)
        assert "structured" in out[0] and "structured" in out[-1]
        errors = [(r["id"], r["kind"], r["error"]) for r in out[1:-1]]
        assert errors[0][:2] == (None, None) and errors[0][2].startswith("invalid JSON: ")
        assert errors[1] == (None, None, "empty line")
        assert errors[2] == (None, None, "line must be a JSON object")
        assert errors[3] == (2, "conversation", "Text is required and cannot be empty")
        assert errors[4] == (3, "conversation", "invalid body: text: Field required")
        assert errors[5][:2] == (4, "conversation")
        assert errors[5][2].startswith("invalid body: geolocation.latitude: ")
        assert errors[6][:2] == (5, "conversation")
        assert errors[6][2].startswith("invalid body: ")
        assert errors[6][2].endswith("finished_at must be after started_at")
        assert errors[7] == (6, "summary", "unknown kind 'summary': use 'conversation' or 'facts'")
        assert errors[8][:2] == (7, "conversation")
        assert errors[8][2].startswith("invalid body: text_source: ")

    def test_invalid_utf8_is_one_error_line(self) -> None:
        stdin = (
            conversation_line(id=1).encode() + b"\n\xff\xfe{}\n" + conversation_line(id=2).encode()
        )
        out = records(run("--engine", "fake", lines=stdin))
        assert [r["id"] for r in out] == [1, None, 2]
        assert out[1]["error"].startswith("line is not valid UTF-8")

    def test_empty_input_gives_empty_output(self) -> None:
        result = run("--engine", "fake", lines=b"")
        assert result.exit_code == 0
        assert result.stdout == ""

    def test_unicode_is_kept(self) -> None:
        out = records(
            run("--engine", "fake", lines=[conversation_line(text="Café 東京 meeting 🎉")])
        )
        assert out[0]["structured"]["title"] == "Café 東京 meeting 🎉"

    def test_concurrency_keeps_the_order(self) -> None:
        lines = [conversation_line(id=i, text=f"text {i}") for i in range(60)]
        lines[7] = "oops"
        out = records(run("--engine", "fake", "-j", "4", lines=lines))
        assert [r["id"] for r in out] == [i if i != 7 else None for i in range(60)]


class TestFacts:
    def test_facts_from_text_and_memories(self) -> None:
        line = {
            "id": "f1",
            "kind": "facts",
            "text": "Moved to Lisbon. Started learning Portuguese.",
            "text_source": "social_post",
            "memories": [
                {"content": "User likes green tea", "tags": ["tea"]},
                {"content": "User is a nurse", "category": "work"},
                {"content": "  "},
            ],
        }
        result = run("--engine", "fake", lines=[json.dumps(line)])
        (record,) = records(result)
        assert record == {
            "id": "f1",
            "kind": "facts",
            "facts": [
                {"content": "User likes green tea", "category": "other", "tags": ["tea"]},
                {"content": "User is a nurse", "category": "work", "tags": []},
                {"content": "User noted: Moved to Lisbon", "category": "other", "tags": []},
                {
                    "content": "User noted: Started learning Portuguese",
                    "category": "other",
                    "tags": [],
                },
            ],
            "warnings": [],
        }

    def test_memories_alone_need_no_text(self) -> None:
        line = {"kind": "facts", "memories": [{"content": "User likes jazz"}]}
        (record,) = records(run("--engine", "fake", lines=[json.dumps(line)]))
        assert record["facts"] == [{"content": "User likes jazz", "category": "other", "tags": []}]

    def test_duplicates_are_kept_once(self) -> None:
        line = {
            "kind": "facts",
            "text": "I like jazz.",
            "memories": [
                {"content": "User noted: I like jazz!"},
                {"content": "user noted i like jazz"},
            ],
        }
        (record,) = records(run("--engine", "fake", lines=[json.dumps(line)]))
        assert record["facts"] == [
            {"content": "User noted: I like jazz!", "category": "other", "tags": []}
        ]

    @pytest.mark.parametrize(
        "line",
        [
            {"kind": "facts"},
            {"kind": "facts", "text": "  "},
            {"kind": "facts", "text": "", "memories": []},
            {"kind": "facts", "memories": [{"content": " "}]},
        ],
    )
    def test_nothing_to_store(self, line: dict[str, Any]) -> None:
        (record,) = records(run("--engine", "fake", lines=[json.dumps({"id": 9, **line})]))
        assert record == {"id": 9, "kind": "facts", "error": "Text is required and cannot be empty"}

    def test_invalid_facts_body(self) -> None:
        line = {"kind": "facts", "text": "x", "text_source": "audio_transcript"}
        (record,) = records(run("--engine", "fake", lines=[json.dumps(line)]))
        assert record["error"].startswith("invalid body: text_source: ")


class RecordingEngine:
    """Remembers what it was given; answers with aware non-UTC datetimes."""

    name = "recording"

    def __init__(self) -> None:
        self.conversations: list[ConversationInput] = []
        self.submissions: list[FactsInput] = []

    def process_conversation(self, conversation: ConversationInput) -> ConversationResult:
        self.conversations.append(conversation)
        paris = timezone(timedelta(hours=2))
        return ConversationResult(
            structured=StructuredConversation(
                title="Dinner",
                overview="Dinner on Friday.",
                emoji="🍽️",
                action_items=[
                    ActionItem(description="Book", due_at=datetime(2024, 5, 9, 9, tzinfo=paris))
                ],
                events=[
                    Event(title="Dinner", start=datetime(2024, 5, 10, 19, 30, 15, tzinfo=paris))
                ],
            ),
            facts=[ExtractedFact(content="User likes dinner", category="lifestyle", tags=["food"])],
            place=Place(name="Paris", admin1="Île-de-France", country_code="FR"),
            warnings=["something the engine could not do"],
        )

    def extract_facts(self, submission: FactsInput) -> FactsResult:
        self.submissions.append(submission)
        return FactsResult(facts=[ExtractedFact(content="User works at TechCorp", category="work")])


class TestLine:
    def test_defaults_are_applied(self) -> None:
        engine = RecordingEngine()
        before = datetime.now(UTC)
        process_line(engine, b'{"text": "hello there"}')
        after = datetime.now(UTC)
        (given,) = engine.conversations
        assert before <= given.started_at <= after
        assert given.started_at.tzinfo is not None
        assert given.finished_at == given.started_at + timedelta(minutes=5)
        assert (given.language, given.text_source, given.text_source_spec, given.geolocation) == (
            "en",
            "audio_transcript",
            None,
            None,
        )

    def test_given_fields_are_passed_and_naive_times_are_utc(self) -> None:
        engine = RecordingEngine()
        line = {
            "text": "Ana: ¿cenamos?",
            "started_at": "2024-05-08T14:00:00",
            "language": "es",
            "text_source": "message",
            "text_source_spec": "sms",
            "geolocation": {"latitude": 48.85, "longitude": 2.35},
            "source": "ignored",
        }
        process_line(engine, json.dumps(line).encode())
        (given,) = engine.conversations
        assert given.started_at == datetime(2024, 5, 8, 14, tzinfo=UTC)
        assert given.finished_at == datetime(2024, 5, 8, 14, 5, tzinfo=UTC)
        assert (given.language, given.text_source, given.text_source_spec) == (
            "es",
            "message",
            "sms",
        )
        assert given.geolocation is not None and given.geolocation.latitude == 48.85

    def test_output_datetimes_are_utc_with_z(self) -> None:
        record = process_line(RecordingEngine(), b'{"id": 1, "text": "dinner"}')
        structured = record["structured"]
        assert structured["action_items"] == [
            {"description": "Book", "due_at": "2024-05-09T07:00:00Z", "completed": False}
        ]
        assert structured["events"][0]["start"] == "2024-05-10T17:30:15Z"
        assert structured["place"] == {
            "name": "Paris",
            "admin1": "Île-de-France",
            "country_code": "FR",
        }
        assert structured["facts"] == [
            {"content": "User likes dinner", "category": "lifestyle", "tags": ["food"]}
        ]
        assert record["warnings"] == ["something the engine could not do"]
        json.dumps(record)

    def test_facts_reference_time_and_language(self) -> None:
        engine = RecordingEngine()
        line = {
            "kind": "facts",
            "text": "Ich arbeite bei TechCorp.",
            "text_source": "email",
            "text_source_spec": "gmail",
            "reference_time": "2024-05-08T16:00:00+02:00",
            "language": "de",
        }
        record = process_line(engine, json.dumps(line).encode())
        assert record["facts"] == [
            {"content": "User works at TechCorp", "category": "work", "tags": []}
        ]
        (given,) = engine.submissions
        assert given.reference_time == datetime(2024, 5, 8, 14, tzinfo=UTC)
        assert (given.language, given.text_source, given.text_source_spec) == (
            "de",
            "email",
            "gmail",
        )

    def test_facts_reference_time_defaults_to_now(self) -> None:
        engine = RecordingEngine()
        before = datetime.now(UTC)
        process_line(engine, b'{"kind": "facts", "text": "I work at TechCorp."}')
        (given,) = engine.submissions
        assert before <= given.reference_time <= datetime.now(UTC)
        assert (given.text_source, given.language) == ("other", "en")

    def test_engine_errors_are_reported(self) -> None:
        record = process_line(
            FakeEngine(fail_times=1, error="endpoint down"), b'{"id": 1, "text": "hi you"}'
        )
        assert record == {"id": 1, "kind": "conversation", "error": "engine error: endpoint down"}

    def test_engine_crashes_are_reported(self) -> None:
        class Crashing(RecordingEngine):
            def extract_facts(self, submission: FactsInput) -> FactsResult:
                raise RuntimeError("boom")

        record = process_line(Crashing(), b'{"id": 2, "kind": "facts", "text": "x"}')
        assert record == {"id": 2, "kind": "facts", "error": "engine failed: RuntimeError: boom"}


class TestCommand:
    def test_files_in_and_out(self, tmp_path: Path) -> None:
        source = tmp_path / "in.jsonl"
        source.write_text("\n".join(conversation_line(id=i) for i in range(3)) + "\n", "utf-8")
        target = tmp_path / "out.jsonl"
        result = run("--engine", "fake", "--input", str(source), "--output", str(target))
        assert result.exit_code == 0, result.stderr
        assert result.stdout == ""
        out = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
        assert [r["id"] for r in out] == [0, 1, 2]

    def test_engine_defaults_to_the_configured_one(self) -> None:
        result = run(lines=[conversation_line()], env={"OMI_ACTIONS_ENGINE": "fake"})
        assert result.exit_code == 0, result.stderr
        assert records(result)[0]["structured"]["emoji"] == "🧪"

    def test_progress_goes_to_stderr_only(self, tmp_path: Path) -> None:
        source = tmp_path / "in.jsonl"
        source.write_text(conversation_line(id=1) + "\nbad\n", "utf-8")
        result = run("--engine", "fake", "-i", str(source), "--progress")
        assert result.exit_code == 0
        assert [r["id"] for r in records(result)] == [1, None]
        assert "2 lines: 1 processed, 1 errors" in result.stderr

    def test_no_progress_by_default_without_a_terminal(self) -> None:
        result = run("--engine", "fake", lines=[conversation_line()])
        assert result.stderr == ""

    def test_unreadable_input(self, tmp_path: Path) -> None:
        result = run("--engine", "fake", "--input", str(tmp_path / "missing.jsonl"))
        assert result.exit_code == 1
        assert "cannot read input file" in result.stderr and "missing.jsonl" in result.stderr
        assert result.stdout == ""

    def test_output_must_not_be_the_input(self, tmp_path: Path) -> None:
        source = tmp_path / "data.jsonl"
        source.write_text(conversation_line() + "\n", "utf-8")
        result = run("--engine", "fake", "-i", str(source), "-o", str(source))
        assert result.exit_code == 2
        assert "output file is the input file" in result.stderr
        assert source.read_text("utf-8") == conversation_line() + "\n"

    def test_unknown_engine(self) -> None:
        result = run("--engine", "magic", lines=[conversation_line()])
        assert result.exit_code == 2
        assert "unknown engine 'magic'" in result.stderr
        assert result.stdout == ""

    def test_llm_engine_without_configuration(self) -> None:
        result = run("--engine", "llm", lines=[conversation_line()])
        assert result.exit_code == 2
        assert "OMI_ACTIONS_LLM_BASE_URL" in result.stderr


@pytest.fixture(scope="module")
def llm_server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI.running() as server:
        yield server


class TestWithTheLlmEngine:
    def test_llm_batch_over_http(self, llm_server: FakeOpenAI) -> None:
        llm_server.reset()
        answer = {
            "structured": {
                "title": "Dinner with Alex",
                "overview": "Alex and the user plan dinner on Friday.",
                "emoji": "🍽️",
                "category": "social",
                "action_items": [],
                "events": [
                    {
                        "title": "Dinner with Alex",
                        "description": "",
                        "start": "2024-05-10T19:00:00-04:00",
                        "duration_minutes": 90,
                    }
                ],
            },
            "facts": [],
            "discarded": False,
        }
        llm_server.script(
            Reply.answer(answer),
            Reply.error(401, "bad key"),
            Reply.answer(
                {"facts": [{"content": "User likes jazz", "category": "interests", "tags": []}]}
            ),
        )
        lines = [
            conversation_line(id="a", started_at="2024-05-08T14:00:00Z"),
            conversation_line(id="b"),
            json.dumps({"id": "c", "kind": "facts", "text": "I love jazz."}),
        ]
        env = {
            "OMI_ACTIONS_LLM_BASE_URL": llm_server.base_url,
            "OMI_ACTIONS_LLM_MODEL": "batch-model",
            "OMI_ACTIONS_LLM_API_KEY": "sk-batch",
            "OMI_ACTIONS_LLM_TIMEOUT_SECONDS": "2",
            "OMI_ACTIONS_LLM_MAX_ATTEMPTS": "2",
        }
        result = run("--engine", "llm", lines=lines, env=env)
        assert result.exit_code == 0, result.stderr
        first, second, third = records(result)
        assert first["structured"]["events"][0]["start"] == "2024-05-10T23:00:00Z"
        assert first["structured"]["title"] == "Dinner with Alex"
        assert second == {
            "id": "b",
            "kind": "conversation",
            "error": "engine error: llm endpoint refused the request with HTTP 401 "
            "(check OMI_ACTIONS_LLM_API_KEY): bad key",
        }
        assert third["facts"] == [
            {"content": "User likes jazz", "category": "interests", "tags": []}
        ]
        assert [r.json["model"] for r in llm_server.requests] == ["batch-model"] * 3
        assert llm_server.requests[0].headers["authorization"] == "Bearer sk-batch"
        # Defaults reach the prompt: a line without started_at is anchored at "now" (UTC).
        assert (
            "Text source: audio_transcript" in llm_server.requests[1].json["messages"][1]["content"]
        )
        assert "Declared language: en" in llm_server.requests[1].json["messages"][1]["content"]
