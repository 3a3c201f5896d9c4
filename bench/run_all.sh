#!/usr/bin/env bash
# Runs every bench (about 60 min on 2 vCPU); raw JSON goes to bench/results/ (git-ignored).
# Drivers run under the system Python (stdlib only) so they share no pages with the measured
# venv processes; PY=... overrides it. Needs redis-server on PATH and google-genai in the venv.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-/usr/bin/python3}
.venv/bin/python -c 'import google.genai' 2>/dev/null || .venv/bin/pip install -q google-genai
run() { echo "### $*"; timeout 3000 "$PY" "$@"; }
run bench/memory.py --reps 3
run bench/throughput.py --reps 3
run bench/stack.py --reps 3
run bench/imports.py
run bench/wake.py --trials 20 --idle-timeout 2
run bench/provider_rss.py --reps 3
run bench/llm_match.py
echo "### bench/login_timing.py --n 30"; MALLOC_ARENA_MAX=2 .venv/bin/python bench/login_timing.py --n 30
