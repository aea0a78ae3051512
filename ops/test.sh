#!/usr/bin/env bash
# Runs every test (unit, architecture, integration on a real Liberty and a real PostgreSQL) and starts what they
# need. Exit 0 only when all pass.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
cd "$CIVITAS_ROOT"

require_tools
trap stop_started EXIT

# a fresh test database every run: tests never depend on what an earlier run left
ensure_database --fresh civitas_test

mvn -B verify -Dit.db.url="jdbc:postgresql://127.0.0.1:$CIVITAS_DB_PORT/civitas_test" "$@"
