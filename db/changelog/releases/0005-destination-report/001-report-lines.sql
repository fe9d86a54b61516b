--liquibase formatted sql

--changeset waymark:0005-001-destination-report-line
-- The destination report's line per learner who has left (docs/decisions/0014): the survey for the current leaving
-- date and a summary of the outcome records, kept up to date by triggers on the four tables it is made from, so the
-- report and its counts read one narrow table instead of joining and anti-joining a million records.
create table destination_report_line (
    tenant_id             uuid not null references tenant (id),
    learner_id            uuid primary key,
    leaving_date          date not null,
    -- left (completed or withdrawn) with no destination starting on or after the leaving date (ILR rule R107)
    awaiting_destination  boolean not null,
    survey_status         text,
    sent_at               timestamptz,
    answered_at           timestamptz,
    outcomes              text,
    flags                 text,
    flagged               boolean not null,
    not_contactable       boolean not null,
    fund_models           int[] not null,
    unique (tenant_id, learner_id),
    -- By the learner's primary key alone (the trigger copies tenant_id from the learner row): the check of a
    -- composite key took a tenant-prefix index in a large import and read every learner of the tenant per line.
    foreign key (learner_id) references learner (id) on delete cascade
);
-- Report order; the funding models ride along so a count by funding model is an index-only scan (a GIN index on
-- them lost to a sequential scan of every provider's lines).
create index destination_report_line_order_idx
    on destination_report_line (tenant_id, leaving_date desc, learner_id desc) include (fund_models);
create index destination_report_line_status_idx
    on destination_report_line (tenant_id, survey_status, leaving_date desc, learner_id desc);
create index destination_report_line_sent_idx on destination_report_line (tenant_id, sent_at)
    where sent_at is not null;
create index destination_report_line_answered_idx on destination_report_line (tenant_id, answered_at)
    where answered_at is not null;
create index destination_report_line_awaiting_idx
    on destination_report_line (tenant_id, leaving_date desc, learner_id desc) where awaiting_destination;
create index destination_report_line_flagged_idx
    on destination_report_line (tenant_id, leaving_date desc, learner_id desc) where flagged;
create index destination_report_line_not_contactable_idx
    on destination_report_line (tenant_id, leaving_date desc, learner_id desc) where not_contactable;
call enable_tenant_isolation('destination_report_line');

--changeset waymark:0005-001-learning-delivery-by-learner
-- Aims are read by learner, always with the tenant (row security adds it). With (learner_id, aim_seq_number), a
-- provider missing from the statistics (its first import) made (tenant_id, fund_model) look cheaper, and each
-- look-up read all the provider's aims; this index matches both conditions, and covers the funding models.
drop index learning_delivery_learner_idx;
create index learning_delivery_learner_idx on learning_delivery (tenant_id, learner_id, fund_model);

--changeset waymark:0005-001-drop-learner-report-index
-- The report no longer reads leavers from learner; (tenant_id, leaving_date) still serves the learner list, and one
-- index fewer is less for the ILR import to write.
drop index learner_report_idx;

--changeset waymark:0005-001-refresh-destination-report-lines splitStatements:false
-- Recomputes the lines of the given learners from the tables they summarise (under the caller's row security).
-- Writers of outcome records, surveys and aims first lock the learners' rows, in id order, so two transactions
-- changing the same learner refresh one after the other, the second seeing the first's rows.
-- Every look-up is by learner, so the plan must not depend on statistics, which lag behind a transaction that is
-- writing many rows (an ILR import, or the benchmark's data): with them, a table taken for nearly empty was scanned
-- whole once per learner. Sequential scans are off inside the function and each call is planned for its own array.
create function refresh_destination_report_lines(learner_ids uuid[], lock_learners boolean) returns void
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
           l.programme_status in ('COMPLETED', 'WITHDRAWN') and not coalesce(r.since_leaving, false),
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
               bool_or(r.start_date >= l.leaving_date) as since_leaving
        from destination_record r where r.tenant_id = l.tenant_id and r.learner_id = l.id) r on true
    left join lateral (
        select array_agg(distinct a.fund_model order by a.fund_model) as fund_models
        from learning_delivery a where a.tenant_id = l.tenant_id and a.learner_id = l.id) a on true
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

--changeset waymark:0005-001-report-line-triggers splitStatements:false
-- Statement-level triggers with transition tables: one refresh per statement, however many rows it wrote (the ILR
-- import writes learners and aims in a few INSERT ... SELECT statements).
create function learner_report_lines_inserted() returns trigger language plpgsql as $$
begin
    perform refresh_destination_report_lines(
        array(select id from changed where leaving_date is not null), false);
    return null;
end
$$;

create function learner_report_lines_updated() returns trigger language plpgsql as $$
begin
    perform refresh_destination_report_lines(array(
        select n.id from changed n join previous o on o.id = n.id
        where (n.leaving_date, n.programme_status) is distinct from (o.leaving_date, o.programme_status)), false);
    return null;
end
$$;

-- Aims, surveys and outcome records: the lines of every learner a statement touched, before and after an update
-- (a refresh that changes nothing writes nothing).
create function learners_report_lines_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        perform refresh_destination_report_lines(array(
            select learner_id from changed union select learner_id from previous), true);
    else
        perform refresh_destination_report_lines(array(select distinct learner_id from changed), true);
    end if;
    return null;
end
$$;

create trigger report_lines_inserted after insert on learner
    referencing new table as changed for each statement execute function learner_report_lines_inserted();
create trigger report_lines_updated after update on learner
    referencing old table as previous new table as changed
    for each statement execute function learner_report_lines_updated();

do $$
declare
    child text;
begin
    foreach child in array array['learning_delivery', 'survey_invitation', 'destination_record'] loop
        execute format('create trigger report_lines_inserted after insert on %I referencing new table as changed'
                       ' for each statement execute function learners_report_lines_changed()', child);
        execute format('create trigger report_lines_updated after update on %I'
                       ' referencing old table as previous new table as changed'
                       ' for each statement execute function learners_report_lines_changed()', child);
        execute format('create trigger report_lines_deleted after delete on %I referencing old table as changed'
                       ' for each statement execute function learners_report_lines_changed()', child);
    end loop;
end
$$;

--changeset waymark:0005-001-fill-destination-report-lines splitStatements:false
-- Lines for the learners already there, one provider at a time so row security lets the migration see them.
do $$
declare
    provider uuid;
begin
    for provider in select id from tenant loop
        perform set_config('app.tenant_id', provider::text, true);
        perform refresh_destination_report_lines(array(
            select id from learner where tenant_id = provider and leaving_date is not null), false);
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;
