"""Run the API under uvicorn. `matcha serve` execs this module, so the server process never
carries the CLI's libraries (typer and rich: ~3.4 MiB measured)."""

from __future__ import annotations

import argparse


def run(host: str = "127.0.0.1", port: int = 8000) -> None:
    import uvicorn

    from matcha.config import get_settings, secret_problem

    problem = secret_problem(get_settings())
    if problem is not None:
        raise SystemExit(f"matcha: refusing to start: {problem}")

    uvicorn.run("matcha.main:app", host=host, port=port, log_level="info")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m matcha.server", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    run(args.host, args.port)


if __name__ == "__main__":
    main()
