#!/usr/bin/env bash
# Secure Vote on a Payara Server deployment group of instances on this machine, behind HAProxy:
#   cluster.sh up       build; create what is missing (the domain that administers the group, a
#                       configuration, the group, VOTING_CLUSTER_INSTANCES instances, the pool and
#                       mail session on the group), deploy the EAR to the group, start HAProxy.
#                       Idempotent, and never stops the whole group: a run with a new build
#                       upgrades one instance at a time while the other serves, and instances whose
#                       environment or settings changed restart one at a time.
#   cluster.sh down     stop HAProxy, the instances and the domain
#   cluster.sh status   what runs
# Ports from VOTING_CLUSTER_PORT_BASE (default 9000): HTTPS through HAProxy on base+443, the
# administering domain on base (admin base+48), instance N on base+100*N (HTTPS base+100*N+81).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
cluster_base=${VOTING_CLUSTER_PORT_BASE:-9000}
export VOTING_DOMAIN=${VOTING_CLUSTER_DOMAIN:-secure-vote-cluster} VOTING_PORT_BASE=$cluster_base
export VOTING_CONFIG=secure-vote-config VOTING_TARGET=secure-vote-group
source "$repo/server-config/locations.sh"
export VOTING_PUBLIC_URL=${VOTING_PUBLIC_URL:-https://localhost:$((cluster_base + 443))}
# The balancer's own address: instances believe X-Forwarded-For from it and nobody else.
export VOTING_TRUSTED_PROXIES=${VOTING_TRUSTED_PROXIES:-127.0.0.1}
instances=${VOTING_CLUSTER_INSTANCES:-2}
state="$VOTING_HOME/cluster"
node=localhost-$VOTING_DOMAIN
source "$repo/server-config/payara.sh" # its functions and settings, for this domain and group

instance_name() { echo "sv-$1"; }
instance_port() { echo $((cluster_base + 100 * $1 + 81)); }
instance_dir() { echo "$PAYARA_HOME/glassfish/nodes/$node/$(instance_name "$1")"; }
instance_pid() { cat "$(instance_dir "$1")/config/pid" 2>/dev/null; }
instance_running() {
  local pid
  pid=$(instance_pid "$1") && kill -0 "$pid" 2>/dev/null
}
# Whether the instance's process has this environment's VOTING_* (as payara.sh checks the domain's).
instance_current() { started_with_this_environment "$(instance_dir "$1")/config/pid"; }

ready() { [[ $(curl -ks -o /dev/null -w '%{http_code}' "https://localhost:$(instance_port "$1")/health/ready") == 200 ]]; }
wait_ready() {
  for _ in $(seq 180); do
    ready "$1" && return 0
    instance_running "$1" || break
    sleep 1
  done
  say "Instance $(instance_name "$1") did not become ready; its log: $(instance_dir "$1")/logs/server.log" >&2
  return 1
}

ensure_group() {
  in_domain_xml "<config name=\"$VOTING_CONFIG\"" || asadmin copy-config default-config "$VOTING_CONFIG" >/dev/null
  # No message broker: the application sends none. Only the instances use this configuration, and
  # a change shows in list-instances as "requires restart", which ensure_instances acts on.
  if ! domain_section config "$VOTING_CONFIG" | grep -q '<jms-service [^>]*type="DISABLED"'; then
    asadmin set "configs.config.$VOTING_CONFIG.jms-service.type=DISABLED" >/dev/null
  fi
  in_domain_xml "<deployment-group name=\"$VOTING_TARGET\"" ||
    asadmin create-deployment-group "$VOTING_TARGET" >/dev/null
  local n name
  for n in $(seq "$instances"); do
    name=$(instance_name "$n")
    if ! grep -q "<server [^>]*name=\"$name\"" "$domain_dir/config/domain.xml"; then
      say "Creating instance $name (HTTPS $(instance_port "$n"))"
      asadmin create-instance --node "$node" --config "$VOTING_CONFIG" \
        --portbase $((cluster_base + 100 * n)) "$name" >/dev/null
    fi
    if ! domain_section deployment-group "$VOTING_TARGET" | grep -qF "<dg-server-ref ref=\"$name\""; then
      asadmin add-instance-to-deployment-group --instance "$name" --deploymentgroup "$VOTING_TARGET" >/dev/null
    fi
    # Nothing here sends messages, and with the broker disabled each start's transaction recovery
    # logged SEVERE lines trying to load the default JMS connection factory.
    if domain_section server "$name" | grep -qF '<resource-ref ref="jms/__defaultConnectionFactory"'; then
      asadmin delete-resource-ref --target "$name" jms/__defaultConnectionFactory >/dev/null
    fi
  done
}

# Started from here, so each instance runs with this environment (the pool reads ${ENV=...}).
start_instance() {
  say "Starting instance $(instance_name "$1")"
  "$PAYARA_HOME/bin/asadmin" --interactive=false "${admin_auth[@]}" start-local-instance --node "$node" \
    --sync normal "$(instance_name "$1")" >/dev/null
  wait_ready "$1"
}
stop_instance() {
  "$PAYARA_HOME/bin/asadmin" --interactive=false "${admin_auth[@]}" stop-local-instance --node "$node" \
    "$(instance_name "$1")" >/dev/null || true
}

# One at a time, each back and ready before the next goes: the group keeps serving throughout. An
# instance restarts when its environment differs from this one or the domain says it must (a
# setting changed since it started, in this run or an earlier one that stopped half-way).
ensure_instances() {
  local n pending
  pending=$(asadmin list-instances -l | grep 'requires restart' | cut -d' ' -f1 || true)
  for n in $(seq "$instances"); do
    if instance_running "$n" && { grep -qx "$(instance_name "$n")" <<<"$pending" || ! instance_current "$n"; }; then
      say "Restarting instance $(instance_name "$n") so it reads this environment and settings"
      drain "$n"
      stop_instance "$n"
    fi
    instance_running "$n" || start_instance "$n"
    undrain "$n"
  done
}

# Each build is deployed as its own version of the application, secure-vote:<start of the EAR's
# SHA-256>; the group runs one. A new build is a rolling upgrade: deployed disabled, then enabled
# one instance at a time while the balancer sends everyone to the other, then on the group, and the
# old version undeployed. Sessions live in the data grid, so users move over with theirs.
ensure_version() {
  local version old n
  version=secure-vote:$(sha256sum "$VOTING_EAR" | cut -c1-12)
  old=$(group_version)
  [[ $old == "$version" ]] && return 0
  # Payara takes the version from --name only when the file is named after the application
  # (secure-vote.ear); any other file name makes it use the EAR's own name, unversioned.
  local ear="$state/deploy/secure-vote.ear"
  mkdir -p "$state/deploy" && cp "$VOTING_EAR" "$ear"
  if [[ -z $old ]]; then
    say "Deploying $(basename "$VOTING_EAR") as $version"
    asadmin deploy --target "$VOTING_TARGET" --availabilityenabled=true --name "$version" "$ear" >/dev/null
    return 0
  fi
  say "Upgrading $old to $version one instance at a time"
  if ! in_domain_xml "name=\"$version\""; then
    asadmin deploy --enabled=false --target "$VOTING_TARGET" --availabilityenabled=true \
      --name "$version" "$ear" >/dev/null
  fi
  for n in $(seq "$instances"); do
    drain "$n"
    sleep "${VOTING_CLUSTER_DRAIN_SECONDS:-5}" # requests under way finish
    stop_instance "$n"
    asadmin enable --target "$(instance_name "$n")" "$version" >/dev/null
    start_instance "$n"
    undrain "$n"
    say "Instance $(instance_name "$n") runs $version"
  done
  asadmin enable --target "$VOTING_TARGET" "$version" >/dev/null
  # The old version, and any other left by an upgrade that stopped half-way.
  local other
  for other in $(grep -o '<application [^>]*name="secure-vote[^"]*"' "$domain_dir/config/domain.xml" |
    grep -o 'name="[^"]*"' | cut -d'"' -f2); do
    [[ $other == "$version" ]] || asadmin undeploy --target domain "$other" >/dev/null
  done
}

# The version enabled on the group, if any.
group_version() {
  domain_section deployment-group "$VOTING_TARGET" | grep -o '<application-ref [^>]*ref="secure-vote[^"]*"' |
    grep -v 'enabled="false"' | grep -o 'secure-vote[^"]*' | head -1 || true
}

# HAProxy terminates the client's TLS and opens its own to the instances, checking their
# certificate, so that it can say who the client is (X-Forwarded-For) and keep a browser on the
# instance that holds its session while that instance lives.
ensure_balancer() {
  command -v haproxy >/dev/null && command -v socat >/dev/null || install_haproxy
  mkdir -p "$state" && chmod 700 "$state"
  tls_files
  local cfg="$state/haproxy.cfg" new
  new=$(balancer_config)
  if [[ ! -f $cfg ]] || [[ $new != "$(cat "$cfg")" ]] || ! balancer_running; then
    printf '%s\n' "$new" >"$cfg"
    haproxy -c -q -f "$cfg"
    if balancer_running; then
      haproxy -D -f "$cfg" -p "$state/haproxy.pid" -sf "$(cat "$state/haproxy.pid")"
    else
      haproxy -D -f "$cfg" -p "$state/haproxy.pid"
    fi
  fi
}
balancer_running() { [[ -f $state/haproxy.pid ]] && kill -0 "$(cat "$state/haproxy.pid")" 2>/dev/null; }

install_haproxy() {
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    say "HAProxy or socat is not installed: apt-get install haproxy socat" >&2
    exit 1
  fi
  say "Installing HAProxy and socat"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy socat >/dev/null
}

# The instances' certificate (the domain's, or the operator's VOTING_TLS_KEYSTORE alias) as PEM: the
# balancer presents it to clients and trusts exactly it towards the instances.
tls_files() {
  local alias=s1as
  [[ -n ${VOTING_TLS_KEYSTORE:-} ]] && alias=${VOTING_TLS_ALIAS:-secure-vote}
  local p12="$state/tls.p12"
  rm -f "$p12"
  keytool -importkeystore -noprompt -srckeystore "$domain_dir/config/keystore.p12" \
    -srcstorepass "${PAYARA_MASTER_PASSWORD:-changeit}" -srcalias "$alias" \
    -destkeystore "$p12" -deststoretype PKCS12 -deststorepass changeit >/dev/null 2>&1
  (umask 077 && openssl pkcs12 -in "$p12" -passin pass:changeit -nodes 2>/dev/null >"$state/tls.pem")
  openssl pkcs12 -in "$p12" -passin pass:changeit -nokeys 2>/dev/null |
    openssl x509 >"$state/instances-ca.pem"
  rm -f "$p12"
}

balancer_config() {
  cat <<CFG
# Written by server-config/cluster.sh; changes here are overwritten.
global
    daemon
    maxconn 4096
    stats socket $state/haproxy.sock mode 600 level admin
    ssl-default-bind-options ssl-min-ver TLSv1.2
    ssl-default-server-options ssl-min-ver TLSv1.2

defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 120s
    timeout http-request 10s
    option redispatch
    retries 2

frontend secure-vote
    bind 127.0.0.1:$((cluster_base + 443)) ssl crt $state/tls.pem alpn http/1.1
    # Whatever the client sent is not believed: the balancer writes who connected.
    http-request del-header X-Forwarded-For
    option forwardfor
    default_backend instances

backend instances
    balance roundrobin
    # A browser stays on the instance that made its session; if that instance dies, the next
    # one takes the session from the data grid.
    stick-table type string len 128 size 200k expire 60m
    stick on req.cook(JSESSIONID)
    stick store-response res.cook(JSESSIONID)
    option httpchk GET /health/ready
    http-check expect status 200
    default-server ssl verify required ca-file $state/instances-ca.pem check inter 2s fall 2 rise 2 source 127.0.0.1
$(for n in $(seq "$instances"); do echo "    server $(instance_name "$n") 127.0.0.1:$(instance_port "$n")"; done)
CFG
}

# Takes an instance out of the balancer's rotation (new requests go elsewhere) and back.
balancer_command() { balancer_running && echo "$1" | socat - "UNIX-CONNECT:$state/haproxy.sock" >/dev/null 2>&1 || true; }
drain() { balancer_command "set server instances/$(instance_name "$1") state maint"; }
undrain() { balancer_command "set server instances/$(instance_name "$1") state ready"; }

first_admin_link() {
  local n
  for n in $(seq "$instances"); do
    grep -ho 'First administrator ready: [^]]*' "$(instance_dir "$n")/logs/server.log" 2>/dev/null | tail -1
  done | tail -1 | sed 's/^/[secure-vote] /' || true
}

remember() {
  printf 'VOTING_HOME=%s\nPAYARA_HOME=%s\nVOTING_CLUSTER_PORT_BASE=%s\nVOTING_CLUSTER_INSTANCES=%s\n' \
    "$VOTING_HOME" "$PAYARA_HOME" "$cluster_base" "$instances" >"$repo/server-config/.last-cluster"
}

case ${1:-} in
  up)
    remember # before the build: a file created after it would look like a change to the next run
    source "$repo/server-config/prepare.sh"
    export_database_settings
    export_mail_settings
    ensure_installed
    ensure_database
    ensure_domain
    restart_needed=false driver_added=false
    ensure_group
    configure_server
    configure_tls
    # The administering domain pings the pool with its own environment and driver; the other
    # settings are the instances' (their configuration, or files they read when they start).
    if [[ $driver_added == true ]] || ! has_this_environment; then restart_domain; fi
    configure_resources
    ensure_balancer
    # A new group gets its first version before its instances start, so they start with it (an
    # instance without the application never reports ready).
    [[ -n $(group_version) ]] || ensure_version
    ensure_instances
    ensure_version
    first_admin_link
    say "Secure Vote runs at $VOTING_PUBLIC_URL on $instances instances (admin console: http://localhost:$admin_port/)"
    ;;
  down)
    if balancer_running; then kill "$(cat "$state/haproxy.pid")" && say "Stopped HAProxy"; fi
    for n in $(seq "$instances"); do
      if instance_running "$n"; then stop_instance "$n" && say "Stopped instance $(instance_name "$n")"; fi
    done
    if [[ -x $PAYARA_HOME/bin/asadmin ]] && running; then
      domain_asadmin stop-domain "$domain" >/dev/null
      say "Stopped domain '$domain'"
    fi
    "$repo/server-config/mail-catcher.sh" stop
    ;;
  status)
    balancer_running && say "HAProxy runs: https://localhost:$((cluster_base + 443))/" || say "HAProxy is not running"
    for n in $(seq "$instances"); do
      if instance_running "$n"; then
        ready "$n" && say "Instance $(instance_name "$n") runs and is ready" || say "Instance $(instance_name "$n") runs, not ready"
      else
        say "Instance $(instance_name "$n") is not running"
      fi
    done
    ;;
  *)
    echo "usage: $0 up|down|status" >&2
    exit 2
    ;;
esac
