--liquibase formatted sql

--changeset waymark:0012-003-custom-tracker-type
-- Tracker types a provider admin defines: a name, free-text and date fields, whether it uses pre-authorisation and
-- rejection, days before overdue. They have no automatic effect: processing records the decision.
create table custom_tracker_type (
    tenant_id               uuid not null references tenant (id),
    id                      uuid primary key,
    name                    text not null,
    -- [{"label":"Reason","kind":"TEXT","required":true}, ...]
    fields                  jsonb not null,
    uses_pre_authorisation  boolean not null,
    uses_rejection          boolean not null,
    enabled                 boolean not null,
    due_days                integer not null check (due_days between 1 and 365),
    updated_at              timestamptz not null,
    unique (tenant_id, id)
);
create unique index custom_tracker_type_name_idx on custom_tracker_type (tenant_id, lower(name));
call enable_tenant_isolation('custom_tracker_type');

alter table tracker alter column requested_change drop not null;
alter table tracker add column custom_type_id uuid;
alter table tracker add column custom_values jsonb;
alter table tracker add constraint tracker_custom_type_fk
    foreign key (tenant_id, custom_type_id) references custom_tracker_type (tenant_id, id);
alter table tracker add constraint tracker_custom_has_type
    check ((tracker_type = 'CUSTOM') = (custom_type_id is not null));
alter table tracker add constraint tracker_standard_has_change
    check (tracker_type = 'CUSTOM' or requested_change is not null);
