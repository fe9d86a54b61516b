#!/usr/bin/env bash
# Jobs across the nodes of bench/cluster.sh (issue 16, part 2): each recurring job runs once per firing across the
# nodes, and keeps running when the node that ran it is killed. Starts a fresh cluster (NODES, default 2) whose
# daily survey run fires every minute at :00 and tracker digest at :30, watches BEFORE firings (default 3), kills
# (kill -9) the node that ran the last daily run, watches AFTER more (default 3), and prints every run of both jobs
# (from recurring_job_run: which node, when), the runs per firing (must be 1) and how long after the kill the next
# run came. Leaves the cluster running; `bench/cluster.sh down --wipe` ends it.
set -euo pipefail
cd "$(dirname "$0")/.."

BEFORE=${BEFORE:-3}
AFTER=${AFTER:-3}
DIR=${CLUSTER_DIR:-/var/tmp/waymark-cluster}
PG_PORT=${PG_PORT:-55432}
export WAYMARK_DAILY_SURVEY_CRON="0 * * * * *" WAYMARK_TRACKER_DIGEST_CRON="30 * * * * *"

sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d waymark -At -F ' ' -c "$1"; }
runs() { sql "select count(*) from recurring_job_run where task_name = 'destination-daily-survey-run'"; }
wait_for_runs() {
  local target=$1
  until [ "$(runs)" -ge "$target" ]; do sleep 5; done
}

bash bench/cluster.sh down --wipe >/dev/null
bash bench/cluster.sh up >/dev/null
start=$(sql "select now()")
base=$(runs)
echo "cluster up; watching $BEFORE daily runs"
wait_for_runs $((base + BEFORE))

victim=$(sql "select node_name from recurring_job_run where task_name = 'destination-daily-survey-run'
              order by finished_at desc limit 1")
pid=$(cat "$DIR/$victim.pid")
killed_at=$(sql "select now()")
kill -9 "$pid"
echo "killed $victim (pid $pid, kill -9) at $killed_at; watching $AFTER more daily runs"
wait_for_runs $((base + BEFORE + AFTER))

echo
echo "runs since the cluster came up (task, node, started, finished, succeeded):"
sql "select task_name, node_name, to_char(started_at, 'HH24:MI:SS.MS'), to_char(finished_at, 'HH24:MI:SS.MS'),
            succeeded
     from recurring_job_run where started_at >= '$start' order by started_at"
echo
echo "runs per firing (a firing is the minute, or the half minute, it was due; more than 1 would be a duplicate):"
sql "select task_name, runs, count(*) as firings from (
       select task_name, date_trunc('minute', started_at) + case when extract(second from started_at) >= 30
              then interval '30 seconds' else interval '0' end as firing, count(*) as runs
       from recurring_job_run where started_at >= '$start' group by 1, 2) f
     group by 1, 2 order by 1, 2"
echo
echo "after the kill: first run of each job, by which node, seconds after the kill:"
sql "select task_name, node_name, round(extract(epoch from started_at - '$killed_at'::timestamptz)::numeric, 1)
     from (select distinct on (task_name) * from recurring_job_run where started_at > '$killed_at'
           order by task_name, started_at) r"
echo
echo "runs by the killed node after the kill (must be none):"
sql "select count(*) from recurring_job_run where node_name = '$victim' and started_at > '$killed_at'"
