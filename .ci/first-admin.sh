#!/usr/bin/env bash
# Plays the first administrator against a server that run.sh started:
#   first-admin.sh BASE_URL ONE_TIME_LINK EMAIL PASSWORD [MAIL_API]
# opens the first page, chooses the password through the one-time link, signs in through the sign-in
# form and opens the admin home page. JSF forms are posted back with their view state and cookies.
# With ONE_TIME_LINK "-" the password is already chosen: it only signs in. With MAIL_API (the
# development mail catcher's URL) it also adds a voter, emails them a password link and finds it
# in the catcher's mailbox.
set -euo pipefail
base=$1 link=$2 email=$3 password=$4 mail_api=${5:-}
jar=$(mktemp)
page=$(mktemp)
trap 'rm -f "$jar" "$page"' EXIT
fail() { echo "first-admin: $*" >&2; exit 1; }
# -k: the development certificate is self-signed. Prints the status; the body goes to $page.
http() { curl -ksS -b "$jar" -c "$jar" -o "$page" -w '%{http_code}' "$@"; }
# The hidden fields (view state, form id, token) of form $1 as curl arguments.
hidden_fields() {
  sed -n "/<form id=\"$1\"/,/<\/form>/p" "$page" | grep -o '<input[^>]*type="hidden"[^>]*>' |
    while read -r input; do
      name=$(sed -n 's/.*name="\([^"]*\)".*/\1/p' <<<"$input")
      value=$(sed -n 's/.*value="\([^"]*\)".*/\1/p' <<<"$input")
      printf -- '--data-urlencode\n%s=%s\n' "$name" "$value"
    done
}

status=$(http "$base/")
[[ $status == 200 ]] || fail "the first page answered $status"
grep -q '<title>' "$page" || fail "the first page has no title"

if [[ $link != - ]]; then
  status=$(http "$link")
  [[ $status == 200 ]] || fail "the one-time link answered $status"
  mapfile -t fields < <(hidden_fields activate)
  status=$(http "${fields[@]}" --data-urlencode "activate:password=$password" \
    --data-urlencode "activate:repeated=$password" --data-urlencode "activate:submit=Set my password" \
    "$base/public/activate.xhtml")
  [[ $status == 302 || $status == 303 ]] || fail "choosing the password answered $status"
fi

status=$(http "$base/public/sign-in.xhtml")
[[ $status == 200 ]] || fail "the sign-in page answered $status"
mapfile -t fields < <(hidden_fields signIn)
status=$(http "${fields[@]}" --data-urlencode "signIn:email=$email" \
  --data-urlencode "signIn:password=$password" --data-urlencode "signIn:submit=Sign in" \
  "$base/public/sign-in.xhtml")
[[ $status == 302 || $status == 303 ]] || fail "signing in answered $status"

status=$(http "$base/admin/")
[[ $status == 200 ]] || fail "the admin home page answered $status after signing in"
grep -q "$email" "$page" || fail "the admin home page does not name $email"
echo "first-admin: signed in as $email and opened /admin/"
[[ -n $mail_api ]] || exit 0

voter="voter-$RANDOM@example.org"
status=$(http "$base/admin/voters.xhtml")
[[ $status == 200 ]] || fail "the voters page answered $status"
mapfile -t fields < <(hidden_fields voter)
status=$(http "${fields[@]}" --data-urlencode "voter:voterRef=V-$RANDOM" --data-urlencode "voter:name=A Voter" \
  --data-urlencode "voter:email=$voter" --data-urlencode "voter:submit=Add voter" "$base/admin/voters.xhtml")
[[ $status == 200 ]] && grep -q "$voter" "$page" || fail "adding the voter $voter answered $status"
mapfile -t fields < <(hidden_fields list)
send=$(grep -o '<input[^>]*value="Send password link"[^>]*>' "$page" | head -1 | sed -n 's/.*name="\([^"]*\)".*/\1/p')
[[ -n $send ]] || fail "the voters page has no 'Send password link' button"
status=$(http "${fields[@]}" --data-urlencode "$send=Send password link" "$base/admin/voters.xhtml")
[[ $status == 200 ]] && grep -q 'was emailed to' "$page" || fail "sending the password link answered $status: $(grep -o 'could not[^<]*' "$page" | head -1)"
for _ in $(seq 20); do
  curl -fsS "$mail_api/api/user/$voter/messages/" 2>/dev/null | grep -q 'activate.xhtml' && break
  sleep 1
done
curl -fsS "$mail_api/api/user/$voter/messages/" | grep -q 'activate.xhtml' ||
  fail "no password link for $voter in the mail catcher at $mail_api"
echo "first-admin: added $voter and found their password link in the mail catcher"
