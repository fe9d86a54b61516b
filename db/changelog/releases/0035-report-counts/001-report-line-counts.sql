--liquibase formatted sql

--changeset waymark:0035-001-destination-line-count
-- Counts of the destination report's lines kept as they change (issue 19, speed; docs/decisions/0061): for each
-- provider, how many lines have each measure, per UK calendar day where the measure has a date (the survey's sending
-- day, a collection date, the leaving date). The dashboard's figures and the report's count for a single filter then
-- add up a few hundred rows instead of counting up to a million lines.
-- Rows are deltas: every statement that changes lines appends one row per measure and day it changed (+n or -n), so
-- concurrent writers never wait on each other's counters; a recurring job folds each provider's rows into one per
-- measure and day. A count is the sum of the rows, folded or not.
create table destination_line_count (
    tenant_id uuid   not null references tenant (id),
    measure   text   not null,
    day       date,
    n         bigint not null
);
create index destination_line_count_idx on destination_line_count (tenant_id, measure, day) include (n);
call enable_tenant_isolation('destination_line_count');

--changeset waymark:0035-001-destination-line-measures splitStatements:false
-- The measures one line counts in; ReportCounts reads them by these names.
create function destination_line_measures(line destination_report_line)
returns table (measure text, day date)
language sql stable as $$
    select m.measure, m.day
    from (values
        ('lines', null::date, true),
        ('status:' || coalesce(line.survey_status, 'NONE'), null, true),
        ('sent:' || coalesce(line.survey_status, 'NONE'), (line.sent_at at time zone 'Europe/London')::date,
            line.sent_at is not null),
        ('answered:' || coalesce(line.survey_status, 'NONE'), (line.answered_at at time zone 'Europe/London')::date,
            line.answered_at is not null),
        ('not_contactable', null, line.not_contactable),
        ('not_contactable_collected', line.collected_last, line.not_contactable and line.collected_last is not null),
        ('flagged', null, line.flagged),
        ('unreviewed', null, line.unreviewed_flag),
        ('awaiting', line.leaving_date, line.awaiting_destination),
        ('collected:ANY', line.collected_last, line.collected_last is not null),
        ('collected:EMP', line.collected_emp, line.collected_emp is not null),
        ('collected:EDU', line.collected_edu, line.collected_edu is not null),
        ('collected:VOL', line.collected_vol, line.collected_vol is not null),
        ('collected:GAP', line.collected_gap, line.collected_gap is not null),
        ('collected:SDE', line.collected_sde, line.collected_sde is not null),
        ('collected:NPE', line.collected_npe, line.collected_npe is not null),
        ('collected:OTH', line.collected_oth, line.collected_oth is not null),
        -- positive: every type but NPE and OTH (OutcomeType.positive); greatest() skips nulls
        ('collected:POSITIVE', greatest(line.collected_emp, line.collected_edu, line.collected_vol,
            line.collected_gap, line.collected_sde), coalesce(line.collected_emp, line.collected_edu,
            line.collected_vol, line.collected_gap, line.collected_sde) is not null)
    ) as m(measure, day, counted)
    where m.counted
    union all
    select 'fund_model:' || f, null from unnest(line.fund_models) as f
$$;

--changeset waymark:0035-001-destination-line-counts-trigger splitStatements:false
create function destination_line_counts_changed() returns trigger
language plpgsql as $$
begin
    -- (Nested: an insert has no "previous" table to name, a delete no "changed" one.)
    if tg_op = 'INSERT' then
        insert into destination_line_count (tenant_id, measure, day, n)
        select c.tenant_id, m.measure, m.day, count(*)
        from changed c cross join lateral destination_line_measures(c) m
        group by 1, 2, 3;
    elsif tg_op = 'DELETE' then
        insert into destination_line_count (tenant_id, measure, day, n)
        select p.tenant_id, m.measure, m.day, -count(*)
        from previous p cross join lateral destination_line_measures(p) m
        group by 1, 2, 3;
    else
        insert into destination_line_count (tenant_id, measure, day, n)
        select tenant_id, measure, day, sum(sign)
        from (select c.tenant_id, m.measure, m.day, 1 as sign
              from changed c cross join lateral destination_line_measures(c) m
              union all
              select p.tenant_id, m.measure, m.day, -1
              from previous p cross join lateral destination_line_measures(p) m) as moved
        group by 1, 2, 3
        having sum(sign) <> 0;
    end if;
    return null;
end
$$;
create trigger destination_line_counts_inserted after insert on destination_report_line
    referencing new table as changed for each statement execute function destination_line_counts_changed();
create trigger destination_line_counts_updated after update on destination_report_line
    referencing old table as previous new table as changed
    for each statement execute function destination_line_counts_changed();
create trigger destination_line_counts_deleted after delete on destination_report_line
    referencing old table as previous for each statement execute function destination_line_counts_changed();

--changeset waymark:0035-001-count-existing-lines splitStatements:false
-- One provider at a time, so row security lets the migration see them.
do $$
declare
    provider uuid;
begin
    for provider in select id from tenant loop
        perform set_config('app.tenant_id', provider::text, true);
        insert into destination_line_count (tenant_id, measure, day, n)
        select d.tenant_id, m.measure, m.day, count(*)
        from destination_report_line d cross join lateral destination_line_measures(d) m
        group by 1, 2, 3;
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;
