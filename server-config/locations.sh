# Where run.sh and stop.sh find the server and what they deploy; sourced, not run.
# Payara Server lives outside the work tree so that `mvnw clean` never deletes a running server.
# Paths are named from the pom's versions, so they are known before the build has made the files.
# run.sh remembers where it put the server (in server-config/.last-run, git-ignored) so that
# stop.sh finds it without the same variables; a variable set in the environment wins.
remembered="$repo/server-config/.last-run"
if [[ -f $remembered ]]; then
  while IFS='=' read -r name value; do
    [[ $name =~ ^(VOTING_HOME|VOTING_DOMAIN|VOTING_PORT_BASE|PAYARA_HOME)$ && -z ${!name:-} ]] &&
      export "$name=$value"
  done <"$remembered"
fi
pom_property() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$repo/pom.xml" | head -1; }
dist="$repo/server-config/target/dist"
export VOTING_HOME=${VOTING_HOME:-$HOME/.secure-vote}
export PAYARA_HOME=${PAYARA_HOME:-$VOTING_HOME/payara-$(pom_property payara.version)/payara6}
export VOTING_PAYARA_ZIP="$dist/payara-$(pom_property payara.version).zip"
export VOTING_JDBC_DRIVER="$dist/postgresql-$(pom_property postgresql.version).jar"
export VOTING_MAIL_CATCHER_JAR="$dist/greenmail-standalone-$(pom_property greenmail.version).jar"
export VOTING_EAR=${VOTING_EAR:-"$repo/voting-ear/target/secure-vote.ear"}
