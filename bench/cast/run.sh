#!/usr/bin/env bash
# Cast throughput and latency (issue 13, benchmark 1), one command, from anywhere:
#   bash bench/cast/run.sh
# Builds bench/load and what it needs, starts a throw-away Payara domain, database and mail catcher
# (bench/load/domain.sh; port base BENCH_PORT_BASE, default 22000; HAPROXY_URL=https://host:port
# targets a running cluster instead), then Gatling's CastSimulation: set-up (not measured), a
# warm-up, and one election per phase cast by LEVELS concurrent voters through /api and PAGE_LEVELS
# through the ballot page. Baselines in the same run: the cast's checks per second on every core
# (in the simulation, before the phases) and pgbench running one cast's SQL (bench/cast/cast.pgbench)
# at the same client counts (at most PGBENCH_MAX_CLIENTS: PostgreSQL's connections are shared).
# Prints casts/s, p50/p95/p99 and cast_ratio per level, and the server's peak heap.
# Options: LEVELS (8,32,128), PAGE_LEVELS (32), VOTERS (256), PGBENCH_SECONDS (10),
# PGBENCH_MAX_CLIENTS (64), PROFILE=1 (a JFR recording of the phases, summarised at the end),
# BENCH_MAVEN_OFFLINE=1 (build with -o).
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
source "$repo/bench/load/domain.sh"
levels=${LEVELS:-8,32,128}
page_levels=${PAGE_LEVELS:-32}
bench_start cast
echo "== set-up, crypto baseline and casting ($((SECONDS - started)) s; Gatling's log: $out/gatling.log)"
bench_gatling CastSimulation -Dbench.voters="${VOTERS:-256}" -Dbench.api.levels="$levels" \
  -Dbench.page.levels="$page_levels" -Dbench.out="$out/cast.properties" >"$out/gatling.log" 2>&1 &
gatling=$!
bench_sample_heap "$out/heap.txt" "$gatling" &
if [[ -n ${PROFILE:-} && -n $server_pid ]]; then
  # From the end of the set-up (the simulation writes its crypto baseline then) to the last cast.
  (until grep -qs '^crypto_checks_per_s' "$out/cast.properties" || ! kill -0 "$gatling" 2>/dev/null; do
    sleep 1
  done
  jcmd "$server_pid" JFR.start name=bench settings=profile >/dev/null) &
fi
wait "$gatling" || { tail -40 "$out/gatling.log"; exit 1; }
if [[ -n ${PROFILE:-} && -n $server_pid ]]; then
  jcmd "$server_pid" JFR.stop name=bench filename="$out/cast.jfr" >/dev/null
fi
echo "load average after casting: $(cut -d' ' -f1-3 /proc/loadavg)"
sed -n 's/.*Reports generated, please open the following file: file:\/\/\(.*\)\/index.html/\1/p' \
  "$out/gatling.log" >"$out/gatling-dir"

echo "== pgbench baseline ($((SECONDS - started)) s)"
psql_db=(psql -X -q -h 127.0.0.1 -U "${BENCH_DB_USER:-postgres}" -d "${db_url##*/}" -v ON_ERROR_STOP=1 -At)
source_election=$("${psql_db[@]}" -c "select id from election where status = 'OPEN' limit 1")
seconds=${PGBENCH_SECONDS:-10}
all_levels=$(tr ',' '\n' <<<"$levels,$page_levels" | sort -nu)
election=$("${psql_db[@]}" -v source="$source_election" \
  -v voters=$((5000 * seconds * $(wc -l <<<"$all_levels"))) -f bench/cast/pgbench-setup.sql | tail -1)
content=$("${psql_db[@]}" -c "select content from ballot limit 1")
for level in $all_levels; do
  clients=$((level < ${PGBENCH_MAX_CLIENTS:-64} ? level : ${PGBENCH_MAX_CLIENTS:-64}))
  tps=$(pgbench -h 127.0.0.1 -U "${BENCH_DB_USER:-postgres}" -n -M prepared -c "$clients" -j 2 \
    -T "$seconds" -f bench/cast/cast.pgbench -D election="$election" -D content="$content" \
    "${db_url##*/}" 2>&1 | sed -n 's/^tps = \([0-9.]*\) .*/\1/p')
  echo "$level $clients ${tps:-nan}" >>"$out/pgbench.txt"
done

echo "== results ($((SECONDS - started)) s; load average $(cut -d' ' -f1-3 /proc/loadavg))"
python3 bench/cast/report.py "$out"
if [[ -f $out/cast.jfr ]]; then
  echo "== JFR profile of the phases ($out/cast.jfr)"
  python3 bench/load/jfr_summary.py "$out/cast.jfr"
fi
