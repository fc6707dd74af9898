#!/usr/bin/env bash
# Stops the Payara Server domain that run.sh started (found through server-config/.last-run), and the
# development mail catcher if run.sh started one.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
source "$repo/server-config/locations.sh"
"$repo/server-config/payara.sh" down
"$repo/server-config/mail-catcher.sh" stop
