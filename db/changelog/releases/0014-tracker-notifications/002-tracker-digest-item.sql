--liquibase formatted sql

--changeset waymark:0014-002-tracker-digest-item
-- Tracker notifications waiting for a member of staff's daily summary email. The digest job marks them sent in the
-- transaction that queues the summary in the outbox (outbox_message_id), so a crash neither loses nor repeats one;
-- items of someone who no longer wants emails, or can no longer receive them, are closed without a message.
create table tracker_digest_item (
    tenant_id          uuid not null references tenant (id),
    id                 uuid primary key,
    staff_id           uuid not null,
    tracker_id         uuid not null,
    event              text not null,
    line               text not null,
    created_at         timestamptz not null,
    sent_at            timestamptz,
    outbox_message_id  uuid,
    unique (tenant_id, id),
    foreign key (tenant_id, staff_id) references staff_user (tenant_id, id) on delete cascade,
    foreign key (tenant_id, tracker_id) references tracker (tenant_id, id) on delete cascade
);
create index tracker_digest_item_pending_idx on tracker_digest_item (tenant_id, staff_id, created_at)
    where sent_at is null;
call enable_tenant_isolation('tracker_digest_item');
