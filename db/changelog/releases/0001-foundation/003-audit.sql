--liquibase formatted sql

--changeset waymark:0001-003-audit-event
create table audit_event (
    tenant_id     uuid not null references tenant (id),
    id            bigint generated always as identity primary key,
    occurred_at   timestamptz not null,
    actor_id      uuid,
    actor_name    text not null,
    action        text not null,
    subject_type  text,
    subject_id    text,
    details_before jsonb,
    details_after  jsonb
);
create index audit_event_time_idx on audit_event (tenant_id, occurred_at desc, id desc);
create index audit_event_action_idx on audit_event (tenant_id, action, occurred_at desc);

alter table audit_event enable row level security;
alter table audit_event force row level security;
create policy tenant_isolation on audit_event
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

-- Append-only: the portal may add and read audit events, never change or remove them.
revoke update, delete, truncate on audit_event from ${app_role};

--changeset waymark:0001-003-platform-audit-event
-- Platform-level events (tenant registry changes, operator sign-ins, sign-ins for unknown accounts).
create table platform_audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null,
    actor_id       uuid,
    actor_name     text not null,
    action         text not null,
    subject_type   text,
    subject_id     text,
    details_before jsonb,
    details_after  jsonb
);
create index platform_audit_event_time_idx on platform_audit_event (occurred_at desc, id desc);
revoke update, delete, truncate on platform_audit_event from ${app_role};
