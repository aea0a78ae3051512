# What the benchmarks that load a demo server share (pages.sh, intake.sh). Source after common.sh and keycloak.sh,
# with NAME (Liberty server), PORT, DB set.

SERVER="$CIVITAS_ROOT/ops/target/liberty/wlp/bin/server"
LOGS="$CIVITAS_ROOT/ops/target/liberty/wlp/usr/servers/$NAME/logs"
BASE="http://localhost:$PORT"

seconds() { # 30s, 1m or 30 -> 30, 60 or 30
  case "$1" in *m) echo $(( ${1%m} * 60 ));; *s) echo $(( ${1%s} ));; *) echo $(( $1 ));; esac
}

wait_for() { # seconds, what, command...
  local limit="$1" what="$2"; shift 2
  for _ in $(seq 1 "$limit"); do "$@" && return; sleep 1; done
  log "Timed out waiting for $what; see $LOGS/messages.log"
  exit 1
}

# Installs a Debian package when root (or password-less sudo) can; silent otherwise, the caller decides what then.
apt_install_if_allowed() {
  local sudo=""
  [ "$(id -u)" = 0 ] || { command -v sudo >/dev/null && sudo -n true 2>/dev/null && sudo="sudo -n"; } || return 0
  command -v apt-get >/dev/null || return 0
  log "Installing Debian's $1"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$1" >&2 \
    || { $sudo apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "$1" >&2; } || true
}

demo_done() { # both demo municipalities prepared (or given up), so their set-up no longer competes for the CPU
  grep -q "Demo municipality ville-a " "$LOGS/messages.log" && grep -q "Demo municipality ville-b " "$LOGS/messages.log"
}

# Builds, then starts server $NAME on $PORT with a fresh database $DB, its own Keycloak and the demo municipalities,
# and returns once they are ready (demo_ready: the caller's check of the tenant it loads). Stopped at exit.
start_demo_server() {
  trap '"$SERVER" stop $NAME >/dev/null 2>&1 || true; stop_started' EXIT
  ensure_database --fresh "$DB"
  ensure_keycloak dev-mem
  log "Building (a few minutes on a loaded machine)"
  mvn -q -B install -DskipTests -DskipITs
  mvn -q -B -f ops/pom.xml -N liberty:create liberty:install-feature -Dcivitas.server.name=$NAME \
    -Dcivitas.http.port="$PORT" -Dcivitas.https.port=$((PORT + 363)) \
    -Dcivitas.db.url="jdbc:postgresql://127.0.0.1:$CIVITAS_DB_PORT/$DB" -Dcivitas.keycloak.url="$CIVITAS_KC_URL" \
    -Dcivitas.demo.enabled=true
  log "Starting Open Liberty ($NAME) on port $PORT"
  "$SERVER" start $NAME >/dev/null
  wait_for 300 "/health/ready" curl -sf "$BASE/health/ready" -o /dev/null
  # the demo municipalities are created in the background once the tenant schemas are checked
  wait_for 300 "the demo municipalities" demo_done
  wait_for 60 "the demo municipality $TENANT" demo_ready
}
