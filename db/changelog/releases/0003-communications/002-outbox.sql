--liquibase formatted sql

--changeset waymark:0003-002-outbox-message
-- Every email and SMS leaves through this table (docs/decisions/0010). A row is written in the same transaction as
-- the change that causes it; the idempotency key (purpose, channel, recipient) makes a repeated cause a no-op.
create table outbox_message (
    tenant_id           uuid not null references tenant (id),
    id                  uuid primary key,
    idempotency_key     text not null,
    purpose             text not null,
    kind                text not null,
    channel             text not null check (channel in ('EMAIL', 'SMS')),
    recipient           text not null,
    subject             text,
    body_text           text not null,
    body_html           text,
    sender_name         text,
    sender_address      text,
    reply_to            text,
    logo_asset_id       uuid,
    status              text not null check (status in ('QUEUED', 'SENDING', 'SENT', 'FAILED', 'DEAD_LETTERED')),
    attempts            int not null default 0,
    next_attempt_at     timestamptz,
    last_error          text,
    provider_message_id text,
    delivery_status     text,
    delivery_updated_at timestamptz,
    created_at          timestamptz not null,
    created_by          text not null,
    sent_at             timestamptz,
    unique (tenant_id, id),
    unique (tenant_id, idempotency_key)
);
create index outbox_message_tenant_created_idx on outbox_message (tenant_id, created_at desc);
create index outbox_message_tenant_status_idx on outbox_message (tenant_id, status, created_at desc);
create index outbox_message_provider_id_idx on outbox_message (provider_message_id) where provider_message_id is not null;
call enable_tenant_isolation('outbox_message');

--changeset waymark:0003-002-message-asset
-- Images sent inline with emails (the provider's logo as it was when the message was queued), stored once per
-- content hash rather than once per message.
create table message_asset (
    tenant_id     uuid not null references tenant (id),
    id            uuid primary key,
    content_hash  bytea not null,
    content_type  text not null,
    content       bytea not null,
    created_at    timestamptz not null,
    unique (tenant_id, id),
    unique (tenant_id, content_hash)
);
call enable_tenant_isolation('message_asset');
alter table outbox_message
    add constraint outbox_message_logo_fk foreign key (tenant_id, logo_asset_id) references message_asset (tenant_id, id);

--changeset waymark:0003-002-delivery-receipt
-- Receipts from the SMS provider, each applied once: a repeated receipt (same message, status and time) is ignored.
create table delivery_receipt (
    tenant_id           uuid not null references tenant (id),
    id                  uuid primary key,
    message_id          uuid not null,
    provider_message_id text not null,
    status              text not null,
    error_code          text,
    receipt_at          text not null,
    received_at         timestamptz not null,
    unique (tenant_id, provider_message_id, status, receipt_at),
    foreign key (tenant_id, message_id) references outbox_message (tenant_id, id)
);
call enable_tenant_isolation('delivery_receipt');

--changeset waymark:0003-002-receipt-lookup splitStatements:false
-- A receipt arrives before any tenant is known: this function finds the one message a provider id belongs to.
create policy owner_receipt_lookup on outbox_message for select to current_user using (true);

create function outbox_message_by_provider_id(p_provider_message_id text)
returns table (tenant_id uuid, message_id uuid)
language sql stable security definer set search_path = public as $$
    select o.tenant_id, o.id from outbox_message o where o.provider_message_id = p_provider_message_id
$$;
revoke all on function outbox_message_by_provider_id(text) from public;
grant execute on function outbox_message_by_provider_id(text) to ${app_role};

--changeset waymark:0003-002-rate-limit splitStatements:false
-- A shared limit on requests to an external provider (per API key), agreed by every app node through this row:
-- each request reserves the next free slot, slots are 1/rate seconds apart, and the caller waits for its slot.
create table rate_limit (
    limiter    text primary key,
    next_free  timestamptz not null
);

create function reserve_rate_limit_slot(p_limiter text, p_per_second int)
returns double precision
language plpgsql as $$
declare
    spacing interval := make_interval(secs => 1.0 / p_per_second);
    slot timestamptz;
begin
    insert into rate_limit (limiter, next_free) values (p_limiter, clock_timestamp())
    on conflict (limiter) do nothing;
    update rate_limit set next_free = greatest(next_free, clock_timestamp()) + spacing
    where limiter = p_limiter
    returning next_free - spacing into slot;
    return greatest(0, extract(epoch from slot - clock_timestamp()) * 1000);
end
$$;
