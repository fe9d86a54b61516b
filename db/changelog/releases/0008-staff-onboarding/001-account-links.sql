--liquibase formatted sql

--changeset waymark:0008-001-staff-password-set-by-the-person
-- Invited staff choose their own password from the emailed link: until then they have none and cannot sign in.
alter table staff_user alter column password_hash drop not null;

--changeset waymark:0008-001-staff-account-link
-- Emailed single-use links for staff: an invitation (set a first password) or a password reset. Only the SHA-256 of
-- the 256-bit token is kept. A link is used (used_at) or withdrawn (revoked_at) at most once, and is void after
-- expires_at.
create table staff_account_link (
    tenant_id   uuid not null references tenant (id),
    id          uuid primary key,
    user_id     uuid not null,
    kind        text not null check (kind in ('INVITATION', 'PASSWORD_RESET')),
    token_hash  bytea not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz,
    created_by  text not null,
    unique (tenant_id, id),
    foreign key (tenant_id, user_id) references staff_user (tenant_id, id) on delete cascade,
    constraint staff_account_link_used_or_revoked check (used_at is null or revoked_at is null)
);
create index staff_account_link_user_idx on staff_account_link (tenant_id, user_id, kind, created_at desc);
call enable_tenant_isolation('staff_account_link');

--changeset waymark:0008-001-staff-account-link-lookup splitStatements:false
-- Someone opens a link before any tenant is known: this finds the one link a token hash belongs to.
create policy owner_account_link_lookup on staff_account_link for select to current_user using (true);

create function staff_account_link_lookup(p_token_hash bytea)
returns table (tenant_id uuid, link_id uuid)
language sql stable security definer set search_path = public, pg_temp as $$
    select l.tenant_id, l.id from staff_account_link l where l.token_hash = p_token_hash
$$;
revoke all on function staff_account_link_lookup(bytea) from public;
grant execute on function staff_account_link_lookup(bytea) to ${app_role};

--changeset waymark:0008-001-tenant-admin-counts splitStatements:false
-- The platform operator's tenants page says whether each provider has someone who can manage its users, without
-- reading any provider's data: per tenant, how many enabled admins (holding USERS_MANAGE) have set a password and how
-- many have an invitation still open.
create policy owner_admin_counts on staff_user_role for select to current_user using (true);
create policy owner_admin_counts on role_permission for select to current_user using (true);

create function tenant_admin_counts(p_now timestamptz)
returns table (tenant_id uuid, active_admins bigint, invited_admins bigint)
language sql stable security definer set search_path = public, pg_temp as $$
    select u.tenant_id,
           count(*) filter (where u.password_hash is not null),
           count(*) filter (where u.password_hash is null and exists (
               select 1 from staff_account_link l
               where l.user_id = u.id and l.kind = 'INVITATION' and l.used_at is null and l.revoked_at is null
                 and l.expires_at > p_now))
    from staff_user u
    where u.enabled
      and exists (select 1 from staff_user_role ur join role_permission rp on rp.role_id = ur.role_id
                  where ur.user_id = u.id and rp.permission = 'USERS_MANAGE')
    group by u.tenant_id
$$;
revoke all on function tenant_admin_counts(timestamptz) from public;
grant execute on function tenant_admin_counts(timestamptz) to ${app_role};
