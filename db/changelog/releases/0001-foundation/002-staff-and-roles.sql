--liquibase formatted sql

--changeset waymark:0001-002-staff-user
create table staff_user (
    tenant_id             uuid not null references tenant (id),
    id                    uuid primary key,
    email                 text not null,
    display_name          text not null check (length(trim(display_name)) between 1 and 200),
    password_hash         text not null,
    enabled               boolean not null default true,
    must_change_password  boolean not null default false,
    created_at            timestamptz not null,
    password_changed_at   timestamptz,
    version               bigint not null default 0,
    unique (tenant_id, id)
);
-- Email is unique across the whole platform: it is how a person signs in.
create unique index staff_user_email_uq on staff_user (lower(email));

--changeset waymark:0001-002-role
create table role (
    tenant_id  uuid not null references tenant (id),
    id         uuid primary key,
    code       text not null,
    name       text not null,
    standard   boolean not null default false,
    version    bigint not null default 0,
    unique (tenant_id, id),
    unique (tenant_id, code)
);

-- Join tables take tenant_id from the transaction's tenant setting, so JPA collections can insert them.
create table role_permission (
    tenant_id   uuid not null default nullif(current_setting('app.tenant_id', true), '')::uuid,
    role_id     uuid not null,
    permission  text not null,
    primary key (role_id, permission),
    foreign key (tenant_id, role_id) references role (tenant_id, id) on delete cascade
);

create table staff_user_role (
    tenant_id  uuid not null default nullif(current_setting('app.tenant_id', true), '')::uuid,
    user_id    uuid not null,
    role_id    uuid not null,
    primary key (user_id, role_id),
    foreign key (tenant_id, user_id) references staff_user (tenant_id, id) on delete cascade,
    foreign key (tenant_id, role_id) references role (tenant_id, id) on delete cascade
);
create index staff_user_role_role_idx on staff_user_role (tenant_id, role_id);

--changeset waymark:0001-002-staff-rls
alter table staff_user enable row level security;
alter table staff_user force row level security;
create policy tenant_isolation on staff_user
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table role enable row level security;
alter table role force row level security;
create policy tenant_isolation on role
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table role_permission enable row level security;
alter table role_permission force row level security;
create policy tenant_isolation on role_permission
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

alter table staff_user_role enable row level security;
alter table staff_user_role force row level security;
create policy tenant_isolation on staff_user_role
    using (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid)
    with check (tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid);

--changeset waymark:0001-002-sign-in-lookup splitStatements:false
-- Sign-in happens before any tenant is known. These two functions are the only way past row security for
-- staff_user: they run as the owner (a read-only policy for the owner alone) and return the minimum.
create policy owner_sign_in_lookup on staff_user for select to current_user using (true);

create function staff_sign_in_lookup(p_email text)
returns table (user_id uuid, tenant_id uuid, password_hash text, enabled boolean, tenant_status text, tenant_name text)
language sql stable security definer set search_path = public as $$
    select u.id, u.tenant_id, u.password_hash, u.enabled, t.status, t.name
    from staff_user u join tenant t on t.id = u.tenant_id
    where lower(u.email) = lower(p_email)
$$;

create function staff_email_taken(p_email text)
returns boolean
language sql stable security definer set search_path = public as $$
    select exists (select 1 from staff_user where lower(email) = lower(p_email))
$$;

revoke all on function staff_sign_in_lookup(text) from public;
revoke all on function staff_email_taken(text) from public;
grant execute on function staff_sign_in_lookup(text) to ${app_role};
grant execute on function staff_email_taken(text) to ${app_role};
