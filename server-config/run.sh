#!/usr/bin/env bash
# The README's run command: builds the EAR, then installs, configures and starts Payara Server with it.
# Configuration comes from the environment (see README); a second run redeploys, and restarts the
# server only when its environment or settings changed.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
source "$repo/server-config/locations.sh"
# Remembered before the build: a file created after it would look like a change to the next run.
printf 'VOTING_HOME=%s\nVOTING_DOMAIN=%s\nVOTING_PORT_BASE=%s\nPAYARA_HOME=%s\n' "$VOTING_HOME" \
  "${VOTING_DOMAIN:-secure-vote}" "${VOTING_PORT_BASE:-8000}" "$PAYARA_HOME" >"$remembered"
source "$repo/server-config/prepare.sh"
exec "$repo/server-config/payara.sh" up
