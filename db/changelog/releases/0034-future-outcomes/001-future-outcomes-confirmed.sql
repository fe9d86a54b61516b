--liquibase formatted sql

--changeset waymark:0034-001-destination-record-confirmed
-- Issue 19 rule 7, decision 0060. A future outcome (a record whose start date is after its collection date, at most a
-- year: decision 0046) does not count as a positive destination until it is confirmed: by staff ("Confirm started",
-- once the start date has passed) or by a later survey answer of the learner with the same type and code. Who
-- confirmed it and when is kept on the record; the audit trail has the rest.
alter table destination_record
    add column confirmed_at timestamptz,
    add column confirmed_by text,
    add constraint destination_record_confirmed_whole check ((confirmed_at is null) = (confirmed_by is null)),
    add constraint destination_record_confirmed_future check (confirmed_at is null or start_date > collection_date);

--changeset waymark:0034-001-collected-index-counted-records
-- The dashboard's outcome figures and the report's outcome filters read only records that count: not superseded, and
-- not an unconfirmed future outcome. The index carries that condition so they stay index-only (decision 0015's
-- figures at full size); the queries write the condition exactly as here (ReportQueries.COUNTS).
create index destination_record_counting_collected_idx on destination_record (tenant_id, collection_date)
    include (out_type, learner_id)
    where superseded_at is null and (start_date <= collection_date or confirmed_at is not null);
drop index destination_record_counted_collected_idx;

--changeset waymark:0034-001-refresh-destination-report-lines splitStatements:false
-- Release 0030's function (the latest), with one change ("counts" below): an unconfirmed future outcome is left
-- out of the line's outcomes and of its collection dates (so of the dashboard's outcome figures), while it still is a
-- destination since leaving for "awaiting a destination" (it goes to the ILR, which accepts a future outcome with a
-- definite start date, so the funder's R107/R108 check is met: decision 0060). Flags come only from automatic OTH-3s,
-- which start before they are collected, so they are unchanged.
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
        survey_status, sent_at, answered_at, outcomes, flags, flagged, unreviewed_flag, not_contactable, fund_models,
        collected_last, collected_emp, collected_edu, collected_vol, collected_gap, collected_sde, collected_npe,
        collected_oth)
    select l.tenant_id, l.id, l.leaving_date,
           l.programme_status in ('COMPLETED', 'WITHDRAWN') and l.leaving_date <= date '2024-07-31'
               and coalesce(f.required, false) and not coalesce(r.since_leaving, false),
           i.status, i.sent_at, i.answered_at, r.outcomes, r.flags, coalesce(r.flagged, false),
           coalesce(r.unreviewed_flag, false), coalesce(r.not_contactable, false), coalesce(a.fund_models, '{}'),
           r.collected_last, r.collected_emp, r.collected_edu, r.collected_vol, r.collected_gap, r.collected_sde,
           r.collected_npe, r.collected_oth
    from (select distinct id from unnest(learner_ids) as u(id)) u
    join learner l on l.id = u.id and l.leaving_date is not null
    left join survey_invitation i
        on i.tenant_id = l.tenant_id and i.learner_id = l.id and i.leaving_date = l.leaving_date
    left join lateral (
        select string_agg(r.out_type || '-' || r.out_code, ', ' order by r.start_date desc, r.out_type)
                   filter (where r.counts) as outcomes,
               string_agg(distinct r.flag, ', ') as flags,
               bool_or(r.flag is not null) as flagged,
               bool_or(r.flag is not null and r.reviewed_at is null) as unreviewed_flag,
               bool_or(r.flag = 'NOT_CONTACTABLE') as not_contactable,
               bool_or(r.start_date > l.leaving_date) as since_leaving,
               max(r.collection_date) filter (where r.counts) as collected_last,
               max(r.collection_date) filter (where r.counts and r.out_type = 'EMP') as collected_emp,
               max(r.collection_date) filter (where r.counts and r.out_type = 'EDU') as collected_edu,
               max(r.collection_date) filter (where r.counts and r.out_type = 'VOL') as collected_vol,
               max(r.collection_date) filter (where r.counts and r.out_type = 'GAP') as collected_gap,
               max(r.collection_date) filter (where r.counts and r.out_type = 'SDE') as collected_sde,
               max(r.collection_date) filter (where r.counts and r.out_type = 'NPE') as collected_npe,
               max(r.collection_date) filter (where r.counts and r.out_type = 'OTH') as collected_oth
        from (select r.*, (r.start_date <= r.collection_date or r.confirmed_at is not null) as counts
              from destination_record r
              where r.tenant_id = l.tenant_id and r.learner_id = l.id and r.superseded_at is null) r) r on true
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
        fund_models = excluded.fund_models, collected_last = excluded.collected_last,
        collected_emp = excluded.collected_emp, collected_edu = excluded.collected_edu,
        collected_vol = excluded.collected_vol, collected_gap = excluded.collected_gap,
        collected_sde = excluded.collected_sde, collected_npe = excluded.collected_npe,
        collected_oth = excluded.collected_oth
    where (d.leaving_date, d.awaiting_destination, d.survey_status, d.sent_at, d.answered_at, d.outcomes, d.flags,
           d.flagged, d.unreviewed_flag, d.not_contactable, d.fund_models, d.collected_last, d.collected_emp,
           d.collected_edu, d.collected_vol, d.collected_gap, d.collected_sde, d.collected_npe, d.collected_oth)
          is distinct from
          (excluded.leaving_date, excluded.awaiting_destination, excluded.survey_status, excluded.sent_at,
           excluded.answered_at, excluded.outcomes, excluded.flags, excluded.flagged, excluded.unreviewed_flag,
           excluded.not_contactable, excluded.fund_models, excluded.collected_last, excluded.collected_emp,
           excluded.collected_edu, excluded.collected_vol, excluded.collected_gap, excluded.collected_sde,
           excluded.collected_npe, excluded.collected_oth);
end
$$;

--changeset waymark:0034-001-recompute-report-lines splitStatements:false
-- The lines of every learner with a future outcome, one provider at a time, so row security lets the migration see
-- them. None is confirmed yet, so each leaves the counts until it is.
do $$
declare
    provider uuid;
begin
    for provider in select id from tenant loop
        perform set_config('app.tenant_id', provider::text, true);
        perform refresh_destination_report_lines(array(
            select distinct learner_id from destination_record
            where tenant_id = provider and start_date > collection_date), false);
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;
