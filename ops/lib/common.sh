# Shared by ops/run.sh and ops/test.sh. Source it; it changes nothing by itself.

CIVITAS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
CIVITAS_DB_PORT="${CIVITAS_DB_PORT:-5432}"
CIVITAS_CACHE="${CIVITAS_CACHE:-$HOME/.cache/civitas}"
CIVITAS_STARTED_PIDS=()

log() { printf '\033[1m[civitas]\033[0m %s\n' "$*" >&2; }

require_tools() {
  command -v java >/dev/null || { log "Java 17+ is needed (java not found)"; exit 1; }
  command -v mvn >/dev/null || { log "Maven is needed (mvn not found)"; exit 1; }
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The dev-tools jar and its classpath (embedded PostgreSQL), built once.
devtools_classpath() {
  local dir="$CIVITAS_ROOT/ops/devtools"
  if [ ! -f "$dir/target/classpath.txt" ] || [ ! -d "$dir/target/classes" ] \
     || [ -n "$(find "$dir/src" -newer "$dir/target/classpath.txt" -type f 2>/dev/null | head -1)" ]; then
    mvn -q -B -f "$dir/pom.xml" compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >&2
  fi
  echo "$dir/target/classes:$(cat "$dir/target/classpath.txt")"
}

# Makes sure PostgreSQL answers on 127.0.0.1:$CIVITAS_DB_PORT with the given databases:
# the machine's (started with pg_ctlcluster if it is installed but down), else an embedded one.
# Usage: ensure_database [--fresh] db...
ensure_database() {
  if ! port_open "$CIVITAS_DB_PORT" && [ "$CIVITAS_DB_PORT" = 5432 ] && command -v pg_ctlcluster >/dev/null \
     && [ -n "$(ls /etc/postgresql 2>/dev/null)" ]; then
    local version
    version="$(ls /etc/postgresql | sort -V | tail -1)"
    log "Starting the machine's PostgreSQL $version"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start >&2 || true
    for _ in $(seq 1 30); do port_open "$CIVITAS_DB_PORT" && break; sleep 1; done
  fi
  local cp
  cp="$(devtools_classpath)"
  if port_open "$CIVITAS_DB_PORT"; then
    java -cp "$cp" org.civitas.ops.DevDatabase "$CIVITAS_DB_PORT" "$@" >&2
    return
  fi
  log "No PostgreSQL on 127.0.0.1:$CIVITAS_DB_PORT: starting an embedded one (data in $CIVITAS_CACHE/pgdata)"
  mkdir -p "$CIVITAS_CACHE"
  java -cp "$cp" org.civitas.ops.DevDatabase "$CIVITAS_DB_PORT" "$@" > "$CIVITAS_CACHE/embedded-postgres.log" 2>&1 &
  CIVITAS_STARTED_PIDS+=($!)
  for _ in $(seq 1 120); do
    grep -q "CIVITAS-DB READY" "$CIVITAS_CACHE/embedded-postgres.log" 2>/dev/null && return
    kill -0 "${CIVITAS_STARTED_PIDS[-1]}" 2>/dev/null || break
    sleep 1
  done
  log "The embedded PostgreSQL did not start; its log:"; cat "$CIVITAS_CACHE/embedded-postgres.log" >&2
  exit 1
}

stop_started() {
  local pid
  for pid in "${CIVITAS_STARTED_PIDS[@]}"; do
    pkill -TERM -P "$pid" 2>/dev/null || true # kc.sh runs Java as its child: stop that too
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  CIVITAS_STARTED_PIDS=()
}

# Debian's Chromium and ChromeDriver for the browser tests (never a browser download of a test tool's own).
ensure_browser() {
  command -v chromium >/dev/null && command -v chromedriver >/dev/null && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "Installing Debian's chromium and chromium-driver for the browser tests"
    apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >&2
  else
    log "The browser tests need Debian's chromium and chromium-driver: sudo apt-get install chromium chromium-driver"
    exit 1
  fi
}
