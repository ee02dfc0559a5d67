#!/usr/bin/env bash
# Builds SLA Desk and serves it on http://127.0.0.1:8080, rebuilding on every change.
# No auto-reload: Trunk would inject an inline script, which the app's Content-Security-Policy
# refuses (and says so in the console); reload the page after a rebuild instead.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh
echo "==> SLA Desk: building, then serving on http://127.0.0.1:8080 (rebuilds on change; reload the page; Ctrl+C stops)"
# A dist folder of its own, so dist/ only ever holds the release build.
exec trunk serve --no-autoreload --address 127.0.0.1 --port 8080 --dist target/serve-dist "$@"
