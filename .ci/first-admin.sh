#!/usr/bin/env bash
# Plays the first administrator against a server that run.sh started:
#   first-admin.sh BASE_URL ONE_TIME_LINK EMAIL PASSWORD
# opens the first page, chooses the password through the one-time link, signs in through the sign-in
# form and opens the admin home page. JSF forms are posted back with their view state and cookies.
# With ONE_TIME_LINK "-" the password is already chosen: it only signs in.
set -euo pipefail
base=$1 link=$2 email=$3 password=$4
jar=$(mktemp)
page=$(mktemp)
trap 'rm -f "$jar" "$page"' EXIT
fail() { echo "first-admin: $*" >&2; exit 1; }
# -k: the development certificate is self-signed. Prints the status; the body goes to $page.
http() { curl -ksS -b "$jar" -c "$jar" -o "$page" -w '%{http_code}' "$@"; }
# The form's hidden fields (view state, form id, token) as curl arguments.
hidden_fields() {
  grep -o "<input[^>]*type=\"hidden\"[^>]*>" "$page" | while read -r input; do
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
  mapfile -t fields < <(hidden_fields)
  status=$(http "${fields[@]}" --data-urlencode "activate:password=$password" \
    --data-urlencode "activate:repeated=$password" --data-urlencode "activate:submit=Set my password" \
    "$base/public/activate.xhtml")
  [[ $status == 302 || $status == 303 ]] || fail "choosing the password answered $status"
fi

status=$(http "$base/public/sign-in.xhtml")
[[ $status == 200 ]] || fail "the sign-in page answered $status"
mapfile -t fields < <(hidden_fields)
status=$(http "${fields[@]}" --data-urlencode "signIn:email=$email" \
  --data-urlencode "signIn:password=$password" --data-urlencode "signIn:submit=Sign in" \
  "$base/public/sign-in.xhtml")
[[ $status == 302 || $status == 303 ]] || fail "signing in answered $status"

status=$(http "$base/admin/")
[[ $status == 200 ]] || fail "the admin home page answered $status after signing in"
grep -q "$email" "$page" || fail "the admin home page does not name $email"
echo "first-admin: chose a password, signed in as $email and opened /admin/"
