#!/usr/bin/env bash
# The tally at scale and casting with those ballots stored (issue 13, benchmarks 2, 3 and the tally
# half of 4), one command, from anywhere:
#   BALLOTS=1000000 bash bench/tally/run.sh
# Uses the throw-away server of bench/load/domain.sh (port base BENCH_PORT_BASE, default 23000).
# 1. A prepared database: an election holding BALLOTS ballots, each cast through the application's
#    own path (a voter signs in on the page, posts a ballot encrypted with proofs by voting-tools to
#    /api, signs out) by PREPARE_USERS (32) Gatling users. Made once as database
#    securevote_bench_tally_tpl_<BALLOTS> and reused while its schema is at the newest migration of
#    sql/migrations; its comment holds the election, its trustee's share and the throw-away keys the
#    server ran with. Every run works on a CREATE DATABASE ... TEMPLATE copy of it.
# 2. On the copy: casting at 32 concurrent voters in a new election (CastSimulation, GROWTH_VOTERS
#    voters, after an 8-voter warm-up), a COPY of the election's ballots to /dev/null (twice: the
#    second, with the pages cached as the tally finds them, is the baseline), then the tally
#    (TallySimulation): close on the admin page, the trustee's download and partial decryption
#    (its own machine, reported apart), the server combining them.
# 3. A fresh empty database and server: the same casting phase, the growth baseline.
# Prints close, combine and server-alone times, tally_ratio = server-alone / COPY (target <= 4),
# growth_ratio = casts/s with the ballots stored / with none (target >= 0.9) and the server's peak
# heap during the preparation and the tally (target <= 512 MB).
# Options: BALLOTS (1000000), PREPARE_USERS (32), GROWTH_VOTERS (1024), BENCH_MAVEN_OFFLINE=1,
# REPREPARE=1 (make the prepared database again).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
export BENCH_PORT_BASE=${BENCH_PORT_BASE:-23000}
# This script drops the databases it copies; the prepared one stays.
export BENCH_KEEP_DB=true
source "$repo/bench/load/domain.sh"
ballots=${BALLOTS:-1000000}
prefix=securevote_bench_tally
template=${prefix}_tpl_$ballots
copy=${prefix}_run
empty=${prefix}_empty
out=$repo/bench/load/target/tally
rm -rf "$out"
mkdir -p "$out"
started=$SECONDS
psql_on() { psql -X -q -h 127.0.0.1 -U "${BENCH_DB_USER:-postgres}" -v ON_ERROR_STOP=1 -At -d "$@"; }
# A value of the prepared database's comment (key=value|key=value...).
template_value() { tr '|' '\n' <<<"$template_info" | sed -n "s/^$1=//p"; }
milliseconds() { echo $(($(date +%s%N) / 1000000)); }
# The last value a simulation wrote for a key (a stray earlier JVM may have appended to the file).
property() { sed -n "s/^$1=//p" "$2" | tail -1; }

finish() {
  bench_server_down
  psql_on postgres -c "drop database if exists $copy with (force)" \
    -c "drop database if exists $empty with (force)" || true
}
trap finish EXIT

bench_build

migration=$(find sql/migrations -name 'V*__*.sql' -printf '%f\n' | sed 's/^V\([0-9]*\)__.*/\1/' |
  sort -n | tail -1)
template_info=$(psql_on postgres -c "select shobj_description(oid, 'pg_database') from pg_database
  where datname = '$template'")
if [[ -n $template_info && -z ${REPREPARE:-} ]] &&
  [[ $(psql_on "$template" -c "select max(version::int) from flyway_schema_history where success") == "$migration" ]] &&
  [[ $(template_value migration) == "$migration" && $(template_value ballots) == "$ballots" ]]; then
  echo "== prepared database $template: $ballots ballots, made in $(template_value prepared_s) s"
else
  echo "== preparing $template: $ballots ballots through the cast path (once; $((SECONDS - started)) s)"
  prepared=$SECONDS
  db_url=jdbc:postgresql://127.0.0.1:5432/$template
  BENCH_MASTER_KEY=$(head -c 32 /dev/urandom | base64) BENCH_SIGNING_KEY=$(head -c 32 /dev/urandom | base64)
  export BENCH_MASTER_KEY BENCH_SIGNING_KEY BENCH_DB_RECREATE=true
  bench_server_up
  bench_gatling TallyPrepareSimulation -Dbench.ballots="$ballots" \
    -Dbench.users="${PREPARE_USERS:-32}" -Dbench.out="$out/prepare.properties" \
    >"$out/prepare.log" 2>&1 &
  gatling=$!
  bench_sample_heap "$out/heap-prepare.txt" "$gatling" &
  wait "$gatling" || { tail -40 "$out/prepare.log"; exit 1; }
  election=$(property election "$out/prepare.properties")
  stored=$(psql_on "$template" -c "select count(*) from ballot where election_id = '$election'")
  echo "stored $stored of $ballots ballots"
  if [[ $stored != "$ballots" ]]; then
    tail -40 "$out/prepare.log"
    psql_on postgres -c "comment on database $template is null"
    exit 1
  fi
  # The open election's shuffle leaves fewer than a batch; a sweep that is due must be done too, so
  # a copy starts as a server left alone for a while would (an open election's sweep waits
  # VOTING_SWEEP_WAIT_SECONDS and may still be ahead).
  for _ in $(seq 300); do
    [[ $(psql_on "$template" -c "select (select count(*) from ballot where election_id = '$election'
      and not shuffled) < 25 and not exists (select 1 from ballot_sweep_due
      where not_before <= now())") == t ]] && break
    sleep 2
  done
  bench_server_down
  prepared_s=$((SECONDS - prepared))
  template_info="ballots=$ballots|migration=$migration|election=$election"
  template_info+="|trustee=$(property trustee "$out/prepare.properties")"
  template_info+="|master=$BENCH_MASTER_KEY|signing=$BENCH_SIGNING_KEY|prepared_s=$prepared_s"
  template_info+="|cast_s=$(property cast_s "$out/prepare.properties")"
  template_info+="|users=${PREPARE_USERS:-32}|date=$(date -u +%FT%TZ)"
  psql_on postgres -c "comment on database $template is '$template_info'"
  echo "prepared in $prepared_s s ($(template_value cast_s) s casting): the first run's cost"
  echo "prepared_s=$prepared_s" >>"$out/run.properties"
fi
election=$(template_value election)
for key in ballots election prepared_s cast_s users date; do
  echo "template.$key=$(template_value $key)" >>"$out/run.properties"
done

echo "== copy of $template ($((SECONDS - started)) s)"
t=$(milliseconds)
psql_on postgres -c "drop database if exists $copy with (force)"
# Refused while anything (autovacuum too) is connected to the prepared database: tried again.
for try in 1 2 3 4 5 6; do
  psql_on postgres -c "create database $copy template $template" && break
  [[ $try == 6 ]] && exit 1
  sleep 5
done
echo "copy_ms=$(($(milliseconds) - t))" >>"$out/run.properties"
db_url=jdbc:postgresql://127.0.0.1:5432/$copy
BENCH_MASTER_KEY=$(template_value master) BENCH_SIGNING_KEY=$(template_value signing)
export BENCH_MASTER_KEY BENCH_SIGNING_KEY BENCH_DB_RECREATE=false
bench_server_up
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

growth() {
  echo "== casting at 32 voters, $1 ($((SECONDS - started)) s)"
  bench_gatling CastSimulation -Dbench.voters="${GROWTH_VOTERS:-1024}" -Dbench.api.levels=32 \
    -Dbench.page.levels= -Dbench.voter.iterations=1000 -Dbench.signin.threads=8 \
    -Dbench.crypto.seconds=1 \
    -Dbench.out="$out/growth-$1.properties" >"$out/growth-$1.log" 2>&1 &
  local gatling=$!
  bench_sample_heap "$out/heap-growth-$1.txt" "$gatling" &
  wait "$gatling" || { tail -40 "$out/growth-$1.log"; exit 1; }
  echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
growth stored

echo "== COPY of the election's ballots to /dev/null ($((SECONDS - started)) s)"
for pass in 1 2; do
  t=$(milliseconds)
  psql_on "$copy" -c "copy (select * from ballot where election_id = '$election') to '/dev/null'"
  echo "copy_pass${pass}_ms=$(($(milliseconds) - t))" >>"$out/run.properties"
done
psql_on "$copy" -c "select 'ballots_before_close=' || count(*), 'unshuffled_before_close=' ||
  count(*) filter (where not shuffled), 'ballot_table_bytes=' || pg_total_relation_size('ballot')
  from ballot where election_id = '$election'" | tr '|' '\n' >>"$out/run.properties"

echo "== tally: close, trustee, combine ($((SECONDS - started)) s)"
bench_gatling TallySimulation -Dbench.election="$election" -Dbench.trustee="$(template_value trustee)" \
  -Dbench.out="$out/tally.properties" >"$out/tally.log" 2>&1 &
gatling=$!
bench_sample_heap "$out/heap-tally.txt" "$gatling" &
wait "$gatling" || { tail -40 "$out/tally.log"; exit 1; }
psql_on "$copy" -c "select 'add_up_ms=' || duration_millis, 'counted=' || counted, 'rejected=' ||
  rejected from tally_report where election_id = '$election'" | tr '|' '\n' >>"$out/run.properties"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
bench_server_down
psql_on postgres -c "drop database $copy with (force)"

echo "== a fresh empty database ($((SECONDS - started)) s)"
db_url=jdbc:postgresql://127.0.0.1:5432/$empty
unset BENCH_MASTER_KEY BENCH_SIGNING_KEY
export BENCH_DB_RECREATE=true
bench_server_up
growth empty
bench_server_down
psql_on postgres -c "drop database $empty with (force)"

echo "== results ($((SECONDS - started)) s; load average $(cut -d' ' -f1-3 /proc/loadavg))"
python3 bench/tally/report.py "$out"
