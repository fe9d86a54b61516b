--liquibase formatted sql

--changeset waymark:0017-001-learner-sign-in-code
-- One-time codes for signing in to a provider's learner portal (decision 0033). A row for every code asked for,
-- whether or not a learner holds the address, so that every later step (limits, wrong codes, expiry) runs the same
-- way for an address nobody holds and no answer tells the two apart. Only hashes are kept: of the address, of the
-- code with its own salt, and of the emailed link's 256-bit token. A code is used (used_at) at most once, for at most
-- 5 tries (attempts), until expires_at; only the newest code of an address works.
create table learner_sign_in_code (
    tenant_id       uuid not null references tenant (id),
    id              uuid primary key,
    -- SHA-256 of the channel and the address as normalised, e.g. "EMAIL:ann@example.org", "SMS:+447700900123"
    recipient_hash  bytea not null,
    channel         text not null check (channel in ('EMAIL', 'SMS')),
    -- the one active learner who holds the address; null when nobody does (or several do): nothing was sent
    learner_id      uuid,
    code_salt       bytea not null,
    -- SHA-256 of code_salt followed by the code's six digits
    code_hash       bytea not null,
    link_hash       bytea not null unique,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    attempts        integer not null default 0 check (attempts >= 0),
    used_at         timestamptz,
    unique (tenant_id, id),
    foreign key (tenant_id, learner_id) references learner (tenant_id, id) on delete cascade
);
create index learner_sign_in_code_recipient_idx
    on learner_sign_in_code (tenant_id, recipient_hash, created_at desc, id desc);
call enable_tenant_isolation('learner_sign_in_code');

--changeset waymark:0017-001-learner-contact-lookups
-- Signing in finds the learner by the email address (any case) or the UK mobile number the provider holds.
create index learner_email_lower_idx on learner (tenant_id, lower(email)) where email is not null;
create index learner_mobile_idx on learner (tenant_id, mobile_e164) where mobile_e164 is not null;
