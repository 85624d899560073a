"""Text normalization for prompts: NFKC, invisible/control characters, whitespace."""

from __future__ import annotations

import re
import unicodedata

# Zero-width and other invisible format characters that survive NFKC and are used to hide text.
_INVISIBLE = {
    "\u00ad",  # soft hyphen
    "\u034f",  # combining grapheme joiner
    "\u061c",  # arabic letter mark
    "\u115f",
    "\u1160",
    "\u17b4",
    "\u17b5",
    "\u180e",  # mongolian vowel separator
    "\u200b",  # zero width space
    "\u200c",  # zero width non-joiner
    "\u200d",  # zero width joiner
    "\u200e",  # left-to-right mark
    "\u200f",  # right-to-left mark
    "\u2060",  # word joiner
    "\u2061",
    "\u2062",
    "\u2063",
    "\u2064",
    "\ufeff",  # byte order mark / zero width no-break space
    "\u3164",  # hangul filler
    "\uffa0",
}
_KEEP_CONTROLS = {"\n", "\t"}

_EXOTIC_SPACE = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# runs of spaces between words collapse; indentation at a line start is kept (code, lists)
_INNER_SPACES = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_TRAILING_SPACE = re.compile(r"[ \t]+\n")
_MANY_NEWLINES = re.compile(r"\n{3,}")


def _drop(ch: str) -> bool:
    if ch in _KEEP_CONTROLS:
        return False
    if ch in _INVISIBLE:
        return True
    cat = unicodedata.category(ch)
    # Cc: control, Cf: format (bidi overrides, tag characters…), Cs: lone surrogates.
    # Private-use characters are kept: icon fonts and some scripts use them legitimately.
    return cat in ("Cc", "Cf", "Cs")


def normalize_text(text: str, *, strip: bool = True) -> str:
    """NFKC, drop control and invisible characters, tidy whitespace (keeps lines and indentation).

    `strip=False` keeps leading/trailing whitespace, which matters for raw completion prompts.
    """
    if not (text.isascii() and text.isprintable()):
        text = unicodedata.normalize("NFKC", text.replace("\r\n", "\n").replace("\r", "\n"))
        text = "".join(ch for ch in text if not _drop(ch))
        text = _EXOTIC_SPACE.sub(" ", text)
        text = _TRAILING_SPACE.sub("\n", text)
        text = _MANY_NEWLINES.sub("\n\n", text)
    text = _INNER_SPACES.sub(" ", text)
    return text.strip() if strip else text
