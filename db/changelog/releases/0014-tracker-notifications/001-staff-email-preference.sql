--liquibase formatted sql

--changeset waymark:0014-001-staff-email-preference
-- How each member of staff wants the emails that go with their in-app notifications (the bell always gets them):
-- one email for each event, one summary a day at a time they pick (UK time), or none. A member of staff without a
-- row gets one email for each event.
create table staff_email_preference (
    tenant_id    uuid not null references tenant (id),
    id           uuid primary key,
    staff_id     uuid not null,
    mode         text not null check (mode in ('EACH_EVENT', 'DAILY_DIGEST', 'NONE')),
    -- local time in the UK; only for DAILY_DIGEST
    digest_time  time,
    updated_at   timestamptz not null,
    unique (tenant_id, id),
    unique (tenant_id, staff_id),
    foreign key (tenant_id, staff_id) references staff_user (tenant_id, id) on delete cascade,
    constraint staff_email_preference_digest_time check ((mode = 'DAILY_DIGEST') = (digest_time is not null))
);
call enable_tenant_isolation('staff_email_preference');
