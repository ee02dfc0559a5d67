#!/usr/bin/env bash
# Runs every check and every test of SLA Desk; exits non-zero on the first failure.
# Installs what is missing first (scripts/setup.sh), so it works on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh

step() { printf '\n==> %s\n' "$*"; }

# The first-load transfer (brotli) must stay under this; the goal is 120 KB.
budget_brotli=250000

step "format"
cargo fmt --all -- --check

step "clippy (native and wasm32)"
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bins --tests --quiet -- -D warnings

mkdir -p target/test-logs
# The number of tests a cargo run passed, from its "test result:" lines.
passed_in() { awk '/^test result:/ { sum += $4 } END { print sum + 0 }' "$1"; }

step "native tests: unit, doc and property tests of the core"
cargo test --quiet 2>&1 | tee target/test-logs/native.txt

step "component tests: wasm-bindgen-test in headless Chromium"
cargo test --target wasm32-unknown-unknown --tests 2>&1 | tee target/test-logs/browser.txt

step "release build"
trunk build --release --quiet

step "size report (budget: ${budget_brotli} bytes brotli)"
node scripts/size-report.mjs --budget-brotli="$budget_brotli"

step "end-to-end tests: Playwright on the release build in Chromium"
PLAYWRIGHT_JSON_OUTPUT_NAME=target/test-logs/e2e.json npx playwright test --reporter=list,json
e2e=$(node -e 'const { stats } = require("./target/test-logs/e2e.json"); console.log(stats.expected)')

# Every layer passed (set -e stops at the first failure), so each count is all of that layer.
native=$(passed_in target/test-logs/native.txt)
browser=$(passed_in target/test-logs/browser.txt)
step "summary"
echo "native: $native passed, 0 failed"
echo "browser: $browser passed, 0 failed"
echo "e2e: $e2e passed, 0 failed"
echo "total: $((native + browser + e2e)) passed, 0 failed"
