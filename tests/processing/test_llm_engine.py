"""The llm engine against a fake OpenAI-compatible server, over real HTTP."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from omi_actions.processing.base import EngineError
from omi_actions.processing.factory import EngineConfig, build_engine
from omi_actions.processing.llm import LlmEngine
from omi_actions.processing.llm.answers import ConversationAnswer, FactsAnswer, strict_json_schema
from omi_actions.processing.schemas import (
    ActionItem,
    ConversationInput,
    Event,
    ExtractedFact,
    FactsInput,
    Geolocation,
    Place,
    StructuredConversation,
)
from tests.fixtures.fake_openai import FakeOpenAI, Reply

STARTED = datetime(2024, 5, 8, 14, 0, tzinfo=UTC)  # a Wednesday


@pytest.fixture(scope="module")
def server_process() -> Iterator[FakeOpenAI]:
    with FakeOpenAI.running() as server:
        yield server


@pytest.fixture
def server(server_process: FakeOpenAI) -> FakeOpenAI:
    server_process.reset()
    return server_process


def _paris(_: Geolocation) -> Place:
    return Place(name="Paris", admin1="Île-de-France", country_code="FR")


@pytest.fixture
def make_engine(server: FakeOpenAI) -> Iterator[Callable[..., LlmEngine]]:
    engines: list[LlmEngine] = []

    def make(**options: Any) -> LlmEngine:
        settings: dict[str, Any] = {
            "base_url": server.base_url,
            "model": "test-model",
            "api_key": "sk-test-secret",
            "timeout": 2.0,
            "max_attempts": 3,
            "retry_wait": 0.001,
            "retry_max_wait": 0.01,
            "place_resolver": _paris,
        }
        engine = LlmEngine(**{**settings, **options})
        engines.append(engine)
        return engine

    yield make
    for engine in engines:
        engine.close()


def _conversation(**overrides: Any) -> ConversationInput:
    fields: dict[str, Any] = {
        "text": "Alex: Dinner this Friday at 7pm? Me: Sure. Alex: Pick up milk on the way home.",
        "started_at": STARTED,
        "finished_at": STARTED + timedelta(minutes=5),
        "text_source": "audio_transcript",
    }
    return ConversationInput(**{**fields, **overrides})


def _facts_input(**overrides: Any) -> FactsInput:
    fields: dict[str, Any] = {
        "text": "I just accepted a position as Senior Software Engineer at TechCorp.",
        "text_source": "email",
        "reference_time": STARTED,
    }
    return FactsInput(**{**fields, **overrides})


CONVERSATION_ANSWER: dict[str, Any] = {
    "structured": {
        "title": "Dinner plans with Alex on Friday",
        "overview": "Alex invited the user to dinner on Friday at 7pm and asked for milk.",
        "emoji": "🍽️",
        "category": "social",
        "action_items": [
            {"description": "Pick up milk on the way home", "due_at": None, "completed": False},
            {"description": "Call Alex", "due_at": "2024-05-09T09:00:00-04:00", "completed": False},
        ],
        "events": [
            {
                "title": "Dinner with Alex",
                "description": "Dinner on Friday evening.",
                "start": "2024-05-10T19:00:00Z",
                "duration_minutes": 90,
            },
            {
                "title": "Lunch",
                "description": "",
                "start": "2024-05-11T12:30:00",
                "duration_minutes": 60,
            },
        ],
    },
    "facts": [{"content": "User is friends with Alex", "category": "core", "tags": ["alex"]}],
    "discarded": False,
}

FACTS_ANSWER: dict[str, Any] = {
    "facts": [
        {
            "content": "User accepted a position as Senior Software Engineer at TechCorp",
            "category": "work",
            "tags": ["job", "techcorp"],
        }
    ]
}


class TestHappyPath:
    def test_conversation_fields_are_parsed(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.answer(CONVERSATION_ANSWER))
        result = make_engine().process_conversation(
            _conversation(geolocation=Geolocation(latitude=48.85, longitude=2.35))
        )

        assert result.structured == StructuredConversation(
            title="Dinner plans with Alex on Friday",
            overview="Alex invited the user to dinner on Friday at 7pm and asked for milk.",
            emoji="🍽️",
            category="social",
            action_items=[
                ActionItem(description="Pick up milk on the way home"),
                ActionItem(description="Call Alex", due_at=datetime(2024, 5, 9, 13, tzinfo=UTC)),
            ],
            events=[
                Event(
                    title="Dinner with Alex",
                    description="Dinner on Friday evening.",
                    start=datetime(2024, 5, 10, 19, tzinfo=UTC),
                    duration_minutes=90,
                ),
                Event(
                    title="Lunch",
                    start=datetime(2024, 5, 11, 12, 30, tzinfo=UTC),
                    duration_minutes=60,
                ),
            ],
        )
        assert result.facts == [
            ExtractedFact(content="User is friends with Alex", category="core", tags=["alex"])
        ]
        assert result.discarded is False
        assert result.place == Place(name="Paris", admin1="Île-de-France", country_code="FR")
        assert result.warnings == []
        for moment in [result.structured.events[1].start, result.structured.action_items[1].due_at]:
            assert moment is not None and moment.utcoffset() == timedelta(0)
        assert len(server.requests) == 1

    def test_naive_answers_are_read_in_the_reference_time_zone(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        eastern = timezone(timedelta(hours=-4))
        server.script(Reply.answer(CONVERSATION_ANSWER))
        result = make_engine().process_conversation(
            _conversation(
                started_at=datetime(2024, 5, 8, 10, tzinfo=eastern),
                finished_at=datetime(2024, 5, 8, 10, 5, tzinfo=eastern),
            )
        )
        # "2024-05-11T12:30:00" without an offset is 12:30 in the conversation's zone.
        assert result.structured.events[1].start == datetime(2024, 5, 11, 16, 30, tzinfo=UTC)
        assert result.structured.events[1].start.tzinfo == UTC
        user_message = server.requests[0].json["messages"][1]["content"]
        assert "2024-05-08T10:00:00-04:00 (Wednesday)" in user_message

    def test_facts_are_parsed(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.answer(FACTS_ANSWER))
        result = make_engine().extract_facts(_facts_input())
        assert result.facts == [
            ExtractedFact(
                content="User accepted a position as Senior Software Engineer at TechCorp",
                category="work",
                tags=["job", "techcorp"],
            )
        ]
        assert result.warnings == []

    def test_an_empty_fact_list_is_a_valid_answer(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.answer({"facts": []}))
        assert make_engine().extract_facts(_facts_input(text="Hello there!")).facts == []
        assert len(server.requests) == 1

    def test_categories_are_normalised(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        answer = {
            **CONVERSATION_ANSWER,
            "structured": {**CONVERSATION_ANSWER["structured"], "category": " Work "},
            "facts": [{"content": "User likes jazz", "category": "music", "tags": [" ", "jazz"]}],
        }
        server.script(Reply.answer(answer))
        result = make_engine().process_conversation(_conversation())
        assert result.structured.category == "work"
        assert result.facts == [
            ExtractedFact(content="User likes jazz", category="other", tags=["jazz"])
        ]

    def test_json_in_a_code_fence_is_accepted(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.text('```json\n{"facts": []}\n```'))
        assert make_engine().extract_facts(_facts_input()).facts == []

    def test_default_place_is_resolved_offline(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.answer(CONVERSATION_ANSWER))
        engine = make_engine(place_resolver=None)
        result = engine.process_conversation(
            _conversation(geolocation=Geolocation(latitude=48.8534, longitude=2.3488))
        )
        assert result.place is not None
        assert (result.place.name, result.place.country_code) == ("Paris", "FR")

    def test_long_text_is_truncated_with_a_warning(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.answer({"facts": []}))
        result = make_engine(max_input_chars=50).extract_facts(_facts_input(text="word " * 100))
        assert result.warnings == ["text truncated from 500 to 50 characters for the llm engine"]
        assert "word " * 11 not in server.requests[0].json["messages"][1]["content"]

    def test_concurrent_calls_from_threads(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        engine = make_engine()
        server.script(*[Reply.answer(FACTS_ANSWER, finish_reason="stop")] * 8)
        results: list[int] = []

        def work() -> None:
            results.append(len(engine.extract_facts(_facts_input()).facts))

        threads = [threading.Thread(target=work) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert results == [1] * 8


class TestRequest:
    def test_model_key_and_schema(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.answer(CONVERSATION_ANSWER), Reply.answer(FACTS_ANSWER))
        engine = make_engine()
        engine.process_conversation(_conversation())
        engine.extract_facts(_facts_input())

        conversation_request, facts_request = server.requests
        assert conversation_request.path == "/v1/chat/completions"
        assert conversation_request.headers["authorization"] == "Bearer sk-test-secret"
        body = conversation_request.json
        assert body["model"] == "test-model"
        assert body["temperature"] == 0
        assert body["response_format"] == {
            "type": "json_schema",
            "json_schema": {
                "name": "conversation_result",
                "strict": True,
                "schema": strict_json_schema(ConversationAnswer),
            },
        }
        assert facts_request.json["response_format"]["json_schema"]["schema"] == (
            strict_json_schema(FactsAnswer)
        )

    def test_schema_matches_the_result_models(self) -> None:
        schema = strict_json_schema(ConversationAnswer)
        assert schema["required"] == ["structured", "facts", "discarded"]
        structured = schema["properties"]["structured"]
        assert set(structured["required"]) == set(StructuredConversation.model_fields)
        assert structured["additionalProperties"] is False
        assert set(structured["properties"]["category"]["enum"]) == set(
            StructuredConversation.model_fields["category"].annotation.__args__  # type: ignore[union-attr]
        )
        item = structured["properties"]["action_items"]["items"]
        assert set(item["required"]) == set(ActionItem.model_fields)
        assert item["properties"]["due_at"]["anyOf"] == [
            {"type": "string", "format": "date-time"},
            {"type": "null"},
        ]
        event = structured["properties"]["events"]["items"]
        assert set(event["required"]) == set(Event.model_fields)
        fact = schema["properties"]["facts"]["items"]
        assert set(fact["required"]) == set(ExtractedFact.model_fields)
        assert "$defs" not in str(schema) and "$ref" not in str(schema)
        assert "default" not in str(schema)

    def test_prompt_carries_the_context(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.answer(CONVERSATION_ANSWER), Reply.answer(FACTS_ANSWER))
        engine = make_engine()
        engine.process_conversation(
            _conversation(
                text="Ana: ¿Cenamos el viernes a las 7? Yo: ¡Claro!",
                language="es",
                text_source="message",
                text_source_spec="sms",
            )
        )
        engine.extract_facts(_facts_input(language="de", text="Ich arbeite bei TechCorp."))

        system, user = server.requests[0].json["messages"]
        assert system["role"] == "system" and "language" in system["content"]
        assert user["role"] == "user"
        for expected in [
            "2024-05-08T14:00:00Z (Wednesday)",
            "Declared language: es",
            "Text source: message",
            "Source detail: sms",
            "¿Cenamos el viernes a las 7?",
        ]:
            assert expected in user["content"]
        facts_user = server.requests[1].json["messages"][1]["content"]
        for expected in ["2024-05-08T14:00:00Z", "Declared language: de", "Text source: email"]:
            assert expected in facts_user


class TestRetries:
    def test_malformed_then_valid(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.text('{"facts": [ oops'), Reply.answer(FACTS_ANSWER))
        assert len(make_engine().extract_facts(_facts_input()).facts) == 1
        assert len(server.requests) == 2

    def test_always_malformed_fails_visibly(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(*[Reply.text("Sure! Here are the facts: none")] * 3)
        with pytest.raises(EngineError, match=r"llm answer was not valid JSON after 3 attempts: "):
            make_engine().extract_facts(_facts_input())
        assert len(server.requests) == 3

    def test_answer_not_matching_the_schema_is_retried(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        missing_title = {
            **CONVERSATION_ANSWER,
            "structured": {
                k: v for k, v in CONVERSATION_ANSWER["structured"].items() if k != "title"
            },
        }
        server.script(Reply.answer(missing_title), Reply.answer(CONVERSATION_ANSWER))
        assert make_engine().process_conversation(_conversation()).structured.title
        assert len(server.requests) == 2

    def test_schema_errors_are_named_after_the_last_attempt(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(*[Reply.answer({"facts": [{"category": "work"}]})] * 2)
        with pytest.raises(EngineError) as raised:
            make_engine(max_attempts=2).extract_facts(_facts_input())
        assert str(raised.value) == (
            "llm answer did not match the schema after 2 attempts: facts.0.content: Field required"
        )

    def test_empty_title_is_not_an_answer(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        blank = {
            **CONVERSATION_ANSWER,
            "structured": {**CONVERSATION_ANSWER["structured"], "title": " "},
        }
        server.script(Reply.answer(blank), Reply.answer(blank))
        with pytest.raises(EngineError, match="empty title or overview"):
            make_engine(max_attempts=2).process_conversation(_conversation())

    def test_cut_off_answer(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.text('{"facts": [{"content": "User', finish_reason="length"))
        with pytest.raises(EngineError, match="llm answer was cut off after 1 attempt"):
            make_engine(max_attempts=1).extract_facts(_facts_input())

    @pytest.mark.parametrize(
        "reply",
        [
            Reply.raw_body("<html><body>Bad gateway</body></html>"),
            Reply.raw_body('"just a string"', media_type="application/json"),
            Reply(body={"object": "chat.completion", "choices": []}),
            Reply(body={"error": {"message": "upstream down"}}),
            Reply(body={"choices": "not a list"}),
            Reply(body={"choices": [{"message": {"content": 5}}]}),
            Reply.answer(None),
            Reply.answer([1, 2]),
        ],
    )
    def test_body_that_is_not_a_completion_is_retried(
        self, reply: Reply, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(reply, Reply.answer(FACTS_ANSWER))
        assert len(make_engine().extract_facts(_facts_input()).facts) == 1
        assert len(server.requests) == 2

    def test_html_body_fails_visibly(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.raw_body("<html>proxy login</html>"))
        with pytest.raises(
            EngineError, match="llm answer was not a chat completion after 1 attempt"
        ):
            make_engine(max_attempts=1).extract_facts(_facts_input())

    def test_empty_content(self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]) -> None:
        server.script(Reply.text(""))
        with pytest.raises(EngineError, match="llm answer was empty after 1 attempt"):
            make_engine(max_attempts=1).extract_facts(_facts_input())

    def test_timeout_is_retried(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.hang(3.0), Reply.answer(FACTS_ANSWER))
        started = time.monotonic()
        assert len(make_engine(timeout=0.3).extract_facts(_facts_input()).facts) == 1
        assert time.monotonic() - started < 2.5
        assert len(server.requests) == 2

    def test_timeouts_until_the_last_attempt(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.hang(3.0), Reply.hang(3.0))
        with pytest.raises(
            EngineError, match=r"llm request timed out after 2 attempts: no answer within 0.2 s"
        ):
            make_engine(timeout=0.2, max_attempts=2).extract_facts(_facts_input())

    @pytest.mark.parametrize("status", [429, 500, 502, 503])
    def test_transient_statuses_are_retried(
        self, status: int, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.error(status), Reply.answer(FACTS_ANSWER))
        assert len(make_engine().extract_facts(_facts_input()).facts) == 1
        assert len(server.requests) == 2

    def test_retry_after_is_capped_by_the_maximum_wait(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.error(429, headers={"Retry-After": "120"}), Reply.answer(FACTS_ANSWER))
        started = time.monotonic()
        make_engine(retry_max_wait=0.05).extract_facts(_facts_input())
        assert time.monotonic() - started < 2

    def test_persistent_server_errors_fail_visibly(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(*[Reply.error(500, "model overloaded")] * 3)
        with pytest.raises(EngineError) as raised:
            make_engine().process_conversation(_conversation())
        assert str(raised.value) == (
            "llm endpoint failed with HTTP 500 after 3 attempts: model overloaded"
        )
        assert len(server.requests) == 3

    def test_rate_limit_until_the_last_attempt(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(*[Reply.error(429, "slow down")] * 3)
        with pytest.raises(EngineError, match=r"rate limiting \(HTTP 429\) after 3 attempts"):
            make_engine().extract_facts(_facts_input())

    def test_unreachable_endpoint(self, make_engine: Callable[..., LlmEngine]) -> None:
        with socket.socket() as probe:  # a port nobody listens on
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        engine = make_engine(base_url=f"http://127.0.0.1:{port}/v1", max_attempts=2)
        with pytest.raises(EngineError, match="llm endpoint unreachable after 2 attempts"):
            engine.extract_facts(_facts_input())


class TestFailFast:
    def test_unauthorized_is_not_retried(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.error(401, "Incorrect API key provided"))
        with pytest.raises(EngineError) as raised:
            make_engine().extract_facts(_facts_input())
        message = str(raised.value)
        assert message == (
            "llm endpoint refused the request with HTTP 401 (check OMI_ACTIONS_LLM_API_KEY): "
            "Incorrect API key provided"
        )
        assert "sk-test-secret" not in message
        assert len(server.requests) == 1

    def test_unknown_model_is_not_retried(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.error(404, "model 'test-model' not found"))
        with pytest.raises(EngineError, match=r"HTTP 404 \(check OMI_ACTIONS_LLM_BASE_URL"):
            make_engine().extract_facts(_facts_input())
        assert len(server.requests) == 1

    def test_rejected_temperature_is_dropped(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(
            Reply.error(
                400, "Unsupported value: 'temperature' does not support 0 with this model."
            ),
            Reply.answer(FACTS_ANSWER),
            Reply.answer(FACTS_ANSWER),
        )
        engine = make_engine(max_attempts=1)
        engine.extract_facts(_facts_input())
        engine.extract_facts(_facts_input())
        first, second, third = (request.json for request in server.requests)
        assert first["temperature"] == 0
        assert "temperature" not in second and "temperature" not in third


class TestConfiguration:
    @pytest.mark.parametrize(
        ("base_url", "model", "message"),
        [
            (None, "m", "OMI_ACTIONS_LLM_BASE_URL"),
            ("", "m", "OMI_ACTIONS_LLM_BASE_URL"),
            ("localhost:11434", "m", "must start with http"),
            ("http://localhost:11434/v1", None, "OMI_ACTIONS_LLM_MODEL"),
            ("http://localhost:11434/v1", " ", "OMI_ACTIONS_LLM_MODEL"),
        ],
    )
    def test_missing_settings(self, base_url: str | None, model: str | None, message: str) -> None:
        with pytest.raises(ValueError, match=message):
            LlmEngine(base_url=base_url, model=model)

    def test_build_engine_from_config(self, server: FakeOpenAI) -> None:
        config = EngineConfig(
            name="llm",
            llm_base_url=server.base_url,
            llm_model="m1",
            llm_api_key=None,
            llm_timeout_seconds=5.0,
            llm_max_attempts=4,
        )
        engine = build_engine(config)
        assert isinstance(engine, LlmEngine)
        assert engine.name == "llm"
        assert (engine.model, engine.timeout, engine.max_attempts) == ("m1", 5.0, 4)
        server.script(Reply.answer(FACTS_ANSWER))
        engine.extract_facts(_facts_input())
        assert server.requests[0].json["model"] == "m1"
        engine.close()

    def test_missing_config_fails_at_build(self) -> None:
        with pytest.raises(ValueError, match="OMI_ACTIONS_LLM_BASE_URL"):
            build_engine(EngineConfig(name="llm", llm_model="m"))


class TestAnswerGuards:
    """What the engine enforces whatever the model answers (SPEC §3)."""

    def test_a_long_title_is_capped_at_ten_words(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        long_title = "Dinner plans with Alex on Friday at the new downtown restaurant, and milk"
        answer = {
            **CONVERSATION_ANSWER,
            "structured": {**CONVERSATION_ANSWER["structured"], "title": long_title},
        }
        server.script(Reply.answer(answer))
        title = make_engine().process_conversation(_conversation()).structured.title
        assert title == "Dinner plans with Alex on Friday at the new downtown"
        assert len(title.split()) == 10

    def test_a_discarded_conversation_keeps_no_items(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        server.script(Reply.answer({**CONVERSATION_ANSWER, "discarded": True}))
        result = make_engine().process_conversation(_conversation(text="ok"))
        assert result.discarded is True
        assert result.structured.action_items == [] and result.structured.events == []
        assert result.facts == []
        assert result.structured.title == "Dinner plans with Alex on Friday"

    def test_facts_say_user_and_are_not_repeated(
        self, server: FakeOpenAI, make_engine: Callable[..., LlmEngine]
    ) -> None:
        facts = [
            {"content": "The user works at TechCorp", "category": "work", "tags": []},
            {"content": "User works at  TechCorp", "category": "work", "tags": []},
            {"content": "user lives in Lyon", "category": "core", "tags": [" home "]},
            {"content": "Users of the app like it", "category": "other", "tags": []},
        ]
        server.script(Reply.answer({"facts": facts}))
        result = make_engine().extract_facts(_facts_input())
        assert [f.content for f in result.facts] == [
            "User works at TechCorp",
            "User lives in Lyon",
            "Users of the app like it",
        ]
        assert result.facts[1].tags == ["home"]
