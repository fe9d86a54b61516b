--liquibase formatted sql

-- Read on every request of a signed-in staff session, before any tenant is set: whether the person may still use
-- the session (enabled, provider active, no newer session generation) and the permissions their roles give now.
--changeset waymark:0009-002-staff-session-state
-- The owner reads role names for this lookup only (the functions below are the owner's only way in).
create policy owner_session_state on role for select to current_user using (true);
create function staff_session_state(p_user_id uuid)
returns table (session_generation bigint, enabled boolean, tenant_status text, role_names text[], permissions text[])
language sql stable security definer set search_path = public, pg_temp as $$
    select u.session_generation, u.enabled, t.status,
           coalesce((select array_agg(distinct r.name order by r.name)
                     from staff_user_role ur join role r on r.id = ur.role_id
                     where ur.user_id = u.id), '{}'),
           coalesce((select array_agg(distinct rp.permission order by rp.permission)
                     from staff_user_role ur join role_permission rp on rp.role_id = ur.role_id
                     where ur.user_id = u.id), '{}')
    from staff_user u join tenant t on t.id = u.tenant_id
    where u.id = p_user_id
$$;
revoke all on function staff_session_state(uuid) from public;
grant execute on function staff_session_state(uuid) to ${app_role};

-- Ends every session of one person (their own sign-out ends their sessions on other devices too).
--changeset waymark:0009-002-end-staff-sessions
create policy owner_end_sessions on staff_user for update to current_user using (true) with check (true);
create function end_staff_sessions(p_user_id uuid)
returns void
language sql volatile security definer set search_path = public, pg_temp as $$
    update staff_user set session_generation = session_generation + 1 where id = p_user_id
$$;
revoke all on function end_staff_sessions(uuid) from public;
grant execute on function end_staff_sessions(uuid) to ${app_role};

--changeset waymark:0009-002-drop-staff-session-generation
drop function staff_session_generation(uuid);
