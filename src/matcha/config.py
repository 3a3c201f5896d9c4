"""Typed settings, read once from the environment or `.env`."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

Environment = Literal["dev", "production"]
WorkerMode = Literal["combined", "always-on", "on-demand", "scheduled", "lean"]
AIProviderName = Literal["embedded", "gemini", "openai"]

DATA_DIR = Path("data")
DEV_SECRET = "matcha-dev-secret-do-not-use-in-production"
DEV_OPERATOR_ORG = "Demo organisation"  # the demo loader's organisation (matcha.demo.loader)
MIN_SECRET_CHARS = 32
MIN_SECRET_DISTINCT = 8  # a random 32-character hex key has ~14; "ab" * 16 has 2
MIN_SECRET_WITHOUT_RUNS = 16  # characters left once runs of one character count as one
# Words of keys copied from examples and templates, compared without case or punctuation.
PLACEHOLDERS = (
    "changeme",
    "changethis",
    "replaceme",
    "yoursecret",
    "secretkeyhere",
    "putyour",
    "insertyour",
    "placeholder",
    "example",
    "donotuse",
    "notasecret",
    "insecure",
    "password",
)
_RUNS = re.compile(r"(.)\1+", re.DOTALL)
_ORIGIN = re.compile(
    r"https?://[A-Za-z0-9.\-]+(:[0-9]{1,5})?|https?://\[[0-9A-Fa-f:.]+\](:[0-9]{1,5})?"
)


class InsecureConfig(RuntimeError):
    """The settings are not safe to serve with outside dev mode."""


def secret_problem(settings: Settings) -> str | None:
    """Why the secret key can't be used here, or None when it can."""
    if settings.dev:
        return None
    hint = (
        "set MATCHA_SECRET_KEY to a random value of at least "
        f"{MIN_SECRET_CHARS} characters (python -c 'import secrets; "
        "print(secrets.token_urlsafe(48))'), or MATCHA_ENV=dev on a development machine"
    )
    if settings.secret_key is None:
        return f"MATCHA_SECRET_KEY is missing: {hint}"
    value = settings.secret_key.get_secret_value()
    if value == DEV_SECRET or len(value) < MIN_SECRET_CHARS:
        return f"MATCHA_SECRET_KEY is the default or too short: {hint}"
    weakness = secret_weakness(value)
    if weakness is not None:
        return f"MATCHA_SECRET_KEY looks guessable ({weakness}): {hint}"
    return None


def secret_weakness(value: str) -> str | None:
    """What makes a long enough key obviously not random, or None: a placeholder's words,
    few distinct characters, a short pattern repeated, or mostly runs of one character."""
    words = re.sub(r"[^a-z0-9]", "", value.lower())
    for placeholder in PLACEHOLDERS:
        if placeholder in words:
            return f"it contains the placeholder {placeholder!r}"
    if len(set(value)) < MIN_SECRET_DISTINCT:
        return f"only {len(set(value))} distinct characters"
    for period in range(1, len(value) // 2 + 1):
        if value[period:] == value[:-period]:
            return f"a {period}-character pattern repeated"
    if len(_RUNS.sub(r"\1", value)) < MIN_SECRET_WITHOUT_RUNS:
        return "mostly one character repeated"
    return None


class Settings(BaseSettings):
    """Everything matcha reads from its environment; defaults need no server and no key."""

    model_config = SettingsConfigDict(
        env_file=".env", extra="ignore", populate_by_name=True, env_ignore_empty=True
    )

    data_dir: Path = Field(default=DATA_DIR, validation_alias=AliasChoices("MATCHA_DATA_DIR"))
    database_url: str = Field(
        default=f"sqlite:///{DATA_DIR / 'matcha.db'}",
        validation_alias=AliasChoices("DATABASE_URL", "MATCHA_DATABASE_URL"),
    )
    broker_url: str = Field(
        default=f"sqla+sqlite:///{DATA_DIR / 'broker.db'}",
        validation_alias=AliasChoices("MATCHA_BROKER_URL", "CELERY_BROKER_URL", "REDIS_URL"),
    )
    ai_provider: AIProviderName = Field(
        default="embedded", validation_alias=AliasChoices("MATCHA_AI_PROVIDER")
    )
    worker_mode: WorkerMode = Field(
        default="combined", validation_alias=AliasChoices("MATCHA_WORKER_MODE")
    )
    worker_concurrency: int = Field(
        default=8, ge=1, le=256, validation_alias=AliasChoices("MATCHA_WORKER_CONCURRENCY")
    )
    max_transcript_chars: int = Field(
        default=200_000, ge=1_000, validation_alias=AliasChoices("MATCHA_MAX_TRANSCRIPT_CHARS")
    )
    max_body_bytes: int = Field(
        default=6 * 1024 * 1024, ge=1024, validation_alias=AliasChoices("MATCHA_MAX_BODY_BYTES")
    )
    max_upload_bytes: int = Field(
        default=5 * 1024 * 1024, ge=1024, validation_alias=AliasChoices("MATCHA_MAX_UPLOAD_BYTES")
    )
    import_max_rows: int = Field(
        default=50_000, ge=1, le=1_000_000, validation_alias=AliasChoices("MATCHA_IMPORT_MAX_ROWS")
    )
    import_sync_rows: int = Field(
        default=500, ge=0, le=1_000_000, validation_alias=AliasChoices("MATCHA_IMPORT_SYNC_ROWS")
    )
    resume_max_pages: int = Field(
        default=20, ge=1, le=1000, validation_alias=AliasChoices("MATCHA_RESUME_MAX_PAGES")
    )
    resume_max_inflated_bytes: int = Field(
        # A .docx's entries together, and each decoded PDF stream; a 5 MiB upload of images and
        # text inflates to well under this, a zip bomb far past it.
        default=10 * 1024 * 1024,
        ge=64 * 1024,
        validation_alias=AliasChoices("MATCHA_RESUME_MAX_INFLATED_BYTES"),
    )
    resume_max_xml_bytes: int = Field(
        # Each XML part of a .docx: a dense 10-page résumé's document.xml is ~0.5 MiB.
        default=2 * 1024 * 1024,
        ge=64 * 1024,
        validation_alias=AliasChoices("MATCHA_RESUME_MAX_XML_BYTES"),
    )
    resume_parse_seconds: float = Field(
        default=2.0, gt=0, le=600, validation_alias=AliasChoices("MATCHA_RESUME_PARSE_SECONDS")
    )
    bulk_parse_seconds: float = Field(
        default=30.0, gt=0, le=3600, validation_alias=AliasChoices("MATCHA_BULK_PARSE_SECONDS")
    )
    job_max_attempts: int = Field(
        default=3, ge=1, le=20, validation_alias=AliasChoices("MATCHA_JOB_MAX_ATTEMPTS")
    )
    job_lease_seconds: float = Field(
        default=60.0, gt=0, validation_alias=AliasChoices("MATCHA_JOB_LEASE_SECONDS")
    )
    broker_poll_seconds: float = Field(
        default=0.25, gt=0, le=10, validation_alias=AliasChoices("MATCHA_BROKER_POLL_SECONDS")
    )
    broker_visibility_timeout: int = Field(
        # Longer than the longest hard time limit (matching: 3600 s), so Redis never hands a
        # running job's message to a second worker; even if it did, the claim would refuse it.
        default=7200,
        ge=1,
        validation_alias=AliasChoices("MATCHA_BROKER_VISIBILITY_TIMEOUT"),
    )
    worker_max_memory_mib: float | None = Field(
        default=None, gt=0, validation_alias=AliasChoices("MATCHA_WORKER_MAX_MEMORY_MIB")
    )
    sweep_interval: float = Field(
        default=3.0, gt=0, le=3600, validation_alias=AliasChoices("MATCHA_SWEEP_INTERVAL")
    )
    worker_heartbeat_seconds: float = Field(
        default=3.0, gt=0, le=600, validation_alias=AliasChoices("MATCHA_WORKER_HEARTBEAT")
    )
    worker_dead_after: float = Field(
        # Three missed beats: a worker silent this long is dead, and its jobs start again
        # elsewhere (its late writes are fenced by the lease token, should it only be slow).
        default=10.0,
        gt=0,
        le=86400,
        validation_alias=AliasChoices("MATCHA_WORKER_DEAD_AFTER"),
    )
    sweep_stale_after: float = Field(
        default=30.0, gt=0, le=86400, validation_alias=AliasChoices("MATCHA_SWEEP_STALE_AFTER")
    )
    ondemand_idle_timeout: float = Field(
        default=10.0, gt=0, le=3600, validation_alias=AliasChoices("MATCHA_ONDEMAND_IDLE_TIMEOUT")
    )
    broker_key_prefix: str = Field(
        default="", max_length=100, validation_alias=AliasChoices("MATCHA_BROKER_KEY_PREFIX")
    )
    # --- real LLM providers (MATCHA_AI_PROVIDER=gemini|openai) ---------------------------
    ai_model: str | None = Field(default=None, validation_alias=AliasChoices("MATCHA_AI_MODEL"))
    gemini_api_key: str | None = Field(
        default=None, validation_alias=AliasChoices("GEMINI_API_KEY", "GOOGLE_API_KEY")
    )
    gemini_model: str = Field(
        default="gemini-2.5-flash-lite", validation_alias=AliasChoices("GEMINI_MODEL")
    )
    gemini_base_url: str = Field(
        default="https://generativelanguage.googleapis.com",
        validation_alias=AliasChoices("GEMINI_BASE_URL"),
    )
    vertex_project: str | None = Field(
        default=None, validation_alias=AliasChoices("GOOGLE_CLOUD_PROJECT", "VERTEX_PROJECT")
    )
    vertex_location: str = Field(
        default="us-central1", validation_alias=AliasChoices("GOOGLE_CLOUD_LOCATION")
    )
    openai_api_key: str | None = Field(
        default=None, validation_alias=AliasChoices("OPENAI_API_KEY")
    )
    openai_base_url: str = Field(
        default="https://api.openai.com/v1", validation_alias=AliasChoices("OPENAI_BASE_URL")
    )
    openai_model: str = Field(default="gpt-4o-mini", validation_alias=AliasChoices("OPENAI_MODEL"))
    llm_timeout: float = Field(
        default=60.0, gt=0, le=600, validation_alias=AliasChoices("MATCHA_LLM_TIMEOUT")
    )
    llm_max_retries: int = Field(
        default=4, ge=0, le=10, validation_alias=AliasChoices("MATCHA_LLM_MAX_RETRIES")
    )
    llm_concurrency: int = Field(
        default=8, ge=1, le=256, validation_alias=AliasChoices("MATCHA_LLM_CONCURRENCY")
    )
    match_top_k: int | None = Field(
        default=None, ge=1, validation_alias=AliasChoices("MATCHA_MATCH_TOP_K")
    )
    daily_call_budget: int | None = Field(
        default=None, ge=0, validation_alias=AliasChoices("MATCHA_DAILY_CALL_BUDGET")
    )
    daily_token_budget: int | None = Field(
        default=None, ge=0, validation_alias=AliasChoices("MATCHA_DAILY_TOKEN_BUDGET")
    )
    sql_echo: bool = Field(default=False, validation_alias=AliasChoices("MATCHA_SQL_ECHO"))
    # The API serves sync routes on a pool of 40 threads and each request holds at most one
    # connection at a time, so 10 + 30 lets every thread have one without keeping 40 open.
    db_pool_size: int = Field(
        default=10, ge=1, le=500, validation_alias=AliasChoices("MATCHA_DB_POOL_SIZE")
    )
    db_max_overflow: int = Field(
        default=30, ge=0, le=500, validation_alias=AliasChoices("MATCHA_DB_MAX_OVERFLOW")
    )
    db_pool_timeout: float = Field(
        default=30.0, gt=0, le=600, validation_alias=AliasChoices("MATCHA_DB_POOL_TIMEOUT")
    )
    # --- accounts and limits ------------------------------------------------------------
    env: Environment = Field(default="production", validation_alias=AliasChoices("MATCHA_ENV"))
    secret_key: SecretStr | None = Field(
        default=None, validation_alias=AliasChoices("MATCHA_SECRET_KEY")
    )
    api_docs: bool | None = Field(
        # /docs, /redoc and /openapi.json: served in dev mode unless set; off in production.
        default=None,
        validation_alias=AliasChoices("MATCHA_API_DOCS"),
    )
    registration: Literal["open", "closed"] = Field(
        default="open", validation_alias=AliasChoices("MATCHA_REGISTRATION")
    )
    session_ttl_minutes: int = Field(
        default=12 * 60, ge=1, le=60 * 24 * 30, validation_alias=AliasChoices("MATCHA_SESSION_TTL")
    )
    login_attempts: int = Field(
        default=10, ge=1, validation_alias=AliasChoices("MATCHA_LOGIN_ATTEMPTS")
    )
    login_window_seconds: int = Field(
        default=300, ge=1, validation_alias=AliasChoices("MATCHA_LOGIN_WINDOW")
    )
    apply_per_address: int = Field(
        default=5, ge=1, validation_alias=AliasChoices("MATCHA_APPLY_PER_ADDRESS")
    )
    apply_per_position: int = Field(
        default=200, ge=1, validation_alias=AliasChoices("MATCHA_APPLY_PER_POSITION")
    )
    apply_window_seconds: int = Field(
        default=3600, ge=1, validation_alias=AliasChoices("MATCHA_APPLY_WINDOW")
    )
    register_attempts: int = Field(
        default=5, ge=1, validation_alias=AliasChoices("MATCHA_REGISTER_ATTEMPTS")
    )
    register_window_seconds: int = Field(
        default=3600, ge=1, validation_alias=AliasChoices("MATCHA_REGISTER_WINDOW")
    )
    user_create_attempts: int = Field(
        default=30, ge=1, validation_alias=AliasChoices("MATCHA_USER_CREATE_ATTEMPTS")
    )
    user_create_window_seconds: int = Field(
        default=3600, ge=1, validation_alias=AliasChoices("MATCHA_USER_CREATE_WINDOW")
    )
    ai_requests_per_minute: int = Field(
        default=60, ge=1, validation_alias=AliasChoices("MATCHA_AI_RATE_PER_MINUTE")
    )
    max_active_jobs: int = Field(
        default=500, ge=1, validation_alias=AliasChoices("MATCHA_MAX_ACTIVE_JOBS")
    )
    max_streams_per_org: int = Field(
        default=20, ge=1, le=10_000, validation_alias=AliasChoices("MATCHA_MAX_STREAMS_PER_ORG")
    )
    operator_org: str | None = Field(
        default=None, max_length=200, validation_alias=AliasChoices("MATCHA_OPERATOR_ORG")
    )
    cors_origins: str = Field(
        # Comma-separated origins (scheme://host[:port]) whose pages may call the API from a
        # browser, e.g. the original React frontend on http://localhost:5174. None by default.
        default="",
        max_length=10_000,
        validation_alias=AliasChoices("MATCHA_CORS_ORIGINS"),
    )
    screening_advance: Literal["move", "suggest"] = Field(
        # A passing screening interview tied to an application: `move` it to `interview`, or
        # only `suggest` that. A failing one only ever suggests `rejected`.
        default="move",
        validation_alias=AliasChoices("MATCHA_SCREENING_ADVANCE"),
    )

    @property
    def dev(self) -> bool:
        return self.env == "dev"

    @property
    def docs_enabled(self) -> bool:
        """Whether the API serves its docs pages and schema: MATCHA_API_DOCS, else dev mode."""
        return self.dev if self.api_docs is None else self.api_docs

    @property
    def operator_organisation(self) -> str | None:
        """The organisation (name or id) whose admins are operators: they see machine-wide
        facts (workers, hosts, RSS, the broker, every organisation's queues). Dev mode
        defaults to the demo organisation; elsewhere there is none until it is set."""
        if self.operator_org:
            return self.operator_org
        return DEV_OPERATOR_ORG if self.dev else None

    @property
    def cors_origin_list(self) -> list[str]:
        """MATCHA_CORS_ORIGINS as a list (empty: no cross-origin browser calls)."""
        return [o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip()]

    def signing_key(self) -> bytes:
        """The secret tokens are keyed with; dev mode alone may fall back to a known one."""
        problem = secret_problem(self)
        if problem is not None:
            raise InsecureConfig(problem)
        value = self.secret_key.get_secret_value() if self.secret_key else DEV_SECRET
        return value.encode()

    @model_validator(mode="after")
    def _dead_after_outlasts_beats(self) -> Settings:
        """A worker must be able to miss a beat without being taken for dead."""
        if self.worker_dead_after < 2 * self.worker_heartbeat_seconds:
            raise ValueError(
                f"MATCHA_WORKER_DEAD_AFTER ({self.worker_dead_after:g}) must be at least twice "
                f"MATCHA_WORKER_HEARTBEAT ({self.worker_heartbeat_seconds:g})"
            )
        return self

    @field_validator("cors_origins")
    @classmethod
    def _origins_are_origins(cls, value: str) -> str:
        """Each entry is an origin as browsers send it, or `*`; a path or a typo is refused."""
        for origin in (o.strip().rstrip("/") for o in value.split(",") if o.strip()):
            if origin != "*" and not _ORIGIN.fullmatch(origin):
                raise ValueError(
                    f"MATCHA_CORS_ORIGINS: {origin!r} is not an origin like "
                    "http://localhost:5174 (scheme, host and optional port; no path)"
                )
        return value

    @field_validator("database_url")
    @classmethod
    def _normalise_postgres_driver(cls, url: str) -> str:
        """Accept the common `postgres://` and `postgresql://` spellings, and use psycopg 3."""
        for prefix in ("postgres://", "postgresql://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url[len(prefix) :]
        return url


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings; tests clear the cache to change them."""
    return Settings()
