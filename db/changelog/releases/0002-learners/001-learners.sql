--liquibase formatted sql

--changeset waymark:0002-001-learner
create table learner (
    tenant_id            uuid not null references tenant (id),
    id                   uuid primary key,
    learn_ref_number     text not null,
    uln                  text not null,
    family_name          text,
    given_names          text,
    date_of_birth        date,
    add_line1            text,
    add_line2            text,
    add_line3            text,
    add_line4            text,
    postcode             text,
    tel_no               text,
    mobile_e164          text,
    email                text,
    primary_tutor_id     uuid,
    work_coach_id        uuid,
    qa_verified          boolean not null default false,
    high_needs           boolean not null default false,
    contact_preferences_year text,
    leaving_date         date,
    programme_status     text not null check (programme_status in ('CONTINUING', 'ON_A_BREAK', 'COMPLETED', 'WITHDRAWN')),
    -- SHA-256 of everything the last import set: an unchanged learner in a re-import is not written at all.
    import_hash          bytea,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint not null default 0,
    unique (tenant_id, id),
    unique (tenant_id, learn_ref_number),
    foreign key (tenant_id, primary_tutor_id) references staff_user (tenant_id, id),
    foreign key (tenant_id, work_coach_id) references staff_user (tenant_id, id)
);
create index learner_uln_idx on learner (tenant_id, uln);
create index learner_leaving_idx on learner (tenant_id, leaving_date);

--changeset waymark:0002-001-learner-children
create table learner_fam (
    tenant_id   uuid not null,
    learner_id  uuid not null,
    fam_type    text not null,
    fam_code    text not null,
    primary key (learner_id, fam_type, fam_code),
    foreign key (tenant_id, learner_id) references learner (tenant_id, id) on delete cascade
);

-- ILR ContactPreference as imported (RUI/PMC), with the ILR year it came from (removed from the ILR in 2025-26).
create table learner_contact_preference (
    tenant_id   uuid not null,
    learner_id  uuid not null,
    pref_type   text not null check (pref_type in ('RUI', 'PMC')),
    pref_code   integer not null,
    ilr_year    text not null,
    primary key (learner_id, pref_type, pref_code),
    foreign key (tenant_id, learner_id) references learner (tenant_id, id) on delete cascade
);

-- The portal's own suppressions (e.g. unsubscribed from surveys), per channel; never touched by imports.
create table learner_suppression (
    tenant_id      uuid not null,
    learner_id     uuid not null,
    channel        text not null check (channel in ('EMAIL', 'SMS', 'ALL')),
    purpose        text not null,
    suppressed_at  timestamptz not null,
    reason         text not null,
    primary key (learner_id, channel, purpose),
    foreign key (tenant_id, learner_id) references learner (tenant_id, id) on delete cascade
);

create table employment_status (
    tenant_id          uuid not null,
    id                 uuid primary key,
    learner_id         uuid not null,
    date_emp_stat_app  date not null,
    emp_stat           integer not null,
    emp_id             bigint,
    weekly_hours       numeric(5, 2),
    -- [{"type":"EII","code":7}, ...]
    monitoring         jsonb not null default '[]',
    foreign key (tenant_id, learner_id) references learner (tenant_id, id) on delete cascade
);
create index employment_status_learner_idx on employment_status (learner_id, date_emp_stat_app);

create table learning_delivery (
    tenant_id              uuid not null,
    id                     uuid primary key,
    learner_id             uuid not null,
    aim_seq_number         integer not null,
    learn_aim_ref          text not null,
    aim_type               integer not null,
    learn_start_date       date not null,
    orig_learn_start_date  date,
    learn_plan_end_date    date not null,
    fund_model             integer not null,
    prog_type              integer,
    std_code               integer,
    p_hours                integer,
    otj_act_hours          integer,
    comp_status            integer not null,
    learn_act_end_date     date,
    withdraw_reason        integer,
    outcome                integer,
    ach_date               date,
    -- [{"type":"SOF","code":"105","dateFrom":"2024-08-01","dateTo":null}, ...]
    fams                   jsonb not null default '[]',
    foreign key (tenant_id, learner_id) references learner (tenant_id, id) on delete cascade
);
-- AimSeqNumber is not unique per learner in every real file (the funder's own sample repeats one).
create index learning_delivery_learner_idx on learning_delivery (learner_id, aim_seq_number);
create index learning_delivery_fund_idx on learning_delivery (tenant_id, fund_model);

--changeset waymark:0002-001-learner-rls
call enable_tenant_isolation('learner');
call enable_tenant_isolation('learner_fam');
call enable_tenant_isolation('learner_contact_preference');
call enable_tenant_isolation('learner_suppression');
call enable_tenant_isolation('employment_status');
call enable_tenant_isolation('learning_delivery');
