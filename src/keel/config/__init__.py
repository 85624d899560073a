"""keel.yaml: the loader (file:line errors) and one schema module per section.

A config file is optional: `Settings()` alone serves the embedded default model.
"""

from keel.config.auth import MIN_KEY_LENGTH, ApiKeySettings, AuthSettings
from keel.config.base import Strict, cache_dir, keel_home
from keel.config.cache import CacheSettings, SemanticCacheSettings
from keel.config.grounding import GroundingSettings
from keel.config.guard import GUARD_INPUT_PII, GUARD_PATTERN_PII, GuardPolicy, GuardSettings, ScannerRule
from keel.config.jobs import JobsSettings
from keel.config.limits import LimitRule, LimitsSettings
from keel.config.loader import ConfigError, ConfigProblem, interpolate, load_settings, parse_settings
from keel.config.models import (
    DEFAULT_MODEL,
    BreakerSettings,
    DeploymentSettings,
    HealthCheckSettings,
    ModelSettings,
    RoutingSettings,
)
from keel.config.pipeline import DEFAULT_PIPELINE, ROUTES, entry_name, entry_params
from keel.config.server import RegistrySettings, ServerSettings, StorageSettings, TrainingSettings
from keel.config.settings import Settings

__all__ = [
    "DEFAULT_MODEL",
    "DEFAULT_PIPELINE",
    "GUARD_INPUT_PII",
    "GUARD_PATTERN_PII",
    "MIN_KEY_LENGTH",
    "ROUTES",
    "ApiKeySettings",
    "AuthSettings",
    "BreakerSettings",
    "CacheSettings",
    "ConfigError",
    "ConfigProblem",
    "DeploymentSettings",
    "GroundingSettings",
    "GuardPolicy",
    "GuardSettings",
    "HealthCheckSettings",
    "JobsSettings",
    "LimitRule",
    "LimitsSettings",
    "ModelSettings",
    "RegistrySettings",
    "RoutingSettings",
    "ScannerRule",
    "SemanticCacheSettings",
    "ServerSettings",
    "Settings",
    "StorageSettings",
    "Strict",
    "TrainingSettings",
    "cache_dir",
    "entry_name",
    "entry_params",
    "interpolate",
    "keel_home",
    "load_settings",
    "parse_settings",
]
