"""`matcha import candidates` of N generated rows (default 10,000) into a fresh SQLite database:
wall time, rows per second, and the report's counts. Run with the venv's python:

    .venv/bin/python bench/csv_import.py [--rows 10000] [--bad-every 100] [--db sqlite|postgres]

Rows are the demo's 23 résumés with a fresh name, email and one extra line each (so every
résumé is new); every `--bad-every`th row has an invalid email, and the last 10 rows repeat
earlier emails, to show the per-row report at scale.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESUMES = sorted((ROOT / "src" / "matcha" / "demo" / "resumes").glob("*.txt"))
PG_ADMIN = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"


def generate(path: Path, rows: int, bad_every: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in RESUMES]
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["name", "email", "phone", "resume_text"])
        for i in range(rows):
            name = f"Person {i:05d}"
            email = f"person{i}@example.com" if i < rows - 10 else f"person{i - 100}@example.com"
            if bad_every and i % bad_every == bad_every - 1:
                email = "not-an-email"
            body = texts[i % len(texts)].split("\n", 2)[-1]
            writer.writerow(["", email, "", f"{name}\n{email}\n{body}\nReference {i}"])


def fresh_database(kind: str, workdir: Path) -> str:
    if kind == "sqlite":
        return f"sqlite:///{workdir / 'bench.db'}"
    from sqlalchemy import create_engine, text

    name = f"matcha_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"


def drop_database(url: str) -> None:
    if not url.startswith("postgresql"):
        return
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--bad-every", type=int, default=100)
    parser.add_argument("--db", choices=("sqlite", "postgres"), default="sqlite")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        url = fresh_database(args.db, workdir)
        try:
            run(args, url, workdir)
        finally:
            drop_database(url)


def run(args: argparse.Namespace, url: str, workdir: Path) -> None:
    """Migrate, add the organisation, generate the file, time the import, print the figures."""
    env = {**os.environ, "DATABASE_URL": url, "MATCHA_SECRET_KEY": "bench-" + "k" * 40}
    python = sys.executable
    subprocess.run([python, "-m", "matcha", "db", "upgrade"], env=env, check=True, cwd=ROOT)
    setup = (
        "from matcha.db import session_scope\nfrom matcha.tenancy import Organisation\n"
        "with session_scope() as s: s.add(Organisation(name='Bench org'))\n"
    )
    subprocess.run([python, "-c", setup], env=env, check=True, cwd=ROOT)
    data = workdir / "candidates.csv"
    generate(data, args.rows, args.bad_every)
    size = data.stat().st_size
    report = workdir / "report.json"
    command = [python, "-m", "matcha", "import", "candidates", str(data)]
    command += ["--org", "Bench org", "--json", str(report)]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=ROOT, capture_output=True, text=True)
    wall = time.perf_counter() - started
    counts = json.loads(report.read_text())
    print(f"database: {args.db}; file: {args.rows} rows, {size / 1024 / 1024:.1f} MiB")
    print(f"exit code: {done.returncode} (1 = some rows failed, as generated)")
    print(
        f"created {counts['created']}, duplicates {len(counts['duplicates'])}, "
        f"errors {len(counts['errors'])}"
    )
    per_row = wall / args.rows * 1000
    print(f"wall: {wall:.1f} s; {args.rows / wall:.0f} rows/s; {per_row:.1f} ms/row")


if __name__ == "__main__":
    main()
