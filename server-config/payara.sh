#!/usr/bin/env bash
# Sets up Secure Vote on a Payara Server domain from environment variables, idempotently:
#   payara.sh up     create the domain if missing, start it, create the database if missing, add
#                    the PostgreSQL driver, the JDBC pool and resource, (re)deploy
#   payara.sh down   undeploy and stop the domain
#   payara.sh status say whether the domain runs
# cluster.sh sources it for the same steps on a deployment group: VOTING_CONFIG names the
# configuration to set (default the domain's own server-config), VOTING_TARGET where resources and
# the application go (default the domain's own server).
# The server reads VOTING_* at start (the pool resolves ${ENV=…}), so `up` restarts it (stop, then
# start from here) when the running server's VOTING_* differ from this environment, or when a
# setting that needs a restart changed; otherwise it only redeploys.
set -euo pipefail

: "${PAYARA_HOME:?PAYARA_HOME must point at an unpacked Payara Server (the payara6 folder)}"
domain=${VOTING_DOMAIN:-secure-vote}
port_base=${VOTING_PORT_BASE:-8000}
admin_port=$((port_base + 48))
http_port=$((port_base + 80))
https_port=$((port_base + 81))
domain_dir="$PAYARA_HOME/glassfish/domains/$domain"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pool=voting-pool
config=${VOTING_CONFIG:-server-config}
target=${VOTING_TARGET:-server}
tls_ciphers=TLS_AES_256_GCM_SHA384,TLS_AES_128_GCM_SHA256,TLS_CHACHA20_POLY1305_SHA256,\
TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,\
TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,\
TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256

say() { printf '[secure-vote] %s\n' "$*"; }
# With VOTING_PAYARA_ADMIN_PASSWORD set, every asadmin call signs in with it (from a private file).
admin_auth=()
if [[ -n ${VOTING_PAYARA_ADMIN_PASSWORD:-} ]]; then
  password_file=$(mktemp)
  trap 'rm -f "$password_file"' EXIT
  chmod 600 "$password_file"
  printf 'AS_ADMIN_PASSWORD=%s\n' "$VOTING_PAYARA_ADMIN_PASSWORD" >"$password_file"
  admin_auth=(--user admin --passwordfile "$password_file")
fi
asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false --port "$admin_port" "${admin_auth[@]}" "$@"; }
# Domain commands (start, stop, restart) by domain name rather than port.
domain_asadmin() { "$PAYARA_HOME/bin/asadmin" --interactive=false "${admin_auth[@]}" "$@"; }

# From the server's pid file: no asadmin call (each one starts a JVM).
running() {
  local pid
  pid=$(cat "$domain_dir/config/pid" 2>/dev/null) && kill -0 "$pid" 2>/dev/null
}

# Whether domain.xml holds this text: the checks below read it rather than ask asadmin, to be quick.
in_domain_xml() { grep -qF -- "$1" "$domain_dir/config/domain.xml"; }

export_database_settings() {
  export VOTING_DB_URL=${VOTING_DB_URL:-jdbc:postgresql://127.0.0.1:5432/voting}
  if [[ -z ${VOTING_DB_USER:-} ]]; then
    say "WARNING: VOTING_DB_USER is not set; using the development default 'postgres'."
    export VOTING_DB_USER=postgres
  fi
  export VOTING_DB_PASSWORD=${VOTING_DB_PASSWORD:-}
  # The role that owns the schema and applies migrations, when it is not the pool's (README).
  if [[ -n ${VOTING_DB_OWNER_USER:-} ]]; then
    export VOTING_DB_OWNER_PASSWORD=${VOTING_DB_OWNER_PASSWORD:-}
  fi
}

export_mail_settings() {
  export VOTING_SMTP_HOST=${VOTING_SMTP_HOST:-localhost}
  export VOTING_SMTP_PORT=${VOTING_SMTP_PORT:-25}
  export VOTING_SMTP_USER=${VOTING_SMTP_USER:-}
  export VOTING_SMTP_PASSWORD=${VOTING_SMTP_PASSWORD:-}
  export VOTING_SMTP_AUTH=${VOTING_SMTP_AUTH:-false}
  export VOTING_SMTP_STARTTLS=${VOTING_SMTP_STARTTLS:-false}
  export VOTING_MAIL_FROM=${VOTING_MAIL_FROM:-secure-vote@localhost}
  # Links in emails and the first administrator's link: this server's own port unless told otherwise.
  export VOTING_PUBLIC_URL=${VOTING_PUBLIC_URL:-https://localhost:$https_port}
}

# Creates the database named in VOTING_DB_URL when it is missing (needs psql on this machine).
ensure_database() {
  local re='^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([A-Za-z0-9_]+)'
  if [[ ! $VOTING_DB_URL =~ $re ]]; then
    say "VOTING_DB_URL must look like jdbc:postgresql://host[:port]/database, got: $VOTING_DB_URL" >&2
    exit 2
  fi
  local host=${BASH_REMATCH[1]} port=${BASH_REMATCH[3]:-5432} db=${BASH_REMATCH[4]}
  if ! command -v psql >/dev/null; then
    say "psql is not installed: make sure database '$db' exists on $host:$port."
    return
  fi
  # The owner role, when there is one, makes the database and so owns its schema.
  local user=$VOTING_DB_USER password=$VOTING_DB_PASSWORD
  if [[ -n ${VOTING_DB_OWNER_USER:-} ]]; then
    user=$VOTING_DB_OWNER_USER password=$VOTING_DB_OWNER_PASSWORD
  fi
  local psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$host" -p "$port" -U "$user" -d postgres)
  if [[ ${VOTING_DB_RECREATE:-false} == true ]]; then
    say "Dropping database '$db' (VOTING_DB_RECREATE=true)"
    PGPASSWORD=$password "${psql[@]}" -c "drop database if exists \"$db\" with (force)"
  fi
  if [[ $(PGPASSWORD=$password "${psql[@]}" -tAc "select 1 from pg_database where datname = '$db'") != 1 ]]; then
    say "Creating database '$db' on $host:$port"
    PGPASSWORD=$password "${psql[@]}" -c "create database \"$db\""
  fi
}

# Unpacks Payara Server from the zip the Maven build copied, unless it is already there.
ensure_installed() {
  [[ -x $PAYARA_HOME/bin/asadmin ]] && return
  local zip=${VOTING_PAYARA_ZIP:?PAYARA_HOME has no Payara Server and VOTING_PAYARA_ZIP is not set}
  local into
  into=$(dirname "$PAYARA_HOME")
  mkdir -p "$into"
  say "Unpacking $(basename "$zip") into $into"
  if command -v unzip >/dev/null; then
    unzip -q -o "$zip" -d "$into"
  else
    (cd "$into" && jar xf "$zip")
  fi
  [[ -d $PAYARA_HOME/bin ]] || { say "The zip did not contain $PAYARA_HOME" >&2; exit 2; }
}

# The mail session mail/voting; like the pool, it reads its settings from the environment.
configure_mail() {
  if ! in_domain_xml 'jndi-name="mail/voting"'; then
    asadmin create-javamail-resource --target "$target" --mailhost localhost --mailuser secure-vote \
      --fromaddress secure-vote@localhost mail/voting >/dev/null
  fi
  ensure_resource_ref mail/voting
  local m=resources.mail-resource.mail/voting
  settings+=("$m.host=\${ENV=VOTING_SMTP_HOST}"
    "$m.user=\${ENV=VOTING_SMTP_USER}"
    "$m.from=\${ENV=VOTING_MAIL_FROM}"
    "$m.property.mail-smtp-port=\${ENV=VOTING_SMTP_PORT}"
    "$m.property.mail-smtp-auth=\${ENV=VOTING_SMTP_AUTH}"
    "$m.property.mail-smtp-starttls-enable=\${ENV=VOTING_SMTP_STARTTLS}"
    "$m.property.mail-smtp-password=\${ENV=VOTING_SMTP_PASSWORD}"
    "$m.property.mail-smtp-connectiontimeout=10000"
    "$m.property.mail-smtp-timeout=10000")
}

# One element of domain.xml, e.g. `domain_section config secure-vote-config`, from its start tag
# to its end tag.
domain_section() {
  sed -n "/<$1 [^>]*name=\"$2\"/,/<\/$1>/p" "$domain_dir/config/domain.xml"
}

# A resource created for one target is referenced from another only by a resource-ref.
ensure_resource_ref() {
  [[ $target == server ]] && return 0
  if ! domain_section deployment-group "$target" | grep -qF "<resource-ref ref=\"$1\""; then
    asadmin create-resource-ref --target "$target" "$1" >/dev/null
  fi
}

deployed() {
  grep -q '<application [^>]*name="secure-vote"' "$domain_dir/config/domain.xml"
}

# The VOTING_* variables the server reads (the script's own left out), one per line, sorted.
server_variables() {
  grep '^VOTING_' | grep -Ev '^VOTING_(EAR|PAYARA_ZIP|JDBC_DRIVER|MAIL_CATCHER_JAR|DB_RECREATE|PAYARA_ADMIN_PASSWORD|STEP_SECONDS)=' |
    LC_ALL=C sort
}

# Whether the running server's process has this environment (read from /proc: the server keeps the
# environment it was started with, and asadmin restart-domain passes that same one on).
has_this_environment() {
  started_with_this_environment "$domain_dir/config/pid"
}

# Whether the process whose id is in this file runs with this script's VOTING_* settings.
started_with_this_environment() {
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [[ -r /proc/$pid/environ ]] || return 1
  cmp -s <(tr '\0' '\n' <"/proc/$pid/environ" | server_variables) <(env | server_variables)
}

# A fresh server process started from this script, so it reads this environment.
restart_domain() {
  say "Restarting domain '$domain' ${1:-so it reads this environment}"
  # Undeployed first: the next deployment goes into a JVM that has not had the application. (A
  # domain that administers a deployment group runs no application itself.)
  if [[ $target == server ]] && deployed; then asadmin undeploy secure-vote >/dev/null; fi
  domain_asadmin stop-domain "$domain" >/dev/null
  "$PAYARA_HOME/bin/asadmin" start-domain "$domain" >/dev/null
}

# The PostgreSQL driver jar. asadmin add-library only logs a missing file, and the pool then fails
# far from the cause, so a missing one stops here.
jdbc_driver() {
  local driver=${VOTING_JDBC_DRIVER:?VOTING_JDBC_DRIVER must name the PostgreSQL driver jar}
  [[ -f $driver ]] || { say "No PostgreSQL driver at $driver: build first (./mvnw package)" >&2; return 2; }
  echo "$driver"
}

# Creates and starts the domain; restarts it when its environment differs from this one.
ensure_domain() {
  chmod +x "$PAYARA_HOME"/bin/* "$PAYARA_HOME"/glassfish/bin/*
  if [[ ! -d $domain_dir ]]; then
    say "Creating domain '$domain' (admin port $admin_port, HTTP $http_port, HTTPS $https_port)"
    "$PAYARA_HOME/bin/asadmin" --interactive=false create-domain --nopassword \
      --portbase "$port_base" "$domain" >/dev/null
    # The domain's lib folder is read at start, so the driver put there now needs no restart (as
    # asadmin add-library into a running domain does). A cluster's administering domain then
    # starts once.
    local driver
    driver=$(jdbc_driver) || exit 2
    cp "$driver" "$domain_dir/lib/"
  fi
  # The log holds the first administrator's one-time link until it is used: for this user only.
  mkdir -p "$domain_dir/logs" && chmod 700 "$domain_dir/logs"
  if ! running; then
    say "Starting domain '$domain'"
    "$PAYARA_HOME/bin/asadmin" start-domain "$domain" >/dev/null
    configure_admin_password
    # Redeploying into a JVM that loaded the EAR at its start fails here: EclipseLink keeps that
    # load's persistence unit ("Close all factories", ClassNotFoundException from the old class
    # loader). One deployed with asadmin redeploys fine. `down` undeploys, so this is rare.
    if [[ $target == server ]] && deployed; then restart_domain "without the application loaded at start"; fi
  else
    configure_admin_password
    has_this_environment || restart_domain
  fi
}

# Settings that only take effect after a restart; sets restart_needed when one changed.
configure_server() {
  local driver
  driver=$(jdbc_driver) || exit 2
  if [[ ! -f $domain_dir/lib/$(basename "$driver") ]]; then
    asadmin add-library --type common "$driver" >/dev/null
    restart_needed=true driver_added=true
  fi
  # Payara ignores SameSite in web.xml; it is a listener setting. Strict: no cookie on cross-site
  # requests. The listeners also stop announcing the server and its version. Changed only when
  # different, with a restart: reconfiguring a live listener here once left it closed.
  local proto=configs.config.$config.network-config.protocols.protocol listener http
  local wanted=()
  for listener in http-listener-1 http-listener-2; do
    http=$proto.$listener.http
    wanted+=("$http.cookie-same-site-enabled=true" "$http.cookie-same-site-value=Strict"
      "$http.xpowered-by=false" "$http.server-header=false")
  done
  # HTTPS: TLS 1.3, and TLS 1.2 only with forward secrecy (ECDHE) and AEAD ciphers; nothing older.
  # Payara 6 has no switches for TLS 1.0/1.1: the JVM's server side is limited to 1.2 and 1.3.
  local ssl=$proto.http-listener-2.ssl
  wanted+=("$ssl.tls12-enabled=true" "$ssl.tls13-enabled=true" "$ssl.ssl3-tls-ciphers=$tls_ciphers")
  # No HTTP/2: Grizzly's HTTP/2 in Payara 6.2025.9 answered later, ordinary requests of other
  # visitors with 431 after a few anonymous requests with a long URL (TlsIT pins it). Browsers
  # then speak HTTP/1.1 over the same TLS.
  wanted+=("$proto.http-listener-2.http.http2-enabled=false")
  # Request threads: Payara's default of 5 lets five slow requests (a sign-in's PBKDF2, a large
  # import) hold up every page; the database pool bounds the real parallel work anyway.
  local threads=configs.config.$config.thread-pools.thread-pool.http-thread-pool
  wanted+=("$threads.max-thread-pool-size=${VOTING_HTTP_THREADS:-32}")
  # Roles come from each application's own mapping (the EAR maps groups to roles one to one),
  # never from a server-wide guess.
  local mapping=configs.config.$config.security-service.activate-default-principal-to-role-mapping
  wanted+=("$mapping=false")
  # One asadmin call reads them all (get takes one pattern); one sets them if any differs.
  if [[ $(asadmin get "configs.config.$config.*" |
    grep -cFx -f <(printf '%s\n' "${wanted[@]}")) -ne ${#wanted[@]} ]]; then
    asadmin set "${wanted[@]}" >/dev/null
    restart_needed=true
  fi
  local tls_protocols="-Djdk.tls.server.protocols=TLSv1.3,TLSv1.2"
  if ! asadmin list-jvm-options --target "$config" | grep -qFx -- "$tls_protocols"; then
    asadmin create-jvm-options --target "$config" -- "$tls_protocols" >/dev/null
    restart_needed=true
  fi
  # Pool usage in /metrics: pool monitoring and AMX make Payara's pool MBeans, and metrics.xml
  # (read at start) maps them to vendor gauges.
  if ! asadmin get "configs.config.$config.monitoring-service.module-monitoring-levels.jdbc-connection-pool" | grep -q '=HIGH$'; then
    asadmin set-monitoring-level --target "$config" --module jdbc-connection-pool --level HIGH >/dev/null
  fi
  if ! domain_section config "$config" | grep -qF '<amx-configuration enabled="true"'; then
    asadmin set-amx-enabled --target "$config" --enabled=true --dynamic=true >/dev/null
  fi
  if ! cmp -s "$here/payara/metrics.xml" "$domain_dir/config/metrics.xml"; then
    cp "$here/payara/metrics.xml" "$domain_dir/config/metrics.xml"
    restart_needed=true
  fi
  # Request latency as histogram buckets too, so Prometheus can add them up across instances.
  # Payara reads this when the metrics registry starts, from the domain's config, not the WAR's.
  local buckets=secure_vote_request_duration=25ms,50ms,100ms,250ms,500ms,1s,2500ms,5s,10s
  # Read from domain.xml: get-config-property logs a SEVERE line while the property is missing.
  if ! in_domain_xml "name=\"payara.microprofile.mp.metrics.distribution.timer.buckets\" value=\"$buckets\""; then
    asadmin set-config-property --source=domain \
      --propertyName=mp.metrics.distribution.timer.buckets --propertyValue="$buckets" >/dev/null
    restart_needed=true
  fi
}

# The admin user's password, from VOTING_PAYARA_ADMIN_PASSWORD: the admin console and asadmin from
# another machine ask for it. asadmin on this machine signs in with the domain's local password,
# so this script needs no password file. Without the variable the admin user has no password and
# Payara only accepts admin connections from this machine.
configure_admin_password() {
  if [[ -z ${VOTING_PAYARA_ADMIN_PASSWORD:-} ]]; then
    # Payara's REST interface answers 401 when the admin user has a password.
    if [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$admin_port/management/domain") == 401 ]]; then
      say "The domain's admin user has a password: set VOTING_PAYARA_ADMIN_PASSWORD to it" >&2
      exit 1
    fi
    return 0
  fi
  local file old
  file=$(mktemp)
  chmod 600 "$file"
  # Already this password (a no-op change), or still none (a fresh domain): either works once.
  for old in "$VOTING_PAYARA_ADMIN_PASSWORD" ""; do
    printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_NEWPASSWORD=%s\n' "$old" "$VOTING_PAYARA_ADMIN_PASSWORD" >"$file"
    if "$PAYARA_HOME/bin/asadmin" --interactive=false --port "$admin_port" --user admin \
      --passwordfile "$file" change-admin-password >/dev/null 2>&1; then
      rm -f "$file"
      return 0
    fi
  done
  rm -f "$file"
  say "VOTING_PAYARA_ADMIN_PASSWORD: the domain's admin password is neither empty nor this one; change it with asadmin change-admin-password" >&2
  return 1
}

# HTTPS uses the domain's self-signed certificate unless VOTING_TLS_KEYSTORE names a PKCS#12 file
# with the operator's key and certificate (alias VOTING_TLS_ALIAS, password VOTING_TLS_KEYSTORE_PASSWORD).
configure_tls() {
  [[ -n ${VOTING_TLS_KEYSTORE:-} ]] || return 0
  local alias=${VOTING_TLS_ALIAS:-secure-vote}
  local keystore="$domain_dir/config/keystore.p12" imported="$domain_dir/config/imported-tls-keystore"
  # Imported once per keystore file and alias: an unchanged one needs no restart.
  local fingerprint
  fingerprint="$alias $(sha256sum <"$VOTING_TLS_KEYSTORE")"
  [[ -f $imported && $(cat "$imported") == "$fingerprint" ]] && return 0
  keytool -importkeystore -noprompt \
    -srckeystore "$VOTING_TLS_KEYSTORE" -srcstoretype PKCS12 \
    -srcstorepass:env VOTING_TLS_KEYSTORE_PASSWORD -srcalias "$alias" \
    -destkeystore "$keystore" -deststoretype PKCS12 \
    -deststorepass "${PAYARA_MASTER_PASSWORD:-changeit}" -destalias "$alias" >/dev/null
  asadmin set "configs.config.$config.network-config.protocols.protocol.http-listener-2.ssl.cert-nickname=$alias" >/dev/null
  printf '%s\n' "$fingerprint" >"$imported"
  restart_needed=true
}

configure_resources() {
  if ! in_domain_xml " name=\"$pool\""; then
    asadmin create-jdbc-connection-pool \
      --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
      --restype javax.sql.DataSource "$pool" >/dev/null
  fi
  if ! in_domain_xml 'jndi-name="jdbc/voting"'; then
    asadmin create-jdbc-resource --target "$target" --connectionpoolid "$pool" jdbc/voting >/dev/null
  fi
  ensure_resource_ref jdbc/voting
  local p=resources.jdbc-connection-pool.$pool settings
  # Resolved from the server's environment at run time: no credentials in domain.xml or the EAR.
  settings=("$p.property.url=\${ENV=VOTING_DB_URL}"
    "$p.property.user=\${ENV=VOTING_DB_USER}"
    "$p.property.password=\${ENV=VOTING_DB_PASSWORD}"
    "$p.steady-pool-size=${VOTING_DB_POOL_MIN:-8}"
    "$p.max-pool-size=${VOTING_DB_POOL_MAX:-32}"
    "$p.max-wait-time-in-millis=${VOTING_DB_POOL_WAIT_MS:-10000}"
    "$p.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation"
    "$p.connection-validation-method=custom-validation"
    "$p.is-connection-validation-required=true"
    # A cast takes several connections; checking each one every time was a round trip apiece.
    "$p.validate-atmost-once-period-in-seconds=${VOTING_DB_VALIDATE_SECONDS:-2}"
    "$p.fail-all-connections=true"
    # Reset on every hand-out: one user's changed isolation must not reach the next transaction
    # (the audit chain and the cast lock read what committed before their lock, in a new snapshot).
    "$p.transaction-isolation-level=read-committed"
    "$p.is-isolation-level-guaranteed=true")
  configure_mail
  asadmin set "${settings[@]}" >/dev/null
  asadmin ping-connection-pool "$pool" >/dev/null
  say "JDBC pool '$pool' reaches $VOTING_DB_URL"
}

deploy() {
  local ear=${VOTING_EAR:?VOTING_EAR must name the built secure-vote.ear}
  local log="$domain_dir/logs/server.log"
  local offset=$(($(stat -c %s "$log" 2>/dev/null || echo 0) + 1))
  # Redeployed in place when the server runs with this environment: the site is back within seconds.
  if deployed; then
    say "Redeploying $(basename "$ear")"
    asadmin deploy --force=true --target "$target" --name secure-vote "$ear" >/dev/null
  else
    say "Deploying $(basename "$ear")"
    asadmin deploy --target "$target" --name secure-vote "$ear" >/dev/null
  fi
  # Until an administrator has a password, each start logs a one-time link to choose it.
  tail -c +"$offset" "$log" | grep -o 'First administrator ready: [^]]*' | head -1 |
    sed 's/^/[secure-vote] /' || true
}

# Seconds per step, printed at the end so that a slow run shows where the time went.
steps=${VOTING_STEP_SECONDS:-}
step_started=$SECONDS
step_done() {
  steps="${steps:+$steps, }$1 $((SECONDS - step_started))"
  step_started=$SECONDS
}

main() {
  case ${1:-} in
    up)
      export_database_settings
      export_mail_settings
      ensure_installed
      step_done install
      ensure_database
      step_done database
      ensure_domain
      restart_needed=false
      configure_server
      configure_tls
      if [[ $restart_needed == true ]]; then
        restart_domain
      fi
      step_done domain
      configure_resources
      step_done resources
      deploy
      step_done deploy
      say "Secure Vote runs at https://localhost:$https_port/ (http://localhost:$http_port/ redirects there; admin console: http://localhost:$admin_port/)"
      say "Server log: $domain_dir/logs/server.log"
      say "Seconds per step: $steps"
      ;;
    down)
      if [[ -x $PAYARA_HOME/bin/asadmin ]] && running; then
        # Undeployed first, so that the next `up` deploys into a server that did not load it at start.
        if deployed; then asadmin undeploy secure-vote >/dev/null; fi
        domain_asadmin stop-domain "$domain" >/dev/null
        say "Stopped domain '$domain'"
      else
        say "Domain '$domain' is not running"
      fi
      ;;
    status)
      if [[ -x $PAYARA_HOME/bin/asadmin ]] && running; then say "Domain '$domain' runs: http://localhost:$http_port/"; else say "Domain '$domain' is not running"; fi
      ;;
    *)
      echo "usage: $0 up|down|status" >&2
      exit 2
      ;;
  esac
}

# Run, not sourced (cluster.sh sources it for its functions).
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then main "$@"; fi
