"""A static reading of matcha's imports: every `import` in every module, lazy ones included
(inside functions, under TYPE_CHECKING), so the architecture test sees what a run-time check
misses."""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
HTTP_SHELLS = {"router", "routes", "http"}  # a module's HTTP face: FastAPI is its business
SHELL_FRAMEWORKS = ("fastapi", "starlette", "celery", "kombu", "typer")
JOBS_MUST_NOT_IMPORT = ("worker", "system", "web", "cli")
INFRASTRUCTURE = {"ai", "jobs", "worker", "web", "cli", "system", "evaluation", "demo"}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # the module imported (the deepest one that exists, for matcha's own)
    line: int


def module_names(root: Path = SRC) -> dict[str, Path]:
    """Every module under `root`/matcha (the migrations' scripts aside), by dotted name."""
    names = {}
    for path in sorted((root / "matcha").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names[".".join(parts)] = path
    return names


def _resolve(name: str, known: dict[str, Path]) -> str:
    while name not in known and "." in name:
        name = name.rpartition(".")[0]
    return name


def imports(known: dict[str, Path]) -> Iterator[Import]:
    """Each import statement anywhere in each module, resolved to what it loads."""
    for module, path in known.items():
        package = module if path.name == "__init__.py" else module.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield Import(module, _resolve(alias.name, known), node.lineno)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                    base = f"{anchor}.{base}" if base else anchor
                for alias in node.names:  # `from pkg import module` loads pkg.module
                    full = f"{base}.{alias.name}"
                    yield Import(
                        module, full if full in known else _resolve(base, known), node.lineno
                    )


def package_of(module: str) -> str:
    """`matcha.jobs.engine.runner` -> `jobs`; a top-level module is its own (`db`, `deps`)."""
    return module.split(".")[1] if "." in module else module


def is_domain(module: str) -> bool:
    """A domain folder (companies, interviews, ... and any new one): CRUD and its routes."""
    parts = module.split(".")
    return len(parts) > 2 and parts[1] not in INFRASTRUCTURE


def is_service_or_job(module: str) -> bool:
    """Services and jobs: no shell framework. Every `service.py`, and all of jobs/ but its
    HTTP modules."""
    last = module.rpartition(".")[2]
    if module.startswith("matcha.jobs"):
        return last not in HTTP_SHELLS
    return last == "service"


def violations(found: Iterable[Import]) -> list[str]:
    """Every import that breaks a rule, as `module:line imports target (rule)`."""
    out = []
    for imp in found:
        target_pkg = package_of(imp.target) if imp.target.startswith("matcha.") else None
        rule = None
        if is_service_or_job(imp.module) and imp.target.split(".")[0] in SHELL_FRAMEWORKS:
            rule = "services and jobs import no FastAPI, Celery or typer"
        elif is_domain(imp.module) and target_pkg in ("jobs", "worker", "web", "cli"):
            rule = "domain folders import no jobs/, worker/, web/ or cli/"
        elif imp.module.startswith("matcha.jobs") and target_pkg in (
            "worker",
            "system",
            "web",
            "cli",
        ):
            rule = "jobs/ imports no worker/, system/, web/ or cli/"
        if rule:
            out.append(f"{imp.module}:{imp.line} imports {imp.target} ({rule})")
    return out


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one node (Tarjan's algorithm, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                group = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    group.append(top)
                    if top == node:
                        break
                if len(group) > 1:
                    found.append(sorted(group))
    return found


def graph(found: Iterable[Import], *, by_package: bool = False) -> dict[str, set[str]]:
    """Who imports whom among matcha's modules (or packages), self-imports aside."""
    edges: dict[str, set[str]] = defaultdict(set)
    for imp in found:
        if not imp.target.startswith("matcha.") or imp.target == imp.module:
            continue
        a, b = imp.module, imp.target
        if by_package:
            a, b = package_of(a), package_of(b)
        if a != b and b != "matcha":
            edges[a].add(b)
    return edges
