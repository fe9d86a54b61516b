--liquibase formatted sql

--changeset waymark:0011-001-approved-sending-domain
-- The sending domains the platform operator has approved for each provider (decision 0024): a provider's own From
-- address is used only on one of these; otherwise mail goes from the platform's address with the provider's name and
-- its address as Reply-To. Tenant-owned like every table a provider's messages depend on: the operator writes a
-- provider's rows in that provider's context, and delivery reads them in the message's, so one provider can never
-- send on another's approval. Withdrawing deletes the row; who approved and withdrew what, when, is on the platform
-- audit trail.
create table approved_sending_domain (
    tenant_id    uuid not null references tenant (id),
    domain       text not null,
    approved_at  timestamptz not null,
    approved_by  text not null,
    primary key (tenant_id, domain),
    constraint approved_sending_domain_lower_case check (domain = lower(domain))
);
call enable_tenant_isolation('approved_sending_domain');
