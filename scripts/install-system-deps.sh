#!/usr/bin/env bash
# Installs the Debian packages the real-VS-Code harness needs, if any is missing:
# chromium (the browser the tests drive), ripgrep and libkrb5-dev (code-server's install), and
# a C++ toolchain, make and python3 for node-gyp (cmark-gfm, and code-server's native modules).
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/rg ] || missing+=(ripgrep)
[ -f /usr/include/gssapi/gssapi.h ] || missing+=(libkrb5-dev)
{ command -v g++ && command -v make; } >/dev/null 2>&1 || missing+=(build-essential)
command -v python3 >/dev/null 2>&1 || missing+=(python3)

if [ ${#missing[@]} -eq 0 ]; then
  echo "System packages: chromium, ripgrep, libkrb5-dev, a C++ toolchain and python3 are installed."
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing: ${missing[*]}. Install them with your package manager (Chromium at /usr/bin/chromium)." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "Installing ${missing[*]}…"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
