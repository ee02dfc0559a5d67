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

step "native tests: unit, doc and property tests of the core"
cargo test --quiet

step "component tests: wasm-bindgen-test in headless Chromium"
cargo test --target wasm32-unknown-unknown --tests

step "release build"
trunk build --release --quiet

step "size report (budget: ${budget_brotli} bytes brotli)"
node scripts/size-report.mjs --budget-brotli="$budget_brotli"

step "end-to-end tests: Playwright on the release build in Chromium"
npx playwright test
