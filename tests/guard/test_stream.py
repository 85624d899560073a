"""StreamGuard: output span rules on a sliding window. A value split across any chunk boundaries is
whole when scanned; the released text, joined, is the non-stream rewrite; placeholders come back."""

from __future__ import annotations

import random

import pytest

from keel.guard.base import ScanContext
from keel.guard.engine import Item, check
from keel.guard.scanners.output import JsonSchemaScanner, RefusalScanner
from keel.guard.scanners.topics import BanSubstringsScanner
from keel.guard.stream import StreamGuard
from keel.guard.vault import Vault
from tests.guard.conftest import rule

CTX = ScanContext("output")
KEY = b"k" * 32
CARD = "4111 1111 1111 1111"
EMAIL = "jane.doe@example.com"
AWS = "AKIAIOSFODNN7EXAMPLE"
ANSWER = (
    "Sure, here are the details you asked for. The card on file is "
    f"{CARD} and the billing contact is {EMAIL}, while the deploy key "
    f"is {AWS} for now. Let me know if you need anything else from me today."
)


@pytest.fixture(scope="module")
def rules(pii, secrets):
    return [rule(pii, "redact", "output[0]"), rule(secrets, "redact", "output[1]")]


def chunked(text: str, cuts: list[int]) -> list[str]:
    cuts = sorted(set(cuts))
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


def run(rules, pieces: list[str], **kw) -> tuple[str, list[str], StreamGuard]:
    sg = StreamGuard(rules, CTX, **kw)
    outs = [sg.feed(p) for p in pieces]
    outs.append(sg.finish())
    return "".join(outs), outs, sg


def rewritten(rules, text: str) -> str:
    return check(rules, [Item(text, CTX)], "output", hash_key=KEY).texts[0]


def test_the_non_stream_rewrite(rules) -> None:
    assert rewritten(rules, ANSWER) == (
        "Sure, here are the details you asked for. The card on file is [CREDIT_CARD] and the billing "
        "contact is [EMAIL], while the deploy key is [AWS_ACCESS_KEY] for now. Let me know if you "
        "need anything else from me today."
    )


@pytest.mark.parametrize("secret", [CARD, EMAIL, AWS])
def test_every_two_way_split(rules, secret: str) -> None:
    expected = rewritten(rules, ANSWER)
    start = ANSWER.index(secret)
    for i in range(1, len(ANSWER)):
        got, _, _ = run(rules, chunked(ANSWER, [i]))
        assert got == expected, (secret, i)
    # and every pair of cuts inside the value: three pieces of it in different chunks
    for i in range(start, start + len(secret) + 1):
        for j in range(i + 1, start + len(secret) + 1):
            got, _, _ = run(rules, chunked(ANSWER, [i, j]))
            assert got == expected, (secret, i, j)
            assert secret not in got


def test_char_by_char(rules) -> None:
    got, outs, sg = run(rules, list(ANSWER))
    assert got == rewritten(rules, ANSWER)
    assert sum(1 for o in outs if o) > 3  # released as it went, not all at the end
    assert sg.blocked is None
    assert {o.rule for o in sg.outcomes} == {"output[0]", "output[1]"}


def test_random_splits_with_a_fixed_seed(rules) -> None:
    expected = rewritten(rules, ANSWER)
    rng = random.Random(20240611)
    for _ in range(150):
        cuts = rng.sample(range(1, len(ANSWER)), rng.randint(3, 80))
        got, outs, _ = run(rules, chunked(ANSWER, cuts))
        assert got == expected, sorted(cuts)
        for value in (CARD, EMAIL, AWS, "4111", "jane", "AKIA"):
            assert all(value not in o for o in outs)


@pytest.mark.parametrize("action", ["mask", "hash"])
def test_mask_and_hash_match_the_non_stream_rewrite(pii, secrets, action: str) -> None:
    rules = [rule(pii, action, "output[0]"), rule(secrets, action, "output[1]")]
    expected = rewritten(rules, ANSWER)
    assert EMAIL not in expected and AWS not in expected
    rng = random.Random(7)
    for _ in range(40):
        cuts = rng.sample(range(1, len(ANSWER)), rng.randint(3, 60))
        assert run(rules, chunked(ANSWER, cuts), hash_key=KEY)[0] == expected


def test_flagged_values_are_released_unchanged(pii) -> None:
    rules = [rule(pii, "flag", "output[0]")]
    got, _, sg = run(rules, list(ANSWER))
    assert got == ANSWER
    assert sg.outcomes and all(o.action == "flag" for o in sg.outcomes)


PROSE = (
    "The river wound slowly through the valley, past farms and orchards and small stone bridges.\n"
    "Children played along its banks while herons waited, perfectly still, in the shallow reeds. "
    "In the evening the light turned golden and the water reflected every passing cloud above it. "
    "Nobody in the village could remember a summer quite as long, or quite as quiet, as that one."
)


@pytest.mark.parametrize(("holdback", "step"), [(64, 24), (16, 8), (100, 10), (0, 24)])
@pytest.mark.parametrize("size", [1, 5, 17])
def test_holdback_bounds(secrets, holdback: int, step: int, size: int) -> None:
    """Nothing closer than `holdback` to the end is released, whole words only, and the text
    held back stays within holdback + step + one piece + one word."""
    longest_word = max(len(w) for w in PROSE.split())
    sg = StreamGuard([rule(secrets, "redact", "output[0]")], CTX, holdback=holdback, step=step)
    fed = released = ""
    for i in range(0, len(PROSE), size):
        piece = PROSE[i : i + size]
        fed += piece
        released += sg.feed(piece)
        assert PROSE.startswith(released)
        lag = len(fed) - len(released)
        assert lag >= min(len(fed), holdback)
        assert lag <= holdback + step + size + longest_word + 1, (i, lag)
        if released:
            assert released[-1] in " \n"  # never inside a word
    assert released + sg.finish() == PROSE


def test_will_scan_says_whether_feed_scans(secrets) -> None:
    class Counting:
        name, directions, spans = secrets.name, secrets.directions, secrets.spans

        def __init__(self) -> None:
            self.calls = 0

        def scan(self, text, ctx):
            self.calls += 1
            return secrets.scan(text, ctx)

    counting = Counting()
    sg = StreamGuard([rule(counting, "redact", "output[0]")], CTX)
    rng = random.Random(3)
    pos = 0
    while pos < len(PROSE):
        n = rng.randint(1, 30)
        piece = PROSE[pos : pos + n]
        pos += n
        predicted = sg.will_scan(piece)
        before = counting.calls
        sg.feed(piece)
        assert predicted == (counting.calls > before), pos


def test_restores_placeholders_split_across_chunks(rules) -> None:
    vault = Vault()
    vault.placeholder("EMAIL_ADDRESS", EMAIL)
    vault.placeholder("PERSON", "Jane Doe")
    vault.placeholder("EMAIL_ADDRESS", "bob@example.org")
    answer = (
        "Dear [PERSON_1], I have written to [EMAIL_1] as you asked, and copied [EMAIL_2] on the thread. "
        f"The deploy key {AWS} stays private. [PERSON_1] will hear back from [EMAIL_2] soon."
    )
    expected = vault.restore(rewritten(rules, answer))
    assert "jane.doe@example.com" in expected and "[AWS_ACCESS_KEY]" in expected and "[EMAIL_" not in expected
    for i in range(1, len(answer)):
        got, _, _ = run(rules, chunked(answer, [i]), vault=vault)
        assert got == expected, i
    got, outs, _ = run(rules, list(answer), vault=vault)
    assert got == expected
    assert not any("[" in o and "]" not in o for o in outs[:-1])  # no half placeholder goes out
    rng = random.Random(11)
    for _ in range(100):
        cuts = rng.sample(range(1, len(answer)), rng.randint(3, 70))
        assert run(rules, chunked(answer, cuts), vault=vault)[0] == expected


def test_restored_originals_are_not_redacted_again(pii) -> None:
    # the output rule redacts emails the model writes itself, not the user's own ones coming back
    vault = Vault()
    vault.placeholder("EMAIL_ADDRESS", EMAIL)
    answer = "Write to [EMAIL_1], not to other@example.org, about the invoice for this month please."
    got, _, _ = run([rule(pii, "redact", "output[0]")], list(answer), vault=vault)
    assert got == f"Write to {EMAIL}, not to [EMAIL], about the invoice for this month please."


def test_block_stops_the_stream(secrets) -> None:
    sg = StreamGuard([rule(secrets, "block", "output[0]")], CTX)
    released = ""
    for ch in ANSWER:
        released += sg.feed(ch)
    assert sg.blocked is not None and sg.blocked.rule == "output[0]"
    assert AWS not in released and "AKIA" not in released
    assert ANSWER.startswith(released)
    assert sg.feed("more text " * 20) == "" and not sg.will_scan("x" * 500)
    assert sg.finish() == ""


def test_whole_text_rules_run_once_at_the_end(pii) -> None:
    refusal = RefusalScanner()
    sg = StreamGuard([rule(pii, "redact", "output[0]"), rule(refusal, "flag", "output[1]")], CTX)
    text = "I'm sorry, but I can't help with that request. " * 4
    out = "".join(sg.feed(ch) for ch in text)
    assert not any(o.rule == "output[1]" for o in sg.outcomes)
    out += sg.finish()
    assert out == text
    assert [o.rule for o in sg.outcomes if o.scanner == "refusal"] == ["output[1]"]
    assert sg.blocked is None


def test_whole_text_block_at_the_end() -> None:
    sg = StreamGuard([rule(JsonSchemaScanner(), "block", "output[0]")], CTX, holdback=8, step=4)
    out = "".join(sg.feed(ch) for ch in "this is not json at all, sorry")
    sg.finish()
    assert out  # the text went out before the end…
    assert sg.blocked is not None and sg.blocked.scanner == "json_schema"  # …and the stream ends filtered


def test_banned_substring_with_spaces_across_chunks() -> None:
    banned = BanSubstringsScanner(substrings=["project blue falcon"])
    rules = [rule(banned, "redact", "output[0]")]
    text = "We cannot talk about project blue falcon yet, but it is coming soon to everyone who waited."
    expected = "We cannot talk about [BANNED_SUBSTRING] yet, but it is coming soon to everyone who waited."
    for i in range(1, len(text)):
        assert run(rules, chunked(text, [i]), holdback=24, step=8)[0] == expected, i


def test_context_long_enough_for_the_secret_rules(secrets) -> None:
    key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
    text = (
        "Here is the config you asked for, as promised earlier today. The AWS prod account's secret "
        f"(in the vault): {key} and that is all you need to deploy the app safely."
    )
    rules = [rule(secrets, "redact", "output[0]")]
    expected = rewritten(rules, text)
    assert key not in expected
    assert run(rules, list(text))[0] == expected
    for i in range(1, len(text)):
        assert run(rules, chunked(text, [i]))[0] == expected, i


def test_without_span_rules_nothing_is_held_back() -> None:
    from keel.guard.base import ScanContext
    from keel.guard.stream import StreamGuard
    from keel.guard.vault import Vault

    vault = Vault()
    ph = vault.placeholder("EMAIL_ADDRESS", "ann@corp.com")
    sg = StreamGuard([], ScanContext("output"), vault=vault)
    out = [sg.feed(p) for p in ["Hello ", "there, ", ph[:3], ph[3:], " bye"]]
    assert out[:2] == ["Hello ", "there, "]  # released at once: only a partial placeholder waits
    assert "".join(out) + sg.finish() == "Hello there, ann@corp.com bye"


async def test_a_stream_that_ends_without_a_finish_reason_is_released() -> None:
    from keel.config import GuardPolicy, GuardSettings, ScannerRule
    from keel.guard.base import ScanContext
    from keel.guard.engine import Guard
    from keel.pipeline.context import RequestContext
    from keel.pipeline.stages.guard_output import GuardOutputStage
    from keel.types import GenerationChunk

    settings = GuardSettings(
        policies={"default": GuardPolicy(output=[ScannerRule(scanner="secrets", action="redact")])}
    )
    stage = GuardOutputStage.__new__(GuardOutputStage)
    stage.guard = Guard(settings)

    async def source():
        for piece in ["key ", "AKIAZ7Q4M2X9", "L0P3R8TW ", "and more"]:  # no finish_reason at all
            yield GenerationChunk(text=piece)

    ctx = RequestContext(route="chat", model="m")
    policy = stage.guard.policy_for("chat")
    chunks = [c async for c in stage._wrap(ctx, source(), policy, ScanContext("output"), None)]
    assert "".join(c.text for c in chunks) == "key [AWS_ACCESS_KEY] and more"
    stage.guard.close()
