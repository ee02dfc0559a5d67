#!/usr/bin/env bash
# Builds the release bundle and prints the size of every file in dist/ (raw, gzip, brotli).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh
trunk build --release --quiet
node scripts/size-report.mjs "$@"
