#!/usr/bin/env bash
# The README's run command: builds the EAR, then installs, configures and starts Payara Server with it.
# Configuration comes from the environment (see README); a second run redeploys and changes nothing else.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
source "$repo/server-config/locations.sh"

"$repo/mvnw" -q -B -DskipTests -pl voting-ear,server-config -am package
exec "$repo/server-config/payara.sh" up
