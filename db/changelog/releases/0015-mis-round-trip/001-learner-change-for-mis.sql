--liquibase formatted sql

--changeset waymark:0015-001-learner-change-for-mis
-- Each ILR field Waymark changed (a processed tracker), until the MIS holds it too (decision 0029). TO_KEY: still to
-- be keyed into the MIS; IN_MIS: an import brought the same value (settled_by_import) or someone marked it by hand
-- (settled_by); SUPERSEDED: a later value replaced it, from a file prepared after the change or a later change in
-- Waymark to the same field.
create table learner_change_for_mis (
    tenant_id          uuid not null references tenant (id),
    id                 uuid primary key,
    learner_id         uuid not null,
    -- "Learner", "Aim 2 ZPROG001", "Employment status from 03/03/2025", ...
    record             text not null,
    -- the ILR field name, e.g. AddLine1
    field              text not null,
    before_value       text,
    after_value        text,
    -- why, e.g. "Tracker T-12"
    reference          text not null,
    changed_at         timestamptz not null,
    changed_by_id      uuid,
    changed_by         text not null,
    state              text not null check (state in ('TO_KEY', 'IN_MIS', 'SUPERSEDED')),
    settled_at         timestamptz,
    settled_by         text,
    -- the ilr_import that settled it (written by the same transaction, after this row)
    settled_by_import  uuid,
    -- the value the import brought, when it superseded this change
    settled_value      text,
    unique (tenant_id, id),
    foreign key (tenant_id, learner_id) references learner (tenant_id, id) on delete cascade,
    check ((state = 'TO_KEY') = (settled_at is null))
);
create index learner_change_for_mis_state_idx on learner_change_for_mis (tenant_id, state, changed_at desc);
create index learner_change_for_mis_to_key_idx on learner_change_for_mis (learner_id) where state = 'TO_KEY';
create index learner_change_for_mis_reference_idx on learner_change_for_mis (tenant_id, reference);

call enable_tenant_isolation('learner_change_for_mis');
