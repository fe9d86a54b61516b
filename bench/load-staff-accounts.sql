-- Staff accounts for the bench scripts that sign many people in (load.sh, sign-in-burst.sh): load-staff-<n>@northfield.example
-- for n in 1..:staff, each a copy of admin@northfield.example's password hash and roles, so the demo password signs
-- them in. Run as the owner role: psql -v staff=N -f bench/load-staff-accounts.sql
select set_config('app.tenant_id', (select id::text from tenant where slug = 'northfield'), false) \g /dev/null
insert into staff_user (tenant_id, id, email, display_name, password_hash, enabled, must_change_password, created_at,
                        password_changed_at)
select a.tenant_id, gen_random_uuid(), 'load-staff-' || n || '@northfield.example', 'Load test staff ' || n,
       a.password_hash, true, false, now(), now()
  from staff_user a, generate_series(1, :staff) n
 where a.email = 'admin@northfield.example'
on conflict do nothing;
insert into staff_user_role (tenant_id, user_id, role_id)
select u.tenant_id, u.id, r.role_id
  from staff_user u, staff_user a join staff_user_role r on r.user_id = a.id
 where a.email = 'admin@northfield.example' and u.email like 'load-staff-%@northfield.example'
   and not exists (select 1 from staff_user_role x where x.user_id = u.id);
-- Blocks an earlier, interrupted run left on loopback addresses or on these accounts are lifted.
delete from sign_in_throttle where throttle_key like 'address:127.%'
    or throttle_key like 'account:load-staff-%@northfield.example';
