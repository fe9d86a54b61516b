--liquibase formatted sql

--changeset waymark:0002-002-ilr-import
create table ilr_import (
    tenant_id      uuid not null references tenant (id),
    id             uuid primary key,
    file_name      text not null,
    ilr_year       text,
    started_by_id  uuid,
    started_by     text not null,
    started_at     timestamptz not null,
    finished_at    timestamptz not null,
    -- Written when an import ends; while it runs, progress lives in memory (a crash leaves the data untouched).
    status         text not null check (status in ('APPLIED', 'REJECTED', 'FAILED')),
    learners_in_file integer not null default 0,
    created        integer not null default 0,
    updated        integer not null default 0,
    unchanged      integer not null default 0,
    -- [{"line":12,"learnRefNumber":"A1","field":"ULN","message":"..."}, ...] (capped)
    problems       jsonb not null default '[]',
    problem_count  integer not null default 0,
    duration_ms    bigint,
    unique (tenant_id, id)
);
create index ilr_import_time_idx on ilr_import (tenant_id, started_at desc);

call enable_tenant_isolation('ilr_import');
