#!/usr/bin/env bash
# Portal pages benchmark: starts a real server with the demo municipalities on its own port, database and Keycloak,
# then measures, one after the other on loopback and after a warm-up, /health/live, the home page of ville-a, one of
# its consultation pages and the first stylesheet the home page links to: requests/s, p50 and p99 latency, and any
# answer that was not a success. Each page's requests/s is also given as a share of /health/live's in the same run.
# Usage: ops/bench/pages.sh [DURATION]     DURATION of each measured path, e.g. 30s (the default), 5s, 1m
#   CIVITAS_BENCH_WARMUP=10s   warm-up before measuring (half the home page, half the consultation page; not counted)
#   CIVITAS_BENCH_LOAD=java    the Java load generator even when wrk is there
#   CIVITAS_BENCH_CONNECTIONS=64, CIVITAS_PAGES_PORT=9480 (https: +363), CIVITAS_PAGES_KC_PORT=23180 (management 23190)
# Needs nothing running: uses the server civitasPages, a fresh database civitas_pages and an in-memory Keycloak.
# Load comes from wrk (installed with apt-get when missing and root), else from ops/bench/LoadGenerator.java.
# Exits 1 when any response was not a success or a connection failed.
set -euo pipefail
source "$(dirname "$0")/../lib/common.sh"
# its own Keycloak (in-memory), so demo realms never land in the development one
export CIVITAS_KC_PORT="${CIVITAS_PAGES_KC_PORT:-23180}" CIVITAS_KC_MANAGEMENT_PORT="${CIVITAS_PAGES_KC_MANAGEMENT_PORT:-23190}"
export CIVITAS_KC_HOME="${CIVITAS_CACHE:-$HOME/.cache/civitas}/keycloak-pages-26.7.3"
source "$(dirname "$0")/../lib/keycloak.sh"
cd "$CIVITAS_ROOT"

CONNECTIONS="${CIVITAS_BENCH_CONNECTIONS:-64}"
PORT="${CIVITAS_PAGES_PORT:-9480}"
NAME=civitasPages
DB=civitas_pages
TENANT=ville-a
RAW="$CIVITAS_ROOT/ops/target/bench-pages" # each run's raw load-tool output
LANGUAGE_HEADER="Accept-Language: fr"
source "$(dirname "$0")/../lib/bench.sh"
DURATION="$(seconds "${1:-30s}")"
WARMUP="$(seconds "${CIVITAS_BENCH_WARMUP:-10s}")"

ensure_wrk() {
  [ "${CIVITAS_BENCH_LOAD:-wrk}" = wrk ] || return 0
  command -v wrk >/dev/null || apt_install_if_allowed wrk
}

# Loads one path for N seconds; prints "requests/s p50_ms p99_ms failed_responses connection_errors" and keeps the
# tool's own output in $RAW/NAME.txt.
load() {
  local name="$1" path="$2" secs="$3"
  if [ "$tool" != java ]; then
    wrk --latency --timeout 10s -t "$(( $(nproc) < CONNECTIONS ? $(nproc) : CONNECTIONS ))" -c "$CONNECTIONS" -d "${secs}s" \
        -H "$LANGUAGE_HEADER" "$BASE$path" 2>&1 | tee "$RAW/$name.txt" | awk '
      function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; return v * 1000 }
      /^ +50%/ { p50 = ms($2) }
      /^ +99%/ { p99 = ms($2) }
      /Non-2xx or 3xx responses:/ { failed = $NF }
      /Socket errors:/ { gsub(/,/, ""); errors = $4 + $6 + $8 + $10 }
      /^Requests\/sec:/ { rps = $2 }
      END { printf "%.1f %.2f %.2f %d %d\n", rps, p50, p99, failed, errors }'
  else
    java "$CIVITAS_ROOT/ops/bench/LoadGenerator.java" "$BASE$path" "$secs" "$CONNECTIONS" "$LANGUAGE_HEADER" 2>&1 \
      | tee "$RAW/$name.txt" | grep '^requests=' | sed 's/[a-z0-9_]*=//g' | awk '{ printf "%.1f %.2f %.2f %d %d\n", $3, $4, $5, $6, $7 }'
  fi
}

status_of() { curl -s -o /dev/null -w '%{http_code}' -H "$LANGUAGE_HEADER" "$BASE$1"; }

demo_ready() {
  [ "$(status_of "/t/$TENANT/")" = 200 ] && [[ "$(curl -sf "$BASE/t/$TENANT/api/consultations")" == *'"id":'* ]]
}

require_tools
port_open "$PORT" && { log "Port $PORT is taken: stop what runs there or set CIVITAS_PAGES_PORT"; exit 1; }
ensure_wrk
tool=java
[ "${CIVITAS_BENCH_LOAD:-wrk}" = wrk ] && command -v wrk >/dev/null && tool="$({ wrk --version 2>&1 || true; } | sed -n 1p | cut -d' ' -f1-2)"
start_demo_server
home="$(curl -sf -H "$LANGUAGE_HEADER" "$BASE/t/$TENANT/")"
# the first consultation the home page links to, and its first stylesheet (versioned or not)
consultation="$(grep -o "/t/$TENANT/consultations/[0-9]*" <<<"$home" | sed -n 1p || true)"
stylesheet="$(grep -o "href=\"/t/$TENANT/[^\"]*\.css[^\"]*\"" <<<"$home" | sed -n 1p | cut -d'"' -f2 || true)"
[ -n "$consultation" ] || { log "The home page of $TENANT links to no consultation"; exit 1; }
paths=(/health/live "/t/$TENANT/" "$consultation")
[ -n "$stylesheet" ] && paths+=("$stylesheet")
for path in "${paths[@]}"; do
  code="$(status_of "$path")"
  [ "$code" = 200 ] || { log "$path answered $code, not 200"; exit 1; }
done

log "Warming up for ${WARMUP}s (not counted)"
rm -rf "$RAW"; mkdir -p "$RAW"
load warmup-home "/t/$TENANT/" $(( (WARMUP + 1) / 2 )) >/dev/null
load warmup-consultation "$consultation" $(( WARMUP / 2 > 0 ? WARMUP / 2 : 1 )) >/dev/null
results="$RAW/results.txt"
i=0
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
for path in "${paths[@]}"; do
  log "Measuring $path for ${DURATION}s"
  i=$((i + 1))
  echo "$path $(load "$i-$(basename "$path")" "$path" "$DURATION")" >> "$results"
done

echo
echo "Portal pages of $TENANT (demo data), loopback http://localhost:$PORT, ${tool/#java/ops/bench/LoadGenerator.java}, $CONNECTIONS connections, ${DURATION}s each"
echo "after a ${WARMUP}s warm-up, one server (Open Liberty, $(java -version 2>&1 | head -1)), header '$LANGUAGE_HEADER'"
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'); load generator on the same"
echo "cores; load average before measuring $load_before, after $(cut -d' ' -f1-3 /proc/loadavg)"
echo
awk '
  NR == 1 { live = $2 }
  { rows[NR] = $0 }
  END {
    printf "%-36s %10s %9s %9s %8s %7s %9s\n", "path", "req/s", "p50 ms", "p99 ms", "failed", "errors", "vs live"
    for (i = 1; i <= NR; i++) {
      split(rows[i], f, " ")
      printf "%-36s %10.1f %9.2f %9.2f %8d %7d %8.1f%%\n", f[1], f[2], f[3], f[4], f[5], f[6], (live > 0 ? 100 * f[2] / live : 0)
      bad += f[5] + f[6]
    }
    print ""
    print "failed: answers other than 2xx/3xx (wrk) or 200 (Java fallback); errors: connect/read/write errors and timeouts"
    print "The load tool\047s own output: ops/target/bench-pages/"
    if (bad > 0) { print "FAILURE: some requests did not succeed (see the failed and errors columns)"; exit 1 }
    print "Every path answered 200 before its run, and no request failed during it."
  }' "$results"
