"""The ``llm`` engine: one chat completion per conversation or fact text.

Works with any OpenAI-compatible endpoint (OpenAI, vLLM, Ollama, llama.cpp
server). The answer is constrained by a strict JSON schema derived from the
result models and validated with them; transport errors, timeouts, 429, 5xx
and malformed answers are retried with exponential backoff, and after the last
attempt the call fails with an :class:`EngineError` that says why — it never
returns an empty result in place of an answer it did not get.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from datetime import UTC
from typing import Any, TypeVar

import openai
from openai.types.chat import ChatCompletion, ChatCompletionMessageParam
from pydantic import BaseModel, ValidationError
from tenacity import (
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from omi_actions.processing.base import EngineError
from omi_actions.processing.factory import EngineConfig
from omi_actions.processing.llm import prompts
from omi_actions.processing.llm.answers import (
    ConversationAnswer,
    FactsAnswer,
    action_items_utc,
    events_utc,
    plain_facts,
    response_format,
)
from omi_actions.processing.schemas import (
    ConversationInput,
    ConversationResult,
    FactsInput,
    FactsResult,
    Geolocation,
    Place,
    StructuredConversation,
)
from omi_actions.processing.titles import cap_title

logger = logging.getLogger(__name__)

AnswerT = TypeVar("AnswerT", bound=BaseModel)
PlaceResolver = Callable[[Geolocation], Place | None]

# Statuses worth another attempt (the same set the OpenAI SDK retries itself).
_RETRYABLE_STATUSES = frozenset({408, 409, 429})
_DETAIL_LIMIT = 300
_FENCE = re.compile(r"^\s*```(?:json)?\s*(.*?)\s*```\s*$", re.DOTALL)
_DEFAULT_EMOJI = "💬"


class _RetryableFailure(Exception):
    """One attempt failed in a way the next attempt may not repeat."""

    def __init__(self, reason: str, detail: str, retry_after: float | None = None) -> None:
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail
        self.retry_after = retry_after


class LlmEngine:
    """Structured conversations and facts from an OpenAI-compatible chat endpoint.

    Thread-safe: the underlying HTTP client is shared, every call keeps its own
    retry state.
    """

    name = "llm"

    def __init__(
        self,
        *,
        base_url: str | None,
        model: str | None,
        api_key: str | None = None,
        timeout: float = 60.0,
        max_attempts: int = 3,
        retry_wait: float = 1.0,
        retry_max_wait: float = 20.0,
        temperature: float | None = 0.0,
        max_input_chars: int = 100_000,
        place_resolver: PlaceResolver | None = None,
    ) -> None:
        """Check the settings and create the HTTP client; no request is sent yet.

        ``retry_wait`` is the first backoff (doubling up to ``retry_max_wait``, which
        also caps a server's ``Retry-After``); ``temperature=None`` sends none;
        ``place_resolver`` defaults to the offline reverse geocoder of the local engine.
        """
        base_url = (base_url or "").strip()
        model = (model or "").strip()
        if not base_url:
            raise ValueError(
                "the llm engine needs the endpoint's base URL: set OMI_ACTIONS_LLM_BASE_URL "
                "(e.g. https://api.openai.com/v1 or http://localhost:11434/v1 for Ollama)"
            )
        if not base_url.startswith(("http://", "https://")):
            raise ValueError(f"llm base URL must start with http:// or https://, got {base_url!r}")
        if not model:
            raise ValueError("the llm engine needs a model name: set OMI_ACTIONS_LLM_MODEL")
        if max_attempts < 1:
            raise ValueError("llm max attempts must be at least 1")
        if timeout <= 0:
            raise ValueError("llm timeout must be positive")
        self.model = model
        self.base_url = base_url
        self.timeout = timeout
        self.max_attempts = max_attempts
        self._retry_wait = retry_wait
        self._retry_max_wait = retry_max_wait
        self._temperature = temperature
        self._max_input_chars = max_input_chars
        self._place_resolver = place_resolver or _offline_place
        # Endpoints without authentication (Ollama, llama.cpp) still get a placeholder key
        # because the SDK refuses to start without one.
        self._client = openai.OpenAI(
            base_url=self.base_url,
            api_key=api_key or "unused",
            timeout=timeout,
            max_retries=0,
        )

    @classmethod
    def from_config(cls, config: EngineConfig, **options: Any) -> LlmEngine:
        """The engine described by the settings; ``options`` override constructor defaults."""
        return cls(
            base_url=config.llm_base_url,
            model=config.llm_model,
            api_key=config.llm_api_key,
            timeout=config.llm_timeout_seconds,
            max_attempts=config.llm_max_attempts,
            **options,
        )

    def close(self) -> None:
        self._client.close()

    def process_conversation(self, conversation: ConversationInput) -> ConversationResult:
        text, warnings = self._bounded_text(conversation.text)
        answer = self._complete(
            prompts.conversation_messages(conversation, text), ConversationAnswer
        )
        local_zone = conversation.started_at.tzinfo or UTC
        structured = answer.structured
        # A discarded conversation has no items (SPEC §3.1), whatever the model listed.
        keep = not answer.discarded
        return ConversationResult(
            structured=StructuredConversation(
                title=cap_title(structured.title),
                overview=structured.overview.strip(),
                emoji=structured.emoji.strip() or _DEFAULT_EMOJI,
                category=structured.category,
                action_items=action_items_utc(structured.action_items, local_zone) if keep else [],
                events=events_utc(structured.events, local_zone) if keep else [],
            ),
            facts=plain_facts(answer.facts) if keep else [],
            discarded=answer.discarded,
            place=self._place(conversation.geolocation),
            warnings=warnings,
        )

    def extract_facts(self, submission: FactsInput) -> FactsResult:
        text, warnings = self._bounded_text(submission.text)
        answer = self._complete(prompts.facts_messages(submission, text), FactsAnswer)
        return FactsResult(facts=plain_facts(answer.facts), warnings=warnings)

    def _bounded_text(self, text: str) -> tuple[str, list[str]]:
        if len(text) <= self._max_input_chars:
            return text, []
        warning = (
            f"text truncated from {len(text)} to {self._max_input_chars} characters "
            "for the llm engine"
        )
        return text[: self._max_input_chars], [warning]

    def _place(self, geolocation: Geolocation | None) -> Place | None:
        if geolocation is None:
            return None
        return self._place_resolver(geolocation)

    def _complete(
        self, messages: list[ChatCompletionMessageParam], answer_model: type[AnswerT]
    ) -> AnswerT:
        retrying = Retrying(
            stop=stop_after_attempt(self.max_attempts),
            wait=self._wait,
            retry=retry_if_exception_type(_RetryableFailure),
            before_sleep=self._log_retry,
            reraise=True,
        )
        try:
            answer: AnswerT = retrying(self._attempt, messages, answer_model)
        except _RetryableFailure as failure:
            attempts = "attempt" if self.max_attempts == 1 else "attempts"
            raise EngineError(
                f"{failure.reason} after {self.max_attempts} {attempts}: {failure.detail}"
            ) from failure
        return answer

    def _attempt(
        self, messages: list[ChatCompletionMessageParam], answer_model: type[AnswerT]
    ) -> AnswerT:
        temperature = self._temperature
        extra: dict[str, Any] = {} if temperature is None else {"temperature": temperature}
        try:
            completion = self._client.chat.completions.create(
                model=self.model,
                messages=messages,
                response_format=response_format(answer_model),
                **extra,
            )
        except openai.APITimeoutError as exc:
            raise _RetryableFailure(
                "llm request timed out", f"no answer within {self.timeout:g} s"
            ) from exc
        except openai.APIConnectionError as exc:
            cause = exc.__cause__ or exc
            raise _RetryableFailure("llm endpoint unreachable", _short(str(cause))) from exc
        except openai.BadRequestError as exc:
            if temperature is not None and "temperature" in _error_message(exc).casefold():
                # Reasoning models accept only their default temperature: stop sending one.
                logger.info(
                    "llm endpoint rejected temperature=%s; not sending it again", temperature
                )
                self._temperature = None
                return self._attempt(messages, answer_model)
            raise _status_failure(exc) from exc
        except openai.APIStatusError as exc:
            raise _status_failure(exc) from exc
        except openai.APIError as exc:
            raise _RetryableFailure(
                "llm answer was not a chat completion", _short(str(exc))
            ) from exc
        return _parse_answer(completion, answer_model)

    def _wait(self, state: RetryCallState) -> float:
        wait = wait_exponential(multiplier=self._retry_wait, max=self._retry_max_wait)(state)
        failure = state.outcome.exception() if state.outcome is not None else None
        if isinstance(failure, _RetryableFailure) and failure.retry_after is not None:
            wait = max(wait, min(failure.retry_after, self._retry_max_wait))
        return wait

    def _log_retry(self, state: RetryCallState) -> None:
        failure = state.outcome.exception() if state.outcome is not None else None
        sleep = state.next_action.sleep if state.next_action is not None else 0.0
        logger.warning(
            "llm attempt %d/%d failed (%s); retrying in %.2f s",
            state.attempt_number,
            self.max_attempts,
            failure,
            sleep,
        )


def _offline_place(geolocation: Geolocation) -> Place | None:
    from omi_actions.processing.local.place import resolve_place

    return resolve_place(geolocation)


def _status_failure(exc: openai.APIStatusError) -> Exception:
    status = exc.status_code
    detail = _short(_error_message(exc))
    if status == 429:
        return _RetryableFailure(
            "llm endpoint is rate limiting (HTTP 429)", detail, _retry_after(exc)
        )
    if status in _RETRYABLE_STATUSES or status >= 500:
        return _RetryableFailure(
            f"llm endpoint failed with HTTP {status}", detail, _retry_after(exc)
        )
    hint = {
        401: " (check OMI_ACTIONS_LLM_API_KEY)",
        403: " (check OMI_ACTIONS_LLM_API_KEY and the model's access)",
        404: " (check OMI_ACTIONS_LLM_BASE_URL and OMI_ACTIONS_LLM_MODEL)",
    }.get(status, "")
    return EngineError(f"llm endpoint refused the request with HTTP {status}{hint}: {detail}")


def _error_message(exc: openai.APIStatusError) -> str:
    body = exc.body
    if isinstance(body, dict):
        error = body.get("error", body)
        if isinstance(error, dict) and isinstance(error.get("message"), str):
            return str(error["message"])
        if isinstance(error, str):
            return error
    return exc.message


def _retry_after(exc: openai.APIStatusError) -> float | None:
    value = exc.response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        return None


def _parse_answer(completion: object, answer_model: type[AnswerT]) -> AnswerT:
    content, finish_reason = _content(completion)
    fenced = _FENCE.match(content)
    try:
        data = json.loads(fenced.group(1) if fenced else content)
    except json.JSONDecodeError as exc:
        if finish_reason == "length":
            raise _RetryableFailure(
                "llm answer was cut off",
                "the endpoint stopped at its token limit (finish_reason=length)",
            ) from exc
        raise _RetryableFailure("llm answer was not valid JSON", str(exc)) from exc
    try:
        answer = answer_model.model_validate(data)
    except ValidationError as exc:
        raise _RetryableFailure("llm answer did not match the schema", _errors(exc)) from exc
    if isinstance(answer, ConversationAnswer) and not answer.discarded:
        if not answer.structured.title.strip() or not answer.structured.overview.strip():
            raise _RetryableFailure(
                "llm answer did not match the schema", "empty title or overview"
            )
    return answer


def _content(completion: object) -> tuple[str, str | None]:
    """The first choice's message text and finish reason, or why there is none."""
    if not isinstance(completion, ChatCompletion):
        # The SDK hands back a bare string (or other JSON) when the body is not an object.
        shown = _short(str(completion))
        raise _RetryableFailure("llm answer was not a chat completion", f"got {shown!r}")
    try:
        choices = list(completion.choices or [])
        if not choices:
            error = (completion.model_extra or {}).get("error")
            detail = "the completion had no choices" + (f" (error: {error})" if error else "")
            raise _RetryableFailure("llm answer was empty", _short(detail))
        choice = choices[0]
        finish_reason = choice.finish_reason
        refusal = getattr(choice.message, "refusal", None)
        content = choice.message.content
    except (AttributeError, TypeError) as exc:  # the SDK does not validate the body's shape
        raise _RetryableFailure("llm answer was not a chat completion", _short(str(exc))) from exc
    if refusal:
        raise _RetryableFailure("llm refused to answer", _short(str(refusal)))
    if not isinstance(content, str) or not content.strip():
        raise _RetryableFailure(
            "llm answer was empty", f"no content (finish_reason={finish_reason})"
        )
    return content, finish_reason


def _errors(exc: ValidationError) -> str:
    parts = [
        f"{'.'.join(str(p) for p in error['loc']) or 'answer'}: {error['msg']}"
        for error in exc.errors()[:3]
    ]
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _DETAIL_LIMIT else text[: _DETAIL_LIMIT - 1] + "…"
