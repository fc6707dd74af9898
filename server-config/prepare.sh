# What run.sh and cluster.sh do before Payara: build the EAR, make sure the two server secrets are in
# the environment, and give mail somewhere to go. Sourced, not run; needs $repo and locations.sh.

# Whether the last build is newer than everything it read: every file and folder of the checkout
# but build output, node_modules and .git (a folder's time changes when an entry is added or
# removed, so a deleted source is seen too). Then a rerun skips Maven's 15 to 25 s.
build_is_current() {
  [[ -f $VOTING_EAR && -f $VOTING_JDBC_DRIVER && -f $VOTING_PAYARA_ZIP && -f $VOTING_MAIL_CATCHER_JAR ]] &&
    [[ -z $(find "$repo" \( -name target -o -name node_modules -o -name .git \) -prune -o \
      -newer "$VOTING_EAR" ! -name '.last-*' -print -quit) ]]
}

started=$SECONDS
# From the checkout's root, wherever this was started from: Maven builds the project it is in.
# VOTING_SKIP_BUILD=true when the caller is that build (the system tests start a cluster).
if [[ ${VOTING_SKIP_BUILD:-false} != true ]]; then
  if build_is_current; then
    echo "[secure-vote] Nothing changed since the last build of $(basename "$VOTING_EAR"): not building"
  else
    (cd "$repo" && ./mvnw -q -B -DskipTests -pl voting-ear,server-config -am package)
  fi
fi
export VOTING_STEP_SECONDS="build $((SECONDS - started))"

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
