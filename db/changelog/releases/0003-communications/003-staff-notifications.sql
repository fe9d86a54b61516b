--liquibase formatted sql

--changeset waymark:0003-003-staff-notification
-- The bell in the staff header: one row per recipient, read or not.
create table staff_notification (
    tenant_id    uuid not null references tenant (id),
    id           uuid primary key,
    recipient_id uuid not null,
    title        text not null,
    body         text,
    link         text,
    created_at   timestamptz not null,
    read_at      timestamptz,
    unique (tenant_id, id),
    foreign key (tenant_id, recipient_id) references staff_user (tenant_id, id)
);
create index staff_notification_recipient_idx on staff_notification (tenant_id, recipient_id, created_at desc);
call enable_tenant_isolation('staff_notification');
