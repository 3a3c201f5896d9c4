"""LLM matching cost: model calls, tokens and wall time to match 1,000 candidates to a position.

    python3 bench/llm_match.py [--candidates 1000] [--latency 0.3] [--top-k 50]
                               [--wire openai|gemini] [--concurrency 8]

In a fresh SQLite database in a temp dir, `matcha demo` (embedded analyzer) brings companies,
culture profiles and positions; the demo résumés, varied deterministically, fill the pool to
1,000 candidates. The provider (`MATCHA_AI_PROVIDER=openai` or `gemini`) talks to
`bench/fake_llm.py --wire …` in its own process (0.3 s per call, answers valid for the schema,
~4 characters per token). `bench/llm_match_runs.py` (a venv subprocess) then matches "Senior
Backend Engineer (Go)" through `matcha.jobs.engine.runner.run_sync`, the path of
`POST /api/positions/{id}/match` (job function, job record, usage), five times:
  (a)  cold: no stored score, no top-K;
  (a2) after 10 candidates changed, still no top-K;
  (b)  cold again (stored scores deleted), top-K;
  (c)  warm: the same, again;
  (d)  after 10 other candidates changed, top-K.
Calls and tokens come from the job row; "seen" is the fake server's own count of requests.
"""

from __future__ import annotations

import argparse
import json
import subprocess

from common import BENCH, VENV_PY, Stack, child_env, free_port, http_get, save, table, wait_for


def start_fake(st: Stack, wire: str, latency: float) -> str:
    """bench/fake_llm.py speaking `wire`, in its own process (never measured); its base URL."""
    port = free_port()
    argv = [VENV_PY, str(BENCH / "fake_llm.py"), "--port", str(port), "--wire", wire]
    st.start("fake-llm", [*argv, "--latency", str(latency)], child_env())
    base = f"http://127.0.0.1:{port}"
    wait_for(lambda: http_get(f"{base}/stats")[0] == 200, 10, "the fake LLM")
    return base


def provider_env(wire: str, fake: str) -> dict[str, str]:
    """What a user sets to point matcha at a Gemini or an OpenAI-compatible endpoint."""
    if wire == "openai":
        return {"OPENAI_BASE_URL": f"{fake}/v1", "OPENAI_API_KEY": "sk-bench"}
    return {"GEMINI_BASE_URL": fake, "GEMINI_API_KEY": "bench-key"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--candidates", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.3, help="fake LLM seconds per call")
    parser.add_argument("--top-k", type=int, default=50)
    parser.add_argument("--wire", choices=["openai", "gemini"], default="openai")
    parser.add_argument("--concurrency", type=int, default=8, help="MATCHA_LLM_CONCURRENCY")
    args = parser.parse_args()
    with Stack("matcha-llm-match-") as st:
        env = child_env(
            DATABASE_URL=st.database(),
            MATCHA_BROKER_URL=f"sqla+sqlite:///{st.dir / 'broker.db'}",
            MATCHA_DATA_DIR=str(st.dir),
        )
        subprocess.run(
            [VENV_PY, "-m", "matcha", "demo"], env=env, cwd=st.dir, check=True,
            capture_output=True, timeout=600,
        )  # fmt: skip
        fake = start_fake(st, args.wire, args.latency)
        env.update(provider_env(args.wire, fake))
        env.update(MATCHA_AI_PROVIDER=args.wire, MATCHA_LLM_CONCURRENCY=str(args.concurrency))
        argv = [VENV_PY, str(BENCH / "llm_match_runs.py"), "--fake", fake, "--wire", args.wire]
        argv += ["--candidates", str(args.candidates), "--top-k", str(args.top_k)]
        out = subprocess.run(
            argv, env=env, cwd=st.dir, check=True, stdout=subprocess.PIPE, text=True, timeout=3000
        )
    result = json.loads(out.stdout)
    path = save("llm_match", {"args": vars(args), **result})
    print(
        f"\n## LLM matching: {args.candidates} candidates to one position, {args.wire} wire, "
        f"{args.latency} s per call, MATCHA_LLM_CONCURRENCY={args.concurrency} (raw: {path})\n"
    )
    keys = ["run", "calls", "seen", "tokens_in", "tokens_out", "wall_s", "scored", "reused"]
    headers = ["run", "LLM calls", "seen by server", "tokens in", "tokens out", "wall s"]
    print(table([*headers, "scored", "reused"], [[r[k] for k in keys] for r in result["runs"]]))
    print(f"\nprovider/model recorded on the jobs: {result['runs'][0]['provider']}/"
          f"{result['runs'][0]['model']}")  # fmt: skip
    for note in result["notes"]:
        print(f"- {note}")


if __name__ == "__main__":
    main()
