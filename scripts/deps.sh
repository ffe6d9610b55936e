#!/bin/sh
# Installs the Debian packages dossier needs that are missing (as root), or
# prints the exact apt-get line to run (otherwise). Arguments: package names.
missing=""
for p in "$@"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ]; then
  echo "dossier: installing Debian packages:$missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends $missing >/dev/null || {
    echo "dossier: apt-get install failed for:$missing" >&2; exit 1; }
else
  echo "dossier: missing Debian packages; run: sudo apt-get install -y$missing" >&2
  exit 1
fi
