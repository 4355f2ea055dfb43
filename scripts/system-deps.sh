#!/usr/bin/env bash
# Installs the Debian packages the test suite needs when they are missing:
# Chromium (browser tests), PostgreSQL 15 (the second database run), Redis
# (the shared cache in that run) and
# Node.js/npm (axe-core, and the Elasticsearch download), curl. Needs root for apt-get; a no-op when all are present.
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
# The PostgreSQL pass also runs against a throwaway Redis (scripts/with-redis.sh).
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
# The Elasticsearch runner downloads from the npm registry over TLS and polls with curl.
command -v curl >/dev/null 2>&1 || missing+=(curl)
[ -e /etc/ssl/certs/ca-certificates.crt ] || missing+=(ca-certificates)
# WeasyPrint (PDF generation) needs Pango; fonts keep generated PDFs readable.
ldconfig -p 2>/dev/null | grep -q libpango-1.0 || missing+=(libpango-1.0-0 libpangoft2-1.0-0)
[ -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi
echo "Installing system packages: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
