--liquibase formatted sql

--changeset waymark:0023-001-restart-participant
-- DWP Restart participants: referred by DWP, not in the ILR (decision 0037).
create table restart_participant (
    tenant_id                  uuid not null references tenant (id),
    id                         uuid primary key,
    number                     bigint not null,
    given_names                text not null,
    family_name                text not null,
    date_of_birth              date not null,
    national_insurance_number  text not null,
    benefit                    text not null check (benefit in ('UC', 'JSA')),
    referral_date              date not null,
    email                      text,
    mobile                     text,
    address_line_1             text,
    postcode                   text,
    work_coach_id              uuid,
    start_date                 date,
    end_date                   date,
    -- "Make activity mandatory": only a supervisor sets it
    activity_mandatory         boolean not null default false,
    sanction_status            text not null default 'NOT_UNDER_SANCTION'
        check (sanction_status in ('NOT_UNDER_SANCTION', 'PENDING_FAILURE_TO_ATTEND', 'UNDER_SANCTION_FAILURE_TO_ATTEND',
                                   'PENDING_FAILURE_TO_COMPLY', 'UNDER_SANCTION_FAILURE_TO_COMPLY')),
    created_at                 timestamptz not null,
    version                    bigint not null default 0,
    unique (tenant_id, id),
    unique (tenant_id, number),
    unique (tenant_id, national_insurance_number),
    check (end_date is null or start_date is null or end_date >= start_date),
    foreign key (tenant_id, work_coach_id) references staff_user (tenant_id, id)
);
create index restart_participant_coach_idx on restart_participant (tenant_id, work_coach_id, family_name);
create index restart_participant_name_idx on restart_participant (tenant_id, family_name, given_names);
call enable_tenant_isolation('restart_participant');

--changeset waymark:0023-001-restart-number
-- The next human reference of each provider's participants (P-1, ...) and monitoring trackers (M-1, ...).
create table restart_number (
    tenant_id    uuid not null references tenant (id),
    kind         text not null check (kind in ('PARTICIPANT', 'MONITORING')),
    last_number  bigint not null,
    primary key (tenant_id, kind)
);
call enable_tenant_isolation('restart_number');

--changeset waymark:0023-001-restart-sanction-change
-- Every change of a participant's sanction status: who, when, from, to, why, and the tracker it follows from.
create table restart_sanction_change (
    tenant_id              uuid not null references tenant (id),
    id                     uuid primary key,
    participant_id         uuid not null,
    changed_at             timestamptz not null,
    changed_by_id          uuid,
    changed_by_name        text not null,
    from_status            text not null,
    to_status              text not null,
    reason                 text not null,
    monitoring_tracker_id  uuid,
    foreign key (tenant_id, participant_id) references restart_participant (tenant_id, id) on delete cascade
);
create index restart_sanction_change_participant_idx on restart_sanction_change (tenant_id, participant_id, changed_at);
call enable_tenant_isolation('restart_sanction_change');

--changeset waymark:0023-001-restart-activity
-- An activity on a participant's action plan. not_complete_count counts the times it was marked Not complete: each
-- is one outcome, and a monitoring tracker belongs to exactly one outcome.
create table restart_activity (
    tenant_id            uuid not null references tenant (id),
    id                   uuid primary key,
    participant_id       uuid not null,
    title                text not null,
    description          text,
    due_on               date not null,
    owner_id             uuid,
    mandatory            boolean not null default false,
    man_issued_on        date,
    status               text not null check (status in ('PLANNED', 'COMPLETE', 'NOT_COMPLETE')),
    not_complete_reason  text,
    not_complete_at      timestamptz,
    not_complete_count   integer not null default 0,
    created_at           timestamptz not null,
    version              bigint not null default 0,
    unique (tenant_id, id),
    check (status <> 'NOT_COMPLETE' or (not_complete_reason is not null and not_complete_at is not null)),
    foreign key (tenant_id, participant_id) references restart_participant (tenant_id, id) on delete cascade,
    foreign key (tenant_id, owner_id) references staff_user (tenant_id, id)
);
create index restart_activity_participant_idx on restart_activity (tenant_id, participant_id, due_on);
call enable_tenant_isolation('restart_activity');

--changeset waymark:0023-001-restart-monitoring-tracker
create table restart_monitoring_tracker (
    tenant_id              uuid not null references tenant (id),
    id                     uuid primary key,
    number                 bigint not null,
    participant_id         uuid not null,
    activity_id            uuid not null,
    -- which Not complete outcome of the activity raised it: never two trackers for one outcome
    activity_outcome       integer not null,
    not_complete_at        timestamptz not null,
    status                 text not null check (status in ('NEW', 'RESOLVED', 'SUBMITTED', 'REFERRED', 'REJECTED', 'CLOSED')),
    assignee_id            uuid,
    dma_raised             boolean not null default true,
    dma_not_raised_reason  text,
    notes                  text,
    created_at             timestamptz not null,
    updated_at             timestamptz not null,
    version                bigint not null default 0,
    unique (tenant_id, id),
    unique (tenant_id, number),
    unique (tenant_id, activity_id, activity_outcome),
    foreign key (tenant_id, participant_id) references restart_participant (tenant_id, id) on delete cascade,
    foreign key (tenant_id, activity_id) references restart_activity (tenant_id, id) on delete cascade,
    foreign key (tenant_id, assignee_id) references staff_user (tenant_id, id)
);
create index restart_monitoring_created_idx on restart_monitoring_tracker (tenant_id, created_at desc, id desc);
create index restart_monitoring_status_idx on restart_monitoring_tracker (tenant_id, status, created_at desc);
create index restart_monitoring_assignee_idx on restart_monitoring_tracker (tenant_id, assignee_id, created_at desc);
create index restart_monitoring_participant_idx on restart_monitoring_tracker (tenant_id, participant_id);
call enable_tenant_isolation('restart_monitoring_tracker');

--changeset waymark:0023-001-restart-monitoring-history
create table restart_monitoring_history (
    tenant_id    uuid not null references tenant (id),
    id           uuid primary key,
    tracker_id   uuid not null,
    at           timestamptz not null,
    actor_id     uuid,
    actor_name   text not null,
    action       text not null,
    detail       text not null,
    foreign key (tenant_id, tracker_id) references restart_monitoring_tracker (tenant_id, id) on delete cascade
);
create index restart_monitoring_history_idx on restart_monitoring_history (tenant_id, tracker_id, at);
call enable_tenant_isolation('restart_monitoring_history');

--changeset waymark:0023-001-restart-file
-- DMA paperwork and evidence, stored in PostgreSQL under a generated id (decision 0037).
create table restart_file (
    tenant_id      uuid not null references tenant (id),
    id             uuid primary key,
    tracker_id     uuid not null,
    kind           text not null check (kind in ('DMA_PAPERWORK', 'EVIDENCE')),
    file_name      text not null,
    content_type   text not null,
    size_bytes     integer not null,
    content        bytea not null,
    uploaded_at    timestamptz not null,
    uploaded_by_id uuid,
    uploaded_by_name text not null,
    foreign key (tenant_id, tracker_id) references restart_monitoring_tracker (tenant_id, id) on delete cascade
);
create index restart_file_tracker_idx on restart_file (tenant_id, tracker_id, uploaded_at);
call enable_tenant_isolation('restart_file');

--changeset waymark:0023-001-restart-setting
create table restart_setting (
    tenant_id             uuid primary key references tenant (id),
    overdue_working_days  integer not null check (overdue_working_days between 1 and 60),
    updated_at            timestamptz not null
);
call enable_tenant_isolation('restart_setting');
