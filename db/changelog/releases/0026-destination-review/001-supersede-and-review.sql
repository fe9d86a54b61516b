--liquibase formatted sql

--changeset waymark:0026-001-destination-record-supersede-and-review
-- Issue 19 (decision 0045). An automatic OTH-3 can be superseded by staff when a real destination turns up: it stays
-- in the learner's history with who, when and why, and no longer counts as the learner's destination. A flagged
-- record (not contactable, no response, unsubscribed) can be marked reviewed with who, when and a note.
alter table destination_record
    add column superseded_at timestamptz,
    add column superseded_by text,
    add column supersede_reason text,
    add column reviewed_at timestamptz,
    add column reviewed_by text,
    add column review_note text,
    add constraint destination_record_superseded_whole
        check ((superseded_at is null) = (superseded_by is null)
               and (superseded_at is null) = (supersede_reason is null)),
    add constraint destination_record_superseded_automatic
        check (superseded_at is null or source = 'AUTOMATIC'),
    add constraint destination_record_reviewed_whole
        check ((reviewed_at is null) = (reviewed_by is null) and (reviewed_at is null) = (review_note is null)),
    add constraint destination_record_reviewed_flag
        check (reviewed_at is null or flag is not null);

--changeset waymark:0026-001-collected-index-without-superseded
-- The dashboard's outcome figures and the report's collected dates read only records that still count; the index
-- stays one they are read from alone (decision 0015's figures at full size).
create index destination_record_counted_collected_idx on destination_record (tenant_id, collection_date)
    include (out_type, learner_id) where superseded_at is null;
drop index destination_record_collected_idx;

--changeset waymark:0026-001-report-line-unreviewed-flag
-- The dashboard counts learners with a flag nobody has reviewed yet; the report filters on it.
alter table destination_report_line add column unreviewed_flag boolean not null default false;
create index destination_report_line_unreviewed_idx
    on destination_report_line (tenant_id, leaving_date desc, learner_id desc) where unreviewed_flag;

--changeset waymark:0026-001-refresh-without-superseded splitStatements:false
-- As release 0005's function, with two changes: a superseded record is left out of every summary (outcomes, flags,
-- not contactable, a destination since leaving), and unreviewed_flag says whether a flag still waits for review.
create or replace function refresh_destination_report_lines(learner_ids uuid[], lock_learners boolean) returns void
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
           l.programme_status in ('COMPLETED', 'WITHDRAWN') and not coalesce(r.since_leaving, false),
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
               bool_or(r.start_date >= l.leaving_date) as since_leaving
        from destination_record r
        where r.tenant_id = l.tenant_id and r.learner_id = l.id and r.superseded_at is null) r on true
    left join lateral (
        select array_agg(distinct a.fund_model order by a.fund_model) as fund_models
        from learning_delivery a where a.tenant_id = l.tenant_id and a.learner_id = l.id) a on true
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

--changeset waymark:0026-001-fill-unreviewed-flag splitStatements:false
-- Nothing has been reviewed or superseded yet, so every flagged line waits for review. One provider at a time, so
-- row security lets the migration see the lines.
do $$
declare
    provider uuid;
begin
    for provider in select id from tenant loop
        perform set_config('app.tenant_id', provider::text, true);
        update destination_report_line set unreviewed_flag = true where tenant_id = provider and flagged;
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;
