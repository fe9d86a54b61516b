--liquibase formatted sql

--changeset waymark:0031-001-bootcamp-event
-- A Skills Bootcamp event staff recorded in Waymark (issue 15 part 3, decision 0052): an interview offer, a new role
-- with the existing employer, a self-employment plan or a job outcome, with its date. Waymark lists the ILR rows to
-- key into the MIS for it; the first applied ILR import whose data holds those rows marks it "in the MIS" (when, and
-- by which import). The milestone verdicts still come from imported data only.
create table bootcamp_event (
    tenant_id          uuid not null references tenant (id),
    id                 uuid primary key,
    learner_id         uuid not null,
    kind               text not null check (kind in ('INTERVIEW_OFFER', 'NEW_ROLE_WITH_EMPLOYER',
                                                     'SELF_EMPLOYMENT_PLAN', 'JOB_OUTCOME')),
    event_date         date not null,
    -- the EVI code keyed for programmes starting from 1 August 2025; null for event aims and job outcomes
    evi_code           text check (evi_code is null or evi_code ~ '^[0-9]{1,3}$'),
    note               text check (note is null or length(note) <= 500),
    recorded_by_id     uuid,
    recorded_by_name   text not null,
    recorded_at        timestamptz not null,
    in_mis_at          timestamptz,
    in_mis_import_id   uuid,
    unique (tenant_id, id),
    unique (tenant_id, learner_id, kind, event_date),
    check ((in_mis_at is null) = (in_mis_import_id is null)),
    foreign key (tenant_id, learner_id) references learner (tenant_id, id) on delete cascade
);
create index bootcamp_event_waiting_idx on bootcamp_event (tenant_id) where in_mis_at is null;
call enable_tenant_isolation('bootcamp_event');
