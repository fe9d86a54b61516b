#!/usr/bin/env bash
# Issue 16, part 3: the load test that speaks Vaadin, against the two-node cluster of bench/cluster.sh, unattended.
#   bench/load.sh
# 1. Starts the cluster when it is not up.
# 2. Prepares the data the users need, from the cluster's database as its owner role: STAFF_ACCOUNTS staff accounts
#    load-staff-<n>@northfield.example (a copy of admin@northfield.example's password hash and roles, so the demo
#    password signs them in), the ids of Northfield's learners and trackers, and the survey links of the invitation
#    emails in the SMTP server's log whose invitations are still open (matched by the SHA-256 the database keeps).
#    The learners send their answers, and a link can be sent once: when there are fewer open links of load-test
#    leavers than the runs can send at most, it imports ILR files of synthetic leavers into Riverside through the
#    portal's import API (over HTTPS, the demo MIS token), asks the scheduler for the daily survey run, and waits
#    until the outbox has delivered the invitations; the links come from those emails.
#    Then (FRESH=1, default) restarts the cluster (database kept), so the nodes hold no sessions for the heap baseline
#    and none of the preparation's work is in the measured steps.
# 3. Heap per session (PARK users of each kind, default 200, staff arriving 2 a second; PARK=0 skips it): used heap
#    after a full GC on every node, before and after PARK staff sign in and open a tracker, then after PARK learners
#    open the survey.
# 4. A warm-up of 20 users for WARMUP seconds (default 45; 0 skips it), not reported.
# 5. One Gatling run per user count in USERS (default "50 100 250 500"), each DURATION seconds (default 90) of users
#    looping their journeys after a ramp of users/4 s (4 arrive a second, 2 staff signing in); half staff, half
#    learners (each pass a link not sent before, sent at the end); think time 1-3 s. After each run, the sends it
#    attempted are checked in the database: every confirmed send must have answered its invitation and written the
#    learner's destination record (the script exits 1 at the end when one did not).
# 6. Prints the table (UIDL round-trip p50/p95/p99, page start p95, requests, errors; the survey's send p50/p95/p99
#    on lines of their own) and where p95 passes SLO_MS (300), the links prepared and the sends' check, and draws
#    p95/p99 against users to PLOT (docs/images/load-p95.png) with XChart.
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

start_cluster() {
  if ! curl -fsS -o /dev/null "http://localhost:$HTTP_PORT/actuator/health" 2>/dev/null; then
    log "starting the cluster (node heap ${NODE_HEAP:-1g}, bench/cluster.sh's NODE_HEAP)"
    bench/cluster.sh up >&2
  fi
  # HAProxy must see every node up before users arrive, or the first ones all land on one node.
  for _ in $(seq 1 60); do
    [ "$(bench/cluster.sh status 2>/dev/null | grep -c 'haproxy sees app[0-9]* *UP  *sessions')" -ge "$NODES" ] && break
    sleep 2
  done
}
start_cluster

# Users come where people do: HAProxy's TLS frontend under prod (Gatling trusts any certificate unless told not to).
BASE_URL=$(bash bench/cluster.sh url)
log "users open $BASE_URL"

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

# Survey links the learners SEND (each once: a sent link only says thank you), from invitations the portal itself
# sent to leavers of ILR files imported for the purpose (Riverside, learner references LT<batch><n>).
# A learner's pass has LEARNER_THINKS think times of 1-3 s, so in DURATION s of looping a learner sends at most
# DURATION / LEARNER_THINKS + 1 times (every think 1 s), about DURATION / (2 * LEARNER_THINKS) + 1 on average.
LEARNER_THINKS=10
LINKS_TENANT=riverside
LINKS_UKPRN=10004567
LINKS_MIS_TOKEN=wm_demo_riverside_ilr_upload_2026
sends_at_most() { echo $(( ($1 - $1 / 2) * ($2 / LEARNER_THINKS + 1) )); }
sends_expected() { echo $(( ($1 - $1 / 2) * ($2 / (2 * LEARNER_THINKS) + 1) )); }
links_needed=0
links_expected=0
if [ "$WARMUP" -gt 0 ]; then
  links_needed=$(sends_at_most 20 "$WARMUP")
  links_expected=$(sends_expected 20 "$WARMUP")
fi
for users in $USERS; do
  links_needed=$((links_needed + $(sends_at_most "$users" "$DURATION")))
  links_expected=$((links_expected + $(sends_expected "$users" "$DURATION")))
done

# Open links of the load-test leavers among the mailed ones ($DATA/mailed-tokens.txt), one per invitation (a
# reminder adds a second link to the same invitation), valid for a day more at least.
fresh_links() {
  echo token
  owner_sql <<EOF | sort
$(as_tenant "$LINKS_TENANT")
create temp table mailed (token text);
\copy mailed from '$DATA/mailed-tokens.txt'
select distinct on (i.id) m.token from mailed m
  join survey_link l on l.token_hash = sha256(convert_to(m.token, 'UTF8'))
  join survey_invitation i on i.tenant_id = l.tenant_id and i.id = l.invitation_id
  join learner x on x.tenant_id = i.tenant_id and x.id = i.learner_id
 where i.status = 'SENT' and i.expires_at > now() + interval '1 day' and x.learn_ref_number like 'LT%'
 order by i.id, m.token;
EOF
}
fresh_count() {
  mailed_links >"$DATA/mailed-tokens.txt"
  echo $(($(fresh_links | wc -l) - 1))
}

# Every message the portal queued for the tenant has left (sent, or given up on).
outbox_settled() {
  [ "$({ as_tenant "$LINKS_TENANT"
         echo "select count(*) from outbox_message where status in ('QUEUED', 'SENDING');"; } | owner_sql)" = 0 ]
}

# One batch of leavers: an ILR file of $1 synthetic learners (SyntheticIlrFile, made as the demo's learners are: the
# ILR year of today, learners starting from two years before it), imported through the portal's import API over
# HTTPS with the provider's MIS token; then the daily survey run, asked of the scheduler as the operators' "Run now"
# asks it (its next execution set to now); then the invitations, delivered by the outbox to the SMTP server.
prepare_leavers() {
  local learners=$1 batch file asked answer
  batch=$(printf '%02d' "$(( $({ as_tenant "$LINKS_TENANT"
      echo "select count(distinct substr(learn_ref_number, 1, 4)) from learner where learn_ref_number like 'LT%';"
    } | owner_sql) + 1 ))")
  file=$DATA/ILR-$LINKS_UKPRN-leavers-$batch.xml
  log "links: importing $learners synthetic learners (batch LT$batch) into $LINKS_TENANT through $BASE_URL"
  printf '%s\n' "var today = java.time.LocalDate.now(java.time.ZoneId.of(\"Europe/London\"));" \
    "var year = app.waymark.ilr.reader.IlrYear.containing(today).orElse(app.waymark.ilr.reader.IlrYear.newest());" \
    "app.waymark.demo.SyntheticIlrFile.write(java.nio.file.Path.of(\"$file\"), \"$LINKS_UKPRN\", year," \
    "year.firstDay().minusYears(2), today, $learners, ${batch#0}L);" "/exit" >"$DATA/generate-$batch.jsh"
  "$JAVA_HOME/bin/jshell" --class-path target/classes "$DATA/generate-$batch.jsh" >/dev/null
  # This batch's own learner references (WM<n> are the demo's learners): LT, the batch, the number.
  sed -i "s|<LearnRefNumber>WM|<LearnRefNumber>LT$batch|g" "$file"
  answer=$(curl -sS -m 900 --cacert "$DIR/haproxy.crt" -o "$DATA/import-$batch.json" -w '%{http_code}' \
    -H "Authorization: Bearer $LINKS_MIS_TOKEN" -F "file=@$file;type=application/xml" \
    "$BASE_URL/api/v1/ilr-imports" 2>&1) || true
  if [ "${answer:0:1}" != 2 ]; then
    log "links: the import answered $answer: $(head -c 600 "$DATA/import-$batch.json" 2>/dev/null)"
    exit 1
  fi
  log "links: imported: $(head -c 300 "$DATA/import-$batch.json")"
  # A run in progress (picked) cannot be moved: wait for it to end, then ask.
  asked=""
  for _ in $(seq 1 150); do
    asked=$(owner_sql -c "update scheduled_tasks set execution_time = now(), version = version + 1
                           where task_name = 'destination-daily-survey-run' and not picked returning now()")
    [ -n "$asked" ] && break
    sleep 2
  done
  log "links: the daily survey run asked for; waiting for a node to run it"
  for _ in $(seq 1 300); do
    [ "$(owner_sql -c "select count(*) from recurring_job_run where task_name = 'destination-daily-survey-run'
                        and finished_at > '$asked'")" -gt 0 ] && break
    sleep 2
  done
  owner_sql -c "select 'daily survey run on ' || node_name || ': '
                       || round(extract(epoch from finished_at - started_at)::numeric, 1) || ' s'
                       || coalesce(', failed: ' || failure, '')
                  from recurring_job_run where task_name = 'destination-daily-survey-run' and finished_at > '$asked'" \
    | while read -r line; do log "links: $line"; done
  log "links: waiting for the outbox to deliver the invitations"
  for _ in $(seq 1 900); do
    outbox_settled && break
    sleep 2
  done
}

available=$(fresh_count)
log "links: learners send about $links_expected times in all, at most $links_needed (every think 1 s);" \
  "$available open links of earlier batches"
yield_percent=25
for round in 1 2 3 4; do
  [ "$available" -ge "$links_needed" ] && break
  missing=$((links_needed - available))
  # The first batch guesses a quarter of the learners become open links; later ones use what the last one gave.
  learners=$(( missing * 100 / (yield_percent > 0 ? yield_percent : 1) * 11 / 10 + 50 ))
  [ "$learners" -gt 60000 ] && learners=60000
  prepare_leavers "$learners"
  previous=-1
  for _ in $(seq 1 30); do
    now_available=$(fresh_count)
    [ "$now_available" = "$previous" ] && break
    previous=$now_available
    sleep 3
  done
  yield_percent=$(( (now_available - available) * 100 / learners ))
  log "links: batch $round gave $((now_available - available)) open links from $learners learners ($yield_percent%)"
  available=$now_available
done
if [ "$available" -lt "$links_needed" ]; then
  log "links: only $available open links for at most $links_needed sends: learners may run out (the run says so)"
fi
log "links: $available open links prepared for at most $links_needed sends (about $links_expected expected)"
echo "links_needed_at_most=$links_needed links_expected=$links_expected links_prepared=$available" >"$OUT/links.txt"

if [ "$FRESH" = 1 ]; then
  log "restarting the cluster: the nodes hold no sessions and none of the preparation's work (database kept)"
  bench/cluster.sh down >&2
  start_cluster
fi

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

# The open links for the next run ($1: its name) in $DATA/fresh-links-$1.csv, against the most it can send ($2).
fresh_links_for() {
  fresh_links >"$DATA/fresh-links-$1.csv"
  local count=$(($(wc -l <"$DATA/fresh-links-$1.csv") - 1))
  log "$1: $count open survey links for at most $2 sends"
}

# Whether every send the run ($1) confirmed wrote what a send writes: the invitation answered and the learner's
# destination record(s) from the survey. One line per outcome (confirmed; failed: a KO; cut_off: the run's time ended
# between the send and reading its answer), and a warning when a confirmed send wrote nothing.
check_sends() {
  local sends=$OUT/sends-$1.csv
  [ -f "$sends" ] || { echo "sends_check $1: no sends file"; return; }
  [ "$(wc -l <"$sends")" -gt 1 ] || { echo "sends_check $1: no send attempted"; return; }
  owner_sql <<EOF
$(as_tenant "$LINKS_TENANT")
create temp table sent (token text, outcome text);
\copy sent from '$sends' with (format csv, header true)
with answers as (
  select s.outcome, i.status = 'ANSWERED' as answered,
         (select count(*) from destination_record d where d.invitation_id = i.id and d.source = 'SURVEY') as records
    from sent s
    left join survey_link l on l.token_hash = sha256(convert_to(s.token, 'UTF8'))
    left join survey_invitation i on i.tenant_id = l.tenant_id and i.id = l.invitation_id)
select format('sends_check %s %s: %s sends, in the database %s invitations answered, %s with a destination record'
              || ' from the survey (%s records)%s', '$1', outcome, count(*), count(*) filter (where answered),
              count(*) filter (where records > 0), sum(records),
              case when outcome = 'confirmed' and count(*) filter (where answered and records > 0) < count(*)
                   then ' - CONFIRMED SENDS THAT WROTE NOTHING' else '' end)
  from answers group by outcome order by outcome;
EOF
}

if [ "$WARMUP" -gt 0 ]; then
  # The nodes were just started: their JIT has not compiled the request paths yet. Not reported.
  log "warm-up: 20 users for ${WARMUP}s (not reported)"
  fresh_links_for warm-up "$(sends_at_most 20 "$WARMUP")"
  gatling warm-up -Dusers=20 -Dduration="$WARMUP" -Dtimings="$OUT/warm-up.csv" \
    -DfreshLinks="$DATA/fresh-links-warm-up.csv" -Dsends="$OUT/sends-warm-up.csv" >/dev/null
  check_sends warm-up | tee -a "$OUT/sends.txt" >&2
fi

steps=()
for users in $USERS; do
  log "$users users for ${DURATION}s"
  fresh_links_for "users-$users" "$(sends_at_most "$users" "$DURATION")"
  cpu_before=$(cpu_snapshot)
  result=$(gatling "users-$users" -Dusers="$users" -Dduration="$DURATION" -Dtimings="$OUT/timings-$users.csv" \
    -DfreshLinks="$DATA/fresh-links-users-$users.csv" -Dsends="$OUT/sends-users-$users.csv")
  read -r requests ko <<<"$result"
  cpu_report "$cpu_before" "$(cpu_snapshot)" "$users" "$requests" | tee -a "$OUT/cpu.txt"
  echo "sends users=$users $(cat "$OUT/sends-users-$users.csv.summary" 2>/dev/null)" | tee -a "$OUT/sends.txt"
  if ! grep -q 'ran_out=no' "$OUT/sends-users-$users.csv.summary"; then
    log "$users users: THE SURVEY LINKS RAN OUT, learners stopped early: this step measured less load than it says"
  fi
  check_sends "users-$users" | tee -a "$OUT/sends.txt"
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
cat "$OUT/links.txt" "$OUT/sends.txt" | tee -a "$OUT/table.txt"
log "results in $OUT"
if grep -q 'WROTE NOTHING' "$OUT/sends.txt"; then
  log "a send the portal confirmed wrote no destination record: see $OUT/sends.txt"
  exit 1
fi
