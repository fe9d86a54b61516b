--liquibase formatted sql

--changeset waymark:0033-001-bootcamp-guided-hours
-- Guided learning hours delivered to a Skills Bootcamp learner, one entry per day, as staff recorded them in Waymark
-- (issue 15, decision 0058): the ILR carries no hours, and the start milestone (M1) is evidenced by the contract's
-- qualifying days or its guided learning hours. Hours are more than 0 and at most 12 a day, in hundredths.
create table bootcamp_guided_hours (
    tenant_id          uuid not null references tenant (id),
    id                 uuid primary key,
    learner_id         uuid not null,
    delivered_on       date not null,
    hours              numeric(4, 2) not null check (hours > 0 and hours <= 12),
    note               text check (note is null or length(note) <= 500),
    recorded_by_id     uuid,
    recorded_by_name   text not null,
    recorded_at        timestamptz not null,
    unique (tenant_id, id),
    unique (tenant_id, learner_id, delivered_on),
    foreign key (tenant_id, learner_id) references learner (tenant_id, id) on delete cascade
);
call enable_tenant_isolation('bootcamp_guided_hours');
