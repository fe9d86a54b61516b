--liquibase formatted sql

--changeset waymark:0007-001-recurring-job-runs
-- One row per finished run of a recurring job (the daily survey run, later digests and sweeps), written by the node
-- that ran it, so operators see each job's last runs and why the last failure failed; db-scheduler's own table keeps
-- only the time of the last failure. Platform-level: a run covers every provider; the failure text names providers
-- and the kind of error, never a provider's data.
create table recurring_job_run (
    id          bigint generated always as identity primary key,
    task_name   text not null,
    node_name   text not null,
    started_at  timestamptz not null,
    finished_at timestamptz not null,
    succeeded   boolean not null,
    failure     text,
    constraint recurring_job_run_failure_only_on_failure check (succeeded = (failure is null))
);
create index recurring_job_run_task_idx on recurring_job_run (task_name, finished_at desc);
revoke update, truncate on recurring_job_run from ${app_role};
