#!/usr/bin/env bash
# Installs code-server (VS Code's own web build) into a cache folder outside the project, for the
# end-to-end tests. 4.100.3 (VS Code 1.100.3) is the last release whose engine is Node 20.
# Offline-safe: @vscode/ripgrep's postinstall would download rg, so Debian's rg is put in its cache.
# Needs Debian's ripgrep and libkrb5-dev (kerberos builds from source); .ci/run installs them.
set -euo pipefail
VERSION=4.100.3
CACHE="${NASTAVNIK_E2E_CACHE:-$HOME/.cache/nastavnik-e2e}"
BIN="$CACHE/node_modules/.bin/code-server"
if [ -x "$BIN" ] && "$BIN" --version 2>/dev/null | grep -q "^$VERSION"; then
  echo "$BIN"; exit 0
fi
RG="$(command -v rg || true)"
[ -n "$RG" ] || { echo "ripgrep (rg) is missing: apt-get install ripgrep" >&2; exit 1; }
RG_CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$RG_CACHE" "$CACHE"
tar czf "$RG_CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$RG")" rg
cd "$CACHE"
[ -f package.json ] || echo '{"name":"nastavnik-e2e-cache","private":true}' > package.json
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --loglevel=error "code-server@$VERSION" >&2
"$BIN" --version >&2
echo "$BIN"
