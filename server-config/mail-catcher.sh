#!/usr/bin/env bash
# A development mail catcher (GreenMail standalone) for a machine without a mail server:
#   mail-catcher.sh start   start it unless it runs: SMTP on port base+25, IMAP on base+43 and its
#                           REST API on base+90, all on 127.0.0.1; every address gets a mailbox
#   mail-catcher.sh stop    stop it
# It keeps every mail in memory only; never use it in production.
set -euo pipefail
home=${VOTING_HOME:?VOTING_HOME must be set}
port_base=${VOTING_PORT_BASE:-8000}
smtp_port=$((port_base + 25))
imap_port=$((port_base + 43))
api_port=$((port_base + 90))
pid_file="$home/mail-catcher.pid"
log="$home/mail-catcher.log"
say() { printf '[secure-vote] %s\n' "$*"; }

alive() { [[ -f $pid_file ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; }

case ${1:-} in
  start)
    if ! alive; then
      jar=${VOTING_MAIL_CATCHER_JAR:?VOTING_MAIL_CATCHER_JAR must name greenmail-standalone.jar}
      mkdir -p "$home"
      nohup java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port="$smtp_port" \
        -Dgreenmail.imap.hostname=127.0.0.1 -Dgreenmail.imap.port="$imap_port" \
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port="$api_port" \
        -Dgreenmail.auth.disabled -Xmx128m -jar "$jar" >"$log" 2>&1 </dev/null &
      echo $! >"$pid_file"
      for _ in $(seq 60); do
        curl -fsS "http://127.0.0.1:$api_port/api/service/readiness" >/dev/null 2>&1 && break
        if ! alive; then
          say "The mail catcher did not start ($log):" >&2
          cat "$log" >&2
          exit 1
        fi
        sleep 0.5
      done
    fi
    say "WARNING: no VOTING_SMTP_HOST, so mail goes to the development mail catcher (SMTP 127.0.0.1:$smtp_port), not to anyone."
    say "Read it at http://127.0.0.1:$api_port/ or: curl http://127.0.0.1:$api_port/api/user/<address>/messages/"
    ;;
  stop)
    if alive; then
      kill "$(cat "$pid_file")"
      say "Stopped the mail catcher"
    fi
    rm -f "$pid_file"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
