# Keycloak for ops/run.sh and ops/test.sh: downloaded once from Maven Central into the cache, started as a
# process (dev mode) on 127.0.0.1:$CIVITAS_KC_PORT, health-polled on its management port. Source after common.sh.

CIVITAS_KC_VERSION="26.7.3"
CIVITAS_KC_PORT="${CIVITAS_KC_PORT:-8180}"
CIVITAS_KC_MANAGEMENT_PORT="${CIVITAS_KC_MANAGEMENT_PORT:-9190}"
# tests use their own copy: switching a Keycloak's database option rebuilds it in place
CIVITAS_KC_HOME="${CIVITAS_KC_HOME:-$CIVITAS_CACHE/keycloak-$CIVITAS_KC_VERSION}"
CIVITAS_KC_URL="http://localhost:$CIVITAS_KC_PORT"
# the bootstrap admin of the dev/test Keycloak (the platform's admin client signs in with it)
CIVITAS_KC_ADMIN="${CIVITAS_KC_ADMIN:-admin}"
CIVITAS_KC_ADMIN_PASSWORD="${CIVITAS_KC_ADMIN_PASSWORD:-admin}"

install_keycloak() {
  [ -x "$CIVITAS_KC_HOME/bin/kc.sh" ] && return
  mkdir -p "$CIVITAS_CACHE"
  [ -f "$CIVITAS_CACHE/keycloak-quarkus-dist-$CIVITAS_KC_VERSION.zip" ] \
    || log "Downloading Keycloak $CIVITAS_KC_VERSION from Maven Central (169 MB, once)"
  [ -f "$CIVITAS_CACHE/keycloak-quarkus-dist-$CIVITAS_KC_VERSION.zip" ] || mvn -q -B dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$CIVITAS_KC_VERSION:zip" \
    -DoutputDirectory="$CIVITAS_CACHE" -Dmdep.overWriteIfNewer=true >&2
  local tmp
  tmp="$(mktemp -d "$CIVITAS_CACHE/kc-unzip.XXXX")"
  (cd "$tmp" && jar xf "$CIVITAS_CACHE/keycloak-quarkus-dist-$CIVITAS_KC_VERSION.zip")
  mv "$tmp/keycloak-$CIVITAS_KC_VERSION" "$CIVITAS_KC_HOME"
  rm -rf "$tmp"
  chmod +x "$CIVITAS_KC_HOME"/bin/*.sh
}

keycloak_ready() { curl -sf "http://127.0.0.1:$CIVITAS_KC_MANAGEMENT_PORT/health/ready" >/dev/null 2>&1; }

# The municipalities' login theme (tenant-themes/keycloak/civitas) is copied in at every call, so a re-run
# picks up changes (dev mode reads themes without caching them).
install_keycloak_themes() {
  mkdir -p "$CIVITAS_KC_HOME/themes"
  rm -rf "$CIVITAS_KC_HOME/themes/civitas"
  cp -R "$CIVITAS_ROOT/tenant-themes/keycloak/civitas" "$CIVITAS_KC_HOME/themes/civitas"
}

# Usage: ensure_keycloak dev-file|dev-mem   (dev-mem: nothing survives the process, for tests)
ensure_keycloak() {
  local db="${1:-dev-file}"
  [ -d "$CIVITAS_KC_HOME/themes" ] && install_keycloak_themes
  if port_open "$CIVITAS_KC_PORT"; then
    if curl -sf "$CIVITAS_KC_URL/realms/operators" >/dev/null 2>&1; then
      log "Using the Keycloak already running on $CIVITAS_KC_URL"
      return
    fi
    log "Port $CIVITAS_KC_PORT is taken by something that is not Civitas' Keycloak: stop it or set CIVITAS_KC_PORT"
    exit 1
  fi
  install_keycloak
  install_keycloak_themes
  mkdir -p "$CIVITAS_KC_HOME/data/import"
  cp "$CIVITAS_ROOT/ops/keycloak/operators-realm.json" "$CIVITAS_KC_HOME/data/import/"
  log "Starting Keycloak on $CIVITAS_KC_URL (first start builds: up to a minute)"
  KC_BOOTSTRAP_ADMIN_USERNAME="$CIVITAS_KC_ADMIN" KC_BOOTSTRAP_ADMIN_PASSWORD="$CIVITAS_KC_ADMIN_PASSWORD" \
    "$CIVITAS_KC_HOME/bin/kc.sh" start-dev --db="$db" --http-host=127.0.0.1 --http-port="$CIVITAS_KC_PORT" \
    --hostname="$CIVITAS_KC_URL" --http-management-port="$CIVITAS_KC_MANAGEMENT_PORT" --health-enabled=true \
    --import-realm > "$CIVITAS_KC_HOME.log" 2>&1 &
  CIVITAS_STARTED_PIDS+=($!)
  local pid=$!
  for _ in $(seq 1 180); do
    keycloak_ready && curl -sf "$CIVITAS_KC_URL/realms/operators" >/dev/null 2>&1 && { log "Keycloak ready"; return; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  log "Keycloak did not become ready; the end of its log:"; tail -40 "$CIVITAS_KC_HOME.log" >&2
  exit 1
}
