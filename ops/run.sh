#!/usr/bin/env bash
# Runs the whole platform on this machine, in the foreground: PostgreSQL (the machine's, or an embedded one),
# Open Liberty with the platform and the admin console, and the demo municipalities. Ctrl-C stops it all.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
source "$(dirname "$0")/lib/keycloak.sh"
cd "$CIVITAS_ROOT"

HTTP_PORT="${CIVITAS_HTTP_PORT:-9080}"
DB_NAME="${CIVITAS_DB_NAME:-civitas}"
SERVER="$CIVITAS_ROOT/ops/target/liberty/wlp/bin/server"

require_tools
port_open "$HTTP_PORT" && { log "Port $HTTP_PORT is taken: stop what runs there or set CIVITAS_HTTP_PORT"; exit 1; }

cleanup() {
  trap - INT TERM EXIT
  log "Stopping"
  [ -x "$SERVER" ] && "$SERVER" stop civitas >/dev/null 2>&1 || true
  stop_started
}
trap cleanup INT TERM EXIT

ensure_database "$DB_NAME"
ensure_keycloak dev-file

log "Building (first run downloads dependencies and the Liberty runtime: a few minutes)"
mvn -q -B install -DskipTests -DskipITs
mvn -q -B -f ops/pom.xml -N liberty:create liberty:install-feature \
  -Dcivitas.http.port="$HTTP_PORT" -Dcivitas.https.port="${CIVITAS_HTTPS_PORT:-9443}" \
  -Dcivitas.db.url="jdbc:postgresql://127.0.0.1:$CIVITAS_DB_PORT/$DB_NAME" -Dcivitas.keycloak.url="$CIVITAS_KC_URL"

log "Starting Open Liberty on port $HTTP_PORT"
"$SERVER" run civitas &
LIBERTY_PID=$!

for _ in $(seq 1 180); do
  curl -sf "http://localhost:$HTTP_PORT/health/ready" >/dev/null 2>&1 && break
  kill -0 "$LIBERTY_PID" 2>/dev/null || { log "Liberty stopped; see ops/target/liberty/wlp/usr/servers/civitas/logs"; exit 1; }
  sleep 1
done
for slug in ville-a ville-b; do
  for _ in $(seq 1 60); do
    curl -sf "http://localhost:$HTTP_PORT/t/$slug/api/consultations" >/dev/null 2>&1 && break
    sleep 1
  done
done

cat >&2 <<MSG

  Civitas is running.
    Readiness          http://localhost:$HTTP_PORT/health/ready
    Demo municipality  http://ville-a.localhost:$HTTP_PORT/   (or http://localhost:$HTTP_PORT/t/ville-a/)
    Demo municipality  http://ville-b.localhost:$HTTP_PORT/   (or http://localhost:$HTTP_PORT/t/ville-b/)
    Operator API       http://localhost:$HTTP_PORT/api/operator/tenants   (bearer token of the operator)
    API documentation  http://localhost:$HTTP_PORT/openapi/ui/
    Console            http://localhost:$HTTP_PORT/admin/
    Keycloak           $CIVITAS_KC_URL  (admin console: $CIVITAS_KC_ADMIN / $CIVITAS_KC_ADMIN_PASSWORD)
  Logins in each demo municipality (password = user name): admin, agent, moderator, citizen1, citizen2.
  Operator: operator / operator (realm operators). Tokens for scripts:
    curl -d grant_type=password -d client_id=civitas-cli -d username=operator -d password=operator \\
      $CIVITAS_KC_URL/realms/operators/protocol/openid-connect/token
  Ctrl-C stops everything this script started.

MSG
wait "$LIBERTY_PID"
