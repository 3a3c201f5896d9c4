"""What dominates memory: RSS of a fresh venv interpreter after importing one module.

    python3 bench/imports.py

Each module is imported alone in a new interpreter (the median of 3), so each figure is that
module's own cost over a bare interpreter, including everything it pulls in.
"""

from __future__ import annotations

import subprocess

from common import VENV_PY, child_env, median, save, table

MODULES = [
    "pydantic",
    "sqlalchemy.orm",
    "fastapi",
    "httpx",
    "celery",
    "kombu.transport.redis",
    "typer",
    "rich.console",
    "matcha.db",
    "matcha.main",
    "matcha.worker.celery_app",
    "matcha.cli.main",
    "matcha.ai.embedded.provider",
]
PROBE = (
    "import importlib, sys, time\n"
    "t = time.perf_counter()\n"
    "if sys.argv[1]: importlib.import_module(sys.argv[1])\n"
    "t = time.perf_counter() - t\n"
    "rss = next(l for l in open('/proc/self/status') if l.startswith('VmRSS'))\n"
    "print(int(rss.split()[1]), t, len(sys.modules))\n"
)


def probe(module: str) -> tuple[float, float, int]:
    out = subprocess.run(
        [VENV_PY, "-c", PROBE, module], env=child_env(), capture_output=True, text=True,
        check=True, timeout=60,
    ).stdout.split()  # fmt: skip
    return int(out[0]) / 1024, float(out[1]), int(out[2])


def main() -> None:
    bare = median([probe("")[0] for _ in range(3)])
    rows, raw = [], {}
    for module in MODULES:
        runs = [probe(module) for _ in range(3)]
        rss = median([r[0] for r in runs])
        raw[module] = runs
        rows.append([module, rss, rss - bare, median([r[1] for r in runs]), runs[0][2]])
    path = save("imports", {"bare_rss_mib": bare, "runs": raw})
    print(f"\n## import costs (fresh interpreter, bare = {bare:.1f} MiB; raw: {path})\n")
    print(table(["module", "RSS MiB", "+ over bare", "import s", "modules loaded"], rows))


if __name__ == "__main__":
    main()
