--liquibase formatted sql

--changeset waymark:0006-002-deferred-report-lines splitStatements:false
-- A bulk writer of learners may defer what other features derive from them to one refresh of its own: the ILR import
-- writes each batch's learners and then their aims, and the report lines' triggers computed and wrote every line
-- twice (a first import of 100,000 learners took 26.7 s against 20-21 s before the lines). The learner module knows
-- only the generic pair below; this release makes the report lines follow it. The setting is transaction-local
-- (set_config(..., true)), so it cannot outlive the writer's transaction.
create function learner_dependants_deferred() returns boolean language sql stable as $$
    select coalesce(current_setting('waymark.learner_dependants', true), '') = 'deferred'
$$;

create function refresh_learner_dependants(learner_ids uuid[]) returns void language plpgsql as $$
begin
    perform refresh_destination_report_lines(learner_ids, true);
end
$$;

create or replace function learner_report_lines_inserted() returns trigger language plpgsql as $$
begin
    if learner_dependants_deferred() then
        return null;
    end if;
    perform refresh_destination_report_lines(
        array(select id from changed where leaving_date is not null), false);
    return null;
end
$$;

create or replace function learner_report_lines_updated() returns trigger language plpgsql as $$
begin
    if learner_dependants_deferred() then
        return null;
    end if;
    perform refresh_destination_report_lines(array(
        select n.id from changed n join previous o on o.id = n.id
        where (n.leaving_date, n.programme_status) is distinct from (o.leaving_date, o.programme_status)), false);
    return null;
end
$$;

create or replace function learners_report_lines_changed() returns trigger language plpgsql as $$
begin
    if learner_dependants_deferred() then
        return null;
    end if;
    if tg_op = 'UPDATE' then
        perform refresh_destination_report_lines(array(
            select learner_id from changed union select learner_id from previous), true);
    else
        perform refresh_destination_report_lines(array(select distinct learner_id from changed), true);
    end if;
    return null;
end
$$;
