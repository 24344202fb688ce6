#!/usr/bin/env bash
# Installs Debian's chromium, which the browser test (mvn verify -Pbrowser) opens the HTML report
# in, unless a chromium is already on PATH. Quiet on success, idempotent; needs root (as in CI) or
# sudo. Prints apt-get's log only when it fails.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "install-chromium.sh: installing chromium needs root or sudo" >&2
    exit 1
  fi
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! { "${as_root[@]}" apt-get update -q && "${as_root[@]}" apt-get install -y -q chromium; } >"$log" 2>&1; then
  cat "$log" >&2
  echo "install-chromium.sh: apt-get could not install chromium" >&2
  exit 1
fi

if ! command -v chromium >/dev/null 2>&1; then
  echo "install-chromium.sh: chromium is still not on PATH after installing it" >&2
  exit 1
fi
