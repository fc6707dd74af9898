#!/usr/bin/env bash
# Installs what the system tests drive besides Java: Debian's Chromium and ChromeDriver, GnuPG (an
# outside auditor's gpg), and the PostgreSQL client that server-config/payara.sh uses to create the
# test database.
set -euo pipefail
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v unzip >/dev/null || missing+=(unzip)
command -v gpg >/dev/null || missing+=(gnupg)
[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
  echo "The system tests need: ${missing[*]}. Install them (Debian: apt-get install ${missing[*]})." >&2
  exit 1
fi
echo "[system-test] Installing ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
