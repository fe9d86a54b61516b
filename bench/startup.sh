#!/usr/bin/env bash
# Startup benchmark (not a test): starts the app with `./mvnw spring-boot:run` on the embedded PostgreSQL, times
# until /login answers 200, measures the memory of the app JVM and of the embedded PostgreSQL 10 s later, then
# stops everything. See bench/README.md.
#   bench/startup.sh          first start: empty data directory (initdb, migrations, demo seeding)
#   bench/startup.sh --warm   reuses the data directory left by the previous run
set -euo pipefail

cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PORT=${PORT:-8080}
URL="http://localhost:$PORT/login"
DATA_DIR="$PWD/target/bench-pgdata"
LOG="$PWD/target/bench-startup.log"
TIMEOUT=300

case "${1:-}" in
  "") mode=cold ;;
  --warm) mode=warm ;;
  *) echo "usage: $0 [--warm]" >&2; exit 2 ;;
esac

alive() { local s; s=$(ps -o stat= -p "$1" 2>/dev/null) && [[ $s != Z* ]]; }
is_postgres() { [[ $(cat "/proc/$1/comm" 2>/dev/null) == postgres ]]; }
rss_kib() { local v; v=$(awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null) || true; echo "${v:-0}"; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
# PID of the embedded postmaster, from its pid file, if it is running.
postmaster() {
  local pid
  [[ -f $DATA_DIR/postmaster.pid ]] && read -r pid < "$DATA_DIR/postmaster.pid" && is_postgres "$pid" && echo "$pid"
}
# Live (non-zombie) processes of the session started below.
session_procs() { ps -s "$sid" -o pid=,stat= 2>/dev/null | awk '$2 !~ /^Z/ {print $1}'; }

if curl -s -o /dev/null --max-time 5 "$URL"; then
  echo "something already answers on port $PORT: stop it, or set PORT" >&2; exit 1
fi
if pm=$(postmaster); then
  echo "a PostgreSQL (pid $pm) still runs on $DATA_DIR: stop it first" >&2; exit 1
fi
if [[ $mode == warm ]]; then
  [[ -f $DATA_DIR/PG_VERSION ]] || { echo "no data directory from a previous run: run without --warm first" >&2; exit 1; }
else
  rm -rf "$DATA_DIR"   # kept after this run for --warm
fi
mkdir -p "$DATA_DIR"
export WAYMARK_DATA_DIR=$DATA_DIR

sid=
stop() {
  [[ -n $sid ]] || return 0
  local pm left
  # Maven and the forked app JVM share the session/process group. On SIGTERM the app runs its shutdown hooks,
  # which stop the embedded PostgreSQL too.
  kill -TERM -- "-$sid" 2>/dev/null || true
  for _ in $(seq 300); do [[ -z $(session_procs) ]] && break; sleep 0.2; done   # up to 60 s
  if [[ -n $(session_procs) ]]; then
    echo "warning: app did not stop within 60 s, killing it" >&2
    kill -KILL -- "-$sid" 2>/dev/null || true
    sleep 1
  fi
  # pg_ctl starts PostgreSQL in a session of its own, so it outlives a killed JVM: stop it through its pid file.
  if pm=$(postmaster); then
    echo "warning: embedded PostgreSQL $pm still running, stopping it" >&2
    kill -INT "$pm" 2>/dev/null || true   # fast shutdown
    for _ in $(seq 100); do is_postgres "$pm" || break; sleep 0.2; done
    is_postgres "$pm" && kill -KILL "$pm" 2>/dev/null
  fi
  left="$(session_procs) $(postmaster || true)"
  sid=
  if [[ -n ${left// /} ]]; then
    echo "error: processes left running: $left" >&2; exit 1
  fi
}
trap stop EXIT
trap 'exit 130' INT TERM

start=$(date +%s.%N)
# Started in the background of a non-interactive shell, setsid is not a group leader, so it does not fork:
# $! becomes the id of the new session and process group (mvnw then execs into the Maven JVM, keeping it).
setsid ./mvnw -B -q spring-boot:run >"$LOG" 2>&1 </dev/null &
sid=$!

deadline=$(( $(date +%s) + TIMEOUT ))
until [[ $(curl -s -o /dev/null --max-time 5 -w '%{http_code}' "$URL" || true) == 200 ]]; do
  alive "$sid" || { echo "the app exited before answering; see $LOG" >&2; exit 1; }
  (( $(date +%s) < deadline )) || { echo "no 200 from $URL within ${TIMEOUT} s; see $LOG" >&2; exit 1; }
  sleep 0.2
done
end=$(date +%s.%N)

sleep 10
# spring-boot:run forks the app JVM with the main class on its command line.
app_pid=$(pgrep -s "$sid" -f 'app\.waymark\.Application' | head -n1 || true)
[[ -n $app_pid ]] || { echo "app JVM not found in session $sid" >&2; exit 1; }
pg_kib=0
if pm=$(postmaster); then
  # Postmaster plus its children. Summed RSS counts shared buffers once per process that touched them: an upper bound.
  for p in "$pm" $(ps --ppid "$pm" -o pid= || true); do pg_kib=$(( pg_kib + $(rss_kib "$p") )); done
fi

echo "mode=$mode"
awk -v a="$start" -v b="$end" 'BEGIN {printf "startup_to_login_seconds=%.1f\n", b - a}'
# Spring's own figure, without Maven's share of the time above.
reported=$(grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$LOG" | tail -n1 | awk '{print $4}' || true)
echo "app_reported_start_seconds=${reported:-unknown}"
echo "app_rss_mib=$(mib "$(rss_kib "$app_pid")")"
echo "embedded_postgres_rss_mib=$(mib "$pg_kib")"
