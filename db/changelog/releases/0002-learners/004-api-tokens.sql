--liquibase formatted sql

--changeset waymark:0002-004-api-token
-- Tokens for machine clients (MIS uploads). Only a SHA-256 of each token is kept: the token itself is shown once.
create table api_token (
    tenant_id     uuid not null references tenant (id),
    id            uuid primary key,
    name          text not null check (length(trim(name)) between 1 and 100),
    token_prefix  text not null,
    token_hash    bytea not null unique,
    created_by    text not null,
    created_at    timestamptz not null,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    revoked_by    text,
    unique (tenant_id, id)
);
call enable_tenant_isolation('api_token');

--changeset waymark:0002-004-api-token-lookup splitStatements:false
-- A request carries a token before any tenant is known: like the staff sign-in lookup, this function is the only
-- way past row security for api_token, and it finds one token by its hash.
create policy owner_token_lookup on api_token for select to current_user using (true);

create function api_token_lookup(p_hash bytea)
returns table (token_id uuid, tenant_id uuid, token_name text, revoked boolean, tenant_active boolean,
               tenant_name text)
language sql stable security definer set search_path = public as $$
    select a.id, a.tenant_id, a.name, a.revoked_at is not null, t.status = 'ACTIVE', t.name
    from api_token a join tenant t on t.id = a.tenant_id
    where a.token_hash = p_hash
$$;
revoke all on function api_token_lookup(bytea) from public;
grant execute on function api_token_lookup(bytea) to ${app_role};
