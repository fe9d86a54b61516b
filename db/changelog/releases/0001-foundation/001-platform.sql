--liquibase formatted sql

--changeset waymark:0001-001-app-role-grants
-- The portal runs as ${app_role}: it owns nothing, is not superuser and has no BYPASSRLS.
grant usage on schema public to ${app_role};
alter default privileges in schema public grant select, insert, update, delete on tables to ${app_role};
alter default privileges in schema public grant usage, select on sequences to ${app_role};

--changeset waymark:0001-001-tenant
-- Platform table: the tenant registry itself is not tenant data.
create table tenant (
    id          uuid primary key,
    name        text not null check (length(trim(name)) between 1 and 200),
    slug        text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,39}$'),
    ukprn       text not null unique check (ukprn ~ '^[1-9][0-9]{7}$'),
    status      text not null check (status in ('ACTIVE', 'SUSPENDED')),
    created_at  timestamptz not null,
    version     bigint not null default 0
);

--changeset waymark:0001-001-platform-operator
create table platform_operator (
    id            uuid primary key,
    email         text not null,
    display_name  text not null,
    password_hash text not null,
    enabled       boolean not null default true,
    created_at    timestamptz not null
);
create unique index platform_operator_email_uq on platform_operator (lower(email));

--changeset waymark:0001-001-sign-in-throttle
-- Failed sign-ins per account and per client address; shared by every app node.
create table sign_in_throttle (
    throttle_key       text primary key,
    failures           integer not null,
    window_started_at  timestamptz not null,
    blocked_until      timestamptz
);
