#!/usr/bin/env bash
# A burst of staff sign-ins through HAProxy on the cluster of bench/cluster.sh (issue 16; decision 0070): SIGN_INS
# (200) people sign in with the login form over OVER seconds (20), each from an address of its own (127.1.x.y) or,
# with SAME_ADDRESS=1, all from one (a college behind one NAT address). Meanwhile every node's /actuator/health is
# timed each half second, as HAProxy checks it. Prints: sign-ins that got in, that were told the node is busy, and
# that were refused otherwise; the sign-in time (the form's POST) p50/p95/max; each node's slowest health answer;
# and how often HAProxy took a node out. Starts the cluster when it is not up; leaves it running.
#   bench/sign-in-burst.sh
#   SIGN_INS=400 OVER=10 SAME_ADDRESS=1 bench/sign-in-burst.sh
set -euo pipefail
cd "$(dirname "$0")/.."

SIGN_INS=${SIGN_INS:-200}
OVER=${OVER:-20}
SAME_ADDRESS=${SAME_ADDRESS:-0}
PASSWORD=${WAYMARK_DEMO_PASSWORD:-Waymark-demo-2026}
DIR=${CLUSTER_DIR:-/var/tmp/waymark-cluster}
HTTP_PORT=${HTTP_PORT:-8088}
PG_PORT=${PG_PORT:-55432}
NODES=${NODES:-2}
FIRST_NODE_PORT=${FIRST_NODE_PORT:-18081}
OWNER_PASSWORD=${WAYMARK_OWNER_PASSWORD:-owner-secret}
WORK=$DIR/sign-in-burst
rm -rf "$WORK"
mkdir -p "$WORK"

log() { printf '%s sign-in-burst: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

if ! curl -fsS -o /dev/null "http://127.0.0.1:$HTTP_PORT/actuator/health" 2>/dev/null; then
  bash bench/cluster.sh up >&2
fi
PORTAL=$(bash bench/cluster.sh url)
TLS=()
[ -f "$DIR/haproxy.crt" ] && TLS=(--cacert "$DIR/haproxy.crt")

PGPASSWORD=$OWNER_PASSWORD psql -h 127.0.0.1 -p "$PG_PORT" -U waymark_owner waymark -q -v ON_ERROR_STOP=1 \
  -v staff="$SIGN_INS" -f bench/load-staff-accounts.sql >/dev/null

address() {
  if [ "$SAME_ADDRESS" = 1 ]; then echo 127.1.0.1; else echo "127.1.$(($1 / 250)).$(($1 % 250 + 1))"; fi
}

# One person: the sign-in page (its CSRF token), then the form's POST; prints "<outcome> <seconds of the POST>".
sign_in() {
  local n=$1 from jar token answer
  from=$(address "$n")
  jar=$WORK/cookies.$n
  token=$(curl -fsS -m 60 "${TLS[@]}" --interface "$from" -c "$jar" -b "$jar" "$PORTAL/login" \
          | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//') || { echo "page-failed 0"; return; }
  answer=$(curl -sS -m 60 "${TLS[@]}" --interface "$from" -c "$jar" -b "$jar" -o /dev/null \
             -w '%{http_code} %{redirect_url} %{time_total}' -H "Origin: $PORTAL" \
             --data-urlencode "username=load-staff-$n@northfield.example" --data-urlencode "password=$PASSWORD" \
             --data-urlencode "_csrf=$token" "$PORTAL/login") || { echo "post-failed 0"; return; }
  read -r status location seconds <<<"$answer"
  case "$status $location" in
    "302 $PORTAL/") echo "in $seconds" ;;
    "302 $PORTAL/login?error=busy") echo "busy $seconds" ;;
    *) echo "refused:${location##*error=} $seconds" ;;
  esac
}

# Each node's health answer time, every half second, as HAProxy's check sees it.
(while :; do
   for n in $(seq 1 "$NODES"); do
     curl -s -o /dev/null -m 10 -w "node$n %{http_code} %{time_total}\n" \
       "http://127.0.0.1:$((FIRST_NODE_PORT + n - 1))/actuator/health" >>"$WORK/health" || true
   done
   sleep 0.5
 done) &
monitor=$!
trap 'kill $monitor 2>/dev/null || true' EXIT
downs_before=$(grep -c ' is DOWN' "$DIR/haproxy.log" || true)

log "$SIGN_INS sign-ins over $OVER s through $PORTAL, $([ "$SAME_ADDRESS" = 1 ] && echo "all from one address" \
  || echo "each from its own address")"
interval=$(echo "scale=4; $OVER / $SIGN_INS" | bc)
for n in $(seq 1 "$SIGN_INS"); do
  sign_in "$n" >"$WORK/outcome.$n" &
  sleep "$interval"
done
wait $(jobs -p | grep -v "^$monitor$") 2>/dev/null || true
kill $monitor 2>/dev/null || true
downs=$(( $(grep -c ' is DOWN' "$DIR/haproxy.log" || true) - downs_before ))

cat "$WORK"/outcome.* >"$WORK/outcomes"
percentile() { sort -n | awk -v p="$1" '{ v[NR] = $1 } END { i = int(NR * p / 100 + 0.999); if (i < 1) i = 1; printf "%.2f", v[i] }'; }
echo "sign_ins=$SIGN_INS over_s=$OVER same_address=$SAME_ADDRESS concurrent_checks_per_node=${WAYMARK_SIGNIN_CONCURRENTCHECKS:-default (half the processors)}"
echo "outcomes: $(cut -d' ' -f1 "$WORK/outcomes" | sort | uniq -c | awk '{ printf "%s=%s ", $2, $1 }')"
echo "sign-in POST seconds (signed in): p50 $(awk '$1 == "in" { print $2 }' "$WORK/outcomes" | percentile 50)" \
  "p95 $(awk '$1 == "in" { print $2 }' "$WORK/outcomes" | percentile 95)" \
  "max $(awk '$1 == "in" { print $2 }' "$WORK/outcomes" | percentile 100)"
for n in $(seq 1 "$NODES"); do
  echo "node$n health: slowest $(awk -v n="node$n" '$1 == n { print $3 }' "$WORK/health" | percentile 100) s," \
    "not 200: $(awk -v n="node$n" '$1 == n && $2 != 200' "$WORK/health" | wc -l) of $(grep -c "^node$n " "$WORK/health")"
done
echo "HAProxy took a node out: $downs times"
