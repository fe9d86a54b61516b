#!/usr/bin/env bash
# Failure injection on the cluster of bench/cluster.sh (issue 16, part 4), with figures. Starts a fresh cluster
# (NODES, default 2) and runs, in order:
#   kill  MESSAGES (10,000) emails queued, delivery under way; once KILL_AT have been sent, kill -9 of the node holding
#         the most deliveries; then counts from the SMTP server's log (each mail carries X-Waymark-Message-Id) and the
#         outbox: lost (must be 0), duplicates (at most the killed node's deliveries in flight), and how long until
#         the survivor sent the killed node's messages and until the queue was empty.
#   smtp  MESSAGES more queued; once KILL_AT have been sent the SMTP server is stopped for SMTP_DOWN seconds (120),
#         then started again: lost, duplicates, whether the portal stayed up through HAProxy, attempts per
#         message, the attempt times of SAMPLE messages (from the outbox, polled every second), and the time to
#         drain once the server was back.
#   sms   SMS_MESSAGES (2,000) SMS queued; once SMS_FAIL_AT (a quarter) are sent the Vonage stub answers 500 for
#         FAIL500 s (45), then 429 for FAIL429 s (45), then OK again: lost, duplicates, requests by answer, the gaps
#         between a message's attempts against RetryPolicy's backoff, the most requests the stub received in any 1 s
#         window against the shared limit (VONAGE_REQUESTS_PER_SECOND, 30), and the time to drain after recovery.
#         Every figure but the outbox's comes from the stub's own request log.
#   pg    an ILR file of ILR_LEARNERS (50,000) learners for the Riverside demo provider, generated with the
#         portal's SyntheticIlrFile (from target/classes, by jshell), is posted through HAProxy to the portal's own
#         import API (POST /api/v1/ilr-imports, the demo MIS token); RESTART_AFTER (4) s after the import took its
#         lock, or once its connection runs a statement containing RESTART_AT_STATEMENT (e.g. 'insert into
#         learning_delivery select', the apply phase), PostgreSQL is restarted (pg_ctl restart -m fast): the import's answer and report, the learner tables'
#         row counts before and after, and how long until every node is healthy and a staff sign-in works.
#   users Playwright (ClusterFailoverBrowserBenchmark) through HAProxy: a staff member signs in and saves a learner's
#         address; the node holding the session is killed with SIGKILL; the page is reloaded until the survivor
#         answers, the user signs in again and finds the address: the times from the kill.
#   failover  (decision 0069) for each of FAILOVER_MODES ("sync async"), a fresh cluster with a streaming standby
#         (STANDBY=1, REPLICATION=<mode>); with FAILOVER_MESSAGES (3,000) emails being delivered, psql committing
#         numbered rows one by one (each acknowledged row logged) and an MIS posting a small ILR file
#         (FAILOVER_LEARNERS, 5) to the import API through HAProxy over and over, kill -9 of the primary's
#         postmaster once a quarter of the emails are sent; then `bench/cluster.sh pg promote`. Prints the promotion
#         time, the seconds from the kill until every node is healthy, until a staff sign-in works, until deliveries
#         resume and until the queue is empty; lost and duplicated emails; acknowledged rows and imports missing on
#         the promoted server.
#   bench/cluster-failures.sh                                   kill and smtp, then the table
#   bench/cluster-failures.sh kill|smtp|sms|pg|users|failover   one of them
# Messages are queued with the SQL of Outbox.queueAll and MessageDeliveryTask.scheduleAll (an outbox row and a
# db-scheduler execution per message, one transaction), for the first demo tenant. Leaves the cluster running;
# `bench/cluster.sh down --wipe` ends it. Ports and directory come from the environment as for bench/cluster.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export LC_ALL=C  # one sort order for sort and comm

MESSAGES=${MESSAGES:-10000}
KILL_AT=${KILL_AT:-$((MESSAGES / 4))}
SMTP_DOWN=${SMTP_DOWN:-120}
SAMPLE=${SAMPLE:-3}
SMS_MESSAGES=${SMS_MESSAGES:-2000}
SMS_FAIL_AT=${SMS_FAIL_AT:-$((SMS_MESSAGES / 4))}
FAIL500=${FAIL500:-45}
FAIL429=${FAIL429:-45}
VONAGE_REQUESTS_PER_SECOND=${VONAGE_REQUESTS_PER_SECOND:-30}
ILR_LEARNERS=${ILR_LEARNERS:-50000}
RESTART_AFTER=${RESTART_AFTER:-4}
RESTART_AT_STATEMENT=${RESTART_AT_STATEMENT:-}
# The Riverside demo provider: its UKPRN, its demo API token and a staff member (DemoDataSeeder, README).
ILR_TENANT=riverside
ILR_UKPRN=10004567
ILR_TOKEN=wm_demo_riverside_ilr_upload_2026
SIGN_IN_EMAIL=admin@riverside.example
SIGN_IN_PASSWORD=${WAYMARK_DEMO_PASSWORD:-Waymark-demo-2026}
NODES=${NODES:-2}
FIRST_NODE_PORT=${FIRST_NODE_PORT:-18081}
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
DIR=${CLUSTER_DIR:-/var/tmp/waymark-cluster}
PG_PORT=${PG_PORT:-55432}
HTTP_PORT=${HTTP_PORT:-8088}
# Where people and the MIS open the portal (HAProxy's TLS frontend under prod), and the certificate to trust for it;
# health checks go to HAProxy's plain frontend and the nodes, as HAProxy's own checks do.
portal_url() { bash bench/cluster.sh url; }
# curl's options to trust the cluster's self-signed certificate (none when it runs on plain HTTP under demo).
portal_tls() {
  if [ -f "$DIR/haproxy.crt" ]; then printf '%s\n' --cacert "$DIR/haproxy.crt"; fi
}
WHAT=${1:-all}
WORK=$DIR/failures
RESULTS=()

# The primary: the first server, or the promoted standby once the failover test has promoted it.
DB_PORT=$PG_PORT
sql() { psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d waymark -v ON_ERROR_STOP=1 -At -F ' ' -c "$1"; }
log() { printf '%s failures: %s\n' "$(date +%H:%M:%S)" "$*"; }
result() { RESULTS+=("$1|$2|$3"); }

# Queues $2 emails (or, with $3 = SMS, texts) whose purpose starts with $1, as Outbox.queueAll does, and their
# deliveries as scheduleAll does (task data is the tenant id as JSON, db-scheduler's default priority), in one
# transaction: committing starts them. An SMS goes to a number of Ofcom's drama range and its text is its purpose, so
# the Vonage stub's log names the message of each request.
queue() {
  local run=$1 count=$2 channel=${3:-EMAIL} tenant
  tenant=$(sql "select id from tenant order by slug limit 1")
  sql "begin;
       create temp table queued on commit drop as
         select gen_random_uuid() as id, '$run-' || i as purpose,
                case '$channel' when 'SMS' then '+447700900' || lpad((i % 1000)::text, 3, '0')
                     else 'learner' || i || '@failures.example' end as recipient
         from generate_series(1, $count) i;
       insert into outbox_message (tenant_id, id, idempotency_key, purpose, kind, channel, recipient, subject,
           body_text, status, attempts, next_attempt_at, created_at, created_by)
         select '$tenant', id, purpose || '|$channel|' || recipient, purpose, 'failure-test', '$channel', recipient,
             case '$channel' when 'SMS' then null else 'Failure test ' || purpose end,
             case '$channel' when 'SMS' then purpose else 'A message of the failure test ' || purpose || '.' end,
             'QUEUED', 0, now(), now(), 'Waymark (system)'
         from queued;
       insert into scheduled_tasks (task_name, task_instance, task_data, execution_time, picked, version, priority)
         select 'deliver-message', id::text, convert_to('\"$tenant\"', 'UTF8'), now(), false, 1, 50 from queued;
       commit;" >/dev/null
}

count_of() { sql "select count(*) from outbox_message where purpose like '$1-%' $2"; }
pending() { sql "select count(*) from outbox_message o where purpose like '$1-%'
                 and (status in ('QUEUED', 'SENDING') or exists (select 1 from scheduled_tasks t
                      where t.task_name = 'deliver-message' and t.task_instance = o.id::text))"; }
now_db() { sql "select clock_timestamp()"; }
seconds_between() { sql "select round(extract(epoch from '$2'::timestamptz - '$1'::timestamptz)::numeric, 1)"; }

wait_until_sent() {
  local run=$1 target=$2
  until [ "$(count_of "$run" "and status = 'SENT'")" -ge "$target" ]; do sleep 0.2; done
}

wait_until_drained() {
  local run=$1 limit=$2 waited=0
  until [ "$(pending "$run")" = 0 ]; do
    if [ "$waited" -ge "$limit" ]; then
      log "$run: still $(pending "$run") messages pending after ${limit} s"
      return 1
    fi
    sleep 1
    waited=$((waited + 1))
  done
}

# Lost and duplicated messages of a run, from the SMTP server's own log against the outbox.
check_mail() {
  local run=$1
  sql "select id from outbox_message where purpose like '$run-%' order by 1" | sort >"$WORK/$run.queued"
  # smtpd prints each line of a mail as a Python bytes literal: b'X-Waymark-Message-Id: <uuid>'
  { grep -ao "X-Waymark-Message-Id: [0-9a-f-]*" "$DIR/smtp.log" || true; } | awk '{print $2}' | sort \
    >"$WORK/received.all"
  sort -u "$WORK/received.all" | comm -12 - "$WORK/$run.queued" >"$WORK/$run.received"
  uniq -d "$WORK/received.all" | comm -12 - "$WORK/$run.queued" >"$WORK/$run.duplicated"
  LOST=$(comm -23 "$WORK/$run.queued" "$WORK/$run.received" | wc -l)
  DUPLICATES=$(wc -l <"$WORK/$run.duplicated")
  RECEIVED=$(wc -l <"$WORK/$run.received")
  NOT_SENT=$(count_of "$run" "and status <> 'SENT'")
}

kill_test() {
  local run=kill$$ started killed victim pid in_flight sending drained first_resent last_resent
  log "kill: queuing $MESSAGES emails; kill -9 once $KILL_AT are sent"
  started=$(now_db)
  queue "$run" "$MESSAGES"
  wait_until_sent "$run" "$KILL_AT"
  victim=$(sql "select picked_by from scheduled_tasks where task_name = 'deliver-message' and picked
                group by 1 order by count(*) desc limit 1")
  pid=$(cat "$DIR/$victim.pid")
  kill -9 "$pid"
  killed=$(now_db)
  # The dead node updates nothing any more: what it had picked is exactly what was in flight at the kill.
  sql "select task_instance from scheduled_tasks where task_name = 'deliver-message' and picked_by = '$victim'
       order by 1" | sort >"$WORK/$run.in-flight"
  in_flight=$(wc -l <"$WORK/$run.in-flight")
  sending=$(sql "select count(*) from outbox_message where id::text in ($(sed "s/.*/'&'/" "$WORK/$run.in-flight" \
            | paste -sd, | sed 's/^$/null/')) and status = 'SENDING'")
  log "kill: killed $victim (pid $pid) at $killed with $(count_of "$run" "and status = 'SENT'") sent;" \
      "$in_flight deliveries picked by it, $sending of them SENDING"
  wait_until_drained "$run" 900 || true
  drained=$(now_db)
  first_resent=$(sql "select min(sent_at) from outbox_message where id::text in
                      ($(sed "s/.*/'&'/" "$WORK/$run.in-flight" | paste -sd, | sed 's/^$/null/')) and sent_at > '$killed'")
  last_resent=$(sql "select max(sent_at) from outbox_message where id::text in
                     ($(sed "s/.*/'&'/" "$WORK/$run.in-flight" | paste -sd, | sed 's/^$/null/')) and sent_at > '$killed'")
  check_mail "$run"
  local extra_duplicates
  extra_duplicates=$(comm -23 "$WORK/$run.duplicated" "$WORK/$run.in-flight" | wc -l)
  result "kill -9" "messages queued / received by SMTP / not SENT in outbox" "$MESSAGES / $RECEIVED / $NOT_SENT"
  result "kill -9" "lost (queued, never received)" "$LOST"
  result "kill -9" "node killed; sent before the kill" "$victim; $(sql "select count(*) from outbox_message
      where purpose like '$run-%' and sent_at <= '$killed'")"
  result "kill -9" "in flight on the killed node (picked / SENDING)" "$in_flight / $sending"
  result "kill -9" "duplicates (received twice) / of them not in flight" "$DUPLICATES / $extra_duplicates"
  result "kill -9" "sent after the kill by the survivor" "$(sql "select count(*) from outbox_message
      where purpose like '$run-%' and sent_at > '$killed'")"
  result "kill -9" "kill -> first in-flight message sent by survivor" \
      "${first_resent:+$(seconds_between "$killed" "$first_resent") s}"
  result "kill -9" "kill -> last in-flight message sent" "${last_resent:+$(seconds_between "$killed" "$last_resent") s}"
  result "kill -9" "kill -> queue empty; queued -> queue empty" \
      "$(seconds_between "$killed" "$drained") s; $(seconds_between "$started" "$drained") s"
}

smtp_test() {
  local run=smtp$$ started stopped restarted drained sample sampler
  log "smtp: both nodes up, queuing $MESSAGES emails; SMTP stopped for $SMTP_DOWN s once $KILL_AT are sent"
  bash bench/cluster.sh up >/dev/null
  started=$(now_db)
  queue "$run" "$MESSAGES"
  wait_until_sent "$run" "$KILL_AT"
  bash bench/cluster.sh smtp stop >/dev/null
  stopped=$(now_db)
  log "smtp: SMTP stopped at $stopped"
  # Messages queued and not yet tried when the server stopped: each of them fails from its first attempt.
  sample=$(sql "select string_agg(quote_literal(id::text), ',') from (select id from outbox_message
                where purpose like '$run-%' and status = 'QUEUED' and attempts = 0 order by random() limit $SAMPLE) s")
  : >"$WORK/$run.attempts"
  : >"$WORK/$run.portal"
  (while :; do
     sql "select to_char(clock_timestamp(), 'HH24:MI:SS'), id, attempts, status,
                 coalesce(to_char(next_attempt_at, 'HH24:MI:SS'), '-')
          from outbox_message where id::text in ($sample)" >>"$WORK/$run.attempts" || true
     curl -s -o /dev/null -m 2 -w '%{http_code}\n' "http://127.0.0.1:$HTTP_PORT/actuator/health" \
       >>"$WORK/$run.portal" || true
     sleep 1
   done) &
  sampler=$!
  sleep "$SMTP_DOWN"
  bash bench/cluster.sh smtp start >/dev/null
  restarted=$(now_db)
  log "smtp: SMTP started again at $restarted; waiting for the queue to drain"
  wait_until_drained "$run" 1800 || true
  drained=$(now_db)
  kill "$sampler"
  wait "$sampler" 2>/dev/null || true
  check_mail "$run"
  result "SMTP down" "messages queued / received by SMTP / not SENT in outbox" "$MESSAGES / $RECEIVED / $NOT_SENT"
  result "SMTP down" "lost (queued, never received) / dead-lettered" \
      "$LOST / $(count_of "$run" "and status = 'DEAD_LETTERED'")"
  result "SMTP down" "duplicates (received twice)" "$DUPLICATES"
  result "SMTP down" "portal health through HAProxy, polled each second until drained: answers not 200" \
      "$(grep -vc '^200$' "$WORK/$run.portal" || true) of $(wc -l <"$WORK/$run.portal")"
  result "SMTP down" "sent before the stop; server down for" "$(sql "select count(*) from outbox_message
      where purpose like '$run-%' and sent_at <= '$stopped'"); $(seconds_between "$stopped" "$restarted") s"
  result "SMTP down" "messages by attempts needed" "$(sql "select string_agg(attempts || ' attempts: ' || n, ', '
      order by attempts) from (select attempts, count(*) n from outbox_message where purpose like '$run-%'
      group by 1) a")"
  result "SMTP down" "server back -> first sent; -> queue empty" "$(seconds_between "$restarted" "$(sql "select
      min(sent_at) from outbox_message where purpose like '$run-%' and sent_at > '$restarted'")") s;
      $(seconds_between "$restarted" "$drained") s"
  echo
  echo "SMTP down: attempts of $SAMPLE messages queued and untried when the server stopped at" \
       "$(sql "select to_char('$stopped'::timestamptz, 'HH24:MI:SS')"), back at" \
       "$(sql "select to_char('$restarted'::timestamptz, 'HH24:MI:SS')") (outbox polled every second):"
  # The first poll that shows a new attempt count is when that attempt started (to the second).
  awk '{ key = $2 " " $3 " " $4 } !(key in seen) { seen[key] = 1
         printf "  %s  attempt %s seen at %s, status %s, next attempt planned %s\n", substr($2, 1, 8), $3, $1, $4, $5 }' \
      "$WORK/$run.attempts" | sort -s -k1,1
}

sms_test() {
  local run=sms$$ started failing throttled recovered drained
  log "sms: queuing $SMS_MESSAGES SMS; once $SMS_FAIL_AT are sent Vonage answers 500 for $FAIL500 s, 429 for $FAIL429 s"
  bash bench/cluster.sh sms ok >/dev/null
  started=$(now_db)
  queue "$run" "$SMS_MESSAGES" SMS
  wait_until_sent "$run" "$SMS_FAIL_AT"
  bash bench/cluster.sh sms fail500 >/dev/null
  failing=$(now_db)
  log "sms: Vonage stub answers 500 from $failing"
  sleep "$FAIL500"
  bash bench/cluster.sh sms fail429 >/dev/null
  throttled=$(now_db)
  log "sms: Vonage stub answers 429 from $throttled"
  sleep "$FAIL429"
  bash bench/cluster.sh sms ok >/dev/null
  recovered=$(now_db)
  log "sms: Vonage stub answers OK again from $recovered; waiting for the queue to drain"
  wait_until_drained "$run" 1800 || true
  drained=$(now_db)
  sql "select purpose from outbox_message where purpose like '$run-%'" >"$WORK/$run.queued"
  grep -a " $run-[0-9]*\$" "$DIR/vonage.log" >"$WORK/$run.requests" || true
  NOT_SENT=$(count_of "$run" "and status <> 'SENT'")
  result "Vonage 500/429" "SMS queued; stub answered 500 for / 429 for" \
      "$SMS_MESSAGES; $(seconds_between "$failing" "$throttled") s / $(seconds_between "$throttled" "$recovered") s"
  result "Vonage 500/429" "not SENT in outbox / dead-lettered / failed" "$NOT_SENT /
      $(count_of "$run" "and status = 'DEAD_LETTERED'") / $(count_of "$run" "and status = 'FAILED'")"
  result "Vonage 500/429" "messages by attempts needed (outbox)" "$(sql "select string_agg(attempts || ': ' || n,
      ', ' order by attempts) from (select attempts, count(*) n from outbox_message where purpose like '$run-%'
      group by 1) a")"
  # Lost, duplicates, answers, backoff and rate from the stub's own log (see bench/vonage-stub.py for its lines).
  while IFS= read -r line; do RESULTS+=("Vonage 500/429|$line"); done < <(python3 bench/vonage-requests.py \
      "$WORK/$run.queued" "$WORK/$run.requests" "$VONAGE_REQUESTS_PER_SECOND" \
      "$(sql "select extract(epoch from '$recovered'::timestamptz)")")
  result "Vonage 500/429" "stub OK again -> queue empty in outbox; queued -> queue empty" \
      "$(seconds_between "$recovered" "$drained") s; $(seconds_between "$started" "$drained") s"
}

# The learner tables an ILR import writes, counted over all providers (postgres is superuser: no row security).
ilr_rows() {
  sql "select (select count(*) from learner) || ' / ' || (select count(*) from learning_delivery) || ' / '
          || (select count(*) from employment_status) || ' / ' || (select count(*) from learner_fam) || ' / '
          || (select count(*) from learner_contact_preference)"
}

# The import of provider $1 (slug) holds its lock (IlrImportService's pg_try_advisory_xact_lock) from its
# transaction's first statement to its end: the backends holding it, and what each runs or last ran.
import_lock_holders() {
  sql "select a.state, left(regexp_replace(a.query, '\s+', ' ', 'g'), 80) from pg_locks l
       join pg_stat_activity a on a.pid = l.pid, (select hashtextextended('ilr-import:' || id, 0) as k from tenant
       where slug = '$1') t where l.locktype = 'advisory' and l.granted and l.objsubid = 1
       and l.classid::bigint = (t.k >> 32) & 4294967295 and l.objid::bigint = t.k & 4294967295"
}

# Seconds from $1 (epoch, date +%s.%N) until every node and HAProxy answer health 200 and a staff sign-in through
# HAProxy succeeds; prints "<all nodes healthy> <sign-in>".
wait_recovered() {
  local since=$1 healthy="" signed_in="" n port token
  while [ -z "$healthy" ] || [ -z "$signed_in" ]; do
    if [ -z "$healthy" ]; then
      healthy=$(date +%s.%N)
      for n in $(seq 1 "$NODES"); do
        port=$((FIRST_NODE_PORT + n - 1))
        curl -fsS -o /dev/null -m 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null || healthy=""
      done
      curl -fsS -o /dev/null -m 2 "http://127.0.0.1:$HTTP_PORT/actuator/health" 2>/dev/null || healthy=""
    fi
    if [ -z "$signed_in" ] && sign_in; then
      signed_in=$(date +%s.%N)
    fi
    [ -n "$healthy" ] && [ -n "$signed_in" ] || sleep 0.5
    if [ "$(echo "$(date +%s) - $since > 600" | bc)" = 1 ]; then
      log "pg: not recovered after 600 s"
      break
    fi
  done
  echo "$(echo "${healthy:-$since} - $since" | bc) $(echo "${signed_in:-$since} - $since" | bc)"
}

# A staff member of Riverside signs in through HAProxy with the login form (its CSRF token from the page's meta tag);
# success is Spring Security's redirect to the portal, failure its redirect to /login?error.
sign_in() {
  local jar=$WORK/sign-in.cookies token
  rm -f "$jar"
  portal=$(portal_url)
  token=$(curl -fsS -m 5 $(portal_tls) -c "$jar" -b "$jar" "$portal/login" 2>/dev/null \
          | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//') || return 1
  [ -n "$token" ] || return 1
  [ "$(curl -sS -m 5 $(portal_tls) -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
       -H "Origin: $portal" \
       --data-urlencode "username=$SIGN_IN_EMAIL" --data-urlencode "password=$SIGN_IN_PASSWORD" \
       --data-urlencode "_csrf=$token" "$portal/login" 2>/dev/null)" \
    = "302 $portal/" ]
}

# Writes an ILR file ($1) of $2 learners for the provider, from seed $3, with the portal's own SyntheticIlrFile.
generate_ilr() {
  printf '%s\n' "app.waymark.demo.SyntheticIlrFile.write(java.nio.file.Path.of(\"$1\"), \"$ILR_UKPRN\"," \
    "app.waymark.ilr.reader.IlrYear.Y2025_26, $2, $3L);" "/exit" >"$WORK/generate.jsh"
  "$JAVA_HOME/bin/jshell" --class-path target/classes "$WORK/generate.jsh" >/dev/null
}

# Posts an ILR file ($1) to the import API through HAProxy; prints "<HTTP status> <seconds>", the report in $2.
post_ilr() {
  curl -sS -m 600 $(portal_tls) -o "$2" -w '%{http_code} %{time_total}\n' -H "Authorization: Bearer $ILR_TOKEN" \
    -F "file=@$1;type=application/xml" "$(portal_url)/api/v1/ilr-imports" 2>&1
}

pg_test() {
  local file=$WORK/ILR-$ILR_UKPRN-2526-failures.xml before after imports_before curl_pid restart_at locked answer n
  local recovered status again added running_query
  log "pg: generating an ILR file of $ILR_LEARNERS learners for UKPRN $ILR_UKPRN (SyntheticIlrFile, target/classes)"
  generate_ilr "$file" "$ILR_LEARNERS" 16
  generate_ilr "$WORK/ILR-$ILR_UKPRN-2526-after.xml" 500 17
  before=$(ilr_rows)
  imports_before=$(sql "select count(*) from ilr_import")
  sign_in || { log "pg: the sign-in does not work before the test"; exit 1; }
  log "pg: importing $(du -m "$file" | cut -f1) MB through HAProxy (POST /api/v1/ilr-imports, the demo MIS token)"
  post_ilr "$file" "$WORK/import.json" >"$WORK/import.status" &
  curl_pid=$!
  until [ -n "$(import_lock_holders "$ILR_TENANT")" ]; do
    kill -0 "$curl_pid" 2>/dev/null || { log "pg: the import ended before it was seen running"; break; }
    sleep 0.1
  done
  locked=$(date +%s.%N)
  if [ -n "$RESTART_AT_STATEMENT" ]; then
    until running_query=$(import_lock_holders "$ILR_TENANT"); [[ "$running_query" == *"$RESTART_AT_STATEMENT"* ]] \
          || [ -z "$running_query" ]; do
      :
    done
  else
    sleep "$RESTART_AFTER"
    running_query=$(import_lock_holders "$ILR_TENANT")
  fi
  restart_at=$(date +%s.%N)
  log "pg: restarting PostgreSQL (pg_ctl restart -m fast) $(printf '%.1f' "$(echo "$restart_at - $locked" | bc)") s" \
      "into the import"
  bash bench/cluster.sh pg restart >/dev/null
  local restart_took
  restart_took=$(printf '%.2f' "$(echo "$(date +%s.%N) - $restart_at" | bc)")
  wait "$curl_pid" || true
  answer=$(cat "$WORK/import.status")
  recovered=$(wait_recovered "$restart_at")
  after=$(ilr_rows)
  status=$(sql "select status || ': ' || coalesce(problems::text, '') from ilr_import order by started_at desc limit 1")
  added=$(($(sql "select count(*) from ilr_import") - imports_before))
  again=$(post_ilr "$WORK/ILR-$ILR_UKPRN-2526-after.xml" "$WORK/import-after.json")
  result "PostgreSQL restart" "ILR file; import running when PostgreSQL was restarted" \
      "$ILR_LEARNERS learners, $(du -m "$file" | cut -f1) MB; $(printf '%.1f' "$(echo "$restart_at - $locked" \
      | bc)") s after it took its lock (restart took $restart_took s)"
  result "PostgreSQL restart" "the import's connection just before the restart (state, statement)" \
      "${running_query:-not running any more}"
  result "PostgreSQL restart" "import's HTTP answer (status, seconds)" "$answer"
  result "PostgreSQL restart" "import's report status" "$(python3 -c 'import json,sys
try: r = json.load(open(sys.argv[1])); print(r.get("status"), "-", (r.get("problems") or [{}])[0].get("message"))
except Exception as e: print("no report:", open(sys.argv[1]).read()[:200])' "$WORK/import.json")"
  result "PostgreSQL restart" "ilr_import rows added; the newest" "$added;
      $(echo "$status" | cut -c1-160)"
  result "PostgreSQL restart" "learner / learning_delivery / employment_status / learner_fam / contact preference rows
      before" "$before"
  result "PostgreSQL restart" "the same after" "$after$([ "$before" = "$after" ] && echo ' (unchanged)' \
      || echo ' (CHANGED)')"
  result "PostgreSQL restart" "nodes logging the import's failure" "$(for n in $(seq 1 "$NODES"); do
      grep -c 'ILR import of .* failed and was rolled back' "$DIR/node$n.log" | sed "s/^/node$n: /"; done | paste -sd,)"
  result "PostgreSQL restart" "then an import of 500 learners: HTTP answer (status, seconds); report" "$again;
      $(python3 -c 'import json,sys; r = json.load(open(sys.argv[1])); print(r.get("status"), r.get("created"),
      "created,", r.get("updated"), "updated")' "$WORK/import-after.json" 2>/dev/null || head -c 200 "$WORK/import-after.json")"
  result "PostgreSQL restart" "restart -> all nodes and HAProxy healthy; -> a staff sign-in through HAProxy works" \
      "$(echo "$recovered" | awk '{printf "%.1f s; %.1f s", $1, $2}')"
}

FAILOVER_MODES=${FAILOVER_MODES:-sync async}
FAILOVER_MESSAGES=${FAILOVER_MESSAGES:-3000}
FAILOVER_LEARNERS=${FAILOVER_LEARNERS:-5}
STANDBY_PORT=${STANDBY_PORT:-55433}

# Commits numbered rows into failover_ack (database postgres) one transaction each, through one psql session, and
# logs "ack <n>" once the commit of row n has been acknowledged; it stops when its server goes away.
start_acknowledged_writes() {
  psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
    -c "create table failover_ack (n bigint primary key, at timestamptz not null default clock_timestamp())"
  (seq 1 100000000 | sed 's/.*/insert into failover_ack (n) values (&);\n\\echo ack &/' \
     | psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 >"$WORK/ack.log" 2>&1 || true) &
  ACK_WRITER=$!
}

# An MIS posting the same small ILR file through HAProxy over and over until $WORK/imports.stop exists; one line per
# answer: "<HTTP status> <import id or ->".
start_portal_writes() {
  rm -f "$WORK/imports.stop"
  : >"$WORK/imports.log"
  (while [ ! -f "$WORK/imports.stop" ]; do
     code=$(post_ilr "$WORK/ILR-$ILR_UKPRN-2526-steady.xml" "$WORK/steady.json" | awk '{print $1}')
     id=$(python3 -c 'import json,sys
try: print(json.load(open(sys.argv[1])).get("id") or "-")
except Exception: print("-")' "$WORK/steady.json" 2>/dev/null)
     echo "$(date +%s.%N) $code $id" >>"$WORK/imports.log"
     [ "$code" = 200 ] || sleep 0.2
   done) &
  PORTAL_WRITER=$!
}

failover_run() {
  local mode=$1 run started killed promoted drained pid replication promotion_out promotion last_ack kept max_kept
  local recovered first_sent acknowledged missing refused switch_lsn beyond ack_rate
  run=failover$mode$$
  log "failover ($mode): a fresh cluster with a $mode standby"
  bash bench/cluster.sh down --wipe >/dev/null
  STANDBY=1 REPLICATION=$mode bash bench/cluster.sh up >/dev/null
  mkdir -p "$WORK"
  DB_PORT=$PG_PORT
  sign_in || { log "failover: the sign-in does not work before the test"; exit 1; }
  generate_ilr "$WORK/ILR-$ILR_UKPRN-2526-steady.xml" \
      "$FAILOVER_LEARNERS" 18
  start_acknowledged_writes
  start_portal_writes
  started=$(now_db)
  queue "$run" "$FAILOVER_MESSAGES"
  wait_until_sent "$run" "$((FAILOVER_MESSAGES / 4))"
  replication=$(sql "select sync_state || ', ' || pg_wal_lsn_diff(pg_current_wal_lsn(), replay_lsn) || ' bytes not
      replayed, replay lag ' || coalesce(replay_lag::text, '0') from pg_stat_replication")
  pid=$(head -1 "$DIR/pg/postmaster.pid")
  kill -9 "$pid"
  killed=$(date +%s.%N)
  log "failover ($mode): killed the primary's postmaster (pid $pid); $replication"
  promotion_out=$(bash bench/cluster.sh pg promote)
  promotion=$(echo "$promotion_out" | sed -n 's/^promotion_seconds=//p')
  promoted=$(date +%s.%N)
  DB_PORT=$STANDBY_PORT
  log "failover ($mode): promoted in $promotion s"
  wait "$ACK_WRITER" || true
  last_ack=$(grep -o '^ack [0-9]*' "$WORK/ack.log" | tail -1 | awk '{print $2}')
  last_ack=${last_ack:-0}
  kept=$(psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -At -c "select count(*) from failover_ack
      where n <= $last_ack")
  max_kept=$(psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -At -c "select coalesce(max(n), 0)
      from failover_ack")
  # The WAL the old primary wrote after the point where the promoted server's timeline begins: what it never got.
  switch_lsn=$(awk 'NF >= 2 {lsn = $2} END {print lsn}' "$DIR"/standby/pg_wal/*.history)
  "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)/pg_waldump" -p "$DIR/pg/pg_wal" -s "$switch_lsn" \
    >"$WORK/$run.beyond" 2>&1 || true
  beyond="$(grep -c '^rmgr:' "$WORK/$run.beyond" || true) records, $(grep -c 'desc: COMMIT' "$WORK/$run.beyond" \
      || true) commits"
  ack_rate=$(psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres -At -c "select round(count(*)
      / nullif(extract(epoch from max(at) - min(at)), 0)) from failover_ack")
  recovered=$(wait_recovered "$killed")
  wait_until_drained "$run" 900 || true
  drained=$(date +%s.%N)
  touch "$WORK/imports.stop"
  wait "$PORTAL_WRITER" || true
  first_sent=$(sql "select extract(epoch from min(sent_at)) from outbox_message where purpose like '$run-%'
      and sent_at > to_timestamp($promoted)")
  awk -v k="$killed" '$2 == 200 && $1 < k {print $3}' "$WORK/imports.log" | sort -u >"$WORK/$run.acknowledged"
  acknowledged=$(wc -l <"$WORK/$run.acknowledged")
  sql "select id from ilr_import where status = 'APPLIED' order by 1" | sort >"$WORK/$run.applied"
  missing=$(comm -23 "$WORK/$run.acknowledged" "$WORK/$run.applied" | wc -l)
  refused=$(awk -v k="$killed" '$1 >= k && $2 != 200' "$WORK/imports.log" | wc -l)
  check_mail "$run"
  local label="failover, $mode"
  result "$label" "replication at the kill (state, bytes not replayed, replay lag)" "$replication"
  result "$label" "promotion (pg_ctl promote -w)" "$promotion s"
  result "$label" "kill -> all nodes and HAProxy healthy; -> a staff sign-in through HAProxy works" \
      "$(echo "$recovered" | awk '{printf "%.1f s; %.1f s", $1, $2}')"
  result "$label" "kill -> first email sent by the promoted server; -> queue empty" \
      "$(echo "${first_sent:-$killed} - $killed" | bc | xargs printf '%.1f') s; $(echo "$drained - $killed" | bc \
      | xargs printf '%.1f') s"
  result "$label" "emails queued / received by SMTP / not SENT in outbox" \
      "$FAILOVER_MESSAGES / $RECEIVED / $NOT_SENT"
  result "$label" "emails lost / duplicated" "$LOST / $DUPLICATES"
  result "$label" "only in the old primary's WAL, beyond the promoted server's switch point ($switch_lsn)" "$beyond"
  result "$label" "psql rows: acknowledged before the kill / missing on the promoted server / rows it has" \
      "$last_ack / $((last_ack - kept)) / $max_kept"
  result "$label" "psql commits per second, one session, before the kill (the primary's wait for the standby)" \
      "$ack_rate"
  result "$label" "ILR imports through HAProxy: acknowledged (200) before the kill / missing on the promoted
      server / answers not 200 from the kill on / 200s after it" \
      "$acknowledged / $missing / $refused / $(awk -v k="$killed" '$1 >= k && $2 == 200' "$WORK/imports.log" | wc -l)"
  # What the old primary had flushed beyond the standby is in its WAL; the table shows what the promoted one kept.
  log "failover ($mode): done; emails lost $LOST, duplicated $DUPLICATES, acknowledged rows missing $((last_ack - kept))"
}

failover_test() {
  local mode
  for mode in $FAILOVER_MODES; do
    failover_run "$mode"
  done
}

users_test() {
  log "users: a staff member signs in through HAProxy and saves; the node holding the session is killed"
  ./mvnw -o -B -q -ntp test -Dtest=ClusterFailoverBrowserBenchmark -Dsurefire.excludedGroups= \
    -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.jvm.args="-Xmx1g -Dbench.base-url=$(portal_url) \
    -Dbench.cluster-dir=$DIR -Dbench.pg-port=$PG_PORT -Dbench.password=$SIGN_IN_PASSWORD" >"$WORK/users.log" 2>&1 \
    || log "users: the browser journey failed: see $WORK/users.log and target/surefire-reports"
  while IFS= read -r line; do RESULTS+=("Users on a killed node|$line"); done \
    < <(sed -n 's/^failover | //p' "$WORK/users.log")
}

if [ "$WHAT" = failover ]; then
  mkdir -p "$WORK"  # each run of the failover test starts its own cluster, with a standby
else
  bash bench/cluster.sh down --wipe >/dev/null
  bash bench/cluster.sh up >/dev/null
  mkdir -p "$WORK"
  log "cluster up: $(bash bench/cluster.sh status | grep -c '^node.* up') nodes"
fi
case "$WHAT" in
  kill) kill_test ;;
  smtp) smtp_test ;;
  sms) sms_test ;;
  pg) pg_test ;;
  users) users_test ;;
  failover) failover_test ;;
  all) kill_test; smtp_test ;;
  *) echo "usage: $0 [all | kill | smtp | sms | pg | users | failover]" >&2; exit 2 ;;
esac

echo
echo "test | measure | figure"
for row in "${RESULTS[@]}"; do
  echo "$row" | tr -s ' \n' ' ' | sed 's/|/ | /g'
  echo
done
