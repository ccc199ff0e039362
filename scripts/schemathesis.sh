#!/usr/bin/env bash
# The OpenAPI document against the running service (#14): schemathesis generates requests
# for every operation of /api/v1/openapi.json, with a token holding every scope, and checks
# each answer: no 5xx, a status, content type, headers and body the document describes.
#
#   scripts/schemathesis.sh [seconds]     (default 120: the time budget of the run)
#
# Starts the debug binary (built if older than the sources) in dev mode on a free loopback
# port with a throw-away SQLite database, creates an admin and a municipality user (1280)
# with the CLI, signs the admin in (password and TOTP) and issues the token on the console
# page, as a person would. The server is always stopped. Exits non-zero on any failure.
# Needs python3 and curl; schemathesis is installed into a venv outside the repository
# (SCHEMATHESIS_VENV, default ~/.cache/kontaktpunkt/schemathesis) on first use.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
MAX_TIME="${1:-120}"
VENV="${SCHEMATHESIS_VENV:-$HOME/.cache/kontaktpunkt/schemathesis}"
# SCHEMATHESIS_CHECKS=all adds the stricter checks (e.g. positive_data_acceptance);
# SCHEMATHESIS_DOCUMENT=file checks another version of the document against this server.
CHECKS="${SCHEMATHESIS_CHECKS:-not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance}"

if [ ! -x "$VENV/bin/st" ]; then
  echo "== installing schemathesis into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet schemathesis
fi

BIN="${CARGO_TARGET_DIR:-$ROOT/target}/debug/kontaktpunkt"
if [ ! -x "$BIN" ] ||
  [ -n "$(find src migrations Cargo.toml Cargo.lock -newer "$BIN" -print -quit 2>/dev/null)" ]; then
  echo "== cargo build --locked"
  cargo build --locked --bin kontaktpunkt
fi

TMP="$(mktemp -d "${TMPDIR:-/tmp}/kp-schemathesis.XXXXXX")"
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
BASE="http://127.0.0.1:$PORT"
export KONTAKTPUNKT_DATABASE_URL="sqlite://$TMP/st.db"
export KONTAKTPUNKT_DATA_DIR="$TMP/data"
export KONTAKTPUNKT_LOG__LEVEL=warn
KONTAKTPUNKT_DATA_KEY="$(head -c 32 /dev/urandom | base64)"
export KONTAKTPUNKT_DATA_KEY

# Users first (the CLI migrates the new database), then the server.
echo "schemathesis admin passphrase $RANDOM$RANDOM" >"$TMP/password"
SECRET="$("$BIN" user add --role admin --name st-admin <"$TMP/password" | sed -n 's/^ *secret (base32): //p')"
echo "schemathesis handler passphrase $RANDOM$RANDOM" >"$TMP/handler-password"
HANDLER_SECRET="$("$BIN" user add --role handler --name st-handler <"$TMP/handler-password" |
  sed -n 's/^ *secret (base32): //p')"
echo "schemathesis api passphrase $RANDOM$RANDOM" | "$BIN" user add --role municipality --name st-api \
  --municipality 1280 >/dev/null

echo "== starting kontaktpunkt on $BASE"
# The preview's rate limit is a flood guard, not part of what is checked here: raised.
KONTAKTPUNKT_LISTEN="127.0.0.1:$PORT" KONTAKTPUNKT_OPS_LISTEN="127.0.0.1:0" \
  KONTAKTPUNKT_LIMITS__SIGN_IN_PER_CLIENT_PER_MINUTE=100000 \
  KONTAKTPUNKT_LIMITS__SIGN_IN_GLOBAL_PER_MINUTE=100000 \
  KONTAKTPUNKT_LIMITS__TRIAGE_PREVIEWS_PER_MINUTE=1000000 \
  "$BIN" serve --dev >"$TMP/server.log" 2>&1 &
SERVER_PID=$!
ready=""
for _ in $(seq 1 120); do
  kill -0 "$SERVER_PID" 2>/dev/null || break
  if curl -fs -o /dev/null "$BASE/healthz"; then ready=1; break; fi
  sleep 0.5
done
if [ -z "$ready" ]; then
  echo "the server did not answer $BASE/healthz; its log:" >&2
  cat "$TMP/server.log" >&2
  exit 1
fi

# A referral to 1280 (an enquiry, referred by a handler), so that the referral operations
# reach more than their 404; then a token with every scope, issued on /console/api-tokens
# (the only way to get one). Prints the referral id and the token.
read -r REFERRAL TOKEN < <(python3 - "$BASE" "$TMP/st.db" "$(cat "$TMP/password")" "$SECRET" \
  "$(cat "$TMP/handler-password")" "$HANDLER_SECRET" <<'PY'
import base64, hashlib, hmac, http.cookiejar, re, sqlite3, struct, sys, time, urllib.parse, urllib.request

base, db, password, secret, handler_password, handler_secret = sys.argv[1:7]

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

opener = None

def browser():
    global opener
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)

def get(path):
    with opener.open(base + path) as r:
        return r.read().decode()

def post(path, page, fields):
    csrf = re.search(r'name="_csrf" value="([^"]*)"', page).group(1)
    data = urllib.parse.urlencode([("_csrf", csrf)] + fields).encode()
    request = urllib.request.Request(base + path, data=data, headers={"Origin": base})
    try:
        with opener.open(request) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()

def totp(secret):
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 15
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)

def sign_in(name, password, secret):
    browser()
    status, _ = post("/console/sign-in", get("/console/sign-in"),
                     [("name", name), ("password", password), ("code", totp(secret))])
    if status != 303:
        sys.exit(f"sign-in of {name} answered {status}")

def one(sql):
    return sqlite3.connect(db).execute(sql).fetchone()[0]

browser()
status, _ = post("/sv/enquiry", get("/sv/enquiry"), [
    ("age_band", "21_25"), ("threat", "serious"), ("municipality", "Malmö"),
    ("consent_for", "social_services"), ("message", "schemathesis")])
if status != 303:
    sys.exit(f"the enquiry answered {status}")
case = one("select id from enquiries limit 1")
sign_in("st-handler", handler_password, handler_secret)
page = f"/console/cases/{case}"
status, _ = post(f"{page}/referrals", get(page), [
    ("org", "socialtjanst:1280"), ("kind", "referral"), ("categories", "basic"), ("consent_how", "form")])
if status != 303:
    sys.exit(f"the referral answered {status}")
referral = one("select id from referrals limit 1")

sign_in("st-admin", password, secret)
page = get("/console/api-tokens")
user = re.search(r'<option value="([^"]+)"[^>]*>\s*st-api', page)
if not user:
    sys.exit("the token form offers no st-api user")
fields = [("user", user.group(1)), ("label", "schemathesis"), ("days", "1")]
fields += [("scopes", s) for s in sorted(set(re.findall(r'name="scopes" value="([^"]+)"', page)))]
status, body = post("/console/api-tokens", page, fields)
token = re.search(r'id="api-token">\s*([^<\s]+)', body)
if status != 200 or not token:
    sys.exit(f"issuing the token answered {status}")
print(referral, token.group(1))
PY
)
[ -n "$TOKEN" ] || { echo "no token; the server's log:" >&2; cat "$TMP/server.log" >&2; exit 1; }
# The token as the document's bearerAuth (so the missing-header check can leave it out);
# every {id} is that referral (generated ones would only ever meet a 404). A cursor of the
# right shape that this API did not hand out is a 400 (invalid_cursor), as documented:
# expected also for "valid" data, which for an opaque cursor only means its shape.
cat >"$TMP/schemathesis.toml" <<TOML
[auth.openapi.bearerAuth]
bearer = "$TOKEN"

[parameters]
"path.id" = "$REFERRAL"

[[operations]]
include-operation-id = "listReferrals"
checks.positive_data_acceptance.expected-statuses = [200, 400, 401, 403, 429]
TOML

# A client uses a fresh Idempotency-Key per intended action; the generator repeats values
# (it favours short ones), and a key reused with another body is rightly a 422
# (idempotency_key_reused, as the document says). So every well-formed generated key gets
# a unique suffix (shortened to stay within 255); malformed ones are sent as generated (400).
cat >"$TMP/kp_hooks.py" <<'PY'
import re
import uuid

import schemathesis

WELL_FORMED = re.compile(r"^[\x21-\x7E]{1,255}$")


@schemathesis.hook
def before_call(context, case, kwargs):
    key = (case.headers or {}).get("Idempotency-Key")
    if isinstance(key, str) and WELL_FORMED.match(key):
        # At most 255 characters, as the document allows: 218 kept, "-", 36.
        case.headers["Idempotency-Key"] = f"{key[:218]}-{uuid.uuid4()}"
PY

echo "== schemathesis, $MAX_TIME s, every operation of $BASE/api/v1/openapi.json"
status=0
# Run from the throw-away folder: schemathesis keeps its replay database in the working one.
DOCUMENT="${SCHEMATHESIS_DOCUMENT:-$BASE/api/v1/openapi.json}"
case "$DOCUMENT" in http*) ;; *) DOCUMENT="$(realpath "$DOCUMENT")" ;; esac
(cd "$TMP" && PYTHONPATH="$TMP" SCHEMATHESIS_HOOKS=kp_hooks "$VENV/bin/st" --config-file "$TMP/schemathesis.toml" \
  run "$DOCUMENT" --url "$BASE" --checks "$CHECKS" \
  --max-time "$MAX_TIME" --workers 1 --seed 14 --suppress-health-check too_slow \
  --no-color) || status=$?
if grep -q "panicked" "$TMP/server.log"; then
  echo "the server panicked:" >&2
  grep -A5 "panicked" "$TMP/server.log" >&2
  status=1
fi
exit "$status"
