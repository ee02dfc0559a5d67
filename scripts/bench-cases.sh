#!/usr/bin/env bash
# Benchmark (not a test): the case list with 1,000 and 10,000 stored cases in headless
# Chromium: time to parse, to first render, and the cost of one countdown tick.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
. scripts/env.sh
trunk build --release --quiet
mkdir -p target/bench
for count in 1000 10000; do
  cargo run --quiet --release --example sample_store -- "$count" > "target/bench/store-$count.json"
done
port=8190
node tests/e2e/serve-dist.mjs "$port" > /dev/null &
server=$!
trap 'kill $server' EXIT
node tests/bench/cases-bench.mjs "http://127.0.0.1:$port" target/bench/store-1000.json target/bench/store-10000.json
