# The benchmarks' throw-away server, sourced by bench/cast/run.sh and bench/readers/run.sh: its own
# Payara domain, database and mail catcher on port base BENCH_PORT_BASE (default 22000), started
# with server-config/payara.sh as system-test's pom does. With HAPROXY_URL set nothing is started
# and the benchmark targets that URL (a cluster someone else runs; BENCH_DB_URL names its database).
# Sets base_url, db_url, admin_email, admin_password, server_pid (empty for HAPROXY_URL); bench_start
# also out (the run's output folder) and started.
repo=${repo:?}
port_base=${BENCH_PORT_BASE:-22000}
# One server folder per port base: a domain keeps the ports it was made with, so the tally's (23000)
# and the cast's (22000) cannot share one.
bench_home="$repo/bench/load/target/server-$port_base"
admin_email=${BENCH_ADMIN_EMAIL:-bench-admin@example.org}
admin_password=${BENCH_ADMIN_PASSWORD:-bench-admin-password-not-secret}
db_url=${BENCH_DB_URL:-jdbc:postgresql://127.0.0.1:5432/${BENCH_DB:-voting_bench}}
server_pid=

bench_server_up() {
  if [[ -n ${HAPROXY_URL:-} ]]; then
    base_url=$HAPROXY_URL
    return
  fi
  base_url=https://localhost:$((port_base + 81))
  export VOTING_HOME=$bench_home PAYARA_HOME=$bench_home/payara6
  export VOTING_DOMAIN=secure-vote-bench VOTING_PORT_BASE=$port_base
  # shellcheck source=../../server-config/locations.sh
  source "$repo/server-config/locations.sh"
  # BENCH_DB_RECREATE=false keeps a database made beforehand (bench/tally/run.sh's copies).
  export VOTING_DB_URL=$db_url VOTING_DB_USER=${BENCH_DB_USER:-postgres}
  export VOTING_DB_RECREATE=${BENCH_DB_RECREATE:-true}
  export VOTING_ADMIN_EMAIL=$admin_email VOTING_ADMIN_PASSWORD=$admin_password
  export VOTING_SMTP_HOST=127.0.0.1 VOTING_SMTP_PORT=$((port_base + 25))
  # Throw-away keys for a throw-away database, or those a copied database was made with.
  VOTING_MASTER_KEY=${BENCH_MASTER_KEY:-$(head -c 32 /dev/urandom | base64)}
  VOTING_SIGNING_KEY=${BENCH_SIGNING_KEY:-$(head -c 32 /dev/urandom | base64)}
  export VOTING_MASTER_KEY VOTING_SIGNING_KEY
  "$repo/server-config/mail-catcher.sh" start >/dev/null
  "$repo/server-config/payara.sh" up | grep -E 'Seconds per step|ERROR' || true
  server_pid=$(cat "$PAYARA_HOME/glassfish/domains/$VOTING_DOMAIN/config/pid")
}

# The simulations and what the server needs: the EAR, and server-config's Payara zip, JDBC driver
# and mail catcher (which a fresh work tree has not built yet).
bench_build() {
  echo "== build"
  "$repo/mvnw" -q -B ${BENCH_MAVEN_OFFLINE:+-o} -f "$repo/pom.xml" install -DskipTests -DskipITs \
    -pl bench/load,server-config -am
}

# What both run.sh do first: a fresh output folder, the build, the server (stopped on exit).
bench_start() {
  out=$repo/bench/load/target/$1
  rm -rf "$out"
  mkdir -p "$out"
  started=$SECONDS
  bench_build
  trap bench_server_down EXIT
  echo "== server ($((SECONDS - started)) s)"
  bench_server_up
  echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
}

bench_server_down() {
  [[ -n ${HAPROXY_URL:-} ]] && return
  "$repo/server-config/payara.sh" down >/dev/null || true
  "$repo/server-config/mail-catcher.sh" stop >/dev/null || true
  if [[ ${BENCH_KEEP_DB:-false} != true ]]; then
    psql -X -q -h 127.0.0.1 -U "${BENCH_DB_USER:-postgres}" -d postgres \
      -c "drop database if exists \"${db_url##*/}\" with (force)" || true
  fi
}

# The server's heap in use right now, in MB (jcmd GC.heap_info; G1's "used" figure).
bench_heap_mb() {
  jcmd "$server_pid" GC.heap_info 2>/dev/null |
    sed -n 's/.* total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1 | awk '{ printf "%d", $1 / 1024 }'
}

# Samples the heap every 2 s into $1 while process $2 lives; the caller reads the largest.
bench_sample_heap() {
  local file=$1 watched=$2
  [[ -z $server_pid ]] && return
  while kill -0 "$watched" 2>/dev/null; do
    bench_heap_mb >>"$file"
    echo >>"$file"
    sleep 2
  done
}

# Runs a simulation of bench/load with the server's coordinates; Gatling's report goes to $1.
bench_gatling() {
  local simulation=$1
  shift
  "$repo/mvnw" -q -B ${BENCH_MAVEN_OFFLINE:+-o} -f "$repo/bench/load/pom.xml" gatling:test \
    -Dgatling.simulationClass="org.securevote.bench.load.$simulation" \
    -Dit.base.url="$base_url" -Dit.db.url="$db_url" -Dit.db.user="${BENCH_DB_USER:-postgres}" \
    -Dit.admin.email="$admin_email" -Dit.admin.password="$admin_password" \
    -Dit.smtp.port=$((port_base + 25)) "$@"
}
