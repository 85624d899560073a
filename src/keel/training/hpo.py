"""Hyper-parameter search: an Optuna study over a fine-tuning run's settings (`keel train hpo`).

    train: train.yaml                  # a TrainConfig file, or its fields inline
    search:
      study: support-lr-rank           # the study's name in the database (resumable by it)
      trials: 20
      metric: valid_loss               # a key of the run's metrics
      direction: minimize
      sampler: tpe                     # tpe | random
      seed: 42
      pruner: median                   # none | median | {type: median, startup_trials, warmup_steps}
      space:
        learning_rate: {low: 1.0e-5, high: 1.0e-3, log: true}
        r: [4, 8, 16]                  # a list: categorical choices
        alpha: [8, 16, 32]
        epochs: {low: 1, high: 3}      # integer parameters draw integers

Each trial is one `Run` in OUTPUT/trial-<n> with the trial's values put into the training
config (`r`, `alpha`, `dropout` into `lora`, the rest into `hyperparameters`); its metrics and
output folder are kept as the trial's user attributes. A trial that crashes (an invalid
combination, a failing run) is recorded as failed with its error and the study goes on.

The study lives in the project's database. Optuna keeps its own tables there, and its own Alembic
version table, which would collide with Keel's: on PostgreSQL they go to the schema `optuna` of the
same database; a SQLite file gets a sibling file (`keel.db` -> `keel.optuna.db`).

Re-running a study of the same name continues it: finished trials are kept and only the
remaining number run. A trial left RUNNING by a process that died (on this host; on another host
when its heartbeat goes stale) or stopped by Ctrl-C / a cancel is marked failed and re-run with
the same values, from the interrupted run's last checkpoint. Trial k's sampler is seeded by
(seed, k), so an interrupted-and-resumed study draws what the uninterrupted one would.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import socket
import threading
import time
import uuid
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import orjson
from pydantic import Field, ValidationError, ValidationInfo, field_validator, model_validator

from keel.config import Strict
from keel.training.config import Hyperparameters, LoraSettings, TrainConfig, load_config, relative_to

if TYPE_CHECKING:
    import optuna
    from rich.table import Table

    from keel.training.trainer import Event

log = logging.getLogger(__name__)

# parameter -> (TrainConfig section, field, kind)
PARAMS: dict[str, tuple[str, str, str]] = {
    "learning_rate": ("hyperparameters", "learning_rate", "float"),
    "r": ("lora", "r", "int"),
    "alpha": ("lora", "alpha", "float"),
    "dropout": ("lora", "dropout", "float"),
    "epochs": ("hyperparameters", "epochs", "int"),
    "batch_size": ("hyperparameters", "batch_size", "int"),
    "grad_accum": ("hyperparameters", "grad_accum", "int"),
    "warmup_ratio": ("hyperparameters", "warmup_ratio", "float"),
    "weight_decay": ("hyperparameters", "weight_decay", "float"),
    "max_grad_norm": ("hyperparameters", "max_grad_norm", "float"),
    "max_seq_len": ("hyperparameters", "max_seq_len", "int"),
    "max_steps": ("hyperparameters", "max_steps", "int"),
    "scheduler": ("hyperparameters", "scheduler", "str"),
}
_SECTIONS: dict[str, type[Strict]] = {"lora": LoraSettings, "hyperparameters": Hyperparameters}

# keys of TrainResult.metrics worth optimizing
METRICS = ("valid_loss", "train_loss", "old_task_loss_after", "forgetting", "seconds")
SCHEMA = "optuna"  # PostgreSQL schema holding Optuna's tables
MAX_ATTEMPTS = 3  # an interrupted trial is re-run at most this many times in all
HEARTBEAT_S = 30
GRACE_S = 120


# ------------------------------------------------------------------------------ configuration


class Distribution(Strict):
    """A parameter's values: a range `{low, high, log?, step?}` or a list of choices."""

    low: float | None = None
    high: float | None = None
    log: bool = Field(False, description="draw on a log scale (learning rates)")
    step: float | None = Field(None, gt=0, description="draw multiples of step from low")
    choices: list[bool | int | float | str] | None = None

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        if isinstance(value, list):
            return {"choices": value}
        if value is None or isinstance(value, dict | Distribution):
            return value
        raise ValueError(
            f"give a range {{low, high}} or a list of choices, not {value!r} (a fixed value belongs in train)"
        )

    @model_validator(mode="after")
    def _shape(self) -> Distribution:
        if self.choices is not None:
            if self.low is not None or self.high is not None or self.log or self.step is not None:
                raise ValueError("give either choices or a range {low, high}, not both")
            if not self.choices:
                raise ValueError("choices: give at least one value")
            if len(set(map(repr, self.choices))) != len(self.choices):
                raise ValueError("choices: a value is given twice")
            return self
        if self.low is None or self.high is None:
            raise ValueError("a range needs both low and high")
        if self.low > self.high:
            raise ValueError(f"low ({self.low:g}) is above high ({self.high:g})")
        if self.log and self.low <= 0:
            raise ValueError("a log range needs low > 0")
        if self.log and self.step is not None:
            raise ValueError("give log or step, not both")
        return self

    def values_to_check(self) -> list[Any]:
        return list(self.choices) if self.choices is not None else [self.low, self.high]


class SearchSpace(Strict):
    """What each trial draws; every parameter left out keeps the training config's value."""

    learning_rate: Distribution | None = None
    r: Distribution | None = Field(None, description="LoRA rank")
    alpha: Distribution | None = Field(None, description="LoRA alpha (scale = alpha / r)")
    dropout: Distribution | None = Field(None, description="LoRA dropout")
    epochs: Distribution | None = None
    batch_size: Distribution | None = None
    grad_accum: Distribution | None = None
    warmup_ratio: Distribution | None = None
    weight_decay: Distribution | None = None
    max_grad_norm: Distribution | None = None
    max_seq_len: Distribution | None = None
    max_steps: Distribution | None = None
    scheduler: Distribution | None = Field(None, description="choices of linear, cosine, constant")

    @field_validator("*")
    @classmethod
    def _fits(cls, d: Distribution | None, info: ValidationInfo) -> Distribution | None:
        if d is None:
            return d
        name = info.field_name
        assert name is not None
        section, key, kind = PARAMS[name]
        if kind == "str" and d.choices is None:
            raise ValueError("give a list of choices")
        if kind == "int":
            if d.choices is not None:
                if any(isinstance(c, bool) or not isinstance(c, int) for c in d.choices):
                    raise ValueError("choices must be whole numbers")
            else:
                for what, v in (("low", d.low), ("high", d.high), ("step", d.step)):
                    if v is not None and not float(v).is_integer():
                        raise ValueError(f"{what} must be a whole number")
                d = d.model_copy(
                    update={"low": int(d.low), "high": int(d.high), "step": int(d.step) if d.step else None}  # type: ignore[arg-type]
                )
        if (
            kind == "float"
            and d.choices is not None
            and any(isinstance(c, bool) or not isinstance(c, int | float) for c in d.choices)
        ):
            raise ValueError("choices must be numbers")
        for v in d.values_to_check():
            try:
                _SECTIONS[section].model_validate({key: v})
            except ValidationError as exc:
                msg = exc.errors()[0]["msg"].removeprefix("Value error, ")
                raise ValueError(f"{v!r} is not a valid {section}.{key}: {msg}") from None
        return d

    @model_validator(mode="after")
    def _some(self) -> SearchSpace:
        if not self.params():
            raise ValueError(f"give at least one parameter to search ({', '.join(PARAMS)})")
        return self

    def params(self) -> dict[str, Distribution]:
        return {name: d for name in PARAMS if (d := getattr(self, name)) is not None}


class Pruner(Strict):
    """Stop a trial early when its intermediate metric is worse than the median of the finished
    trials at the same step (reported at each validation: set `eval_steps` in train)."""

    type: Literal["none", "median"] = "median"
    startup_trials: int = Field(2, ge=0, description="finished trials before any is pruned")
    warmup_steps: int = Field(0, ge=0, description="steps of a trial before it may be pruned")

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, value: Any) -> Any:
        return {"type": value} if isinstance(value, str) else value


class Search(Strict):
    space: SearchSpace
    trials: int = Field(20, ge=1, le=100_000, description="finished trials the study should have")
    metric: str = Field("valid_loss", description=f"a key of the run's metrics: {', '.join(METRICS)}")
    direction: Literal["minimize", "maximize"] = "minimize"
    study: str | None = Field(
        None, min_length=1, max_length=500, description="the study's name (default: from a hash of this config)"
    )
    sampler: Literal["tpe", "random"] = "tpe"
    seed: int | None = Field(None, description="the sampler's seed (default: train.seed)")
    pruner: Pruner | None = None

    @field_validator("metric")
    @classmethod
    def _metric(cls, v: str) -> str:
        if v not in METRICS:
            raise ValueError(f"unknown metric {v!r}: one of {', '.join(METRICS)}")
        return v


class HpoConfig(Strict):
    train: TrainConfig
    search: Search

    @field_validator("search")
    @classmethod
    def _measurable(cls, search: Search, info: ValidationInfo) -> Search:
        train: TrainConfig | None = info.data.get("train")
        if train is None:
            return search
        if search.metric == "valid_loss" and not train.validation:
            raise ValueError("metric 'valid_loss' needs validation rows: set train.validation")
        if search.metric in ("old_task_loss_after", "forgetting") and not (
            train.strategy == "continual" and train.replay is not None
        ):
            raise ValueError(f"metric {search.metric!r} needs strategy 'continual' with 'replay'")
        if (
            search.pruner is not None
            and search.pruner.type != "none"
            and search.metric not in ("valid_loss", "train_loss")
        ):
            raise ValueError("a pruner needs a metric reported during the run: valid_loss or train_loss")
        return search


class _HpoFile(Strict):
    """An HPO file whose `train` is the path of a training config."""

    train: str = Field(min_length=1)
    search: Search


def load_hpo(path: str | Path) -> HpoConfig:
    """An HpoConfig from YAML (ConfigError with file:line:col for every problem). `train` is a
    training config file (relative to this one) or its fields inline; relative paths in it are
    taken relative to the file that holds them."""
    import yaml

    from keel.config import ConfigError
    from keel.config.loader import ConfigProblem, load_yaml_model

    p = Path(path)
    root = p.parent
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        raw = None  # load_yaml_model reports it, with the position
    if isinstance(raw, dict) and isinstance(raw.get("train"), str):
        f = load_yaml_model(p, _HpoFile)
        train_path = (root / Path(f.train).expanduser()).resolve()
        if not train_path.is_file():
            raise ConfigError([ConfigProblem(str(p), "train", f"no such training config: {train_path}")])
        train = load_config(train_path)
        try:
            return HpoConfig(train=train, search=f.search)
        except ValidationError as exc:
            raise ConfigError(
                [
                    ConfigProblem(str(p), ".".join(map(str, e["loc"])), e["msg"].removeprefix("Value error, "))
                    for e in exc.errors()
                ]
            ) from None
    cfg = load_yaml_model(p, HpoConfig)
    return cfg.model_copy(update={"train": relative_to(cfg.train, root)})


def study_name(hpo: HpoConfig) -> str:
    """The study's name: `search.study`, else one drawn from everything that makes trials
    comparable (the training config, the space, the metric), so an edited config starts anew."""
    if hpo.search.study:
        return hpo.search.study
    train = hpo.train.model_dump(by_alias=True)
    for key in ("output_dir", "register"):
        train.pop(key, None)
    data = {
        "train": train,
        "search": hpo.search.model_dump(exclude={"trials", "study"}),
    }
    return f"hpo-{hashlib.sha256(orjson.dumps(data, option=orjson.OPT_SORT_KEYS)).hexdigest()[:12]}"


def default_output_dir(hpo: HpoConfig, study: str | None = None) -> Path:
    """Where trials go unless told: the training config's output_dir, else ./runs/<study>."""
    if hpo.train.output_dir:
        return Path(hpo.train.output_dir).expanduser()
    return Path.cwd() / "runs" / (study or study_name(hpo))


def trial_config(train: TrainConfig, params: dict[str, Any], output_dir: str | Path) -> TrainConfig:
    """TRAIN with a trial's PARAMS put in place (a ValidationError if the combination is invalid)."""
    data = train.model_dump(by_alias=True)
    for name, value in params.items():
        section, key, _ = PARAMS[name]
        data[section][key] = value
    data["output_dir"] = str(output_dir)
    return TrainConfig.model_validate(data)


# ------------------------------------------------------------------------------ storage


def storage_location(url: str) -> tuple[str, dict[str, Any]]:
    """(the SQLAlchemy URL Optuna uses, its create_engine arguments) for Keel's database URL.

    PostgreSQL: the same database with the psycopg driver Keel installs, in the schema `optuna`
    (its tables and Alembic version table kept apart from Keel's). SQLite: a sibling file, since a
    SQLite file has one namespace (`sqlite://` in memory stays in memory)."""
    from sqlalchemy.engine import make_url

    u = make_url(url)
    backend = u.get_backend_name()
    if backend == "postgresql":
        if u.drivername in ("postgresql", "postgres"):
            u = u.set(drivername="postgresql+psycopg")
        options = f"-c search_path={SCHEMA}"
        if u.query.get("options"):
            options = f"{u.query['options']} {options}"
            u = u.difference_update_query(["options"])
        return u.render_as_string(hide_password=False), {
            "connect_args": {"options": options},
            "pool_pre_ping": True,
        }
    if backend == "sqlite":
        if u.database and u.database != ":memory:" and not u.database.startswith("file:"):
            db = Path(u.database).expanduser()
            sibling = db.with_name(f"{db.stem}.{SCHEMA}{db.suffix or '.db'}")
            sibling.parent.mkdir(parents=True, exist_ok=True)
            u = u.set(database=str(sibling))
        return u.render_as_string(hide_password=False), {"connect_args": {"timeout": 30}}
    raise ValueError(f"hyper-parameter search stores studies in SQLite or PostgreSQL, not {backend!r}")


def _ensure_schema(url: str) -> None:
    import sqlalchemy as sa

    from keel.store.engine import make_engine

    engine = make_engine(url)
    try:
        try:
            with engine.begin() as conn:
                conn.execute(sa.text(f'CREATE SCHEMA IF NOT EXISTS "{SCHEMA}"'))
        except sa.exc.SQLAlchemyError:
            # two processes creating it at once: fine if it is there now
            with engine.connect() as conn:
                found = conn.execute(
                    sa.text("select 1 from information_schema.schemata where schema_name = :s"), {"s": SCHEMA}
                ).first()
            if not found:
                raise
    finally:
        engine.dispose()


def open_storage(url: str) -> optuna.storages.RDBStorage:
    """Optuna's storage for Keel's database URL (see `storage_location`), with heartbeats so a
    trial whose process vanished is failed and re-run."""
    import optuna

    opt_url, kwargs = storage_location(url)
    if opt_url.startswith("postgresql"):
        _ensure_schema(url)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        return optuna.storages.RDBStorage(
            opt_url,
            engine_kwargs=kwargs,
            heartbeat_interval=HEARTBEAT_S,
            grace_period=GRACE_S,
            heartbeat_stale_trial_callback=_stale,
        )


def open_study(hpo: HpoConfig, storage: str | optuna.storages.RDBStorage, *, name: str | None = None) -> optuna.Study:
    """The study (created on first use, else loaded) in STORAGE (Keel's database URL, or a
    storage from `open_storage`), checked against HPO's metric and direction."""
    import optuna

    if isinstance(storage, str):
        storage = open_storage(storage)
    name = name or study_name(hpo)
    study = optuna.create_study(
        study_name=name,
        storage=storage,
        direction=hpo.search.direction,
        sampler=_sampler(hpo, 0),
        pruner=_pruner(hpo),
        load_if_exists=True,
    )
    attrs = study.user_attrs
    if "metric" not in attrs:
        study.set_user_attr("metric", hpo.search.metric)
        study.set_user_attr("space", list(hpo.search.space.params()))
        study.set_user_attr("created_at", time.time())
    elif attrs["metric"] != hpo.search.metric:
        raise ValueError(
            f"study {name!r} optimizes {attrs['metric']!r}, not {hpo.search.metric!r}: give another study name"
        )
    if study.direction.name.lower() != hpo.search.direction:
        raise ValueError(
            f"study {name!r} is to {study.direction.name.lower()} {hpo.search.metric}, not {hpo.search.direction}: "
            "give another study name"
        )
    return study


def _sampler(hpo: HpoConfig, number: int) -> optuna.samplers.BaseSampler:
    """Trial NUMBER's sampler: seeded by (seed, number), so a resumed study draws as an unbroken one."""
    import optuna

    base = hpo.search.seed if hpo.search.seed is not None else hpo.train.seed
    seed = (base * 1_000_003 + number) % 2**32
    if hpo.search.sampler == "random":
        return optuna.samplers.RandomSampler(seed=seed)
    return optuna.samplers.TPESampler(seed=seed)


def _pruner(hpo: HpoConfig) -> optuna.pruners.BasePruner:
    import optuna

    p = hpo.search.pruner
    if p is None or p.type == "none":
        return optuna.pruners.NopPruner()
    return optuna.pruners.MedianPruner(n_startup_trials=p.startup_trials, n_warmup_steps=p.warmup_steps)


# ------------------------------------------------------------------------------ interrupted trials

_TOKEN = uuid.uuid4().hex  # this process, in the trials it runs
_ACTIVE: set[int] = set()  # trial ids running in this process
_ACTIVE_LOCK = threading.Lock()


def _worker() -> dict[str, Any]:
    return {"host": socket.gethostname(), "pid": os.getpid(), "token": _TOKEN}


def _process_gone(worker: Any, trial_id: int) -> bool:
    """Whether the process that ran a RUNNING trial is certainly gone (only knowable on this host)."""
    if not isinstance(worker, dict) or worker.get("host") != socket.gethostname():
        return False  # another host's: its heartbeat tells
    if worker.get("token") == _TOKEN:
        with _ACTIVE_LOCK:
            return trial_id not in _ACTIVE
    pid = worker.get("pid")
    if not isinstance(pid, int) or pid == os.getpid():
        return True  # our pid, another process: the old one is gone
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _is_interrupted(t: optuna.trial.FrozenTrial) -> bool:
    """A failed trial that did not fail by itself (its process died or was stopped)."""
    from optuna.trial import TrialState

    return t.state == TrialState.FAIL and (bool(t.user_attrs.get("interrupted")) or "error" not in t.user_attrs)


def _recover(study: optuna.Study) -> list[int]:
    """Fail the RUNNING trials whose process is gone, and queue a re-run of every interrupted
    trial not re-run yet. Returns the numbers of the trials queued again."""
    from optuna.exceptions import UpdateFinishedTrialError
    from optuna.trial import TrialState

    storage = study._storage
    for t in study.get_trials(deepcopy=False, states=(TrialState.RUNNING,)):
        if not _process_gone(t.user_attrs.get("worker"), t._trial_id):
            continue
        try:
            storage.set_trial_user_attr(t._trial_id, "interrupted", True)
            storage.set_trial_user_attr(t._trial_id, "error", "interrupted: the process running it is gone")
            storage.set_trial_state_values(t._trial_id, TrialState.FAIL)
        except UpdateFinishedTrialError:
            pass  # another process got there first
    return _queue_retries(study)


def _queue_retries(study: optuna.Study) -> list[int]:
    trials = study.get_trials(deepcopy=False)
    retried = {t.user_attrs.get("retry_of") for t in trials}
    queued = []
    for t in trials:
        if not _is_interrupted(t) or t.number in retried or t.user_attrs.get("attempt", 1) >= MAX_ATTEMPTS:
            continue
        study.enqueue_trial(
            dict(t.params),
            user_attrs={
                "retry_of": t.number,
                "attempt": t.user_attrs.get("attempt", 1) + 1,
                "resume_from": t.user_attrs.get("output_dir"),
            },
        )
        queued.append(t.number)
    return queued


def _stale(study: optuna.Study, trial: optuna.trial.FrozenTrial) -> None:
    """Optuna failed TRIAL for its stale heartbeat: queue its re-run."""
    log.warning("trial %d of study %s stopped sending heartbeats: failed, queued again", trial.number, study.study_name)
    _queue_retries(study)


def _done(trials: list[optuna.trial.FrozenTrial]) -> int:
    """Trials that count toward the study's total: finished ones, except interrupted trials that
    are (or will be) re-run."""
    from optuna.trial import TrialState

    finished = (TrialState.COMPLETE, TrialState.PRUNED)
    return sum(
        1
        for t in trials
        if t.state in finished
        or (t.state == TrialState.FAIL and (not _is_interrupted(t) or t.user_attrs.get("attempt", 1) >= MAX_ATTEMPTS))
    )


# ------------------------------------------------------------------------------ results


@dataclass
class TrialRow:
    number: int
    state: str  # complete | pruned | failed | interrupted | running | waiting
    params: dict[str, Any]
    value: float | None
    duration_s: float | None
    output_dir: str | None
    error: str | None = None
    metrics: dict[str, Any] = field(default_factory=dict)
    retry_of: int | None = None
    best: bool = False

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class StudyResult:
    study: str
    storage: str  # where it lives (password hidden)
    metric: str
    direction: str
    best_trial: int | None
    best_params: dict[str, Any]
    best_value: float | None
    best_output_dir: str | None
    trials: list[TrialRow]
    ran: int = 0  # trials run by the call that made this result
    best_config: TrainConfig | None = None  # the training config with the best values

    @property
    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for t in self.trials:
            out[t.state] = out.get(t.state, 0) + 1
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "study": self.study,
            "storage": self.storage,
            "metric": self.metric,
            "direction": self.direction,
            "best_trial": self.best_trial,
            "best_params": self.best_params,
            "best_value": self.best_value,
            "best_output_dir": self.best_output_dir,
            "counts": self.counts,
            "ran": self.ran,
            "trials": [t.to_dict() for t in self.trials],
        }


def _row(t: optuna.trial.FrozenTrial, best: int | None) -> TrialRow:
    from optuna.trial import TrialState

    state = t.state.name.lower()
    if t.state == TrialState.FAIL:
        state = "interrupted" if _is_interrupted(t) else "failed"
    if t.datetime_start is None:
        duration = None
    else:
        end = t.datetime_complete or datetime.now(t.datetime_start.tzinfo)
        duration = round((end - t.datetime_start).total_seconds(), 1)
    error = t.user_attrs.get("error")
    if error is None and state == "interrupted":
        error = "interrupted: its heartbeat stopped"
    if state == "pruned":
        error = f"pruned at step {t.last_step}" if t.last_step is not None else "pruned"
    return TrialRow(
        number=t.number,
        state=state,
        params=dict(t.params),
        value=t.value if t.state == TrialState.COMPLETE else None,
        duration_s=duration,
        output_dir=t.user_attrs.get("output_dir"),
        error=error,
        metrics=dict(t.user_attrs.get("metrics") or {}),
        retry_of=t.user_attrs.get("retry_of"),
        best=t.number == best,
    )


def study_result(study: optuna.Study, hpo: HpoConfig | None = None, ran: int = 0) -> StudyResult:
    """The study's trials as rows, with the best one (None while no trial completed)."""
    from sqlalchemy.engine import make_url

    try:
        best_t = study.best_trial
    except ValueError:
        best_t = None
    best = best_t.number if best_t is not None else None
    rows = [_row(t, best) for t in study.get_trials(deepcopy=False)]
    best_config = None
    if best_t is not None and hpo is not None and best_t.user_attrs.get("output_dir"):
        try:
            best_config = trial_config(hpo.train, best_t.params, best_t.user_attrs["output_dir"])
        except (ValidationError, KeyError):
            best_config = None
    backend = getattr(study._storage, "_backend", study._storage)  # under Optuna's cache
    url = getattr(backend, "url", "")
    return StudyResult(
        study=study.study_name,
        storage=make_url(url).render_as_string(hide_password=True) if url else "",
        metric=study.user_attrs.get("metric", hpo.search.metric if hpo else "value"),
        direction=study.direction.name.lower(),
        best_trial=best,
        best_params=dict(best_t.params) if best_t else {},
        best_value=best_t.value if best_t else None,
        best_output_dir=best_t.user_attrs.get("output_dir") if best_t else None,
        trials=rows,
        ran=ran,
        best_config=best_config,
    )


# ------------------------------------------------------------------------------ running


class _Objective:
    def __init__(
        self,
        hpo: HpoConfig,
        output_dir: Path,
        on_event: Callable[[int, Event], None] | None,
        should_stop: Callable[[], bool] | None,
        dataset_resolver: Callable[[str], str] | None,
    ) -> None:
        self.hpo = hpo
        self.out = output_dir
        self.on_event = on_event
        self.should_stop = should_stop or (lambda: False)
        self.resolver = dataset_resolver
        self.cancelled = False
        self.number: int | None = None  # the trial running or last run

    def suggest(self, trial: optuna.Trial) -> dict[str, Any]:
        params: dict[str, Any] = {}
        for name, d in self.hpo.search.space.params().items():
            kind = PARAMS[name][2]
            if d.choices is not None:
                params[name] = trial.suggest_categorical(name, d.choices)
            elif kind == "int":
                params[name] = trial.suggest_int(name, int(d.low), int(d.high), step=int(d.step or 1), log=d.log)  # type: ignore[arg-type]
            else:
                params[name] = trial.suggest_float(name, d.low, d.high, step=d.step, log=d.log)  # type: ignore[arg-type]
        return params

    def __call__(self, trial: optuna.Trial) -> float:
        import optuna

        from keel.training.trainer import Cancelled, Run

        metric = self.hpo.search.metric
        self.number = trial.number
        out = self.out / f"trial-{trial.number}"
        trial.set_user_attr("output_dir", str(out))
        trial.set_user_attr("worker", _worker())
        with _ACTIVE_LOCK:
            _ACTIVE.add(trial._trial_id)
        pruned: list[int] = []
        try:
            params = self.suggest(trial)
            cfg = trial_config(self.hpo.train, params, out)
            _take_checkpoints(trial.user_attrs.get("resume_from"), out)

            def event(e: Event) -> None:
                data = e.get("data") or {}
                if e.get("type") == "metrics" and isinstance(data.get(metric), int | float) and "step" in data:
                    trial.report(float(data[metric]), int(data["step"]))
                    if trial.should_prune():
                        pruned.append(int(data["step"]))
                if self.on_event is not None:
                    self.on_event(trial.number, e)

            run = Run(
                cfg,
                out,
                on_event=event,
                should_stop=lambda: bool(pruned) or self.should_stop(),
                dataset_resolver=self.resolver,
            )
            result = run.run()
            value = result.metrics.get(metric)
            trial.set_user_attr("metrics", _jsonable(result.metrics))
            if not isinstance(value, int | float):
                raise ValueError(f"the run reported no {metric}")
            return float(value)
        except Cancelled:
            if pruned:
                raise optuna.TrialPruned(f"{metric} at step {pruned[0]}") from None
            self.cancelled = True
            trial.set_user_attr("interrupted", True)
            trial.set_user_attr("error", "interrupted: cancelled")
            raise
        except optuna.TrialPruned:
            raise
        except ValidationError as exc:
            trial.set_user_attr("error", "invalid config: " + "; ".join(_pydantic_errors(exc)))
            raise
        except Exception as exc:
            trial.set_user_attr("error", f"{type(exc).__name__}: {exc}"[:2000])
            raise
        except BaseException:  # Ctrl-C: re-run when the study is resumed
            self.cancelled = True
            trial.set_user_attr("interrupted", True)
            trial.set_user_attr("error", "interrupted")
            raise
        finally:
            with _ACTIVE_LOCK:
                _ACTIVE.discard(trial._trial_id)


def _take_checkpoints(previous: str | None, out: Path) -> None:
    """A re-run trial goes on from the interrupted run's checkpoints (same values, same steps)."""
    if not previous:
        return
    src = Path(previous) / "checkpoints"
    dst = out / "checkpoints"
    if src.is_dir() and src != dst and not dst.exists():
        out.mkdir(parents=True, exist_ok=True)
        shutil.move(str(src), str(dst))


def _pydantic_errors(exc: ValidationError) -> list[str]:
    return [f"{'.'.join(map(str, e['loc']))}: {e['msg'].removeprefix('Value error, ')}" for e in exc.errors()]


def _jsonable(metrics: dict[str, Any]) -> dict[str, Any]:
    return orjson.loads(orjson.dumps(metrics, default=str))


def run_study(
    hpo: HpoConfig,
    storage_url: str,
    output_dir: str | Path,
    on_trial: Callable[[TrialRow, StudyResult], None] | None = None,
    n_trials: int | None = None,
    *,
    study: str | None = None,
    on_event: Callable[[int, Event], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    dataset_resolver: Callable[[str], str] | None = None,
) -> StudyResult:
    """Run the study until it has N_TRIALS (default `search.trials`) finished trials.

    STORAGE_URL is Keel's database URL (`storage.url`); each trial runs in OUTPUT_DIR/trial-<n>.
    ON_TRIAL(row, result so far) is called after each trial; ON_EVENT(trial number, event) with
    every event of the trials' runs; SHOULD_STOP is asked before each step: a stopped study
    raises `Cancelled` (its current trial is re-run when the study is resumed). STUDY overrides
    the study's name."""
    from keel.training.trainer import Cancelled

    target = n_trials if n_trials is not None else hpo.search.trials
    if target < 1:
        raise ValueError("n_trials must be at least 1")
    out = Path(output_dir).expanduser().resolve()
    out.mkdir(parents=True, exist_ok=True)
    storage = open_storage(storage_url)
    st = open_study(hpo, storage, name=study)
    objective = _Objective(hpo, out, on_event, should_stop, dataset_resolver)
    ran = 0
    try:
        requeued = _recover(st)
        if requeued:
            log.info("study %s: re-running interrupted trials %s", st.study_name, requeued)
        while not objective.cancelled:
            trials = st.get_trials(deepcopy=False)
            if _done(trials) >= target:
                break
            if should_stop is not None and should_stop():
                objective.cancelled = True
                break
            number = len(trials)
            st.sampler = _sampler(hpo, number)
            objective.number = None
            st.optimize(objective, n_trials=1, catch=(Exception,), gc_after_trial=True)
            ran += 1
            if on_trial is not None and objective.number is not None:
                result = study_result(st, hpo, ran)
                on_trial(next(r for r in result.trials if r.number == objective.number), result)
        result = study_result(st, hpo, ran)
    finally:
        storage.remove_session()
        storage.engine.dispose()
    if objective.cancelled:
        raise Cancelled(f"study {st.study_name} stopped after {ran} trials")
    return result


# ------------------------------------------------------------------------------ the progress table


def _fmt(v: Any) -> str:
    if isinstance(v, float):
        return f"{v:.2e}" if v != 0 and (abs(v) < 1e-3 or abs(v) >= 1e5) else f"{v:.4g}"
    return str(v)


def _duration(s: float | None) -> str:
    if s is None:
        return ""
    if s < 60:
        return f"{s:.1f}s"
    m, sec = divmod(int(s), 60)
    return f"{m}m{sec:02d}s" if m < 60 else f"{m // 60}h{m % 60:02d}m"


def progress_table(study_or_result: optuna.Study | StudyResult) -> Table:
    """A rich table of the study's trials: number, state, the values, the metric, the duration
    and a note (error, pruning step, the trial it re-runs); the best trial starred."""
    from rich.table import Table

    res = study_or_result if isinstance(study_or_result, StudyResult) else study_result(study_or_result)
    names: list[str] = []
    for t in res.trials:
        for k in t.params:
            if k not in names:
                names.append(k)
    best = (
        f"best {res.metric} {_fmt(res.best_value)} (trial {res.best_trial})"
        if res.best_trial is not None
        else "no trial complete yet"
    )
    counts = ", ".join(f"{n} {s}" for s, n in sorted(res.counts.items()))
    table = Table(title=f"study {res.study}: {res.direction} {res.metric}", caption=f"{counts}; {best}")
    table.add_column("#", justify="right")
    table.add_column("state")
    for n in names:
        table.add_column(n, justify="right")
    table.add_column(res.metric, justify="right")
    table.add_column("time", justify="right")
    table.add_column("note", overflow="fold", max_width=60)
    colors = {"complete": "", "pruned": "yellow", "failed": "red", "interrupted": "magenta", "running": "cyan"}
    for t in res.trials:
        note = t.error or ""
        if t.retry_of is not None:
            note = f"re-run of #{t.retry_of}" + (f"; {note}" if note else "")
        table.add_row(
            f"★ {t.number}" if t.best else str(t.number),
            t.state,
            *(_fmt(t.params[n]) if n in t.params else "" for n in names),
            _fmt(t.value) if t.value is not None else "",
            _duration(t.duration_s),
            note,
            style="bold green" if t.best else colors.get(t.state, "dim"),
        )
    return table
