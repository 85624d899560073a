"""Answer clean-up: stop sequences, whitespace, JSON mode, and the streaming cleaner."""

from __future__ import annotations

import json
import random

import pytest

from keel.text.postprocess import StreamCleaner, clean_whitespace, parse_json_answer, trim_at_stop

# ---------------------------------------------------------------------------- trim_at_stop


def test_trim_at_stop_no_stop() -> None:
    assert trim_at_stop("hello world", []) == ("hello world", False)
    assert trim_at_stop("hello world", ["zzz"]) == ("hello world", False)


def test_trim_at_stop_single() -> None:
    assert trim_at_stop("answer\nUser: next", ["\nUser:"]) == ("answer", True)


def test_trim_at_stop_earliest_of_several() -> None:
    text = "one two STOP three END four"
    # the earliest occurrence wins whatever the order of the list
    assert trim_at_stop(text, ["END", "STOP"]) == ("one two ", True)
    assert trim_at_stop(text, ["STOP", "END"]) == ("one two ", True)
    assert trim_at_stop(text, ["four", "missing", "three"]) == ("one two STOP ", True)


def test_trim_at_stop_overlapping_stops() -> None:
    assert trim_at_stop("abcdef", ["cd", "bcde"]) == ("a", True)


def test_trim_at_stop_at_start_and_empty_stop_ignored() -> None:
    assert trim_at_stop("STOP rest", ["STOP"]) == ("", True)
    assert trim_at_stop("text", [""]) == ("text", False)


# ---------------------------------------------------------------------------- clean_whitespace


def test_clean_whitespace() -> None:
    assert clean_whitespace("  hello  ") == "hello"
    assert clean_whitespace("a   \nb\t\nc") == "a\nb\nc"
    assert clean_whitespace("\n\n  indented\n    more  \n\n") == "indented\n    more"
    assert clean_whitespace("keep  inner   spaces") == "keep  inner   spaces"
    assert clean_whitespace("") == ""


# ---------------------------------------------------------------------------- parse_json_answer


def test_parse_json_valid() -> None:
    text = '{"a": 1, "b": [true, null]}'
    assert parse_json_answer(text) == (text, True)
    assert parse_json_answer("  [1, 2, 3]\n") == ("[1, 2, 3]", True)


@pytest.mark.parametrize(
    "text",
    [
        '```json\n{"a": 1}\n```',
        '```\n{"a": 1}\n```',
        '  ```json\n{"a": 1}```  \n',
        '```json\n  {"a": 1}  \n```',
    ],
)
def test_parse_json_code_fenced(text: str) -> None:
    out, valid = parse_json_answer(text)
    assert valid
    assert json.loads(out) == {"a": 1}
    assert "`" not in out


def test_parse_json_object_followed_by_prose() -> None:
    out, valid = parse_json_answer('{"name": "x", "n": {"k": [1, 2]}} I hope this helps! {not json')
    assert valid
    assert out == '{"name": "x", "n": {"k": [1, 2]}}'
    assert json.loads(out) == {"name": "x", "n": {"k": [1, 2]}}


def test_parse_json_prose_before_object() -> None:
    out, valid = parse_json_answer('Here you go: {"a": [1]} done')
    assert valid
    assert out == '{"a": [1]}'


def test_parse_json_array_followed_by_prose() -> None:
    assert parse_json_answer("[1, 2] and more") == ("[1, 2]", True)


@pytest.mark.parametrize(
    "text",
    ['{"a": 1', "not json at all", '{"a": }', "```json\n{broken\n```", "", "{'single': 'quotes'}"],
)
def test_parse_json_invalid_stays_invalid(text: str) -> None:
    assert parse_json_answer(text) == (text, False)


# ---------------------------------------------------------------------------- StreamCleaner


def run_stream(pieces: list[str], stops: list[str], strip: bool = True) -> tuple[str, StreamCleaner]:
    cleaner = StreamCleaner(stops=list(stops), strip=strip)
    out = "".join(cleaner.feed(p) for p in pieces)
    out += cleaner.flush()
    return out, cleaner


def reference(text: str, stops: list[str], strip: bool = True) -> str:
    trimmed, _ = trim_at_stop(text, stops)
    return trimmed.strip() if strip else trimmed


TEXTS = [
    "Hello world",
    "  \n Leading and trailing whitespace \n\n ",
    "The answer is 4.\nUser: what about 5?",
    "Line one  \n  line two\n\nUser: stop here\nUser: again",
    "partial \nUs but not a stop, then \nUser: real stop",
    "ENDING is not END? yes it is",
    "a\nU\nUs\nUse\nUser\nUser:",
    "   ",
    "",
    "no stop here, just text   ",
    "###\n##\n#END#",
    "ab" * 20 + "END" + "cd",
]
STOP_SETS: list[list[str]] = [[], ["\nUser:"], ["END", "\nUser:"], ["#END#", "##"], ["a"]]


@pytest.mark.parametrize("stops", STOP_SETS, ids=lambda s: repr(s))
@pytest.mark.parametrize("strip", [True, False])
def test_stream_two_piece_splits_match_whole_text(stops: list[str], strip: bool) -> None:
    for text in TEXTS:
        expected = reference(text, stops, strip)
        for cut in range(len(text) + 1):
            out, _ = run_stream([text[:cut], text[cut:]], stops, strip)
            assert out == expected, (text, cut)


@pytest.mark.parametrize("stops", STOP_SETS, ids=lambda s: repr(s))
@pytest.mark.parametrize("strip", [True, False])
def test_stream_one_char_pieces_match_whole_text(stops: list[str], strip: bool) -> None:
    for text in TEXTS:
        out, cleaner = run_stream(list(text), stops, strip)
        assert out == reference(text, stops, strip), text
        assert cleaner.stopped == trim_at_stop(text, stops)[1]


def test_stream_random_splits_match_whole_text() -> None:
    rng = random.Random(1234)
    alphabet = ["a", "b", " ", "\n", "E", "N", "D", "U", "s", "e", "r", ":", "\t"]
    stops_choices = [["END"], ["\nUser:"], ["END", "\nUser:", "ab"], []]
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        stops = rng.choice(stops_choices)
        cuts = sorted(rng.sample(range(len(text) + 1), k=min(len(text) + 1, rng.randint(0, 6))))
        pieces = [text[i:j] for i, j in zip([0, *cuts], [*cuts, len(text)], strict=True)]
        assert "".join(pieces) == text
        for strip in (True, False):
            out, cleaner = run_stream(pieces, stops, strip)
            assert out == reference(text, stops, strip), (text, pieces, stops, strip)
            assert cleaner.stopped == trim_at_stop(text, stops)[1]


def test_stop_split_across_chunks_is_caught() -> None:
    cleaner = StreamCleaner(stops=["\nUser:"])
    emitted = [cleaner.feed("The answer is 4."), cleaner.feed("\nUs")]
    assert not cleaner.stopped
    emitted.append(cleaner.feed("er: and now the model rambles"))
    assert cleaner.stopped
    # nothing after the stop, ever
    emitted.append(cleaner.feed(" more text"))
    emitted.append(cleaner.flush())
    assert "".join(emitted) == "The answer is 4."
    assert emitted[-2:] == ["", ""]
    assert all("Us" not in e and "rambles" not in e for e in emitted)


def test_partial_stop_prefix_is_held_then_emitted() -> None:
    cleaner = StreamCleaner(stops=["\nUser:"])
    first = cleaner.feed("Hello\nUs")
    assert first == "Hello"  # "\nUs" could still be a stop: held back
    second = cleaner.feed("ually fine")
    assert second == "\nUsually fine"
    assert cleaner.flush() == ""
    assert not cleaner.stopped


def test_held_prefix_emitted_at_flush() -> None:
    cleaner = StreamCleaner(stops=["END"], strip=False)
    assert cleaner.feed("almost EN") == "almost "
    assert cleaner.flush() == "EN"
    assert not cleaner.stopped


def test_strip_true_trims_whitespace_of_the_stream() -> None:
    cleaner = StreamCleaner()
    assert cleaner.feed("  \n ") == ""
    assert cleaner.feed(" hi ") == "hi"
    assert cleaner.feed("  there  ") == "   there"
    assert cleaner.flush() == ""


def test_strip_false_preserves_leading_and_trailing_whitespace() -> None:
    out, _ = run_stream(["  \n", " hi ", " there  \n"], [], strip=False)
    assert out == "  \n hi  there  \n"
    out, cleaner = run_stream([" a ", "END", " b"], ["END"], strip=False)
    assert out == " a "
    assert cleaner.stopped


def test_stopped_flag() -> None:
    cleaner = StreamCleaner(stops=["STOP"])
    assert not cleaner.stopped
    assert cleaner.feed("go go ") == "go go"  # the trailing space waits for more text
    assert not cleaner.stopped
    assert cleaner.feed("gSTOPx") == " g"  # text before the stop still comes out
    assert cleaner.stopped
    assert cleaner.feed("anything") == ""


def test_no_stops_emits_immediately() -> None:
    cleaner = StreamCleaner()
    assert cleaner.feed("abc") == "abc"
    assert cleaner.feed("def") == "def"
    assert cleaner.flush() == ""
    assert not cleaner.stopped
