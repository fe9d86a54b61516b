#!/usr/bin/env bash
# A real Waymark cluster on this machine (issue 16, part 1), the layout of docker/compose.yaml without Docker:
# a standalone PostgreSQL (Debian's binaries) with the roles docker/initdb/01-roles.sh creates, NODES portal nodes
# from the built jar on loopback ports, HAProxy (Debian's package) with docker/haproxy.cfg's rules (sticky sessions,
# health checks, X-Forwarded-*), a local SMTP server that prints every mail to its log, and a Vonage stub
# (bench/vonage-stub.py) that logs every SMS request and answers OK, 500 or 429 as told.
#   bench/cluster.sh up            build the jar if there is none, start everything, wait until all is healthy
#   bench/cluster.sh status        PostgreSQL, each node's health, and what HAProxy thinks of each node
#   bench/cluster.sh down          stop everything (the database is kept)
#   bench/cluster.sh down --wipe   stop everything and delete the database and logs
#   bench/cluster.sh smtp stop|start   stop or start only the SMTP server (failure tests; its log is kept)
#   bench/cluster.sh pg restart        pg_ctl restart -m fast of the cluster's PostgreSQL (failure tests)
#   bench/cluster.sh sms ok|fail500|fail429   how the Vonage stub answers from now on (log: \$CLUSTER_DIR/vonage.log)
#   bench/cluster.sh url           where people open the portal (https://localhost:8443 under prod); the certificate
#                                  to trust for it is \$CLUSTER_DIR/haproxy.crt
# Settings (environment): NODES (2), CLUSTER_DIR (/var/tmp/waymark-cluster), HTTP_PORT (8088, HAProxy),
# STATS_PORT (8405), PG_PORT (55432), SMTP_PORT (2525), VONAGE_PORT (2526), FIRST_NODE_PORT (18081), NODE_HEAP (1g),
# VONAGE_REQUESTS_PER_SECOND (30, the portal's default shared SMS rate limit),
# TOGETHER=1 starts all nodes at once instead of the first one alone first (as compose does), REBUILD=1 rebuilds,
# PROFILE (prod): the nodes run under the production profile (fail-closed settings, Secure session cookies) behind
# HAProxy terminating TLS on HTTPS_PORT (8443, a self-signed certificate made here); the demo data the bench scripts
# sign in with is seeded once beforehand by node 1 started alone under the demo profile, then stopped. PROFILE=demo
# runs the nodes under demo on plain HTTP (HTTP_PORT), as docker/compose.yaml does. `up` records the profile in
# \$CLUSTER_DIR/profile, and the other commands use the recorded one.
set -euo pipefail
cd "$(dirname "$0")/.."

NODES=${NODES:-2}
DIR=${CLUSTER_DIR:-/var/tmp/waymark-cluster}
HTTP_PORT=${HTTP_PORT:-8088}
STATS_PORT=${STATS_PORT:-8405}
PG_PORT=${PG_PORT:-55432}
SMTP_PORT=${SMTP_PORT:-2525}
VONAGE_PORT=${VONAGE_PORT:-2526}
VONAGE_REQUESTS_PER_SECOND=${VONAGE_REQUESTS_PER_SECOND:-30}
FIRST_NODE_PORT=${FIRST_NODE_PORT:-18081}
NODE_HEAP=${NODE_HEAP:-1g}
PROFILE=${PROFILE:-prod}
if [ "${1:-}" != up ] && [ -f "$DIR/profile" ]; then
  PROFILE=$(cat "$DIR/profile")
fi
HTTPS_PORT=${HTTPS_PORT:-8443}
# The compose file's demo defaults: a bench cluster on loopback, not production.
OWNER_PASSWORD=${WAYMARK_OWNER_PASSWORD:-owner-secret}
APP_PASSWORD=${WAYMARK_APP_PASSWORD:-app-secret}
STATS_USER=${HAPROXY_STATS_USER:-admin}
STATS_PASSWORD=${HAPROXY_STATS_PASSWORD:-cluster-stats}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

log() { printf '%s cluster: %s\n' "$(date +%H:%M:%S)" "$*"; }

pg_bin() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$bin" ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  echo "$bin"
}

ensure_haproxy() {
  if ! command -v haproxy >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null
  fi
}

jar() { ls target/waymark-*.jar 2>/dev/null | grep -v -- '-plain' | head -1; }

ensure_jar() {
  if [ -z "$(jar)" ] || [ "${REBUILD:-0}" = 1 ]; then
    log "building the jar (./mvnw -DskipTests package, Vaadin's production frontend included)"
    ./mvnw -B -q -ntp -DskipTests package
  fi
}

running() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# Waits until a URL answers 200, or fails after $2 seconds.
wait_healthy() {
  local url=$1 limit=$2 waited=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    if [ "$waited" -ge "$limit" ]; then
      return 1
    fi
    sleep 2
    waited=$((waited + 2))
  done
}

start_postgres() {
  local bin first=0
  bin=$(pg_bin)
  mkdir -p "$DIR"
  if [ ! -f "$DIR/pg/PG_VERSION" ]; then
    first=1
    install -d -o postgres -g postgres "$DIR/pg"
    runuser -u postgres -- "$bin/initdb" -D "$DIR/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  chown postgres:postgres "$DIR"
  if ! runuser -u postgres -- "$bin/pg_ctl" -D "$DIR/pg" status >/dev/null 2>&1; then
    runuser -u postgres -- "$bin/pg_ctl" -D "$DIR/pg" -l "$DIR/postgres.log" -w start \
      -o "-p $PG_PORT -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null
  fi
  if [ "$first" = 1 ]; then
    # The roles and database exactly as the compose stack's PostgreSQL creates them on its first start.
    PGHOST=127.0.0.1 PGPORT=$PG_PORT POSTGRES_USER=postgres POSTGRES_DB=postgres \
      WAYMARK_OWNER_PASSWORD=$OWNER_PASSWORD WAYMARK_APP_PASSWORD=$APP_PASSWORD bash docker/initdb/01-roles.sh
  fi
  log "PostgreSQL on 127.0.0.1:$PG_PORT (data $DIR/pg)"
}

start_smtp() {
  if ! running "$DIR/smtp.pid"; then
    # Python 3.11's smtpd prints each mail (headers and body) to its log; a restart appends, so a failure test that
    # stops the server keeps the mail received before.
    nohup python3 -W ignore -m smtpd -n -c DebuggingServer "127.0.0.1:$SMTP_PORT" >>"$DIR/smtp.log" 2>&1 &
    echo $! >"$DIR/smtp.pid"
  fi
  log "SMTP on 127.0.0.1:$SMTP_PORT (mail in $DIR/smtp.log)"
}

start_vonage() {
  if ! running "$DIR/vonage.pid"; then
    [ -f "$DIR/vonage.mode" ] || echo ok >"$DIR/vonage.mode"
    nohup python3 bench/vonage-stub.py "$VONAGE_PORT" "$DIR/vonage.mode" "$DIR/vonage.log" \
      >>"$DIR/vonage.err" 2>&1 &
    echo $! >"$DIR/vonage.pid"
  fi
  log "Vonage stub on http://127.0.0.1:$VONAGE_PORT answering $(cat "$DIR/vonage.mode") (requests in $DIR/vonage.log)"
}

restart_postgres() {
  # pg_ctl restart starts the server again with the options it was started with (postmaster.opts).
  runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$DIR/pg" -l "$DIR/postgres.log" -m fast -w restart >/dev/null
  log "PostgreSQL restarted (pg_ctl restart -m fast)"
}

set_sms_mode() {
  case "$1" in
    ok|fail500|fail429) echo "$1" >"$DIR/vonage.mode.new" && mv "$DIR/vonage.mode.new" "$DIR/vonage.mode" ;;
    *) echo "usage: $0 sms ok|fail500|fail429" >&2; exit 2 ;;
  esac
  log "Vonage stub answers $1"
}

start_node() {
  local n=$1 profile=${2:-$PROFILE} port=$((FIRST_NODE_PORT + $1 - 1))
  if running "$DIR/node$n.pid"; then
    return
  fi
  # The environment of compose.yaml's x-app, pointed at this machine's services.
  SPRING_PROFILES_ACTIVE=$profile \
  SERVER_FORWARD_HEADERS_STRATEGY=native \
  PORT=$port \
  WAYMARK_PUBLIC_BASE_URL=$(public_url) \
  WAYMARK_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/waymark \
  WAYMARK_DB_USER=waymark_app WAYMARK_DB_PASSWORD=$APP_PASSWORD \
  WAYMARK_DB_OWNER_USER=waymark_owner WAYMARK_DB_OWNER_PASSWORD=$OWNER_PASSWORD \
  SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP_PORT \
  WAYMARK_VONAGE_BASE_URL=http://127.0.0.1:$VONAGE_PORT \
  WAYMARK_VONAGE_API_KEY=bench-key WAYMARK_VONAGE_API_SECRET=bench-secret \
  WAYMARK_VONAGE_REQUESTS_PER_SECOND=$VONAGE_REQUESTS_PER_SECOND \
  WAYMARK_JOBS_NODE_NAME=node$n \
  nohup "$JAVA_HOME/bin/java" -Xmx"$NODE_HEAP" -XX:+ExitOnOutOfMemoryError -jar "$(jar)" >"$DIR/node$n.log" 2>&1 &
  echo $! >"$DIR/node$n.pid"
  log "node $n starting on 127.0.0.1:$port (log $DIR/node$n.log)"
}

# Where people open the portal: HAProxy's TLS address under prod, its plain one otherwise.
public_url() {
  if [ "$PROFILE" = prod ]; then
    echo "https://localhost:$HTTPS_PORT"
  else
    echo "http://localhost:$HTTP_PORT"
  fi
}

# Under prod the nodes refuse demo data, but the bench scripts sign in as the demo users: node 1 seeds it alone under
# the demo profile once (migrating the empty database first), then stops before the prod nodes start.
seed_demo_data_for_prod() {
  if [ "$PROFILE" != prod ] || [ -f "$DIR/demo-seeded" ]; then
    return
  fi
  log "seeding the demo data once: node 1 alone under the demo profile"
  start_node 1 demo
  wait_node 1
  # Health answers before start-up's runners finish; the seeder says when the data is there.
  local waited=0
  until grep -q "Demo data ready" "$DIR/node1.log"; do
    if [ "$waited" -ge 600 ] || ! running "$DIR/node1.pid"; then
      log "the demo data was not seeded; the end of node 1's log:"
      tail -30 "$DIR/node1.log"
      exit 1
    fi
    sleep 2
    waited=$((waited + 2))
  done
  stop_pid "$DIR/node1.pid"
  mv "$DIR/node1.log" "$DIR/node1-demo-seed.log"
  touch "$DIR/demo-seeded"
}

# HAProxy's certificate for the TLS frontend under prod: self-signed for localhost, made once.
ensure_certificate() {
  if [ ! -f "$DIR/haproxy.pem" ]; then
    openssl req -x509 -newkey rsa:2048 -nodes -days 30 -subj /CN=localhost \
      -addext subjectAltName=DNS:localhost,IP:127.0.0.1 \
      -keyout "$DIR/haproxy.key" -out "$DIR/haproxy.crt" 2>/dev/null
    cat "$DIR/haproxy.crt" "$DIR/haproxy.key" >"$DIR/haproxy.pem"
  fi
}

wait_node() {
  local n=$1 port=$((FIRST_NODE_PORT + $1 - 1))
  if ! wait_healthy "http://127.0.0.1:$port/actuator/health" 600; then
    log "node $n did not become healthy in 10 minutes; the end of its log:"
    tail -30 "$DIR/node$n.log"
    exit 1
  fi
  log "node $n healthy"
}

# docker/haproxy.cfg with this machine's addresses: the same frontend, backend, stickiness and checks.
haproxy_config() {
  local servers="" n tls_bind=""
  if [ "$PROFILE" = prod ]; then
    # The frontend's X-Forwarded-Proto rule already says https for TLS connections (ssl_fc).
    tls_bind="\\n    bind 127.0.0.1:$HTTPS_PORT ssl crt ${DIR//\//\\/}\\/haproxy.pem"
  fi
  for n in $(seq 1 "$NODES"); do
    servers+="    server app$n 127.0.0.1:$((FIRST_NODE_PORT + n - 1)) cookie app$n\n"
  done
  sed -e '/^# Docker.s embedded DNS/,/^    hold valid/d' \
      -e "s/^    bind :8080$/    bind 127.0.0.1:$HTTP_PORT$tls_bind/" \
      -e "s/^    bind :8404$/    bind 127.0.0.1:$STATS_PORT/" \
      -e 's/ resolvers docker init-addr libc,none$//' \
      -e '/^    # init-addr libc,none/d' \
      -e '/^    server app[0-9]* /d' \
      -e "s/^    default-server check .*/&\n$servers/" \
      docker/haproxy.cfg
}

start_haproxy() {
  ensure_haproxy
  [ "$PROFILE" = prod ] && ensure_certificate
  haproxy_config >"$DIR/haproxy.cfg"
  if grep -q 'resolvers docker\|app1:8080' "$DIR/haproxy.cfg"; then
    log "docker/haproxy.cfg changed shape: this script's edits no longer apply; fix haproxy_config"
    exit 1
  fi
  HAPROXY_STATS_USER=$STATS_USER HAPROXY_STATS_PASSWORD=$STATS_PASSWORD haproxy -c -q -f "$DIR/haproxy.cfg"
  if ! running "$DIR/haproxy.pid"; then
    HAPROXY_STATS_USER=$STATS_USER HAPROXY_STATS_PASSWORD=$STATS_PASSWORD \
      nohup haproxy -db -f "$DIR/haproxy.cfg" >"$DIR/haproxy.log" 2>&1 &
    echo $! >"$DIR/haproxy.pid"
  fi
  wait_healthy "http://127.0.0.1:$HTTP_PORT/actuator/health" 60
  log "HAProxy on $(public_url) (statistics http://127.0.0.1:$STATS_PORT, $STATS_USER/$STATS_PASSWORD)"
}

up() {
  ensure_jar
  start_postgres
  echo "$PROFILE" >"$DIR/profile"
  start_smtp
  start_vonage
  seed_demo_data_for_prod
  if [ "${TOGETHER:-0}" = 1 ]; then
    for n in $(seq 1 "$NODES"); do start_node "$n"; done
    for n in $(seq 1 "$NODES"); do wait_node "$n"; done
  else
    # As compose does: the first node migrates and seeds alone, then the others start.
    start_node 1
    wait_node 1
    for n in $(seq 2 "$NODES"); do start_node "$n"; done
    for n in $(seq 2 "$NODES"); do wait_node "$n"; done
  fi
  start_haproxy
  status
}

status() {
  local bin n port
  bin=$(pg_bin)
  if runuser -u postgres -- "$bin/pg_ctl" -D "$DIR/pg" status >/dev/null 2>&1; then
    echo "postgres  up    127.0.0.1:$PG_PORT"
  else
    echo "postgres  down"
  fi
  for n in $(seq 1 "$NODES"); do
    port=$((FIRST_NODE_PORT + n - 1))
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/actuator/health" 2>/dev/null; then
      echo "node$n     up    127.0.0.1:$port pid $(cat "$DIR/node$n.pid")"
    elif running "$DIR/node$n.pid"; then
      echo "node$n     starting or unhealthy, pid $(cat "$DIR/node$n.pid")"
    else
      echo "node$n     down"
    fi
  done
  if running "$DIR/haproxy.pid"; then
    echo "haproxy   up    $(public_url)"
    # HAProxy's own view of each node (status, current sessions, health check).
    curl -fsS -u "$STATS_USER:$STATS_PASSWORD" "http://127.0.0.1:$STATS_PORT/;csv" 2>/dev/null \
      | awk -F, '$1 == "waymark" && $2 != "BACKEND" && $2 != "FRONTEND" {
          printf "  haproxy sees %-6s %-5s sessions=%s check=%s\n", $2, $18, $5, $37 }'
  else
    echo "haproxy   down"
  fi
  if running "$DIR/smtp.pid"; then echo "smtp      up    127.0.0.1:$SMTP_PORT"; else echo "smtp      down"; fi
  if running "$DIR/vonage.pid"; then
    echo "vonage    up    http://127.0.0.1:$VONAGE_PORT answering $(cat "$DIR/vonage.mode")"
  else
    echo "vonage    down"
  fi
}

stop_pid() {
  local file=$1
  if running "$file"; then
    kill "$(cat "$file")"
    for _ in $(seq 1 40); do
      running "$file" || break
      sleep 1
    done
    running "$file" && kill -9 "$(cat "$file")"
  fi
  rm -f "$file"
}

down() {
  stop_pid "$DIR/haproxy.pid"
  for file in "$DIR"/node*.pid; do
    [ -e "$file" ] && stop_pid "$file"
  done
  stop_pid "$DIR/smtp.pid"
  stop_pid "$DIR/vonage.pid"
  if [ -f "$DIR/pg/PG_VERSION" ]; then
    runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$DIR/pg" -m fast stop >/dev/null 2>&1 || true
  fi
  if [ "${1:-}" = "--wipe" ]; then
    rm -rf "$DIR"
    log "stopped; $DIR deleted"
  else
    log "stopped (database kept in $DIR/pg; 'down --wipe' deletes it)"
  fi
}

case "${1:-}" in
  up) up ;;
  status) status ;;
  down) down "${2:-}" ;;
  smtp)
    case "${2:-}" in
      stop) stop_pid "$DIR/smtp.pid"; log "SMTP stopped" ;;
      start) start_smtp ;;
      *) echo "usage: $0 smtp stop|start" >&2; exit 2 ;;
    esac ;;
  sms) set_sms_mode "${2:-}" ;;
  url) public_url ;;
  pg)
    case "${2:-}" in
      restart) restart_postgres ;;
      *) echo "usage: $0 pg restart" >&2; exit 2 ;;
    esac ;;
  *) echo "usage: $0 up | status | down [--wipe] | url | smtp stop|start | pg restart | sms ok|fail500|fail429" >&2
     exit 2 ;;
esac
