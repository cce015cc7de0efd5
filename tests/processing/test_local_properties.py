"""Property tests: no input crashes the local engine; outputs validate; same in, same out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from omi_actions.processing.local import LocalEngine
from omi_actions.processing.schemas import (
    ConversationInput,
    ConversationResult,
    FactsInput,
    FactsResult,
    Geolocation,
)

ENGINE = LocalEngine()
REF = datetime(2024, 3, 10, 15, 0, tzinfo=UTC)

_words = st.sampled_from(
    "Me: Mom: From: Subject: Dr. Smith tomorrow Friday 7pm at 2:30 PM don't forget to pick up "
    "milk I'll call you can send please meeting dinner flight April 3rd #tag 🎉 東京 Привет "
    "مرحبا I'm allergic to my wife Priya next week the 21st half past seven (555) 123-4567 "
    "a@b.org \n \n\n ? ! . , ; : - — … ' \"".split(" ")
)
texts = st.one_of(
    st.text(max_size=400),
    st.lists(_words, max_size=80).map(" ".join),
    st.text(alphabet=st.characters(categories=["Lu", "Ll", "Nd", "Zs", "Po", "So"]), max_size=300),
)
sources = st.sampled_from(["audio_transcript", "message", "other_text"])
specs = st.one_of(st.none(), st.sampled_from(["email", "sms", "social_post", "notes", "x"]))
languages = st.sampled_from(["en", "en-US", "de", "pt-BR", "", "zz"])
moments = st.datetimes(
    min_value=datetime(1971, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
geos = st.one_of(
    st.none(),
    st.builds(
        Geolocation,
        latitude=st.floats(-90, 90, allow_nan=False),
        longitude=st.floats(-180, 180, allow_nan=False),
    ),
)


def _check_conversation(result: ConversationResult) -> None:
    # Round-trip through validation: every field still satisfies the contract.
    ConversationResult.model_validate(result.model_dump())
    structured = result.structured
    assert len(structured.title.split()) <= 10
    for item in structured.action_items:
        assert item.due_at is None or item.due_at.utcoffset() == timedelta(0)
    for event in structured.events:
        assert event.start.utcoffset() == timedelta(0)
        assert event.duration_minutes > 0
    for fact in result.facts:
        assert fact.content.startswith("User")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, source=sources, spec=specs, language=languages, started=moments, geo=geos)
def test_process_conversation_never_crashes(
    text: str,
    source: str,
    spec: str | None,
    language: str,
    started: datetime,
    geo: Geolocation | None,
) -> None:
    conversation = ConversationInput(
        text=text,
        started_at=started,
        finished_at=started + timedelta(minutes=5),
        language=language,
        text_source=source,  # type: ignore[arg-type]
        text_source_spec=spec,
        geolocation=geo,
    )
    result = ENGINE.process_conversation(conversation)
    _check_conversation(result)
    assert ENGINE.process_conversation(conversation) == result  # deterministic


@settings(max_examples=100, deadline=None)
@given(text=texts, source=st.sampled_from(["email", "social_post", "other"]), started=moments)
def test_extract_facts_never_crashes(text: str, source: str, started: datetime) -> None:
    submission = FactsInput(text=text, text_source=source, reference_time=started)  # type: ignore[arg-type]
    result = ENGINE.extract_facts(submission)
    FactsResult.model_validate(result.model_dump())
    assert ENGINE.extract_facts(submission) == result


def test_very_long_text_is_processed_and_warned_about() -> None:
    line = "Mom: Don't forget to pick up milk tomorrow at 5pm. Me: I'll call the dentist. "
    text = line * 2_000  # ~150k characters
    result = ENGINE.process_conversation(
        ConversationInput(text=text, started_at=REF, finished_at=REF, text_source="message")
    )
    _check_conversation(result)
    assert result.warnings and "longer than" in result.warnings[0]
    assert result.structured.action_items


def test_emoji_only_and_whitespace_are_discarded() -> None:
    for text in ["🎉🎉🎉", "ok", "   \n  ", "test"]:
        result = ENGINE.process_conversation(
            ConversationInput(text=text, started_at=REF, finished_at=REF)
        )
        assert result.discarded, text
        _check_conversation(result)


def test_non_english_gives_neutral_result_and_warning() -> None:
    result = ENGINE.process_conversation(
        ConversationInput(
            text="Morgen um 19 Uhr Abendessen mit Anna, vergiss die Milch nicht!",
            started_at=REF,
            finished_at=REF,
            language="de",
        )
    )
    assert result.structured.title == "Conversation in German"
    assert result.structured.action_items == [] and result.structured.events == []
    assert result.warnings and "'de'" in result.warnings[0]
    script = ENGINE.process_conversation(
        ConversationInput(text="明天晚上七点和安娜一起吃晚饭", started_at=REF, finished_at=REF)
    )
    assert script.warnings and script.structured.category == "other"


def test_naive_started_at_is_taken_as_utc() -> None:
    naive = datetime(2024, 3, 10, 15, 0)
    result = ENGINE.process_conversation(
        ConversationInput(
            text="Alex: dinner this Friday at 7pm?", started_at=naive, finished_at=naive
        )
    )
    assert result.structured.events[0].start == datetime(2024, 3, 15, 19, 0, tzinfo=UTC)


def test_engine_is_thread_safe() -> None:
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        f"Mom: Don't forget to pick up milk on day {i}. Me: I'll call Dr. Lee tomorrow"
        for i in range(40)
    ]

    def run(text: str) -> ConversationResult:
        return ENGINE.process_conversation(
            ConversationInput(text=text, started_at=REF, finished_at=REF, text_source="message")
        )

    serial = [run(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(run, texts))
    assert parallel == serial
