#!/usr/bin/env bash
# Runs a command against a throwaway Redis server: loopback only, a free port,
# no persistence (no RDB snapshots, no AOF), export CACHE_URL, run the command,
# then stop the server by its PID and delete its directory whatever the outcome.
# Usage: scripts/with-redis.sh COMMAND [ARGS...]
set -euo pipefail

REDIS=$(command -v redis-server || true)
if [ -z "$REDIS" ]; then
    echo "redis-server not found; run scripts/system-deps.sh first." >&2
    exit 1
fi
PORT=${REDIS_TEST_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
DATA=$(mktemp -d /tmp/portal-redis.XXXXXX)
PID=""

cleanup() {
    if [ -n "$PID" ]; then
        kill "$PID" 2>/dev/null || true
        wait "$PID" 2>/dev/null || true
    fi
    rm -rf "$DATA"
}
trap cleanup EXIT

"$REDIS" --bind 127.0.0.1 --port "$PORT" --protected-mode yes --dir "$DATA" \
    --save "" --appendonly no --daemonize no --logfile "$DATA/redis.log" &
PID=$!
for _ in $(seq 1 100); do
    if python3 - "$PORT" <<'PY' 2>/dev/null; then break; fi
import socket, sys
with socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=0.5) as s:
    s.sendall(b"PING\r\n")
    assert s.recv(16).startswith(b"+PONG")
PY
    if ! kill -0 "$PID" 2>/dev/null; then
        cat "$DATA/redis.log" >&2
        exit 1
    fi
    sleep 0.1
done

export CACHE_URL="redis://127.0.0.1:$PORT/0"
echo "Redis $("$REDIS" --version | awk '{print $3}' | cut -d= -f2) on 127.0.0.1:$PORT"
"$@"
