#!/usr/bin/env bash
# The README's run command: builds the EAR, then installs, configures and starts Payara Server with it.
# Configuration comes from the environment (see README); a second run redeploys, and restarts the
# server only when its environment or settings changed.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
source "$repo/server-config/locations.sh"

started=$SECONDS
# From the checkout's root, wherever this was started from: Maven builds the project it is in.
(cd "$repo" && ./mvnw -q -B -DskipTests -pl voting-ear,server-config -am package)
export VOTING_STEP_SECONDS="build $((SECONDS - started))"
printf 'VOTING_HOME=%s\nVOTING_DOMAIN=%s\nVOTING_PORT_BASE=%s\nPAYARA_HOME=%s\n' "$VOTING_HOME" \
  "${VOTING_DOMAIN:-secure-vote}" "${VOTING_PORT_BASE:-8000}" "$PAYARA_HOME" >"$remembered"

# The two server secrets. Without them in the environment, a development pair is generated once and
# kept (mode 600) beside the server, so ballots stay readable across restarts; never for production.
dev_keys="$VOTING_HOME/development-keys.env"
if [[ -z ${VOTING_MASTER_KEY:-} || -z ${VOTING_SIGNING_KEY:-} ]]; then
  if [[ ! -f $dev_keys ]]; then
    mkdir -p "$VOTING_HOME"
    (umask 077 && printf 'VOTING_MASTER_KEY=%s\nVOTING_SIGNING_KEY=%s\n' \
      "$(head -c 32 /dev/urandom | base64)" "$(head -c 32 /dev/urandom | base64)" >"$dev_keys")
  fi
  echo "[secure-vote] WARNING: VOTING_MASTER_KEY / VOTING_SIGNING_KEY not set; using the development keys in $dev_keys"
  # shellcheck disable=SC1090
  source "$dev_keys"
  export VOTING_MASTER_KEY VOTING_SIGNING_KEY
fi

# Without a mail server, mail goes to a local catcher so that invitations and codes can be read.
if [[ -z ${VOTING_SMTP_HOST:-} ]]; then
  "$repo/server-config/mail-catcher.sh" start
  export VOTING_SMTP_HOST=127.0.0.1 VOTING_SMTP_PORT=$((${VOTING_PORT_BASE:-8000} + 25))
fi
exec "$repo/server-config/payara.sh" up
