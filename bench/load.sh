#!/usr/bin/env bash
# Issue 16, part 3: the load test that speaks Vaadin, against the two-node cluster of bench/cluster.sh, unattended.
#   bench/load.sh
# 1. (Re)starts the cluster's nodes (FRESH=1, default) so that the heap baseline holds no sessions; the database is
#    kept. Starts the cluster when it is not up.
# 2. Prepares the data the users need, from the cluster's database as its owner role: STAFF_ACCOUNTS staff accounts
#    load-staff-<n>@northfield.example (a copy of admin@northfield.example's password hash and roles, so the demo
#    password signs them in), the ids of Northfield's learners and trackers, and the survey links of the invitation
#    emails in the SMTP server's log whose invitations are still open (matched by the SHA-256 the database keeps).
# 3. Heap per session (PARK users of each kind, default 200, staff arriving 2 a second; PARK=0 skips it): used heap
#    after a full GC on every node, before and after PARK staff sign in and open a tracker, then after PARK learners
#    open the survey.
# 4. A warm-up of 20 users for WARMUP seconds (default 45; 0 skips it), not reported.
# 5. One Gatling run per user count in USERS (default "50 100 250 500"), each DURATION seconds (default 90) of users
#    looping their journeys after a ramp of users/4 s (4 arrive a second, 2 staff signing in); half staff, half
#    learners; think time 1-3 s.
# 6. Prints the table (UIDL round-trip p50/p95/p99, page start p95, requests, errors) and where p95 passes SLO_MS
#    (300), and draws p95/p99 against users to PLOT (docs/images/load-p95.png) with XChart.
# Settings: USERS, DURATION, PARK, WARMUP, SLO_MS, PLOT, FRESH, and cluster.sh's NODE_HEAP (1g), CLUSTER_DIR,
# HTTP_PORT, PG_PORT, NODES, FIRST_NODE_PORT.
# Results: load-test/target/load-results/<time>/ (Gatling's logs and HTML reports, the timings per step).
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-"50 100 250 500"}
DURATION=${DURATION:-90}
PARK=${PARK:-200}
WARMUP=${WARMUP:-45}
SLO_MS=${SLO_MS:-300}
PLOT=${PLOT:-docs/images/load-p95.png}
FRESH=${FRESH:-1}
DIR=${CLUSTER_DIR:-/var/tmp/waymark-cluster}
HTTP_PORT=${HTTP_PORT:-8088}
PG_PORT=${PG_PORT:-55432}
NODES=${NODES:-2}
OWNER_PASSWORD=${WAYMARK_OWNER_PASSWORD:-owner-secret}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
export PATH=$JAVA_HOME/bin:$PATH
OUT=$PWD/load-test/target/load-results/$(date -u +%Y%m%dT%H%M%SZ)
DATA=$OUT/data
mkdir -p "$DATA"

log() { printf '%s load: %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

largest=0
for users in $USERS; do
  [ "$users" -gt "$largest" ] && largest=$users
done
STAFF_ACCOUNTS=${STAFF_ACCOUNTS:-$(( (largest > PARK * 2 ? largest : PARK * 2) / 2 + 1 ))}

log "compiling the load test (load-test/pom.xml)"
./mvnw -q -B -ntp -f load-test/pom.xml test-compile

cluster_status=$(bench/cluster.sh status 2>/dev/null || true)
if [ "$FRESH" = 1 ] && grep -q '^node1 .*up' <<<"$cluster_status"; then
  log "restarting the cluster so the nodes hold no sessions (database kept)"
  bench/cluster.sh down >&2
fi
if ! curl -fsS -o /dev/null "http://localhost:$HTTP_PORT/actuator/health" 2>/dev/null; then
  log "starting the cluster (node heap ${NODE_HEAP:-1g}, bench/cluster.sh's NODE_HEAP)"
  bench/cluster.sh up >&2
fi

# Users come where people do: HAProxy's TLS frontend under prod (Gatling trusts any certificate unless told not to).
BASE_URL=$(bash bench/cluster.sh url)
log "users open $BASE_URL"

# HAProxy must see every node up before users arrive, or the first ones all land on one node.
for _ in $(seq 1 60); do
  [ "$(bench/cluster.sh status 2>/dev/null | grep -c 'haproxy sees app[0-9]* *UP  *sessions')" -ge "$NODES" ] && break
  sleep 2
done

owner_sql() {
  PGPASSWORD=$OWNER_PASSWORD psql -h 127.0.0.1 -p "$PG_PORT" -U waymark_owner waymark -At -q -v ON_ERROR_STOP=1 "$@"
}
as_tenant() {
  echo "select set_config('app.tenant_id', (select id::text from tenant where slug = '$1'), false) \\g /dev/null"
}

log "preparing $STAFF_ACCOUNTS staff accounts and the users' data in $DATA"
owner_sql -v staff="$STAFF_ACCOUNTS" <<EOF
$(as_tenant northfield)
insert into staff_user (tenant_id, id, email, display_name, password_hash, enabled, must_change_password, created_at,
                        password_changed_at)
select a.tenant_id, gen_random_uuid(), 'load-staff-' || n || '@northfield.example', 'Load test staff ' || n,
       a.password_hash, true, false, now(), now()
  from staff_user a, generate_series(1, :staff) n
 where a.email = 'admin@northfield.example'
on conflict do nothing;
insert into staff_user_role (tenant_id, user_id, role_id)
select u.tenant_id, u.id, r.role_id
  from staff_user u, staff_user a join staff_user_role r on r.user_id = a.id
 where a.email = 'admin@northfield.example' and u.email like 'load-staff-%@northfield.example'
   and not exists (select 1 from staff_user_role x where x.user_id = u.id);
EOF
# Users come from 127.1.x.y (one address each, see PortalSimulation); blocks an earlier, interrupted run left on
# loopback addresses or the load-test accounts are lifted.
owner_sql -c "delete from sign_in_throttle where throttle_key like 'address:127.%'
                or throttle_key like 'account:load-staff-%@northfield.example'"
{ echo email; seq 1 "$STAFF_ACCOUNTS" | sed 's/.*/load-staff-&@northfield.example/'; } >"$DATA/staff.csv"
{ echo learner; { as_tenant northfield; echo "select id from learner order by id;"; } | owner_sql; } \
  >"$DATA/learners.csv"
{ echo tracker; { as_tenant northfield; echo "select id from tracker order by id;"; } | owner_sql; } \
  >"$DATA/trackers.csv"
mailed_links() {
  grep -o "^b'Answer the survey: http[^ ]*/survey/[A-Za-z0-9_-]*'" "$DIR/smtp.log" | sed "s/.*survey\///; s/'$//" \
    | sort -u || true
}
# On a new database the first daily survey run's emails are still being delivered: wait until their number settles.
previous=-1
for _ in $(seq 1 30); do
  count=$(mailed_links | wc -l)
  [ "$count" -gt 0 ] && [ "$count" = "$previous" ] && break
  previous=$count
  sleep 5
done
mailed_links >"$DATA/mailed-tokens.txt"
{
  echo token
  for tenant in northfield riverside; do
    owner_sql <<EOF
$(as_tenant "$tenant")
create temp table mailed (token text);
\copy mailed from '$DATA/mailed-tokens.txt'
select m.token from mailed m
  join survey_link l on l.token_hash = sha256(convert_to(m.token, 'UTF8'))
  join survey_invitation i on i.tenant_id = l.tenant_id and i.id = l.invitation_id
 where i.status = 'SENT' and i.expires_at > now()
 order by m.token;
EOF
  done
} >"$DATA/survey-links.csv"
for file in learners trackers survey-links; do
  if [ "$(wc -l <"$DATA/$file.csv")" -lt 2 ]; then
    log "no rows for $file.csv: is the demo data seeded and has the first daily survey run sent its emails?"
    exit 1
  fi
done
log "$(($(wc -l <"$DATA/learners.csv") - 1)) learners, $(($(wc -l <"$DATA/trackers.csv") - 1)) trackers," \
  "$(($(wc -l <"$DATA/survey-links.csv") - 1)) open survey links"

# Runs the simulation with the given -D settings; prints "requests ko" from Gatling's summary.
gatling() {
  local name=$1
  shift
  if ! ./mvnw -B -ntp -f load-test/pom.xml gatling:test -Dgatling.resultsFolder="$OUT/gatling" \
      -DbaseUrl="$BASE_URL" -Ddata="$DATA" "$@" >"$OUT/$name.log" 2>&1; then
    log "Gatling failed for $name: see $OUT/$name.log"
    tail -20 "$OUT/$name.log" >&2
    exit 1
  fi
  # "> request count                    |   1234 |   1230 |   4" (KO is "-" when there were none)
  grep '^> request count' "$OUT/$name.log" | tail -1 \
    | awk -F'|' '{ gsub(/[ ,]/, "", $2); gsub(/[ ,]/, "", $4); if ($4 == "-") $4 = 0; print $2, $4 }'
}

node_pids() {
  local n
  for n in $(seq 1 "$NODES"); do cat "$DIR/node$n.pid"; done
}

# Used heap after a full GC, summed over the nodes, in KiB.
heap_used_kib() {
  local total=0 pid used
  for pid in $(node_pids); do
    jcmd "$pid" GC.run >/dev/null
    jcmd "$pid" GC.run >/dev/null
    used=$(jcmd "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | grep -o '[0-9]*')
    total=$((total + used))
  done
  echo "$total"
}

# CPU seconds used so far by a process and its children that have ended, and by the whole machine.
proc_cpu() {
  awk -v tck="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15 + $16 + $17) / tck }' "/proc/$1/stat" 2>/dev/null \
    || echo 0
}
postgres_cpu() {
  local main total=0 pid
  main=$(head -1 "$DIR/pg/postmaster.pid")
  for pid in $main $(ps -o pid= --ppid "$main"); do
    total=$(awk -v a="$total" -v b="$(proc_cpu "$pid")" 'BEGIN { printf "%.1f", a + b }')
  done
  echo "$total"
}
machine_cpu() {
  awk -v tck="$(getconf CLK_TCK)" '$1 == "cpu" { printf "%.1f", ($2 + $3 + $4 + $7 + $8) / tck }' /proc/stat
}
cpu_snapshot() {
  local n line=""
  for n in $(seq 1 "$NODES"); do line+="$(proc_cpu "$(cat "$DIR/node$n.pid")") "; done
  echo "$line$(postgres_cpu) $(proc_cpu "$(cat "$DIR/haproxy.pid")") $(machine_cpu) $(date +%s.%N)"
}
# Where the CPU went between two snapshots, in cores (CPU seconds per second of wall time, the Maven and Gatling
# start of about 15 s included), and the nodes' CPU time per request.
cpu_report() {
  awk -v nodes="$NODES" -v users="$3" -v requests="$4" '
    NR == 1 { for (i = 1; i <= NF; i++) a[i] = $i }
    NR == 2 { wall = $NF - a[NF]; line = sprintf("cpu_cores users=%s", users)
              for (i = 1; i <= nodes; i++) {
                line = line sprintf(" node%d=%.2f", i, ($i - a[i]) / wall)
                used += $i - a[i]
              }
              line = line sprintf(" postgres=%.2f haproxy=%.2f machine=%.2f of %d (the rest: Gatling and other work)",
                ($(nodes + 1) - a[nodes + 1]) / wall, ($(nodes + 2) - a[nodes + 2]) / wall,
                ($(nodes + 3) - a[nodes + 3]) / wall, cores)
              print line
              printf "node_cpu_ms_per_request users=%s %.1f (all nodes, %d requests over %.0f s)\n", users,
                used * 1000 / requests, requests, wall }' cores="$(nproc)" <(echo "$1"; echo "$2")
}

if [ "$PARK" -gt 0 ]; then
  log "heap per session: $PARK staff on a tracker, then $PARK learners in the survey"
  before=$(heap_used_kib)
  result=$(gatling park-staff -Dpark="$PARK" -DparkKind=staff -Dtimings="$OUT/park-staff.csv")
  read -r requests ko <<<"$result"
  with_staff=$(heap_used_kib)
  result=$(gatling park-learners -Dpark="$PARK" -DparkKind=learners -Dtimings="$OUT/park-learners.csv")
  read -r requests2 ko2 <<<"$result"
  with_learners=$(heap_used_kib)
  {
    echo "heap_no_sessions_mib=$((before / 1024)) (used after full GC, all $NODES nodes)"
    echo "heap_with_${PARK}_staff_mib=$((with_staff / 1024)) (errors: $ko of $requests requests)"
    echo "heap_plus_${PARK}_learners_mib=$((with_learners / 1024)) (errors: $ko2 of $requests2 requests)"
    echo "staff_session_kib=$(((with_staff - before) / PARK)) (signed in, on a tracker; the sign-in page's UI included)"
    echo "learner_session_kib=$(((with_learners - with_staff) / PARK)) (survey link opened, on the activities page)"
  } | tee "$OUT/heap.txt"
fi

if [ "$WARMUP" -gt 0 ]; then
  # The nodes were just started: their JIT has not compiled the request paths yet. Not reported.
  log "warm-up: 20 users for ${WARMUP}s (not reported)"
  gatling warm-up -Dusers=20 -Dduration="$WARMUP" -Dtimings="$OUT/warm-up.csv" >/dev/null
fi

steps=()
for users in $USERS; do
  log "$users users for ${DURATION}s"
  cpu_before=$(cpu_snapshot)
  result=$(gatling "users-$users" -Dusers="$users" -Dduration="$DURATION" -Dtimings="$OUT/timings-$users.csv")
  read -r requests ko <<<"$result"
  cpu_report "$cpu_before" "$(cpu_snapshot)" "$users" "$requests" | tee -a "$OUT/cpu.txt"
  steps+=("$users:$OUT/timings-$users.csv:$requests:$ko")
  for pid in $(node_pids); do
    if ! kill -0 "$pid" 2>/dev/null; then
      log "a node (pid $pid) is gone after $users users: see its log in $DIR"
    fi
  done
done

echo "heap_after_runs_mib=$(($(heap_used_kib) / 1024)) (used after full GC, all nodes; sessions last 30 min)" \
  | tee -a "$OUT/heap.txt"
./mvnw -q -B -ntp -f load-test/pom.xml exec:java -Dexec.mainClass=app.waymark.load.LoadReport \
  -Dexec.args="$(realpath -m "$PLOT") $SLO_MS ${steps[*]}" | tee "$OUT/table.txt"
log "results in $OUT"
