#!/usr/bin/env bash
# CI: the README's run command as a newcomer runs it. A fresh clone of this checkout (no target/), a
# fresh VOTING_HOME and database; then the first page over HTTPS, the first administrator through the
# one-time link and the sign-in form, a voter invited through the development mail catcher; a second
# run with a changed variable (the server must restart with it), a third unchanged one (redeploy
# only), stop.sh, run.sh again, stop.sh; no SEVERE line in the server log; then it cleans up.
# NEWCOMER_PORT_BASE moves the server off the default port base 8000.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d /tmp/secure-vote-newcomer.XXXXXX)
clone=$work/clone
db=voting_newcomer_$$
export VOTING_HOME=$work/home VOTING_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db
if [[ -n ${NEWCOMER_PORT_BASE:-} ]]; then export VOTING_PORT_BASE=$NEWCOMER_PORT_BASE; fi
port_base=${VOTING_PORT_BASE:-8000}
base=https://localhost:$((port_base + 81))
mail_api=http://127.0.0.1:$((port_base + 90))
password="newcomer-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"

say() { printf '[newcomer] %s\n' "$*"; }
fail() {
  printf '[newcomer] FAILED: %s\n' "$*" >&2
  exit 1
}
cleanup() {
  [[ -x $clone/server-config/stop.sh ]] && "$clone/server-config/stop.sh" >/dev/null 2>&1 || true
  psql -X -q -h 127.0.0.1 -U postgres -d postgres -c "drop database if exists \"$db\" with (force)" || true
  rm -rf "$work"
}
trap cleanup EXIT

# run.sh once, its output in $work/run-N.log; prints its seconds.
run() {
  local n=$1 started=$SECONDS
  shift
  if ! env "$@" "$clone/server-config/run.sh" >"$work/run-$n.log" 2>&1; then
    cat "$work/run-$n.log" >&2
    fail "run $n of server-config/run.sh failed"
  fi
  sed 's/^/    /' "$work/run-$n.log"
  say "run $n took $((SECONDS - started)) s"
}
status_of() { curl -ks -o /dev/null -w '%{http_code}' "$base$1"; }

git clone -q "$repo" "$clone"
say "fresh clone in $clone, VOTING_HOME=$VOTING_HOME, database $db"

run 1
link=$(grep -o 'choose the password at [^ ]*' "$work/run-1.log" | head -1 | cut -d' ' -f5)
[[ -n $link ]] || fail "run.sh printed no one-time link for the first administrator"
log=$(sed -n 's/^\[secure-vote\] Server log: //p' "$work/run-1.log")
[[ -f $log ]] || fail "run.sh printed no server log that exists (got '$log')"
"$repo/.ci/first-admin.sh" "$base" "$link" admin@localhost "$password" "$mail_api" ||
  fail "the first administrator could not sign in and invite a voter"

run 2 VOTING_SLOW_REQUEST_MILLIS=4321
grep -q 'Restarting domain' "$work/run-2.log" || fail "a changed variable did not restart the domain"
pid=$(cat "$(dirname "$log")/../config/pid")
tr '\0' '\n' <"/proc/$pid/environ" | grep -qx 'VOTING_SLOW_REQUEST_MILLIS=4321' ||
  fail "the restarted server (pid $pid) does not have the changed VOTING_SLOW_REQUEST_MILLIS"

run 3 VOTING_SLOW_REQUEST_MILLIS=4321
grep -q 'Restarting domain' "$work/run-3.log" && fail "an unchanged environment restarted the domain"
[[ $(cat "$(dirname "$log")/../config/pid") == "$pid" ]] || fail "an unchanged environment replaced the server process"
"$repo/.ci/first-admin.sh" "$base" - admin@localhost "$password" || fail "signing in after the redeploy failed"

# stop.sh finds the server without the variables; run.sh after it starts it again.
env -u VOTING_HOME -u VOTING_DB_URL "$clone/server-config/stop.sh"
! kill -0 "$pid" 2>/dev/null || fail "stop.sh left the server (pid $pid) running"
[[ $(status_of /) == 000 ]] || fail "stop.sh left something answering on $base"
run 4 VOTING_SLOW_REQUEST_MILLIS=4321
"$repo/.ci/first-admin.sh" "$base" - admin@localhost "$password" || fail "signing in after stop.sh and run.sh failed"
pid=$(cat "$(dirname "$log")/../config/pid")
env -u VOTING_HOME -u VOTING_DB_URL "$clone/server-config/stop.sh"
! kill -0 "$pid" 2>/dev/null || fail "stop.sh left the server (pid $pid) running"

severe=$(cat "$(dirname "$log")"/server.log* | grep -A3 '\[SEVERE\]' || true)
[[ -z $severe ]] || fail "SEVERE lines in the server log of this run:
$severe"
say "passed: run.sh from a fresh clone, first administrator signed in, voter invited, restart on a changed variable, redeploy without one, stop.sh and run.sh again, no SEVERE"
