#!/usr/bin/env bash
# Stops the Payara Server domain that run.sh started.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
source "$repo/server-config/locations.sh"
exec "$repo/server-config/payara.sh" down
