"""Chat templates: turning messages into the prompt text a completion model sees.

- a Jinja template (from the GGUF's `tokenizer.chat_template`, or given in config), rendered
  the way Hugging Face does;
- `gemma`: Gemma's turn markers, for instruction-tuned Gemma models;
- `transcript`: a plain "User: … / Assistant:" dialogue. It is the default for base
  (pre-trained only) models such as the packaged Gemma 3 270M: they continue a transcript
  naturally, whereas turn markers they were never tuned on make them ramble or stop at once.

Each template also names the stop sequences that end the assistant's turn.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from keel.types import Message

BUILTIN_TEMPLATES = ("transcript", "gemma")


@dataclass(frozen=True)
class RenderedPrompt:
    text: str
    stops: tuple[str, ...]


class ChatTemplate(Protocol):
    def render(self, messages: list[Message]) -> RenderedPrompt: ...


def _system_text(messages: list[Message]) -> tuple[str, list[Message]]:
    system = "\n\n".join(m.content for m in messages if m.role in ("system", "developer") and m.content)
    rest = [m for m in messages if m.role not in ("system", "developer")]
    return system, rest


class TranscriptTemplate:
    roles = {"user": "User", "assistant": "Assistant", "tool": "Tool"}

    def render(self, messages: list[Message]) -> RenderedPrompt:
        system, turns = _system_text(messages)
        lines = [system, ""] if system else []
        for m in turns:
            lines.append(f"{self.roles.get(m.role, m.role.title())}: {m.content}")
        lines.append("Assistant:")
        return RenderedPrompt("\n".join(lines), ("\nUser:", "\nAssistant:"))


class GemmaTemplate:
    def render(self, messages: list[Message]) -> RenderedPrompt:
        system, turns = _system_text(messages)
        parts: list[str] = []
        for i, m in enumerate(turns):
            role = "model" if m.role == "assistant" else "user"
            content = f"{system}\n\n{m.content}" if (i == 0 and system and role == "user") else m.content
            parts.append(f"<start_of_turn>{role}\n{content}<end_of_turn>\n")
        parts.append("<start_of_turn>model\n")
        return RenderedPrompt("".join(parts), ("<end_of_turn>",))


class JinjaTemplate:
    """A Hugging Face-style chat template, rendered in Jinja's sandbox."""

    def __init__(self, source: str, bos_token: str = "", eos_token: str = "") -> None:
        from jinja2.sandbox import ImmutableSandboxedEnvironment

        env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True)
        env.globals["raise_exception"] = _raise
        self._template = env.from_string(source)
        self.bos_token = bos_token
        self.eos_token = eos_token

    def render(self, messages: list[Message]) -> RenderedPrompt:
        text = self._template.render(
            messages=[{"role": m.role, "content": m.content} for m in messages],
            bos_token=self.bos_token,
            eos_token=self.eos_token,
            add_generation_prompt=True,
        )
        return RenderedPrompt(text, (self.eos_token,) if self.eos_token else ())


def _raise(message: str) -> None:
    from keel.errors import InvalidRequest

    raise InvalidRequest(f"The model's chat template rejected the messages: {message}", param="messages")


def make_template(spec: str | None, gguf_template: str | None, bos: str, eos: str) -> ChatTemplate:
    """SPEC: None (the GGUF's template, else transcript), a built-in name, or Jinja source."""
    if spec is None:
        return JinjaTemplate(gguf_template, bos, eos) if gguf_template else TranscriptTemplate()
    if spec == "transcript":
        return TranscriptTemplate()
    if spec == "gemma":
        return GemmaTemplate()
    return JinjaTemplate(spec, bos, eos)
