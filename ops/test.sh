#!/usr/bin/env bash
# Runs every test (unit, architecture, integration on a real Liberty and a real PostgreSQL) and starts what they
# need. Exit 0 only when all pass.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
# the tests' own Keycloak: its own port and an in-memory database, so nothing leaks between runs
export CIVITAS_KC_PORT="${CIVITAS_TEST_KC_PORT:-18180}" CIVITAS_KC_MANAGEMENT_PORT="${CIVITAS_TEST_KC_MANAGEMENT_PORT:-19190}"
export CIVITAS_KC_HOME="${CIVITAS_CACHE:-$HOME/.cache/civitas}/keycloak-test-26.7.3"
source "$(dirname "$0")/lib/keycloak.sh"
cd "$CIVITAS_ROOT"

require_tools
ensure_browser
trap stop_started EXIT

# a fresh test database every run: tests never depend on what an earlier run left
ensure_database --fresh civitas_test
ensure_keycloak dev-mem

rm -f platform/target/browser-retries.log
status=0
mvn -B verify -Dit.db.url="jdbc:postgresql://127.0.0.1:$CIVITAS_DB_PORT/civitas_test" \
  -Dit.keycloak.url="$CIVITAS_KC_URL" "$@" || status=$?
# a page the browser tests had to open twice is said at the end, where a reader of the run's tail sees it
if [ -s platform/target/browser-retries.log ]; then
  log "Browser tests opened a page twice because its scripts had not started the first time:"
  cat platform/target/browser-retries.log >&2
fi
exit "$status"
