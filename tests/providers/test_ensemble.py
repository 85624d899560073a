"""The ensemble provider: members of the catalogue answering together, served as one model name.

Members are scripted providers (what they answer is the point of these tests, not a model): in
a real Catalogue for the unit tests; registered as a provider plugin and named in keel.yaml for
the gateway and HTTP tests; given to Services for the registry-sourced ensemble."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from importlib.metadata import EntryPoint
from typing import Any

import httpx
import openai
import pytest
from pydantic import BaseModel, ConfigDict
from typer.testing import CliRunner

from keel.cli.main import app as cli
from keel.config import ModelSettings, Settings, StorageSettings, load_settings
from keel.errors import InvalidRequest, KeelError, ServiceUnavailable, UpstreamError
from keel.plugins import plugins
from keel.providers.ensemble import EnsembleGeneration, EnsembleParams, EnsembleProvider, normalize_answer
from keel.providers.registry import GROUP, create_provider, validate_model_params
from keel.routing.catalogue import Catalogue
from keel.services import Services
from keel.types import (
    Embeddings,
    Generation,
    GenerationChunk,
    GenerationParams,
    GenerationRequest,
    Health,
    Message,
    ModelInfo,
    ToolCall,
)
from tests.conftest import LiveServer, free_port


def ask(text: str = "What is the capital of France?") -> GenerationRequest:
    return GenerationRequest(params=GenerationParams(max_tokens=16), messages=[Message("user", text)])


class Member:
    """A scripted member: ANSWER (text, or a function of the request), or FAIL with an error."""

    def __init__(
        self,
        answer: str | Callable[[GenerationRequest], str] = "",
        *,
        fail: BaseException | None = None,
        usage: tuple[int, int] = (3, 2),
        healthy: bool = True,
        window: int | None = None,
        gate: asyncio.Barrier | None = None,
        hang: bool = False,
        tool_calls: list[ToolCall] | None = None,
    ) -> None:
        self.answer, self.fail, self.usage, self.healthy = answer, fail, usage, healthy
        self.window, self.gate, self.hang, self.tool_calls = window, gate, hang, tool_calls
        self.requests: list[GenerationRequest] = []

    async def start(self) -> None:
        pass

    async def close(self) -> None:
        pass

    def info(self) -> ModelInfo:
        return ModelInfo(context_window=self.window)

    def tokenize(self, text: str | list[Message]) -> list[int] | None:
        return None

    async def complete(self, request: GenerationRequest) -> Generation:
        self.requests.append(request)
        if self.gate is not None:
            await asyncio.wait_for(self.gate.wait(), 5)  # only passes when every member is asked at once
        if self.hang:
            await asyncio.Event().wait()
        if self.fail is not None:
            raise self.fail
        text = self.answer(request) if callable(self.answer) else self.answer
        return Generation(text, "stop", *self.usage, tool_calls=self.tool_calls)

    async def stream(self, request: GenerationRequest) -> AsyncIterator[GenerationChunk]:
        g = await self.complete(request)
        yield GenerationChunk(g.text, "stop", g.prompt_tokens, g.completion_tokens)

    async def embed(self, texts: list[str]) -> Embeddings:
        return Embeddings([[1.0] for _ in texts], len(texts))

    async def health(self) -> Health:
        return Health(self.healthy)


async def catalogue_of(**members: Any) -> Catalogue:
    catalogue = Catalogue(lambda m: members[m.name])
    await catalogue.start([ModelSettings(name=n) for n in members])
    await catalogue.wait_started()
    return catalogue


def ensemble(catalogue: Catalogue, name: str = "ens", **params: Any) -> EnsembleProvider:
    return EnsembleProvider(name, EnsembleParams.model_validate(params), catalogue)


# ---------------------------------------------------------------------------- vote


async def test_vote_picks_the_majority_answer_folding_case_and_punctuation():
    a, b, c = Member("London"), Member("Paris."), Member("  paris ")
    cat = await catalogue_of(a=a, b=b, c=c)
    g = await ensemble(cat, members=["a", "b", "c"]).complete(ask())
    assert isinstance(g, EnsembleGeneration)
    assert g.text == "Paris."  # the first member's own text of the winning answer
    assert g.ensemble["winner"] == "b"
    assert g.ensemble["votes"] == [{"answer": "Paris.", "members": ["b", "c"]}, {"answer": "London", "members": ["a"]}]
    assert (g.prompt_tokens, g.completion_tokens) == (9, 6)  # the sum over the members
    assert all(m.requests for m in (a, b, c))


async def test_vote_tie_goes_to_the_member_listed_first():
    cat = await catalogue_of(a=Member("yes"), b=Member("no"), c=Member("No!"), d=Member("Yes"))
    g = await ensemble(cat, members=["a", "b", "c", "d"]).complete(ask())
    assert (g.text, g.ensemble["winner"]) == ("yes", "a")
    g = await ensemble(cat, members=["b", "a"]).complete(ask())
    assert (g.text, g.ensemble["winner"]) == ("no", "b")


async def test_vote_without_normalize_compares_the_exact_text():
    cat = await catalogue_of(a=Member("Paris"), b=Member("paris"), c=Member("paris"))
    folded = await ensemble(cat, members=["a", "b", "c"]).complete(ask())
    assert folded.ensemble["winner"] == "a" and len(folded.ensemble["votes"]) == 1
    exact = await ensemble(cat, members=["a", "b", "c"], normalize=False).complete(ask())
    assert exact.ensemble["winner"] == "b" and exact.text == "paris"


async def test_vote_compares_tool_calls_by_name_and_arguments():
    call = ToolCall("1", "get_weather", '{"city": "Paris", "unit": "c"}')
    same = ToolCall("2", "get_weather", '{"unit":"c","city":"Paris"}')
    other = ToolCall("3", "get_weather", '{"city": "Rome"}')
    cat = await catalogue_of(a=Member(tool_calls=[other]), b=Member(tool_calls=[call]), c=Member(tool_calls=[same]))
    g = await ensemble(cat, members=["a", "b", "c"]).complete(ask())
    assert g.ensemble["winner"] == "b" and g.tool_calls == [call]


def test_normalize_answer():
    assert normalize_answer("  The  ANSWER:\n42! ") == "the answer 42"
    assert normalize_answer("Ｐａｒｉｓ…") == "paris"  # NFKC folds full-width letters


async def test_members_are_asked_concurrently():
    gate = asyncio.Barrier(3)
    cat = await catalogue_of(a=Member("x", gate=gate), b=Member("x", gate=gate), c=Member("y", gate=gate))
    g = await ensemble(cat, members=["a", "b", "c"]).complete(ask())  # sequential calls would never pass the gate
    assert g.text == "x"


# ---------------------------------------------------------------------------- best_of


async def test_best_of_picks_the_highest_online_score_ties_to_the_first():
    cat = await catalogue_of(
        a=Member("Sorry, I cannot help."), b=Member("You will get a refund."), c=Member("A REFUND is on its way.")
    )
    scorer = {"kind": "contains", "values": ["refund"]}
    g = await ensemble(cat, members=["a", "b", "c"], mode="best_of", scorer=scorer).complete(ask())
    assert (g.text, g.ensemble["winner"]) == ("You will get a refund.", "b")
    assert g.ensemble["scores"] == {"a": 0.0, "b": 1.0, "c": 1.0}
    cat = await catalogue_of(a=Member("not json"), b=Member('{"ok": true}'))
    g = await ensemble(cat, members=["a", "b"], mode="best_of", scorer="json_valid").complete(ask())
    assert g.ensemble["winner"] == "b"


async def test_best_of_with_a_judge_model():
    def grade(request: GenerationRequest) -> str:
        prompt = request.messages[-1].content
        assert "What is the capital of France?" in prompt  # the judge sees the request and the answer
        return "Score: 5" if "Paris, on the Seine" in prompt else "2" if "Paris" in prompt else "nonsense"

    judge = Member(grade, usage=(10, 1))
    cat = await catalogue_of(a=Member("Lyon"), b=Member("Paris"), c=Member("Paris, on the Seine"), judge=judge)
    ens = ensemble(cat, members=["a", "b", "c"], mode="best_of", scorer="judge", judge_model="judge")
    g = await ens.complete(ask())
    assert (g.text, g.ensemble["winner"]) == ("Paris, on the Seine", "c")
    assert g.ensemble["scores"] == {"a": None, "b": 0.25, "c": 1.0}
    assert "no 1-5 score" in g.ensemble["members"]["a"]["judge_error"]
    assert (g.prompt_tokens, g.completion_tokens) == (3 * 3 + 3 * 10, 3 * 2 + 3 * 1)  # members + judge calls
    assert all(r.params.temperature == 0.0 for r in judge.requests)


async def test_best_of_when_the_judge_fails_uses_the_first_answer_and_says_so():
    cat = await catalogue_of(a=Member("one"), b=Member("two"), judge=Member(fail=UpstreamError("down")))
    g = await ensemble(cat, members=["a", "b"], mode="best_of", scorer="judge", judge_model="judge").complete(ask())
    assert g.ensemble["winner"] == "a" and "no answer could be scored" in g.ensemble["note"]
    assert "down" in g.ensemble["members"]["b"]["judge_error"]


# ---------------------------------------------------------------------------- failures and quorum


async def test_a_failing_member_is_left_out():
    cat = await catalogue_of(a=Member(fail=UpstreamError("boom", retryable=False)), b=Member("no"), c=Member("yes"))
    g = await ensemble(cat, members=["a", "b", "c"]).complete(ask())
    assert g.ensemble["winner"] == "b"
    assert g.ensemble["members"]["a"] == {"error": "boom"}
    assert (g.prompt_tokens, g.completion_tokens) == (6, 4)  # only the members that answered


async def test_an_unknown_member_is_reported_as_checked_at_request_time():
    cat = await catalogue_of(a=Member("ok"))
    g = await ensemble(cat, members=["a", "nope"]).complete(ask())
    assert g.text == "ok"
    assert "looked up at request time" in g.ensemble["members"]["nope"]["error"]


async def test_too_few_answers_is_a_clear_error():
    cat = await catalogue_of(a=Member("ok"), b=Member(fail=UpstreamError("upstream broke", retryable=False)))
    with pytest.raises(KeelError) as err:
        await ensemble(cat, members=["a", "b", "nope"], min_members=2).complete(ask())
    e = err.value
    assert (e.status_code, e.code, e.retryable) == (502, "ensemble_quorum", False)
    assert "got 1 of 3 answers, fewer than min_members 2" in e.message
    assert "'b' upstream broke" in e.message
    assert "'nope' is not in the catalogue (ensemble members are looked up at request time" in e.message


async def test_only_transient_failures_ask_the_client_to_retry():
    busy = ServiceUnavailable("loading", code="model_not_ready")
    cat = await catalogue_of(a=Member(fail=busy), b=Member(hang=True))
    with pytest.raises(KeelError) as err:
        await ensemble(cat, members=["a", "b"], timeout_s=0.05).complete(ask())
    assert (err.value.status_code, err.value.retry_after) == (503, 1)
    assert "'b' did not answer in time" in err.value.message


async def test_a_request_every_member_refuses_keeps_its_own_error():
    bad = InvalidRequest("max_tokens is too large", param="max_tokens")
    cat = await catalogue_of(a=Member(fail=bad), b=Member(fail=bad))
    with pytest.raises(InvalidRequest, match="max_tokens is too large"):
        await ensemble(cat, members=["a", "b"]).complete(ask())


async def test_ensembles_that_reach_each_other_do_not_loop():
    models: dict[str, Any] = {"a": Member("from a"), "b": Member("from b")}
    cat = Catalogue(lambda m: models[m.name])
    models["e1"] = ensemble(cat, name="e1", members=["e2", "a"])
    models["e2"] = ensemble(cat, name="e2", members=["e1", "b"])
    await cat.start([ModelSettings(name=n) for n in models])
    await cat.wait_started()
    g = await models["e1"].complete(ask())  # e1 → e2 → e1 is refused; e2 answers from b
    assert g.ensemble["members"]["e2"]["answer"] == "from b"
    assert g.ensemble["winner"] == "e2"  # a tie between e2 and a: e2 is listed first


# ---------------------------------------------------------------------------- the rest of the protocol


async def test_stream_sends_the_chosen_answer_as_one_chunk():
    cat = await catalogue_of(a=Member("x"), b=Member("y"), c=Member("y"))
    chunks = [c async for c in ensemble(cat, members=["a", "b", "c"]).stream(ask())]
    assert [(c.text, c.finish_reason, c.prompt_tokens, c.completion_tokens) for c in chunks] == [("y", "stop", 9, 6)]


async def test_embed_tokenize_info_and_health():
    cat = await catalogue_of(a=Member(window=4096), b=Member(window=2048, healthy=False), c=Member())
    ens = ensemble(cat, members=["a", "b", "c"])
    with pytest.raises(InvalidRequest, match="is an ensemble and does not embed"):
        await ens.embed(["hi"])
    assert ens.tokenize("hi") is None
    assert ens.info().context_window == 2048  # the smallest window a member has
    h = await ens.health()
    assert h.ready and h.detail == "2/3 members healthy (down: b)"
    h = await ensemble(cat, members=["b", "nope"]).health()
    assert not h.ready and h.detail == "0/2 members healthy (down: b, nope)"


async def test_an_ensemble_listing_itself_fails_to_load():
    cat = await catalogue_of(a=Member("x"))
    with pytest.raises(ValueError, match="lists itself as a member"):
        await ensemble(cat, name="ens", members=["a", "ens"]).start()


# ---------------------------------------------------------------------------- params, config check, registry source


def problems(params: dict[str, Any]) -> dict[str, str]:
    found = validate_model_params(ModelSettings(name="e", provider="ensemble", params=params))
    return {".".join(map(str, loc)): msg for loc, msg in found}


def test_bad_params_are_reported():
    assert problems({"members": ["a", "b"]}) == {}
    assert "at least 2" in problems({"members": ["a"]})["params.members"]
    assert "more than once: a" in problems({"members": ["a", "a"]})["params.members"]
    assert "Field required" in problems({"mode": "vote"})["params.members"]
    assert problems({"members": ["a", "b"], "colour": 1}) == {"params.colour": "unknown parameter"}
    assert "needs a scorer" in problems({"members": ["a", "b"], "mode": "best_of"})["params"]
    assert "needs judge_model" in problems({"members": ["a", "b"], "mode": "best_of", "scorer": "judge"})["params"]
    assert (
        "unknown scorer 'bleu'"
        in problems({"members": ["a", "b"], "mode": "best_of", "scorer": "bleu"})["params.scorer"]
    )
    assert "pattern" in problems({"members": ["a", "b"], "mode": "best_of", "scorer": "regex"})["params.scorer"]
    assert "only used by mode best_of" in problems({"members": ["a", "b"], "scorer": "json_valid"})["params"]
    assert "more than the 2 members" in problems({"members": ["a", "b"], "min_members": 3})["params"]


def test_keel_config_check_reports_bad_ensemble_params(tmp_path, monkeypatch):
    monkeypatch.delenv("KEEL_CONFIG", raising=False)
    monkeypatch.setenv("COLUMNS", "200")
    path = tmp_path / "keel.yaml"
    path.write_text(
        "models:\n"
        "  - name: support-ensemble\n"
        "    provider: ensemble\n"
        "    params:\n"
        "      members: [a]\n"
        "      mode: majority\n"
    )
    result = CliRunner().invoke(cli, ["config", "check", str(path)])
    assert result.exit_code == 1, result.output
    assert f"{path}:5:7: models[0].params.members:" in result.output
    assert f"{path}:6:7: models[0].params.mode:" in result.output


def test_a_provider_that_needs_services_is_built_through_them():
    with pytest.raises(ValueError, match=r"needs catalogue: build it through Services\.build_model"):
        create_provider("e", "ensemble", {"members": ["a", "b"]})
    sentinel = object()
    built = create_provider("e", "ensemble", {"members": ["a", "b"]}, services={"catalogue": sentinel}.__getitem__)
    assert built.catalogue is sentinel


# ---------------------------------------------------------------------------- through Services, the gateway and HTTP


class ScriptedParams(BaseModel):
    model_config = ConfigDict(extra="forbid")
    answer: str = ""
    fail: str | None = None


class ScriptedProvider(Member):
    """A member named in keel.yaml (registered as the provider `scripted` for these tests)."""

    Params = ScriptedParams

    def __init__(self, name: str, params: ScriptedParams) -> None:
        fail = UpstreamError(params.fail, retryable=False) if params.fail else None
        super().__init__(params.answer, fail=fail)


@pytest.fixture
def scripted(monkeypatch):
    group = plugins(GROUP)
    monkeypatch.setattr(group, "_eps", dict(group._eps))
    monkeypatch.setattr(group, "_loaded", dict(group._loaded))
    group._eps["scripted"] = EntryPoint("scripted", f"{__name__}:ScriptedProvider", GROUP)


KEEL_YAML = """\
server:
  port: {port}
storage:
  url: sqlite:///{tmp}/keel.db
models:
  - name: a
    provider: scripted
    params: {{answer: "Paris."}}
  - name: b
    provider: scripted
    params: {{fail: "b is down"}}
  - name: c
    provider: scripted
    params: {{answer: "paris"}}
  - name: d
    provider: scripted
    params: {{answer: "London"}}
  - name: support-ensemble
    provider: ensemble
    params:
      members: [a, b, c, d]
      mode: vote
"""


def test_served_from_keel_yaml_over_http(tmp_path, scripted):
    path = tmp_path / "keel.yaml"
    path.write_text(KEEL_YAML.format(port=free_port(), tmp=tmp_path))
    live = LiveServer(load_settings(path), config_path=path).start()
    try:
        sdk = openai.OpenAI(base_url=f"{live.url}/v1", api_key="unused", max_retries=0, timeout=30)
        messages = [{"role": "user", "content": "Capital of France?"}]
        raw = sdk.chat.completions.with_raw_response.create(model="support-ensemble", messages=messages)
        r = raw.parse()
        assert r.choices[0].message.content == "Paris."
        assert r.model == "support-ensemble"
        trace = httpx.get(f"{live.url}/v1/traces/{raw.headers['x-keel-trace-id']}").json()
        how = trace["annotations"]["generation"]["ensemble"]  # the trace shows how the answer was chosen
        assert how["mode"] == "vote" and how["winner"] in ("a", "c", "d")
        assert (r.usage.prompt_tokens, r.usage.completion_tokens) == (9, 6)  # a, c and d answered
        stream = sdk.chat.completions.create(
            model="support-ensemble", messages=messages, stream=True, stream_options={"include_usage": True}
        )
        chunks = list(stream)
        assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == "Paris."
        assert chunks[-1].usage.completion_tokens == 6
        with pytest.raises(openai.BadRequestError, match="is an ensemble and does not embed"):
            sdk.embeddings.create(model="support-ensemble", input=["hi"])
    finally:
        live.stop()


async def test_a_registry_sourced_ensemble(tmp_path):
    settings = Settings(storage=StorageSettings(url=f"sqlite:///{tmp_path}/keel.db", log_flush_interval_s=0.05))
    members = {"a": Member("Yes."), "b": Member("no"), "c": Member("yes")}
    services = Services(settings, providers=members)
    await services.start(wait_for_models=True)
    try:
        source = {"provider": "ensemble", "params": {"members": ["a", "b", "c"], "mode": "vote", "min_members": 2}}
        version = services.registry.models.register("support-ensemble", source=source, alias="production")
        services.registry.models.serve("support-ensemble", "support-ensemble@production")
        await services.registry_changed()
        model = services.catalogue.get("support-ensemble")
        g = await model.complete(ask("Is the sky blue?"))
        assert (g.text, g.ensemble["winner"]) == ("Yes.", "a")
        assert services.registry_versions["support-ensemble"][0] == version["ref"]
        with pytest.raises(InvalidRequest, match=r"params\.members"):
            services.registry.models.register("bad-ensemble", source={"provider": "ensemble", "params": {}})
    finally:
        await services.close()
