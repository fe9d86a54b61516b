--liquibase formatted sql

--changeset waymark:0008-002-session-generation
-- A session remembers the generation its person signed in at; raising it ends every older session at its next
-- request, on every node (a password reset does; a password change keeps only the session that made it).
alter table staff_user add column session_generation bigint not null default 0;
alter table platform_operator add column session_generation bigint not null default 0;

--changeset waymark:0008-002-staff-session-generation-lookup splitStatements:false
-- Each request of a signed-in member of staff checks their generation before the tenant is set for the request.
create function staff_session_generation(p_user_id uuid)
returns bigint
language sql stable security definer set search_path = public, pg_temp as $$
    select u.session_generation from staff_user u where u.id = p_user_id
$$;
revoke all on function staff_session_generation(uuid) from public;
grant execute on function staff_session_generation(uuid) to ${app_role};
