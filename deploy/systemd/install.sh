#!/bin/sh
# Install matcha as systemd services on this box. Idempotent: run it again to upgrade matcha
# or to switch modes. Run from a checkout of the repository, as root:
#
#   sudo deploy/systemd/install.sh [combined|always-on|lean|on-demand|scheduled]
#
# The mode defaults to MATCHA_WORKER_MODE in /etc/matcha/matcha.env, else combined.
# Layout: code in /opt/matcha/venv, data in /var/lib/matcha (the only writable path),
# settings in /etc/matcha/matcha.env (created once from .env.example; never overwritten).
set -eu

REPO=$(CDPATH='' cd -- "$(dirname -- "$0")/../.." && pwd)
PREFIX=/opt/matcha
DATA=/var/lib/matcha
ETC=/etc/matcha
UNITS=/etc/systemd/system
PYTHON=${PYTHON:-python3}

if [ "$(id -u)" -ne 0 ]; then
    echo "install.sh: run as root (sudo)" >&2
    exit 1
fi

# 1. A system user that owns the data and nothing else.
if ! getent group matcha >/dev/null; then
    groupadd --system matcha
fi
if ! id -u matcha >/dev/null 2>&1; then
    useradd --system --gid matcha --home-dir "$DATA" --no-create-home \
        --shell /usr/sbin/nologin matcha
fi
install -d -o matcha -g matcha -m 0750 "$DATA" "$DATA/data"
install -d -o root -g matcha -m 0750 "$ETC"

# 2. A virtualenv for the code (owned by root: the services cannot modify it).
if [ ! -x "$PREFIX/venv/bin/python" ]; then
    install -d -m 0755 "$PREFIX"
    "$PYTHON" -m venv "$PREFIX/venv"
fi
"$PREFIX/venv/bin/python" -m pip install --quiet --upgrade pip
if [ -f "$REPO/requirements.lock" ]; then
    "$PREFIX/venv/bin/python" -m pip install --quiet -c "$REPO/requirements.lock" "$REPO"
else
    "$PREFIX/venv/bin/python" -m pip install --quiet "$REPO"
fi
install -d -m 0755 "$PREFIX/docs"
install -m 0644 "$REPO/docs/deployment.md" "$PREFIX/docs/deployment.md"

# 3. Settings: created once, then left to the operator.
if [ ! -f "$ETC/matcha.env" ]; then
    install -o root -g matcha -m 0640 "$REPO/.env.example" "$ETC/matcha.env"
    echo "created $ETC/matcha.env from .env.example: review it"
fi
# The API refuses to start without a secret key outside dev mode: make one, once.
if ! grep -q '^MATCHA_SECRET_KEY=.' "$ETC/matcha.env"; then
    SECRET=$("$PREFIX/venv/bin/python" -c 'import secrets; print(secrets.token_urlsafe(48))')
    if grep -q '^MATCHA_SECRET_KEY=' "$ETC/matcha.env"; then
        sed -i "s|^MATCHA_SECRET_KEY=.*|MATCHA_SECRET_KEY=$SECRET|" "$ETC/matcha.env"
    else
        echo "MATCHA_SECRET_KEY=$SECRET" >> "$ETC/matcha.env"
    fi
    echo "generated MATCHA_SECRET_KEY in $ETC/matcha.env"
fi

MODE=${1:-$(sed -n 's/^MATCHA_WORKER_MODE=//p' "$ETC/matcha.env" | tail -n 1)}
MODE=${MODE:-combined}
case "$MODE" in
    combined|always-on|lean|on-demand|scheduled) ;;
    *) echo "install.sh: unknown mode '$MODE'" >&2; exit 2 ;;
esac
if grep -q '^MATCHA_WORKER_MODE=' "$ETC/matcha.env"; then
    sed -i "s/^MATCHA_WORKER_MODE=.*/MATCHA_WORKER_MODE=$MODE/" "$ETC/matcha.env"
else
    echo "MATCHA_WORKER_MODE=$MODE" >>"$ETC/matcha.env"
fi

# 4. Units.
for unit in matcha-api.service matcha-worker.service matcha-worker-burst.service \
    matcha-worker-burst.timer; do
    install -m 0644 "$REPO/deploy/systemd/$unit" "$UNITS/$unit"
done
systemctl daemon-reload

# 5. Memory ceilings per mode, from `matcha plan` (peak RSS x 1.2): a drop-in, rewritten each run.
case "$MODE" in
    combined) api_max=136M ;;
    on-demand) api_max=224M ;;  # the burst worker is the API's child, in its cgroup
    *) api_max=96M ;;
esac
worker_max=136M
if [ "$MODE" = "lean" ]; then
    worker_max=136M
    if ! grep -q '^MATCHA_WORKER_ARGS=' "$ETC/matcha.env"; then
        echo "MATCHA_WORKER_ARGS=--max-memory 112" >>"$ETC/matcha.env"
    fi
fi
for pair in "matcha-api.service:$api_max" "matcha-worker.service:$worker_max"; do
    unit=${pair%%:*}
    install -d -m 0755 "$UNITS/$unit.d"
    printf '[Service]\nMemoryMax=%s\n' "${pair#*:}" >"$UNITS/$unit.d/50-matcha-mode.conf"
done
systemctl daemon-reload

# 6. Enable what the mode needs and disable the rest (so switching modes is one command).
case "$MODE" in
    combined|on-demand) wanted="matcha-api.service" ;;
    always-on|lean) wanted="matcha-api.service matcha-worker.service" ;;
    scheduled) wanted="matcha-api.service matcha-worker-burst.timer" ;;
esac
for unit in matcha-worker.service matcha-worker-burst.timer; do
    case " $wanted " in
        *" $unit "*) ;;
        *) systemctl disable --now "$unit" 2>/dev/null || true ;;
    esac
done
# shellcheck disable=SC2086 # word splitting of the unit list is intended
systemctl enable $wanted
# shellcheck disable=SC2086
systemctl restart $wanted
echo "matcha installed in $MODE mode: $wanted (API MemoryMax $api_max)"
