#!/usr/bin/env bash
# Contribution intake benchmark: how many survey responses and supports per second the platform takes through its HTTP
# API from N signed-in citizens at once, beside what PostgreSQL alone takes for rows of the same shape, written by
# pgbench into the same tables of the same schema of the same database, with the same N clients, in the same run.
# Prints both and their ratio (what the whole request path, Liberty, JAX-RS, token checks, phase checks and JPA, costs).
# Usage: ops/bench/intake.sh [N] [DURATION]     N citizens (default 32), DURATION of each measure (default 30s; 10s, 1m)
#   CIVITAS_BENCH_WARMUP=10s   HTTP warm-up before measuring (not counted)
#   CIVITAS_BENCH_IDEAS=200    ideas the citizens support and withdraw their support from
#   CIVITAS_INTAKE_PORT=9580 (https: +363), CIVITAS_INTAKE_KC_PORT=24180 (management 24190)
# Needs nothing running: uses the server civitasIntake, a fresh database civitas_intake, an in-memory Keycloak, the
# demo municipality ville-a (its agent creates the consultation), and pgbench (Debian's postgresql-client, installed
# with apt-get when missing and root). The load generator is ops/bench/IntakeLoad.java (JDK only).
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
# its own Keycloak (in-memory), so the bench citizens never land in the development one
export CIVITAS_KC_PORT="${CIVITAS_INTAKE_KC_PORT:-24180}" CIVITAS_KC_MANAGEMENT_PORT="${CIVITAS_INTAKE_KC_MANAGEMENT_PORT:-24190}"
export CIVITAS_KC_HOME="${CIVITAS_CACHE:-$HOME/.cache/civitas}/keycloak-intake-26.7.3"
source "$(dirname "$0")/../lib/keycloak.sh"
cd "$CIVITAS_ROOT"

N="${1:-32}"
IDEAS="${CIVITAS_BENCH_IDEAS:-200}"
PORT="${CIVITAS_INTAKE_PORT:-9580}"
NAME=civitasIntake
DB=civitas_intake
TENANT=ville-a
RAW="$CIVITAS_ROOT/ops/target/bench-intake" # this run's raw outputs and the pgbench script
source "$(dirname "$0")/../lib/bench.sh"
DURATION="$(seconds "${2:-30s}")"
WARMUP="$(seconds "${CIVITAS_BENCH_WARMUP:-10s}")"

ensure_pgbench() {
  command -v pgbench >/dev/null && return
  apt_install_if_allowed postgresql-client
  command -v pgbench >/dev/null || { log "pgbench is needed: apt-get install postgresql-client"; exit 1; }
}

demo_ready() { [[ "$(curl -sf "$BASE/t/$TENANT/api/consultations")" == *'"id":'* ]]; }

require_tools
port_open "$PORT" && { log "Port $PORT is taken: stop what runs there or set CIVITAS_INTAKE_PORT"; exit 1; }
ensure_pgbench
start_demo_server

rm -rf "$RAW"; mkdir -p "$RAW"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
CIVITAS_KC_ADMIN="$CIVITAS_KC_ADMIN" CIVITAS_KC_ADMIN_PASSWORD="$CIVITAS_KC_ADMIN_PASSWORD" \
  java "$CIVITAS_ROOT/ops/bench/IntakeLoad.java" "$BASE" "$TENANT" "$CIVITAS_KC_URL" "$N" "$DURATION" "$WARMUP" "$IDEAS" \
  | tee "$RAW/http.txt"
setup="$(grep '^SETUP ' "$RAW/http.txt")"
value() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$setup"; }
schema="$(value schema)" survey="$(value survey)" first="$(value first_idea)" ideas="$(value ideas)"
[[ "$schema" =~ ^tenant_[a-z0-9_]+$ ]] || { log "Unexpected schema name: $schema"; exit 1; }

# The same three writes as one HTTP loop of a citizen, each its own transaction as in the platform: the citizen's
# response upserted (on conflict ... do update, as JpaSurveyRepository), a support added (on conflict do nothing, as
# JpaIdeaRepository), the same support deleted. Each pgbench client is one citizen ('pgbench-<client>').
cat > "$RAW/intake.sql" <<SQL
\set note random(1, 5)
\set idea $first + random(0, $ideas - 1)
insert into "$schema".survey_response (phase_id, citizen_subject, answers, channel, created_at, updated_at) values ($survey, 'pgbench-' || :client_id, cast('{"mode":{"choices":["bike"]},"note":{"number":' || :note || '},"why":{"text":"Essai"}}' as jsonb), 'online', now(), now()) on conflict (phase_id, citizen_subject) do update set answers = excluded.answers, channel = excluded.channel, updated_at = excluded.updated_at returning (xmax = 0);
insert into "$schema".idea_support (idea_id, citizen_subject, created_at) values (:idea, 'pgbench-' || :client_id, now()) on conflict do nothing returning idea_id;
delete from "$schema".idea_support where idea_id = :idea and citizen_subject = 'pgbench-' || :client_id;
SQL
threads=$(( $(nproc) < N ? $(nproc) : N ))
log "pgbench: $N clients, ${DURATION}s, the same three writes"
PGPASSWORD="${CIVITAS_DB_PASSWORD:-}" pgbench -n -M prepared -h 127.0.0.1 -p "$CIVITAS_DB_PORT" -U "${CIVITAS_DB_USER:-postgres}" \
  -c "$N" -j "$threads" -T "$DURATION" -r -f "$RAW/intake.sql" "$DB" > "$RAW/pgbench.txt" 2>&1 \
  || { log "pgbench failed:"; cat "$RAW/pgbench.txt" >&2; exit 1; }
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

http="$(grep '^HTTP ' "$RAW/http.txt")"
pg_tps="$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$RAW/pgbench.txt" | tail -1)"
pg_latency="$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$RAW/pgbench.txt")"
pg_failed="$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$RAW/pgbench.txt")"
echo
echo "Contribution intake, $N citizens at once, ${DURATION}s each, loopback; one Open Liberty ($NAME) and PostgreSQL"
echo "$(psql -h 127.0.0.1 -p "$CIVITAS_DB_PORT" -U "${CIVITAS_DB_USER:-postgres}" -d "$DB" -Atc 'show server_version' 2>/dev/null | cut -d' ' -f1 | sed 's/^/PostgreSQL /')"
echo "on the same machine as the load: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
echo "load average before $load_before, after $load_after; $ideas ideas; HTTP after a ${WARMUP}s warm-up"
echo
awk -v http="$http" -v tps="$pg_tps" -v lat="$pg_latency" -v failed="${pg_failed:-0}" -v raw="$RAW" '
  function get(line, key,   n, parts, i, kv) {
    n = split(line, parts, " ")
    for (i = 1; i <= n; i++) { split(parts[i], kv, "="); if (kv[1] == key) return kv[2] }
    return 0
  }
  BEGIN {
    rps = get(http, "rps"); writes = 3 * tps
    printf "%-44s %12s %9s %9s %8s\n", "", "writes/s", "p50 ms", "p99 ms", "errors"
    printf "%-44s %12.1f %9.2f %9.2f %8d\n", "HTTP API (PUT response, PUT+DELETE support)", rps, get(http, "p50_ms"), get(http, "p99_ms"), get(http, "errors")
    printf "%-44s %12.1f %9s %9s %8d\n", "pgbench, same rows, tables and clients", writes, "-", "-", failed
    printf "\nHTTP / pgbench: %.3f   (pgbench: %.1f transactions/s of the 3 writes, %.2f ms each on average)\n", (writes > 0 ? rps / writes : 0), tps, lat
    print "Per kind of request and the raw outputs: " raw "/http.txt, pgbench.txt"
    if (get(http, "errors") > 0 || failed > 0) { print "FAILURE: some writes did not succeed"; exit 1 }
  }'
grep '^HTTP-' "$RAW/http.txt" || true
