#!/usr/bin/env bash
# Installs the Debian packages named as arguments that are not installed yet (idempotent: no
# apt-get call at all when every one is there). The tests' system dependencies are all named
# where they are needed: the README's test command names neovim (the Neovim client test),
# test/extension-host/install.sh names Chromium and the Kerberos headers.
set -euo pipefail
missing=()
for package in "$@"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "the tests need these Debian packages: ${missing[*]}; install them as root (apt-get install ${missing[*]})" >&2
    exit 1
  fi
  as_root=(sudo)
fi
echo "installing Debian packages: ${missing[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
