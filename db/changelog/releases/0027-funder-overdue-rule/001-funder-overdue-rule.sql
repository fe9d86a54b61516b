--liquibase formatted sql

--changeset waymark:0027-001-destination-required-by-funder splitStatements:false
-- Whether the funder required a destination for a learner with this aim (docs/decisions/0043): the ILR's Learner
-- Destination and Progression entity was collected for 16-19 (FundModel 25), adult skills (35), ESF (70), other adult
-- (81) except trailblazer apprenticeship standards (81 with ProgType 25), apprenticeships funded by the ESFA outside
-- the apprenticeship service (36 with ACT 2 only, started on or after 1 August 2018) and, by R108, advanced learner
-- loans (ADL 1). FAMs are the aim's stored LearningDeliveryFAMs, codes as text.
create function destination_required_by_funder(fund_model int, prog_type int, fams jsonb, first_start date)
    returns boolean language sql immutable as $$
    select case fund_model
               when 25 then true
               when 35 then true
               when 70 then true
               when 81 then prog_type is distinct from 25
               when 36 then coalesce(fams, '[]') @> '[{"type": "ACT", "code": "2"}]'
                   and not coalesce(fams, '[]') @> '[{"type": "ACT", "code": "1"}]'
                   and first_start >= date '2018-08-01'
               when 99 then coalesce(fams, '[]') @> '[{"type": "ADL", "code": "1"}]'
               else false
           end
$$;

--changeset waymark:0027-001-refresh-destination-report-lines splitStatements:false
-- As release 0005 wrote it, but awaiting_destination is now the funder's rule (docs/decisions/0043): the learner
-- left (completed or withdrawn) in 2023-24 or earlier (the ILR collected no destinations from 2024-25), had an aim the
-- funder required a destination for, and has no destination starting AFTER the leaving date (a destination starting
-- on the leaving day no longer counts). The report adds the two months and the provider's back-population date when
-- it reads the flag. The aims' FAMs are read only for learners who left by 31 July 2024, so refreshing today's
-- leavers still reads the index alone for their funding models.
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
        survey_status, sent_at, answered_at, outcomes, flags, flagged, not_contactable, fund_models)
    select l.tenant_id, l.id, l.leaving_date,
           l.programme_status in ('COMPLETED', 'WITHDRAWN') and l.leaving_date <= date '2024-07-31'
               and coalesce(f.required, false) and not coalesce(r.since_leaving, false),
           i.status, i.sent_at, i.answered_at, r.outcomes, r.flags, coalesce(r.flagged, false),
           coalesce(r.not_contactable, false), coalesce(a.fund_models, '{}')
    from (select distinct id from unnest(learner_ids) as u(id)) u
    join learner l on l.id = u.id and l.leaving_date is not null
    left join survey_invitation i
        on i.tenant_id = l.tenant_id and i.learner_id = l.id and i.leaving_date = l.leaving_date
    left join lateral (
        select string_agg(r.out_type || '-' || r.out_code, ', ' order by r.start_date desc, r.out_type) as outcomes,
               string_agg(distinct r.flag, ', ') as flags,
               bool_or(r.flag is not null) as flagged,
               bool_or(r.flag = 'NOT_CONTACTABLE') as not_contactable,
               bool_or(r.start_date > l.leaving_date) as since_leaving
        from destination_record r where r.tenant_id = l.tenant_id and r.learner_id = l.id) r on true
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
        not_contactable = excluded.not_contactable, fund_models = excluded.fund_models
    where (d.leaving_date, d.awaiting_destination, d.survey_status, d.sent_at, d.answered_at, d.outcomes, d.flags,
           d.flagged, d.not_contactable, d.fund_models)
          is distinct from
          (excluded.leaving_date, excluded.awaiting_destination, excluded.survey_status, excluded.sent_at,
           excluded.answered_at, excluded.outcomes, excluded.flags, excluded.flagged, excluded.not_contactable,
           excluded.fund_models);
end
$$;
