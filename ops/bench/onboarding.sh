#!/usr/bin/env bash
# Onboarding benchmark: onboards N municipalities (default 100) through the operator API of a real server on its
# own port and database, prints the time per tenant (median, p95), then restarts the server with the N tenants
# present and prints the time to ready and the time until every tenant schema is checked.
# Usage: ops/bench/onboarding.sh [N]      (needs nothing running; uses port 9380, database civitas_bench and a
#                                         Keycloak of its own on port 28180)
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
# its own Keycloak (in-memory), so benchmark realms never land in the development one
export CIVITAS_KC_PORT="${CIVITAS_BENCH_KC_PORT:-28180}" CIVITAS_KC_MANAGEMENT_PORT="${CIVITAS_BENCH_KC_MANAGEMENT_PORT:-29190}"
export CIVITAS_KC_HOME="${CIVITAS_CACHE:-$HOME/.cache/civitas}/keycloak-bench-26.7.3"
source "$(dirname "$0")/../lib/keycloak.sh"
cd "$CIVITAS_ROOT"

N="${1:-100}"
PORT="${CIVITAS_BENCH_PORT:-9380}"
NAME=civitasBench
SERVER="$CIVITAS_ROOT/ops/target/liberty/wlp/bin/server"
BASE="http://localhost:$PORT"

require_tools
trap '"$SERVER" stop $NAME >/dev/null 2>&1 || true; stop_started' EXIT
ensure_database --fresh civitas_bench
ensure_keycloak dev-mem
mvn -q -B install -DskipTests -DskipITs
mvn -q -B -f ops/pom.xml -N liberty:create liberty:install-feature -Dcivitas.server.name=$NAME \
  -Dcivitas.http.port="$PORT" -Dcivitas.https.port=$((PORT + 363)) \
  -Dcivitas.db.url="jdbc:postgresql://127.0.0.1:$CIVITAS_DB_PORT/civitas_bench" -Dcivitas.keycloak.url="$CIVITAS_KC_URL" \
  -Dcivitas.demo.enabled=false

now_ms() { date +%s%3N; }
wait_ready() { until curl -sf "$BASE/health/ready" >/dev/null 2>&1; do sleep 0.1; done; }
schemas_checked() {
  curl -sf "$BASE/health/ready" | grep -o '"tenantSchemas[A-Za-z]*":-\?[0-9]*' | tr '\n' ' '
}
percentiles() { # reads one number per line; prints median p95 mean
  sort -n | awk '{v[NR]=$1; s+=$1} END {m=v[int((NR+1)/2)]; p=v[int(NR*0.95+0.999)]; printf "median %d ms, p95 %d ms, mean %.0f ms (n=%d)\n", m, p, s/NR, NR}'
}

"$SERVER" start $NAME >/dev/null
wait_ready
times="$(mktemp)"
token() {
  curl -sf -d grant_type=password -d client_id=civitas-cli -d username=operator -d password=operator \
    "$CIVITAS_KC_URL/realms/operators/protocol/openid-connect/token" | grep -o '"access_token":"[^"]*"' | cut -d'"' -f4
}
TOKEN="$(token)"; TOKEN_AT=$SECONDS
log "Onboarding $N municipalities (schema and realm each)"
for i in $(seq 1 "$N"); do
  slug="bench-$i"
  if (( SECONDS - TOKEN_AT > 200 )); then TOKEN="$(token)"; TOKEN_AT=$SECONDS; fi
  code_time="$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -X POST "$BASE/api/operator/tenants" \
    -H 'Content-Type: application/json' -H "Authorization: Bearer $TOKEN" \
    -d "{\"slug\":\"$slug\",\"name\":\"Bench $i\",\"hosts\":[\"$slug.bench.localhost\"],\"adminEmail\":\"admin@$slug.fr\"}")"
  [ "${code_time%% *}" = 201 ] || { log "Onboarding $slug answered ${code_time%% *}"; exit 1; }
  awk -v t="${code_time#* }" 'BEGIN {printf "%d\n", t * 1000}' >> "$times"
done
onboarding="$(percentiles < "$times")"
first20="$(head -20 "$times" | percentiles)"

"$SERVER" stop $NAME >/dev/null
log "Restarting with $N tenants present"
start="$(now_ms)"
"$SERVER" start $NAME >/dev/null
wait_ready
ready_ms=$(( $(now_ms) - start ))
all_checked() { # the start-up pass is over when checked == total
  local checked total
  checked="$(schemas_checked | grep -o 'Checked":[0-9]*' | cut -d: -f2)"
  total="$(schemas_checked | grep -o 'Total":[0-9]*' | cut -d: -f2)"
  [ -n "$checked" ] && [ "$checked" = "$total" ]
}
until all_checked; do sleep 0.1; done
checked_ms=$(( $(now_ms) - start ))

echo
echo "Onboarding one municipality (directory row, schema, migrations, Keycloak realm), $N in a row: $onboarding"
echo "  the first 20: $first20"
echo "Server start with $N tenants present: ready in $ready_ms ms; every tenant schema checked after $checked_ms ms"
echo "  ($(schemas_checked))"
