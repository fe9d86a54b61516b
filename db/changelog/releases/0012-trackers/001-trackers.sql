--liquibase formatted sql

--changeset waymark:0012-001-tracker-type-setting
-- Each provider's settings per tracker type (decision 0027); a type without a row uses the defaults in
-- TrackerTypeSettings.
create table tracker_type_setting (
    tenant_id                   uuid not null references tenant (id),
    tracker_type                text not null,
    enabled                     boolean not null,
    pre_authorisation_required  boolean not null,
    applies_at_once             boolean not null,
    due_days                    integer not null check (due_days between 1 and 365),
    updated_at                  timestamptz not null,
    primary key (tenant_id, tracker_type)
);
call enable_tenant_isolation('tracker_type_setting');

--changeset waymark:0012-001-tracker-number
-- The next human reference (T-1, T-2, ...) of each provider's trackers, taken with UPDATE ... RETURNING.
create table tracker_number (
    tenant_id    uuid primary key references tenant (id),
    last_number  bigint not null
);
call enable_tenant_isolation('tracker_number');

--changeset waymark:0012-001-tracker
create table tracker (
    tenant_id             uuid not null references tenant (id),
    id                    uuid primary key,
    number                bigint not null,
    tracker_type          text not null,
    learner_id            uuid not null,
    raised_by_kind        text not null check (raised_by_kind in ('STAFF', 'STAFF_FOR_LEARNER', 'LEARNER', 'SYSTEM')),
    raised_by_id          uuid,
    raised_by_name        text not null,
    -- how a learner-led change reached staff, e.g. "email from learner"
    source                text,
    evidence_file_name    text,
    evidence_content_type text,
    evidence              bytea,
    assignee_id           uuid,
    status                text not null check (status in ('NEW', 'PRE_AUTHORISED', 'PROCESSED', 'REJECTED', 'CANCELLED')),
    -- the change asked for, typed per tracker type (RecordChange as JSON)
    requested_change      jsonb not null,
    effective_date        date,
    notes                 text,
    -- the learner's values the change touches, as they were when it was raised (concurrent-change detection)
    raised_against        jsonb not null default '{}',
    rejection_reason      text,
    raised_at             timestamptz not null,
    due_on                date not null,
    updated_at            timestamptz not null,
    closed_at             timestamptz,
    closed_by_name        text,
    version               bigint not null default 0,
    unique (tenant_id, id),
    unique (tenant_id, number),
    foreign key (tenant_id, learner_id) references learner (tenant_id, id) on delete cascade,
    foreign key (tenant_id, assignee_id) references staff_user (tenant_id, id),
    foreign key (tenant_id, raised_by_id) references staff_user (tenant_id, id)
);
create index tracker_raised_idx on tracker (tenant_id, raised_at desc, id);
create index tracker_status_idx on tracker (tenant_id, status, raised_at desc, id);
create index tracker_type_idx on tracker (tenant_id, tracker_type, raised_at desc, id);
create index tracker_assignee_idx on tracker (tenant_id, assignee_id, raised_at desc, id);
create index tracker_learner_idx on tracker (tenant_id, learner_id, raised_at desc);
create index tracker_open_due_idx on tracker (tenant_id, due_on) where status in ('NEW', 'PRE_AUTHORISED');
call enable_tenant_isolation('tracker');

--changeset waymark:0012-001-tracker-history
-- Every change to a tracker: who, when, what, and the values before and after.
create table tracker_history (
    tenant_id    uuid not null references tenant (id),
    id           uuid primary key,
    tracker_id   uuid not null,
    at           timestamptz not null,
    actor_id     uuid,
    actor_name   text not null,
    action       text not null,
    before       jsonb,
    after        jsonb,
    foreign key (tenant_id, tracker_id) references tracker (tenant_id, id) on delete cascade
);
create index tracker_history_tracker_idx on tracker_history (tenant_id, tracker_id, at);
call enable_tenant_isolation('tracker_history');
