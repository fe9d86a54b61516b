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
#   bench/cluster.sh pg restart        pg_ctl restart -m fast of the cluster's first PostgreSQL (failure tests)
#   bench/cluster.sh pg status         both PostgreSQL servers, their roles (primary / standby) and the replay lag
#   bench/cluster.sh pg promote        promote the standby (a primary still running is stopped first: a switchover)
#   bench/cluster.sh pg rejoin         re-make the server that is down as a standby of the primary (pg_rewind, or a
#                                      new base backup if rewinding fails)
#   bench/cluster.sh sms ok|fail500|fail429   how the Vonage stub answers from now on (log: \$CLUSTER_DIR/vonage.log)
#   bench/cluster.sh url           where people open the portal (https://localhost:8443 under prod); the certificate
#                                  to trust for it is \$CLUSTER_DIR/haproxy.crt
# Settings (environment): NODES (2), CLUSTER_DIR (/var/tmp/waymark-cluster), HTTP_PORT (8088, HAProxy),
# STATS_PORT (8405), PG_PORT (55432), STANDBY_PORT (55433, with STANDBY=1), SMTP_PORT (2525), VONAGE_PORT (2526),
# FIRST_NODE_PORT (18081), NODE_HEAP (1g),
# VONAGE_REQUESTS_PER_SECOND (30, the portal's default shared SMS rate limit),
# TOGETHER=1 starts all nodes at once instead of the first one alone first (as compose does), REBUILD=1 rebuilds,
# PROFILE (prod): the nodes run under the production profile (fail-closed settings, Secure session cookies) behind
# HAProxy terminating TLS on HTTPS_PORT (8443, a self-signed certificate made here); the demo data the bench scripts
# sign in with is seeded once beforehand by node 1 started alone under the demo profile, then stopped. PROFILE=demo
# runs the nodes under demo on plain HTTP (HTTP_PORT), as docker/compose.yaml does. `up` records the profile in
# \$CLUSTER_DIR/profile, and the other commands use the recorded one.
# STANDBY=1 adds a streaming standby (pg_basebackup -R on a physical replication slot) on STANDBY_PORT (55433), and
# the nodes' JDBC URL lists both servers with targetServerType=primary; REPLICATION (sync) says whether the primary
# waits for the standby to flush each commit (synchronous_standby_names) or not (async). Decision 0069.
set -euo pipefail
cd "$(dirname "$0")/.."

NODES=${NODES:-2}
DIR=${CLUSTER_DIR:-/var/tmp/waymark-cluster}
HTTP_PORT=${HTTP_PORT:-8088}
STATS_PORT=${STATS_PORT:-8405}
PG_PORT=${PG_PORT:-55432}
STANDBY_PORT=${STANDBY_PORT:-55433}
STANDBY=${STANDBY:-0}
REPLICATION=${REPLICATION:-sync}
if [ "${1:-}" != up ] && [ -f "$DIR/replication" ]; then
  STANDBY=1
  REPLICATION=$(cat "$DIR/replication")
fi
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

# Starts the PostgreSQL whose data is in $1 on port $2, unless it runs. With a standby, wal_log_hints lets pg_rewind
# turn a failed primary into a standby of the promoted one. It goes in the configuration file, not on the command
# line: pg_rewind's crash recovery of a killed server runs it without our options, and its shutdown checkpoint
# would record the setting as off.
start_pg_server() {
  local data=$1 port=$2
  if [ "$STANDBY" = 1 ] && ! grep -q '^wal_log_hints = on' "$data/postgresql.conf"; then
    echo 'wal_log_hints = on' >>"$data/postgresql.conf"
  fi
  if ! runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$data" -w start \
      -l "$DIR/$(basename "$data" | sed 's/^pg$/postgres/').log" \
      -o "-p $port -k $DIR -c listen_addresses=127.0.0.1 -c max_connections=200" >/dev/null
  fi
}

start_postgres() {
  local bin first=0
  bin=$(pg_bin)
  mkdir -p "$DIR"
  if [ ! -f "$DIR/pg/PG_VERSION" ]; then
    first=1
    install -d -o postgres -g postgres "$DIR/pg"
    # initdb's pg_hba.conf already lets replication connections in from loopback (trust, as for the rest here).
    runuser -u postgres -- "$bin/initdb" -D "$DIR/pg" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  chown postgres:postgres "$DIR"
  start_pg_server "$DIR/pg" "$PG_PORT"
  if [ "$first" = 1 ]; then
    # The roles and database exactly as the compose stack's PostgreSQL creates them on its first start.
    PGHOST=127.0.0.1 PGPORT=$PG_PORT POSTGRES_USER=postgres POSTGRES_DB=postgres \
      WAYMARK_OWNER_PASSWORD=$OWNER_PASSWORD WAYMARK_APP_PASSWORD=$APP_PASSWORD bash docker/initdb/01-roles.sh
  fi
  log "PostgreSQL on 127.0.0.1:$PG_PORT (data $DIR/pg)"
  if [ "$STANDBY" = 1 ]; then
    start_standby
  fi
}

psql_at() { psql -h 127.0.0.1 -p "$1" -U postgres -d postgres -v ON_ERROR_STOP=1 -At -c "$2"; }

# The data directory of the server on port $1, and the port of the other server.
pg_data() { if [ "$1" = "$PG_PORT" ]; then echo "$DIR/pg"; else echo "$DIR/standby"; fi; }
other_port() { if [ "$1" = "$PG_PORT" ]; then echo "$STANDBY_PORT"; else echo "$PG_PORT"; fi; }

# primary, standby or down.
pg_role() {
  case "$(psql_at "$1" "select pg_is_in_recovery()" 2>/dev/null)" in
    f) echo primary ;;
    t) echo standby ;;
    *) echo down ;;
  esac
}

# The port of the server that is primary now (nothing if none is).
primary_port() {
  local port
  for port in "$PG_PORT" "$STANDBY_PORT"; do
    if [ "$(pg_role "$port")" = primary ]; then echo "$port"; return; fi
  done
}

# Makes $1 (a data directory to create) a standby of the primary on port $2: a base backup streamed through a
# physical replication slot, with -R writing standby.signal and primary_conninfo / primary_slot_name.
make_standby() {
  local data=$1 primary=$2 slot
  slot=$(slot_name "$(basename "$data")")
  ensure_slot "$primary" "$slot"
  rm -rf "$data"
  install -d -m 700 -o postgres -g postgres "$data"
  runuser -u postgres -- "$(pg_bin)/pg_basebackup" -h 127.0.0.1 -p "$primary" -U postgres -D "$data" \
    -X stream -S "$slot" -R -c fast
}

slot_name() { echo "waymark_${1//[^a-z0-9]/_}"; }

# The physical replication slot $2 on the primary on port $1, made unless it is there.
ensure_slot() {
  psql_at "$1" "select pg_create_physical_replication_slot('$2')
                where not exists (select 1 from pg_replication_slots where slot_name = '$2')" >/dev/null
}

# The primary waits for the standby to flush each commit (sync), or not (async).
set_replication_mode() {
  local primary=$1
  if [ "$REPLICATION" = sync ]; then
    psql_at "$primary" "alter system set synchronous_standby_names = '*'" >/dev/null
  else
    psql_at "$primary" "alter system reset synchronous_standby_names" >/dev/null
  fi
  psql_at "$primary" "select pg_reload_conf()" >/dev/null
}

start_standby() {
  if [ ! -f "$DIR/standby/PG_VERSION" ]; then
    make_standby "$DIR/standby" "$PG_PORT"
  fi
  start_pg_server "$DIR/standby" "$STANDBY_PORT"
  set_replication_mode "$PG_PORT"
  echo "$REPLICATION" >"$DIR/replication"
  log "standby on 127.0.0.1:$STANDBY_PORT (data $DIR/standby, $REPLICATION replication)"
}

# Both servers, their roles and, seen from the primary, each standby's state and lag.
pg_status() {
  local port role
  for port in "$PG_PORT" $([ "$STANDBY" = 1 ] && echo "$STANDBY_PORT"); do
    role=$(pg_role "$port")
    case "$role" in
      down) echo "postgres  down  127.0.0.1:$port ($(pg_data "$port"))" ;;
      primary) echo "postgres  up    127.0.0.1:$port primary ($(pg_data "$port"))"
        psql_at "$port" "select '  replicates to ' || coalesce(application_name, '?') || ' ' || client_addr || ': '
            || state || ', ' || sync_state || ', replay lag ' || coalesce(replay_lag::text, '0')
            || ', ' || pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) || ' bytes behind'
            from pg_stat_replication" 2>/dev/null || true ;;
      standby) echo "postgres  up    127.0.0.1:$port standby ($(pg_data "$port")), replayed up to" \
          "$(psql_at "$port" "select pg_last_wal_replay_lsn() || ', last replayed commit '
              || coalesce(round(extract(epoch from now() - pg_last_xact_replay_timestamp())::numeric, 1)::text, '-')
              || ' s ago'" 2>/dev/null)" ;;
    esac
  done
}

# Promotes the standby. A primary that still runs is stopped first (-m fast sends it all its WAL): a switchover.
# Once promoted, the new primary has no standby; waiting for one would hold every commit, so it stops waiting.
promote() {
  local standby="" port started took
  for port in "$PG_PORT" "$STANDBY_PORT"; do
    [ "$(pg_role "$port")" = standby ] && standby=$port
  done
  if [ -z "$standby" ]; then
    log "no standby runs: nothing to promote"
    exit 1
  fi
  port=$(other_port "$standby")
  if [ "$(pg_role "$port")" = primary ]; then
    runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$(pg_data "$port")" -m fast -w stop >/dev/null
    log "stopped the primary on $port first (switchover)"
  fi
  started=$(date +%s.%N)
  runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$(pg_data "$standby")" -w -t 120 promote >/dev/null
  took=$(echo "$(date +%s.%N) - $started" | bc)
  psql_at "$standby" "alter system reset synchronous_standby_names" >/dev/null
  psql_at "$standby" "select pg_reload_conf()" >/dev/null
  log "promoted 127.0.0.1:$standby to primary in $(printf '%.2f' "$took") s"
  echo "promotion_seconds=$(printf '%.2f' "$took")"
}

# The server that is down becomes a standby of the primary: pg_rewind back to where the timelines split (it runs
# crash recovery first if the server was killed), or a new base backup if that fails.
rejoin() {
  local primary down data
  primary=$(primary_port)
  [ -n "$primary" ] || { log "no primary runs"; exit 1; }
  down=$(other_port "$primary")
  [ "$(pg_role "$down")" = down ] || { log "127.0.0.1:$down runs already"; exit 1; }
  data=$(pg_data "$down")
  # A postmaster killed a moment ago may not be gone yet: its lock files would stop pg_rewind and the start.
  local old_pid waited=0
  old_pid=$(head -1 "$data/postmaster.pid" 2>/dev/null || true)
  while [ -n "$old_pid" ] && kill -0 "$old_pid" 2>/dev/null && [ "$waited" -lt 30 ]; do
    sleep 1
    waited=$((waited + 1))
  done
  ensure_slot "$primary" "$(slot_name "$(basename "$data")")"
  if [ -f "$data/PG_VERSION" ] && runuser -u postgres -- "$(pg_bin)/pg_rewind" --target-pgdata="$data" \
       --source-server="host=127.0.0.1 port=$primary user=postgres dbname=postgres" -R >"$DIR/pg_rewind.log" 2>&1; then
    # -R wrote primary_conninfo; the slot is this server's own.
    echo "primary_slot_name = '$(slot_name "$(basename "$data")")'" >>"$data/postgresql.auto.conf"
    log "pg_rewind made $data a standby of 127.0.0.1:$primary ($(grep -c . "$DIR/pg_rewind.log") lines in pg_rewind.log)"
  else
    log "pg_rewind did not work (see $DIR/pg_rewind.log): a new base backup instead"
    make_standby "$data" "$primary"
  fi
  start_pg_server "$data" "$down"
  set_replication_mode "$primary"
  log "127.0.0.1:$down is a standby of 127.0.0.1:$primary again ($REPLICATION replication)"
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
  WAYMARK_DB_URL=$(db_url) \
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

# With a standby, both servers: PgJDBC connects to whichever is primary now (decision 0069).
db_url() {
  if [ "$STANDBY" = 1 ]; then
    echo "jdbc:postgresql://127.0.0.1:$PG_PORT,127.0.0.1:$STANDBY_PORT/waymark?targetServerType=primary"
  else
    echo "jdbc:postgresql://127.0.0.1:$PG_PORT/waymark"
  fi
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
  pg_status
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
  local data
  for data in "$DIR/pg" "$DIR/standby"; do
    if [ -f "$data/PG_VERSION" ]; then
      runuser -u postgres -- "$(pg_bin)/pg_ctl" -D "$data" -m fast stop >/dev/null 2>&1 || true
    fi
  done
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
      status) pg_status ;;
      promote) promote ;;
      rejoin) rejoin ;;
      *) echo "usage: $0 pg restart|status|promote|rejoin" >&2; exit 2 ;;
    esac ;;
  *) echo "usage: $0 up | status | down [--wipe] | url | smtp stop|start | pg restart|status|promote|rejoin | sms ok|fail500|fail429" >&2
     exit 2 ;;
esac
