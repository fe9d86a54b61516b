--liquibase formatted sql

--changeset waymark:0019-001-contact-confirmation-code
-- Codes that confirm a new email address or mobile number a learner gives in the portal before their change of
-- contact details is raised (docs/decisions/0034). Only hashes are kept: the code's, salted with the row's id, and the
-- address's, which is all the per-address sending limit needs. A code works once (used_at), until expires_at, and
-- for at most 5 wrong tries.
create table contact_confirmation_code (
    tenant_id       uuid not null references tenant (id),
    id              uuid primary key,
    learner_id      uuid not null,
    channel         text not null check (channel in ('EMAIL', 'SMS')),
    recipient_hash  bytea not null,
    code_hash       bytea not null,
    created_at      timestamptz not null,
    expires_at      timestamptz not null,
    wrong_tries     integer not null default 0 check (wrong_tries between 0 and 5),
    used_at         timestamptz,
    unique (tenant_id, id),
    foreign key (tenant_id, learner_id) references learner (tenant_id, id) on delete cascade
);
-- the sending limit counts an address's codes of the last hour
create index contact_confirmation_code_recipient_idx on contact_confirmation_code (tenant_id, recipient_hash,
    created_at);
create index contact_confirmation_code_learner_idx on contact_confirmation_code (tenant_id, learner_id);
call enable_tenant_isolation('contact_confirmation_code');
