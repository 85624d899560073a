"""normalize_text: NFKC, invisible and control characters, whitespace tidying."""

from __future__ import annotations

import pytest

from keel.text.normalize import normalize_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ｈｅｌｌｏ", "hello"),  # fullwidth letters
        ("ＡＢＣ１２３", "ABC123"),
        ("ﬁne", "fine"),  # ligature
        ("ﬀ", "ff"),
        ("x²", "x2"),  # superscript
        ("a\u3000b", "a b"),  # ideographic space
        ("a\u00a0b", "a b"),  # no-break space
    ],
)
def test_nfkc(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@pytest.mark.parametrize("ch", ["\u200b", "\u200d", "\ufeff", "\u2060", "\u200c", "\u00ad"])
def test_zero_width_characters_are_removed(ch: str) -> None:
    assert normalize_text(f"ig{ch}nore{ch} all") == "ignore all"
    assert ch not in normalize_text(f"{ch}a{ch}{ch}b{ch}")


def test_zero_width_between_spaces_collapses_to_one_space() -> None:
    assert normalize_text("a \u200b b") == "a b"


@pytest.mark.parametrize("ch", ["\u202e", "\u202d", "\u2066", "\u2069", "\u200e", "\u200f"])
def test_bidi_controls_are_removed(ch: str) -> None:
    assert normalize_text(f"abc{ch}def") == "abcdef"


def test_tag_characters_are_removed() -> None:
    # U+E0041 is TAG LATIN CAPITAL LETTER A, used to smuggle invisible text
    assert normalize_text("a\U000e0041\U000e0042b") == "ab"


@pytest.mark.parametrize("ch", ["\x00", "\x07", "\x1b", "\x7f", "\x0b", "\x0c"])
def test_control_characters_are_removed(ch: str) -> None:
    assert normalize_text(f"a{ch}b") == "ab"


def test_newlines_and_tab_indentation_are_kept() -> None:
    text = "def f():\n\treturn 1\n\tpass"
    assert normalize_text(text) == text


def test_carriage_returns_become_newlines() -> None:
    assert normalize_text("x\r\ny\rz") == "x\ny\nz"


def test_runs_of_spaces_between_words_collapse() -> None:
    assert normalize_text("a   b    c") == "a b c"
    assert normalize_text("a\t\tb") == "a b"
    assert normalize_text("one  two\nthree    four") == "one two\nthree four"


def test_leading_indentation_is_kept() -> None:
    text = "def f():\n    if x:\n        return  1\n"
    assert normalize_text(text) == "def f():\n    if x:\n        return 1"
    assert normalize_text("- item\n    - nested   item") == "- item\n    - nested item"


def test_single_spaces_are_untouched() -> None:
    assert normalize_text("a b c d") == "a b c d"


def test_trailing_spaces_on_lines_are_trimmed() -> None:
    assert normalize_text("line one   \nline two\t\nthree") == "line one\nline two\nthree"
    # whitespace-only lines become empty
    assert normalize_text("a\n   \nb") == "a\n\nb"


def test_three_or_more_newlines_collapse_to_two() -> None:
    assert normalize_text("a\n\n\nb") == "a\n\nb"
    assert normalize_text("a\n\n\n\n\n\nb") == "a\n\nb"
    assert normalize_text("a\n\nb") == "a\n\nb"
    assert normalize_text("a\nb") == "a\nb"
    # blank lines made only of spaces count as newlines once the spaces are gone
    assert normalize_text("a\n  \n \n\nb") == "a\n\nb"


def test_strip_default_removes_outer_whitespace() -> None:
    assert normalize_text("  \n hi there \n\n") == "hi there"
    assert normalize_text("  hi  ") == "hi"


def test_strip_false_keeps_leading_and_trailing_whitespace() -> None:
    assert normalize_text("  hi  ", strip=False) == "  hi  "
    assert normalize_text("  a  b  ", strip=False) == "  a b  "
    assert normalize_text("\n\nQ: 2+2?\nA:", strip=False) == "\n\nQ: 2+2?\nA:"
    assert normalize_text("\ufeffPrompt ", strip=False) == "Prompt "
    assert normalize_text("\n\n\nx\n\n\n", strip=False) == "\n\nx\n\n"


@pytest.mark.parametrize(
    "text",
    ["hello world", "The quick brown fox.", "x = f(a, b) + 1", "", "a", 'JSON: {"k": [1, 2]}'],
)
def test_plain_ascii_is_unchanged(text: str) -> None:
    assert normalize_text(text) == text
    assert normalize_text(text, strip=False) == text


def test_plain_ascii_fast_path_still_collapses_inner_spaces() -> None:
    assert normalize_text("hello     world") == "hello world"


def test_idempotent() -> None:
    messy = "  ｈｅｌｌｏ\u200b   wor\u202eld  \n\n\n\n\tindented   line \x07\n"
    once = normalize_text(messy)
    assert once == "hello world\n\n\tindented line"
    assert normalize_text(once) == once


def test_non_latin_text_survives() -> None:
    text = "日本語のテキスト\nПривет, мир\nمرحبا"
    assert normalize_text(text) == text
