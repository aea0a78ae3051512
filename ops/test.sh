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

mvn -B verify -Dit.db.url="jdbc:postgresql://127.0.0.1:$CIVITAS_DB_PORT/civitas_test" \
  -Dit.keycloak.url="$CIVITAS_KC_URL" "$@"
