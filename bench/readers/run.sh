#!/usr/bin/env bash
# Readers of a published election (issue 13, benchmark 5), one command, from anywhere:
#   bash bench/readers/run.sh
# Builds bench/load and what it needs, starts the throw-away server of bench/load/domain.sh (or
# targets HAPROXY_URL), then Gatling's ReadersSimulation: READERS (200) concurrent readers, each on
# its own keep-alive connection, for SECONDS_PER_PHASE (15) per address: the site's stylesheet (the
# baseline, a static resource of the same server), the results page, the bulletin board page and
# their JSON under /api/public. Prints requests/s, p50/p95/p99 and each rate / the baseline's.
# Options: READERS, SECONDS_PER_PHASE, BALLOTS (100, cast before publishing), BENCH_MAVEN_OFFLINE=1.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"
source "$repo/bench/load/domain.sh"
bench_start readers
echo "== set-up and reading ($((SECONDS - started)) s; Gatling's log: $out/gatling.log)"
bench_gatling ReadersSimulation -Dbench.readers="${READERS:-200}" \
  -Dbench.seconds="${SECONDS_PER_PHASE:-15}" -Dbench.ballots="${BALLOTS:-100}" \
  -Dbench.out="$out/readers.properties" >"$out/gatling.log" 2>&1 &
gatling=$!
bench_sample_heap "$out/heap.txt" "$gatling" &
wait "$gatling" || { tail -40 "$out/gatling.log"; exit 1; }
sed -n 's/.*Reports generated, please open the following file: file:\/\/\(.*\)\/index.html/\1/p' \
  "$out/gatling.log" >"$out/gatling-dir"
echo "== results ($((SECONDS - started)) s; load average $(cut -d' ' -f1-3 /proc/loadavg))"
python3 bench/readers/report.py "$out"
if [[ -s $out/heap.txt ]]; then
  echo "peak heap used (jcmd GC.heap_info every 2 s): $(sort -n "$out/heap.txt" | tail -1) MB"
fi
