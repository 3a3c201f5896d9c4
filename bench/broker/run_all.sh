#!/usr/bin/env bash
# Runs the full matrix; results appended as JSON lines to $OUT.
set -u
cd "$(dirname "$0")/../.."          # repo root
PY=.venv/bin/python
B=bench/broker/latency.py
OUT=${OUT:-/tmp/matcha-broker-results.jsonl}
: > "$OUT"
r() { timeout 300 $PY $B --results "$OUT" "$@" || echo "FAILED: $*" >&2; }
for p in 0.1 0.25 1.0; do r --broker sqlite --polling-interval $p; done
r --broker sqlite --sqlite-impl stock                 # plain sqla+sqlite://, poll 1.0
for p in 0.1 0.25; do r --broker sqlite --wal --polling-interval $p; done
for p in 0.1 0.25 1.0; do r --broker filesystem --polling-interval $p; done
r --broker redis
# kill / restart behaviour
r --broker sqlite --polling-interval 0.25 --n 10 --skip-persistence --kill-test
r --broker filesystem --polling-interval 0.25 --n 10 --skip-persistence --kill-test
r --broker redis --n 10 --skip-persistence --kill-test
# exactly-once with two workers on one broker
r --broker sqlite --polling-interval 0.1 --dup-test --dup-n 300 --skip-persistence
r --broker sqlite --wal --polling-interval 0.1 --dup-test --dup-n 300 --skip-persistence
r --broker filesystem --polling-interval 0.1 --dup-test --dup-n 300 --skip-persistence
$PY $B --summarize "$OUT"
