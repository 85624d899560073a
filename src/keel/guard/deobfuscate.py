"""Views of a text with common obfuscations undone, for scanners that look for meaning.

Attackers hide instructions from filters: invisible characters between letters, homoglyphs
(Cyrillic `а` for Latin `a`), letter spacing (`i g n o r e`), leetspeak (`1gn0r3`), base64 or rot13
payloads. `views(text)` returns the text as normalised (NFKC, invisible characters dropped,
homoglyphs folded, lower-cased) plus one view per obfuscation it finds undone. Scanners test every
view and keep the worst score, so hiding an attack costs it nothing.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
import unicodedata

from keel.text.normalize import normalize_text

# letters from other scripts that render like Latin ones (the confusables attackers use most)
HOMOGLYPHS = str.maketrans(
    {
        # Cyrillic
        "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
        "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q",
        "ԝ": "w", "ɡ": "g", "ӏ": "l",
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
        "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
        # Greek
        "α": "a", "ε": "e", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u",
        "χ": "x", "Α": "A", "Β": "B", "Ε": "E", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
        "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "Ζ": "Z",
    }
)  # fmt: skip
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"})
# a word mixing letters with digits or symbols ("1gn0r3", "p455w0rd"); plain numbers are not leetspeak
_LEET_WORD = re.compile(r"(?<![\w@$!])(?=[a-z0-9@$!]*[a-z])(?=[a-z]*[0-9@$!])[a-z0-9@$!]{3,}(?![\w@$!])")
# single letters separated by one separator, at least 4 in a row: "i g n o r e", "i.g.n.o.r.e"
_SPACED = re.compile(r"\b(?:[A-Za-z][ .\-_*]){3,}[A-Za-z]\b")
_B64 = re.compile(r"[A-Za-z0-9+/]{16,}={0,2}|[A-Za-z0-9_-]{16,}={0,2}")
_ROT13_HINT = re.compile(r"\b(?:vtaber|cerivbhf|vafgehpgvbaf|flfgrz|cebzcg|nyy|lbh|gur|naq)\b")


_SHORT_SPACED = re.compile(r"(?:\b\w[ .\-_*]){2,}\w\b(?:\s{2,}|$)")
_LETTERS = re.compile(r"(?:\w[ .\-_*])+\w")


def _join_letters(word: str) -> str:
    if _LETTERS.fullmatch(word):
        return _split_run(re.sub(r"[ .\-_*]", "", word))
    return _SPACED.sub(lambda m: _split_run(re.sub(r"[ .\-_*]", "", m.group(0))), word)


def _split_run(letters: str) -> str:
    """A long run of joined letters ("ignoreallprevious…", when every gap was one space) back into words."""
    if len(letters) < 12:
        return letters
    try:
        from keel.guard.vocab import segment

        return segment(letters) or letters
    except Exception:  # the vocabulary ships with the embedding model; without it, keep the run
        return letters


def _unleet(m: re.Match[str]) -> str:
    """A token back to letters when that makes an English word ("1gn0r3" -> "ignore"); codes such
    as IBANs, order numbers or "mp3" stay as they are."""
    word = m.group(0)
    plain = word.translate(_LEET)
    try:
        from keel.guard.vocab import words

        vocab = words()
    except Exception:  # no vocabulary: translate every candidate
        return plain
    stem = plain.rstrip("s")
    return plain if plain in vocab or stem in vocab else word


def fold(text: str) -> str:
    """NFKC, invisible and control characters dropped, homoglyphs folded, lower case."""
    return normalize_text(text).translate(HOMOGLYPHS).lower()


def _decoded_b64(token: str) -> str | None:
    if len(token) % 4 == 1:
        return None
    padded = token + "=" * (-len(token) % 4)
    try:
        raw = base64.b64decode(padded, altchars=b"-_" if ("-" in token or "_" in token) else None, validate=True)
    except (binascii.Error, ValueError):
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    letters = sum(ch.isalpha() or ch == " " for ch in text)
    if len(text) < 8 or letters < 0.8 * len(text) or " " not in text:
        return None  # not prose: a key, a hash, binary
    return text


def views(text: str) -> list[str]:
    """The folded text first, then each de-obfuscated variant that differs from it."""
    base = fold(text)
    out = [base]

    def add(v: str) -> None:
        v = v.strip()
        if v and v not in out:
            out.append(v)

    raw = unicodedata.normalize("NFKC", text).translate(HOMOGLYPHS).lower()
    raw = "".join(ch for ch in raw if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf"))
    if _SPACED.search(raw) or _SHORT_SPACED.search(raw):
        # "i g n o r e   a l l": single separators join letters, wider gaps separate words
        words = re.split(r"\s{2,}", raw)
        add(" ".join(_join_letters(w) for w in words))
    if _LEET_WORD.search(base):
        leet = _LEET_WORD.sub(_unleet, base)
        if leet != base:
            add(leet)
    for token in _B64.findall(text):
        decoded = _decoded_b64(token)
        if decoded:
            add(fold(decoded))
    rot = codecs.decode(base, "rot13")
    if _ROT13_HINT.search(base):
        add(rot)
    return out
