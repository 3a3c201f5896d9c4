"""Engine, sessions and the declarative base. SQLite by default, PostgreSQL by URL."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar, cast

from sqlalchemy import (
    JSON,
    DateTime,
    Dialect,
    Engine,
    MetaData,
    Table,
    TypeDecorator,
    Uuid,
    create_engine,
    event,
)
from sqlalchemy.engine import make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from matcha.config import get_settings

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite would hand back naive ones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC) if value is not None else None

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dict[str, Any]: JSON,
        list[Any]: JSON,
        datetime: UTCDateTime,
        uuid.UUID: Uuid,
    }


class IdMixin:
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


def _prepare_sqlite(url: str) -> None:
    """Create the directory of a SQLite file so the first run needs no setup."""
    database = make_url(url).database
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the API read while a worker writes; busy_timeout waits instead of failing.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str, *, echo: bool = False, **options: Any) -> Engine:
    """An engine with the per-backend settings matcha relies on (`options` go to SQLAlchemy)."""
    if url.startswith("sqlite"):
        _prepare_sqlite(url)
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False}, **options)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    options = {"pool_pre_ping": True, "pool_size": 5, "max_overflow": 10, **options}
    return create_engine(url, echo=echo, **options)


@lru_cache
def get_engine() -> Engine:
    """The process's engine. Its pool is sized by MATCHA_DB_POOL_SIZE / _MAX_OVERFLOW /
    _POOL_TIMEOUT; no request ever holds two of its connections at once (see ratelimit)."""
    settings = get_settings()
    pool: dict[str, Any] = {}
    if make_url(settings.database_url).database not in (None, "", ":memory:"):
        pool = {
            "pool_size": settings.db_pool_size,
            "max_overflow": settings.db_max_overflow,
            "pool_timeout": settings.db_pool_timeout,
        }
    return make_engine(settings.database_url, echo=settings.sql_echo, **pool)


@lru_cache
def get_sessionmaker() -> sessionmaker[Session]:
    return sessionmaker(bind=get_engine(), expire_on_commit=False)


@contextmanager
def session_scope() -> Iterator[Session]:
    """A session for shells outside a request (CLI, worker): commit on success, else roll back."""
    session = get_sessionmaker()()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def reset_caches() -> None:
    """Forget the engine and settings (tests switch databases with this)."""
    if get_engine.cache_info().currsize:
        get_engine().dispose()
    get_sessionmaker.cache_clear()
    get_engine.cache_clear()
    get_settings.cache_clear()


M = TypeVar("M", bound=Base)


def get_or_404(session: Session, model: type[M], ident: object, *, label: str | None = None) -> M:
    """The row of `model` with primary key `ident`, or NotFound (HTTP 404)."""
    from matcha.errors import NotFound

    row = session.get(model, ident)
    if row is None:
        raise NotFound(label or model.__name__.lower(), ident)
    return row


def insert_for(dialect: Dialect, table: Table) -> Any:
    """The dialect's INSERT, which knows ON CONFLICT (SQLite and PostgreSQL both do)."""
    if dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert(table)
    if dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table)
    raise NotImplementedError(f"upsert is not implemented for {dialect.name}")  # pragma: no cover


# What a core INSERT's values gain before they are written (tenancy adds its organisation):
# registered by the module that knows, so this one imports none of them.
InsertStamp = Callable[[Session, type["Base"], dict[str, Any]], dict[str, Any]]
INSERT_STAMPS: list[InsertStamp] = []


def upsert(
    session: Session, model: type[Base], values: dict[str, Any], *, conflict: tuple[str, ...]
) -> None:
    """Insert `values`, or update the row that has the same `conflict` columns (atomic)."""
    for stamp in INSERT_STAMPS:
        values = stamp(session, model, values)
    table = cast(Table, model.__table__)
    stmt = insert_for(session.get_bind().dialect, table).values(**values)
    changed = {k: v for k, v in values.items() if k not in (*conflict, "id", "created_at")}
    session.execute(stmt.on_conflict_do_update(index_elements=list(conflict), set_=changed))
