--liquibase formatted sql

--changeset waymark:0002-003-refresh-learner-statistics splitStatements:false
-- A large import fills these tables inside one transaction. Plans cached while they were small (foreign-key checks,
-- prepared look-ups) would keep scanning them whole; the importer calls this as the tables grow, so PostgreSQL
-- re-plans with their real size. ANALYZE needs the owner, hence SECURITY DEFINER.
create function refresh_learner_statistics()
returns void
language plpgsql security definer set search_path = public as $$
begin
    analyze learner;
    analyze learning_delivery;
    analyze employment_status;
    analyze learner_fam;
    analyze learner_contact_preference;
end
$$;
revoke all on function refresh_learner_statistics() from public;
grant execute on function refresh_learner_statistics() to ${app_role};
