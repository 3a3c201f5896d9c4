#!/bin/sh
# Migrate the schema before the API starts, then become the command (so it gets the signals).
# Only `matcha serve` and `matcha up` migrate: a worker or a one-off CLI command must not race
# the API on the same database. MATCHA_SKIP_MIGRATE=1 turns the step off.
set -eu

if [ "${1:-}" = "matcha" ] && { [ "${2:-}" = "serve" ] || [ "${2:-}" = "up" ]; } \
    && [ "${MATCHA_SKIP_MIGRATE:-0}" != "1" ]; then
    matcha db upgrade
fi

exec "$@"
