"""OpenAI-compatible request schemas. Unknown fields and wrong types are rejected with OpenAI's
400 naming the parameter: a field Keel would silently drop (tools, logprobs…) would otherwise give
a client a wrong answer instead of an error."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictBool, field_validator, model_validator


class _Req(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, populate_by_name=True)


class ContentPart(_Req):
    type: Literal["text"]
    text: str


class FunctionCall(_Req):
    name: str = Field(min_length=1)
    arguments: str


class ToolCallIn(_Req):
    id: str = Field(min_length=1)
    type: Literal["function"] = "function"
    function: FunctionCall


class ChatMessage(_Req):
    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[ContentPart] | None = Field(None, validate_default=True)
    name: str | None = None
    tool_calls: list[ToolCallIn] | None = None  # assistant turns
    tool_call_id: str | None = None  # tool turns
    # what the SDK echoes back when an answer's message is sent again as history
    refusal: str | None = None
    audio: None = None
    function_call: None = None
    annotations: list[Any] | None = None

    @field_validator("content")
    @classmethod
    def _content_given(cls, v: Any, info: Any) -> Any:
        # OpenAI allows null content only on an assistant turn (one that made tool calls)
        role = info.data.get("role")
        if v is None and role is not None and role != "assistant":
            raise ValueError(f"a {role} message needs content (a string or a list of content parts)")
        return v

    # per-field checks, run only when the field is given (a model validator would run on every
    # message of every request); "a tool message needs tool_call_id" is checked in chat_fields
    @field_validator("tool_calls")
    @classmethod
    def _calls_on_assistant(cls, v: Any, info: Any) -> Any:
        if v is not None and info.data.get("role") != "assistant":
            raise ValueError("only an assistant message can carry tool_calls")
        return v

    @field_validator("tool_call_id")
    @classmethod
    def _id_on_tool(cls, v: Any, info: Any) -> Any:
        if v is not None and info.data.get("role") != "tool":
            raise ValueError("only a tool message can carry tool_call_id")
        return v

    def text(self) -> str:
        if self.content is None:
            return ""
        if isinstance(self.content, str):
            return self.content
        return "".join(p.text for p in self.content)


class JsonSchemaFormat(_Req):
    name: str = "response"
    schema_: dict[str, Any] = Field(default_factory=dict, alias="schema")
    strict: bool | None = None


class ResponseFormat(_Req):
    type: Literal["text", "json_object", "json_schema"]
    json_schema: JsonSchemaFormat | None = None

    @model_validator(mode="after")
    def _schema_given(self) -> ResponseFormat:
        if self.type == "json_schema" and self.json_schema is None:
            raise ValueError("response_format.json_schema is required when type is 'json_schema'")
        return self

    def to_params(self) -> dict[str, Any] | None:
        if self.type == "text":
            return None
        if self.type == "json_schema" and self.json_schema is not None:
            return {"type": "json_schema", "schema": self.json_schema.schema_}
        return {"type": "json_object"}


class FunctionDef(_Req):
    name: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$")
    description: str | None = None
    parameters: dict[str, Any] | None = None
    strict: bool | None = None


class Tool(_Req):
    type: Literal["function"]
    function: FunctionDef


class NamedFunction(_Req):
    name: str = Field(min_length=1)


class NamedToolChoice(_Req):
    type: Literal["function"]
    function: NamedFunction


class StreamOptions(_Req):
    include_usage: StrictBool = False


Temperature = Annotated[float, Field(ge=0, le=2)]
Penalty = Annotated[float, Field(ge=-2, le=2)]


class _Sampling(_Req):
    model: str = Field(min_length=1)
    max_tokens: int | None = Field(None, ge=1)
    temperature: Temperature | None = None
    top_p: float | None = Field(None, gt=0, le=1)
    stop: str | list[str] | None = None
    seed: int | None = None
    n: int = Field(1, ge=1, le=16)
    presence_penalty: Penalty = 0.0
    frequency_penalty: Penalty = 0.0
    stream: StrictBool = False
    stream_options: StreamOptions | None = None
    metadata: dict[str, str] | None = None  # not stored (as OpenAI without store=true); prompt rules match on it
    user: str | None = Field(None, max_length=256)
    cache: StrictBool | None = Field(None, description="false: skip the response cache for this request")
    logit_bias: dict[str, int | float] | None = None  # token id (as a string) -> bias in -100..100
    top_k: int | None = Field(None, ge=1)  # vLLM's and llama.cpp's extensions to OpenAI's sampling
    min_p: float | None = Field(None, ge=0, le=1)

    @field_validator("logit_bias")
    @classmethod
    def _biases(cls, v: dict[str, int | float] | None) -> dict[str, int | float] | None:
        if v is None:
            return v
        if len(v) > 1024:
            raise ValueError("at most 1024 tokens may be biased")
        for token, bias in v.items():
            if not token.isdigit():
                raise ValueError(f"keys are token ids (strings of digits); got {token!r}")
            if not -100 <= bias <= 100:
                raise ValueError(f"biases are between -100 and 100; token {token} has {bias}")
        return v

    def token_biases(self) -> dict[int, float] | None:
        return {int(k): float(b) for k, b in self.logit_bias.items()} if self.logit_bias else None

    @field_validator("stop")
    @classmethod
    def _stops(cls, v: str | list[str] | None) -> str | list[str] | None:
        stops = [v] if isinstance(v, str) else (v or [])
        if len(stops) > 4:
            raise ValueError("at most 4 stop sequences are allowed")
        if any(s == "" for s in stops):
            raise ValueError("stop sequences must not be empty")
        return v

    def stop_list(self) -> list[str]:
        if self.stop is None:
            return []
        return [self.stop] if isinstance(self.stop, str) else list(self.stop)


class PromptRef(_Req):
    """A registry prompt template to render in place of (or before) `messages`."""

    name: str = Field(min_length=1, max_length=200)
    label: str | None = Field(None, min_length=1, max_length=100)
    version: int | None = Field(None, ge=1)
    variables: dict[str, Any] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _label_or_version(self) -> PromptRef:
        if self.label is not None and self.version is not None:
            raise ValueError("give label or version, not both")
        return self

    def ref(self) -> str:
        if self.version is not None:
            return f"{self.name}/{self.version}"
        return f"{self.name}@{self.label}" if self.label else self.name


class ChatCompletionRequest(_Sampling):
    prompt: PromptRef | None = None  # before messages: their check reads it
    messages: list[ChatMessage] = Field(default_factory=list, validate_default=True)
    max_completion_tokens: int | None = Field(None, ge=1)
    response_format: ResponseFormat | None = None
    tools: list[Tool] | None = Field(None, max_length=128)
    tool_choice: Literal["none", "auto", "required"] | NamedToolChoice | None = None
    parallel_tool_calls: StrictBool | None = None
    logprobs: StrictBool | None = None
    top_logprobs: int | None = Field(None, ge=0, le=20)
    # Keel's grounding (the route's `grounding` stage): knowledge bases to search, the conversation
    # memory's session (also the x-keel-session-id header)
    knowledge: list[Annotated[str, Field(min_length=1, max_length=100)]] | None = Field(None, max_length=16)
    session_id: str | None = Field(None, min_length=1, max_length=200, pattern=r"^[!-~]+$")

    @field_validator("tool_choice")
    @classmethod
    def _choice_among_tools(cls, v: Any, info: Any) -> Any:
        if "tools" not in info.data:
            return v  # the tools themselves are invalid: that is the problem to report
        tools = info.data["tools"]
        if v is not None and not tools:
            raise ValueError("tool_choice is only allowed when tools are given")
        names = {t.function.name for t in tools or ()}
        if isinstance(v, NamedToolChoice) and v.function.name not in names:
            raise ValueError(f"it names the function {v.function.name!r}, which is not among the tools")
        return v

    @field_validator("top_logprobs")
    @classmethod
    def _needs_logprobs(cls, v: int | None, info: Any) -> int | None:
        if v is not None and not info.data.get("logprobs"):
            raise ValueError("top_logprobs requires logprobs to be true")
        return v

    @field_validator("messages")
    @classmethod
    def _messages_or_prompt(cls, v: list[ChatMessage], info: Any) -> list[ChatMessage]:
        if not v and info.data.get("prompt") is None:
            raise ValueError("give at least one message, or a prompt template in `prompt`")
        return v

    def tool_dicts(self) -> list[dict[str, Any]] | None:
        if not self.tools:
            return None
        return [t.model_dump(exclude_none=True) for t in self.tools]

    def tool_choice_value(self) -> str | dict[str, Any] | None:
        tc = self.tool_choice
        return tc.model_dump() if isinstance(tc, NamedToolChoice) else tc

    def effective_max_tokens(self) -> int | None:
        return self.max_completion_tokens if self.max_completion_tokens is not None else self.max_tokens


class CompletionRequest(_Sampling):
    prompt: str | list[str]
    echo: StrictBool = False
    response_format: ResponseFormat | None = None
    logprobs: int | None = Field(None, ge=0, le=5)  # legacy: alternatives per token

    @field_validator("prompt")
    @classmethod
    def _one_prompt(cls, v: str | list[str]) -> str | list[str]:
        if isinstance(v, list) and len(v) != 1:
            raise ValueError("exactly one prompt per request is supported; send a list of one string")
        return v

    def prompt_text(self) -> str:
        return self.prompt if isinstance(self.prompt, str) else self.prompt[0]


class EmbeddingRequest(_Req):
    model: str = Field(min_length=1)
    input: str | list[str] = Field(min_length=1)
    encoding_format: Literal["float", "base64"] = "float"
    dimensions: int | None = Field(None, ge=1)
    user: str | None = None

    @field_validator("input")
    @classmethod
    def _non_empty(cls, v: str | list[str]) -> str | list[str]:
        items = [v] if isinstance(v, str) else v
        if len(items) > 2048:
            raise ValueError("at most 2048 inputs per request")
        if any(not s for s in items):
            raise ValueError("inputs must be non-empty strings")
        return v

    def inputs(self) -> list[str]:
        return [self.input] if isinstance(self.input, str) else list(self.input)
