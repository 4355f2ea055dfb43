#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server: initdb in a temporary
# directory, listen on loopback only, export DATABASE_URL, run the command,
# then stop the server and delete the data whatever the command's outcome.
# Usage: scripts/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$PG_BIN" ]; then
    echo "PostgreSQL server binaries not found; run scripts/system-deps.sh first." >&2
    exit 1
fi
PORT=${PG_TEST_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
DATA=$(mktemp -d /tmp/portal-pg.XXXXXX)
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
    # PostgreSQL refuses to run as root: use the unprivileged postgres user.
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$DATA"
    RUN_AS=(runuser -u postgres --)
fi

cleanup() {
    "${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA/db" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$DATA"
}
trap cleanup EXIT

"${RUN_AS[@]}" "$PG_BIN/initdb" -D "$DATA/db" -U portal --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUN_AS[@]}" "$PG_BIN/pg_ctl" -D "$DATA/db" -w -l "$DATA/server.log" \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PORT" -U portal portal

export DATABASE_URL="postgres://portal@127.0.0.1:$PORT/portal"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT"
"$@"
