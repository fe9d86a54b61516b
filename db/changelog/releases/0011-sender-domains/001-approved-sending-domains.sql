--liquibase formatted sql

--changeset waymark:0011-001-approved-sending-domain
-- The sending domains the platform operator has approved for each provider (decision 0024): a provider's own From
-- address is used only on one of these; otherwise mail goes from the platform's address with the provider's name and
-- its address as Reply-To. Platform data, like the tenant registry: the operator writes it outside any tenant, and
-- delivery reads it for the message's provider. The key is named provider_id, not tenant_id, because the rows are
-- the operator's decisions about a provider, not the provider's own data: no row security (see the decision).
-- Withdrawing deletes the row; who approved and withdrew what, when, is on the platform audit trail.
create table approved_sending_domain (
    provider_id  uuid not null references tenant (id),
    domain       text not null,
    approved_at  timestamptz not null,
    approved_by  text not null,
    primary key (provider_id, domain),
    constraint approved_sending_domain_lower_case check (domain = lower(domain))
);
