--liquibase formatted sql

--changeset waymark:0028-001-refresh-destination-report-lines splitStatements:false
-- Releases 0026 (a superseded record counts for nothing; unreviewed_flag) and 0027 (awaiting_destination is the
-- funder's rule, a destination must start AFTER leaving) each replaced release 0005's function, and 0027, running
-- last, lost 0026's changes. This is the function with both (decisions 0043 and 0045).
create or replace function refresh_destination_report_lines(learner_ids uuid[], lock_learners boolean)
returns void
language plpgsql
set enable_seqscan = off
set plan_cache_mode = force_custom_plan
as $$
begin
    if lock_learners then
        perform 1 from learner l join unnest(learner_ids) as u(id) on u.id = l.id order by l.id
            for no key update of l;
    end if;
    delete from destination_report_line d using unnest(learner_ids) as u(id)
    where d.learner_id = u.id
      and not exists (select 1 from learner l where l.id = d.learner_id and l.leaving_date is not null);
    insert into destination_report_line as d (tenant_id, learner_id, leaving_date, awaiting_destination,
        survey_status, sent_at, answered_at, outcomes, flags, flagged, unreviewed_flag, not_contactable, fund_models)
    select l.tenant_id, l.id, l.leaving_date,
           l.programme_status in ('COMPLETED', 'WITHDRAWN') and l.leaving_date <= date '2024-07-31'
               and coalesce(f.required, false) and not coalesce(r.since_leaving, false),
           i.status, i.sent_at, i.answered_at, r.outcomes, r.flags, coalesce(r.flagged, false),
           coalesce(r.unreviewed_flag, false), coalesce(r.not_contactable, false), coalesce(a.fund_models, '{}')
    from (select distinct id from unnest(learner_ids) as u(id)) u
    join learner l on l.id = u.id and l.leaving_date is not null
    left join survey_invitation i
        on i.tenant_id = l.tenant_id and i.learner_id = l.id and i.leaving_date = l.leaving_date
    left join lateral (
        select string_agg(r.out_type || '-' || r.out_code, ', ' order by r.start_date desc, r.out_type) as outcomes,
               string_agg(distinct r.flag, ', ') as flags,
               bool_or(r.flag is not null) as flagged,
               bool_or(r.flag is not null and r.reviewed_at is null) as unreviewed_flag,
               bool_or(r.flag = 'NOT_CONTACTABLE') as not_contactable,
               bool_or(r.start_date > l.leaving_date) as since_leaving
        from destination_record r
        where r.tenant_id = l.tenant_id and r.learner_id = l.id and r.superseded_at is null) r on true
    left join lateral (
        select array_agg(distinct a.fund_model order by a.fund_model) as fund_models
        from learning_delivery a where a.tenant_id = l.tenant_id and a.learner_id = l.id) a on true
    left join lateral (
        select bool_or(destination_required_by_funder(a.fund_model, a.prog_type, a.fams,
                   coalesce(a.orig_learn_start_date, a.learn_start_date))) as required
        from learning_delivery a
        where l.leaving_date <= date '2024-07-31' and a.tenant_id = l.tenant_id and a.learner_id = l.id) f on true
    on conflict (learner_id) do update set
        leaving_date = excluded.leaving_date, awaiting_destination = excluded.awaiting_destination,
        survey_status = excluded.survey_status, sent_at = excluded.sent_at, answered_at = excluded.answered_at,
        outcomes = excluded.outcomes, flags = excluded.flags, flagged = excluded.flagged,
        unreviewed_flag = excluded.unreviewed_flag, not_contactable = excluded.not_contactable,
        fund_models = excluded.fund_models
    where (d.leaving_date, d.awaiting_destination, d.survey_status, d.sent_at, d.answered_at, d.outcomes, d.flags,
           d.flagged, d.unreviewed_flag, d.not_contactable, d.fund_models)
          is distinct from
          (excluded.leaving_date, excluded.awaiting_destination, excluded.survey_status, excluded.sent_at,
           excluded.answered_at, excluded.outcomes, excluded.flags, excluded.flagged, excluded.unreviewed_flag,
           excluded.not_contactable, excluded.fund_models);
end
$$;
