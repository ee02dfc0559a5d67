#!/usr/bin/env bash
# Builds SLA Desk and serves it on http://127.0.0.1:8080, rebuilding on every change.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh
echo "==> SLA Desk: building, then serving on http://127.0.0.1:8080 (Ctrl+C stops)"
exec trunk serve --address 127.0.0.1 --port 8080 "$@"
