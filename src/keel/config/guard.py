"""guard: responsible-AI policies for the guard_input and guard_output stages."""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator

from keel.config.base import Strict


class ScannerRule(Strict):
    """One rule of a guard policy: run SCANNER, and when it triggers, do ACTION."""

    scanner: str = Field(description="a registered scanner (entry point group keel.scanners), e.g. pii, injection")
    action: str = Field(
        "flag",
        pattern="^(allow|flag|redact|mask|hash|pseudonymize|block)$",
        description="what happens when it triggers",
    )
    threshold: float | None = Field(None, ge=0, le=1, description="overrides the scanner's own threshold")
    params: dict[str, Any] = Field(default_factory=dict, description="scanner-specific parameters")


def _default_input_rules(entities: tuple[str, ...]) -> list[ScannerRule]:
    return [
        ScannerRule(scanner="pii", action="pseudonymize", params={"entities": list(entities)}),
        ScannerRule(scanner="secrets", action="redact"),
        ScannerRule(scanner="injection", action="block"),
    ]


def _default_output_rules() -> list[ScannerRule]:
    return [
        ScannerRule(scanner="secrets", action="redact"),
        ScannerRule(scanner="pii", action="flag", params={"entities": list(GUARD_PATTERN_PII)}),
        ScannerRule(scanner="prompt_leak", action="block"),
    ]


# the pattern entities every built-in policy handles; the `default` policy's input adds people,
# places and URLs (names.py's lexicons and context rules: ~2 ms per KB), the `fast` one does not
GUARD_PATTERN_PII = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "US_SSN")
GUARD_INPUT_PII = (*GUARD_PATTERN_PII, "PERSON", "LOCATION", "URL")


class GuardPolicy(Strict):
    input: list[ScannerRule] = Field(default_factory=list, description="rules on the prompt, before the model")
    output: list[ScannerRule] = Field(default_factory=list, description="rules on the answer")
    documents: list[ScannerRule] = Field(default_factory=list, description="rules on retrieved context passages")
    canary: bool = Field(False, description="put a canary token in the system prompt; prompt_leak watches for it")
    stream_holdback_chars: int = Field(64, ge=0, description="streamed text held back for output span rules")


def _default_policies() -> dict[str, GuardPolicy]:
    """`default`: names, places and URLs pseudonymized in the prompt along with the pattern types;
    `fast`: the pattern types only (for routes where a millisecond or two counts more)."""
    return {
        name: GuardPolicy(input=_default_input_rules(entities), output=_default_output_rules(), canary=True)
        for name, entities in (("default", GUARD_INPUT_PII), ("fast", GUARD_PATTERN_PII))
    }


class GuardSettings(Strict):
    """Used by the guard_input and guard_output pipeline stages (add them to a route to turn them on)."""

    policies: dict[str, GuardPolicy] = Field(default_factory=_default_policies)
    routes: dict[str, str] = Field(default_factory=dict, description="route -> policy name (else `default`)")
    keys: dict[str, str] = Field(default_factory=dict, description="API key id -> policy name (before routes)")
    hash_key: str | None = Field(
        None, description="key of the `hash` action and the canary; random per process if unset"
    )
    audit: bool = Field(True, description="write an audit event for every request a rule acted on")

    @model_validator(mode="after")
    def _policies_exist(self) -> GuardSettings:
        for where, mapping in (("routes", self.routes), ("keys", self.keys)):
            unknown = sorted({p for p in mapping.values() if p not in self.policies})
            if unknown:
                raise ValueError(f"guard.{where} names unknown policies {unknown}; defined: {sorted(self.policies)}")
        return self


# (earlier, later, why): stage pairs whose order matters when a route lists both
