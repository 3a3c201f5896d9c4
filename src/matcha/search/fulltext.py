"""Candidates' full-text index, owned by the database so every write keeps it in step.

- SQLite: an FTS5 table `candidates_fts` that triggers on `candidates` fill, in the same
  transaction as the row (whatever wrote it: a request, an import, the demo loader).
- PostgreSQL: a generated `tsvector` column `candidates.search_vector` (name and email weigh
  most, then skills, then the résumé) with a GIN index; PostgreSQL computes it in the row's
  own statement.

Accents fold on both, so "Jose" finds "José" and the other way round: FTS5's tokenizer removes
diacritics; on PostgreSQL the text passes through `translate()` with a table of accented Latin
letters (built here from Unicode's decompositions) before it is indexed, and the query words
through the same table. `translate` is built in and immutable, as a generated column needs;
the `unaccent` extension is neither (it is STABLE, and may be missing or need a superuser).

The ORM model does not map these objects: they are created with the `candidates` table
(`attach`), by the migration that backfills existing rows, and left out of Alembic's
comparisons (`include_object`).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, event, func, literal_column, text
from sqlalchemy.sql import column, table

FTS_TABLE = "candidates_fts"
PG_COLUMN = "search_vector"
PG_INDEX = "ix_candidates_search_vector"
MAX_TERMS = 12
_TERMS = re.compile(r"[^\W_]+")

SQLITE_CREATE = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "candidate_id UNINDEXED, name, email, skills, resume_text, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER IF NOT EXISTS candidates_fts_insert AFTER INSERT ON candidates BEGIN "
    f"INSERT INTO {FTS_TABLE} (candidate_id, name, email, skills, resume_text) "
    "VALUES (new.id, new.name, new.email, new.skills, new.resume_text); END",
    f"CREATE TRIGGER IF NOT EXISTS candidates_fts_delete AFTER DELETE ON candidates BEGIN "
    f"DELETE FROM {FTS_TABLE} WHERE candidate_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS candidates_fts_update "
    "AFTER UPDATE OF id, name, email, skills, resume_text ON candidates BEGIN "
    f"DELETE FROM {FTS_TABLE} WHERE candidate_id = old.id; "
    f"INSERT INTO {FTS_TABLE} (candidate_id, name, email, skills, resume_text) "
    "VALUES (new.id, new.name, new.email, new.skills, new.resume_text); END",
)
SQLITE_BACKFILL = (
    f"INSERT INTO {FTS_TABLE} (candidate_id, name, email, skills, resume_text) "
    "SELECT id, name, email, skills, resume_text FROM candidates"
)
SQLITE_DROP = (
    "DROP TRIGGER IF EXISTS candidates_fts_update",
    "DROP TRIGGER IF EXISTS candidates_fts_delete",
    "DROP TRIGGER IF EXISTS candidates_fts_insert",
    f"DROP TABLE IF EXISTS {FTS_TABLE}",
)


# Letters without a Unicode decomposition that FTS5's unicode61 tokenizer folds all the same.
_UNDECOMPOSED = {"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ħ": "h", "Ħ": "H"}
_LATIN = (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00))  # Latin-1 to Extended-B, Additional


def _accent_table() -> dict[str, str]:
    """Each accented Latin letter and its base letter ("é" -> "e", "Ő" -> "O")."""
    table = dict(_UNDECOMPOSED)
    for code in _LATIN:
        letter = chr(code)
        base = "".join(
            c for c in unicodedata.normalize("NFD", letter) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != letter and base.isascii() and base.isalpha():
            table[letter] = base
    return table


ACCENTS = _accent_table()
_FOLD = str.maketrans(ACCENTS)


def fold(text: str) -> str:
    """`text` with accents taken off its Latin letters, as the index stores them."""
    return text.translate(_FOLD)


def _words(expr: str) -> str:
    """Accents off, then punctuation to spaces, so "José" indexes as "Jose" and
    "priya.s@mail.com" and "Node.js" word by word."""
    accented, plain = "".join(ACCENTS), "".join(ACCENTS.values())
    folded = f"translate(coalesce({expr}, ''), '{accented}', '{plain}')"
    return f"regexp_replace({folded}, '\\W+', ' ', 'g')"


PG_CREATE = (
    f"ALTER TABLE candidates ADD COLUMN {PG_COLUMN} tsvector GENERATED ALWAYS AS ("
    f"setweight(to_tsvector('simple', {_words('name')} || ' ' || {_words('email')}), 'A') || "
    f"setweight(to_tsvector('simple', {_words('skills::text')}), 'B') || "
    f"setweight(to_tsvector('simple', {_words('resume_text')}), 'C')) STORED",
    f"CREATE INDEX {PG_INDEX} ON candidates USING gin ({PG_COLUMN})",
)
PG_DROP = (
    f"DROP INDEX IF EXISTS {PG_INDEX}",
    f"ALTER TABLE candidates DROP COLUMN IF EXISTS {PG_COLUMN}",
)


def install(connection: Connection) -> None:
    """Create the index for this database (the `candidates` table must exist)."""
    dialect = connection.dialect.name
    statements = {"sqlite": SQLITE_CREATE, "postgresql": PG_CREATE}.get(dialect, ())
    for statement in statements:
        connection.execute(text(statement))


def remove(connection: Connection) -> None:
    """Drop the index (before the `candidates` table goes)."""
    dialect = connection.dialect.name
    statements = {"sqlite": SQLITE_DROP, "postgresql": PG_DROP}.get(dialect, ())
    for statement in statements:
        connection.execute(text(statement))


def attach(candidates: Table) -> None:
    """Create and drop the index with the table (`metadata.create_all`, tests, fresh installs)."""
    event.listen(candidates, "after_create", lambda _t, conn, **_kw: install(conn))
    event.listen(candidates, "before_drop", lambda _t, conn, **_kw: remove(conn))


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, _compare: Any) -> bool:
    """Alembic: the index's objects (FTS5 shadow tables, the tsvector column) are not models'."""
    if name is None:
        return True
    if type_ == "table" and name.startswith(FTS_TABLE):
        return False
    return not (type_ in ("column", "index") and name in (PG_COLUMN, PG_INDEX))


def terms(query: str) -> list[str]:
    """The words of a search box's text (letters and digits), lower-cased, at most MAX_TERMS."""
    return _TERMS.findall(fold(query).lower())[:MAX_TERMS]  # lower: "ß" stays, as indexed


_fts = table(FTS_TABLE, column("candidate_id"))


def match(dialect: str, words: list[str]) -> tuple[Any, ColumnElement[bool], ColumnElement[Any]]:
    """(table to join or None, the WHERE condition, a rank where smaller is better) for
    candidates holding every word as a prefix ("pri" finds Priya), best first."""
    if dialect == "sqlite":
        expr = " AND ".join(f'"{w}"*' for w in words)  # \w-only words need no quoting beyond this
        ident: ColumnElement[Any] = literal_column(FTS_TABLE)
        rank = func.bm25(ident, 0.0, 10.0, 8.0, 4.0, 1.0)  # name, email, skills, résumé
        return _fts, ident.op("MATCH")(expr), rank
    vector: ColumnElement[Any] = literal_column(f"candidates.{PG_COLUMN}")
    query = func.to_tsquery("simple", " & ".join(f"{w}:*" for w in words))
    return None, vector.op("@@")(query), -func.ts_rank(vector, query)
