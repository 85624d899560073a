"""Per-request vault for pseudonyms: `[EMAIL_1]` stands for an original value until the answer comes back.

The same original value gets the same placeholder everywhere in one request (every message, every
turn), so the model can refer to it consistently. `restore` puts the originals back into an answer;
`StreamRestorer` does it for a stream, holding back only a tail that could still become a
placeholder (from an unmatched `[` of at most the longest placeholder's length).

The vault lives in memory for one request and is never logged: the request log and traces see
placeholders only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# the short tag each entity is shown as in placeholders and redactions
TAGS = {
    "EMAIL_ADDRESS": "EMAIL",
    "PHONE_NUMBER": "PHONE",
    "IP_ADDRESS": "IP",
    "IBAN_CODE": "IBAN",
    "US_SSN": "SSN",
    "CREDIT_CARD": "CREDIT_CARD",
    "ORGANIZATION": "ORG",
}


def tag_of(entity: str) -> str:
    return TAGS.get(entity, entity)


_PLACEHOLDER = re.compile(r"\[([A-Z][A-Z0-9_]*?)_(\d+)\]")


@dataclass
class Vault:
    originals: dict[str, str] = field(default_factory=dict)  # placeholder -> original
    _by_value: dict[tuple[str, str], str] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)

    def placeholder(self, entity: str, value: str) -> str:
        tag = tag_of(entity)
        key = (tag, value)
        found = self._by_value.get(key)
        if found is not None:
            return found
        n = self._counts.get(tag, 0) + 1
        self._counts[tag] = n
        ph = f"[{tag}_{n}]"
        self._by_value[key] = ph
        self.originals[ph] = value
        return ph

    def __bool__(self) -> bool:
        return bool(self.originals)

    @property
    def longest(self) -> int:
        return max((len(p) for p in self.originals), default=0)

    def restore(self, text: str) -> str:
        if not self.originals or "[" not in text:
            return text
        return _PLACEHOLDER.sub(lambda m: self.originals.get(m.group(0), m.group(0)), text)

    def conceal(self, text: str) -> str:
        """The inverse of restore: originals back to placeholders (for anything stored after the request)."""
        for ph, value in sorted(self.originals.items(), key=lambda kv: -len(kv[1])):
            # whole values only: "Jane" is not concealed inside "Janet"
            left = r"(?<!\w)" if value[:1].isalnum() else ""
            right = r"(?!\w)" if value[-1:].isalnum() else ""
            text = re.sub(left + re.escape(value) + right, ph.replace("\\", "\\\\"), text)
        return text


class StreamRestorer:
    """Restores placeholders in a stream of text pieces, whatever the chunk boundaries."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._pending = ""
        self._max = vault.longest

    def feed(self, piece: str) -> str:
        text = self._pending + piece
        cut = text.rfind("[")
        if cut != -1 and "]" not in text[cut:] and len(text) - cut < self._max:
            self._pending = text[cut:]  # could still become a placeholder
            text = text[:cut]
        else:
            self._pending = ""
        return self.vault.restore(text)

    def flush(self) -> str:
        text, self._pending = self._pending, ""
        return self.vault.restore(text)
