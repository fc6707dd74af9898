# Where run.sh and stop.sh find the server and what they deploy; sourced, not run.
# Payara Server lives outside the work tree so that `mvnw clean` never deletes a running server.
dist="$repo/server-config/target/dist"
payara_zip=$(ls "$dist"/payara-*.zip 2>/dev/null | head -1 || true)
payara_version=$(basename "${payara_zip:-payara-unknown.zip}" .zip)
export VOTING_HOME=${VOTING_HOME:-$HOME/.secure-vote}
export PAYARA_HOME=${PAYARA_HOME:-$VOTING_HOME/$payara_version/payara6}
export VOTING_PAYARA_ZIP=$payara_zip
export VOTING_JDBC_DRIVER=$(ls "$dist"/postgresql-*.jar 2>/dev/null | head -1 || true)
export VOTING_EAR="$repo/voting-ear/target/secure-vote.ear"
