#!/usr/bin/env bash
# Installs what building and testing SLA Desk needs, and skips what is already there.
# Quiet when there is nothing to do; says what it installs (a fresh machine takes ~25 minutes).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '==> %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The wasm-bindgen version is fixed by Cargo.lock; the CLI and Trunk.toml must match it.
wasm_bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if ! grep -q "^wasm_bindgen = \"$wasm_bindgen_version\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen must be \"$wasm_bindgen_version\", the version in Cargo.lock." >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown >/dev/null
fi

if ! trunk --version 2>/dev/null | grep -qw '0.21.14'; then
  say "installing Trunk 0.21.14 (about 16 minutes on two cores)"
  cargo install trunk --version 0.21.14 --locked --quiet
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qw "$wasm_bindgen_version"; then
  say "installing wasm-bindgen-cli $wasm_bindgen_version (about 6 minutes)"
  # Not --locked: one of its locked dependencies is no longer on the registry.
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" --quiet
fi

# npm packages exactly as package-lock.json pins them; the stamp records which lockfile was installed.
lock_digest=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ "$(cat node_modules/.installed-lock 2>/dev/null)" != "$lock_digest" ]; then
  say "installing npm packages from package-lock.json (wasm-opt, Playwright, axe)"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null
  echo "$lock_digest" > node_modules/.installed-lock
fi

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
fi

# Trunk builds offline: every crate must already be in the local registry.
cargo fetch --quiet
