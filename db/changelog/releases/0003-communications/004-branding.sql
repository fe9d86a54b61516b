--liquibase formatted sql

--changeset waymark:0003-004-tenant-branding
-- A provider's own look and senders. No row means Waymark's default look and the platform's default senders.
create table tenant_branding (
    tenant_id           uuid not null references tenant (id),
    id                  uuid primary key,
    display_name        text check (length(display_name) <= 120),
    primary_colour      text check (primary_colour ~ '^#[0-9a-f]{6}$'),
    logo_png            bytea,
    logo_width          int,
    logo_height         int,
    email_from_name     text check (length(email_from_name) <= 120),
    email_from_address  text,
    email_reply_to      text,
    sms_sender_id       text,
    updated_at          timestamptz not null,
    updated_by          text not null,
    version             int not null default 0,
    unique (tenant_id, id),
    unique (tenant_id)
);
call enable_tenant_isolation('tenant_branding');

--changeset waymark:0003-004-message-template-version
-- Every saved version of a provider's wording for one kind of message; the highest version is the one in use.
-- Restoring an old version saves it again as the newest, so the history only grows.
create table message_template_version (
    tenant_id      uuid not null references tenant (id),
    id             uuid primary key,
    kind           text not null,
    version        int not null check (version > 0),
    email_subject  text not null,
    email_body     text not null,
    sms_text       text not null,
    restored_from  int,
    created_at     timestamptz not null,
    created_by     text not null,
    unique (tenant_id, id),
    unique (tenant_id, kind, version)
);
call enable_tenant_isolation('message_template_version');
