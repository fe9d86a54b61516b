--liquibase formatted sql

--changeset waymark:0022-001-report-lines-when-leaving-changes splitStatements:false
-- An update of learners that changes no leaving date or programme status (an address, a name, contact details) has
-- no report line to refresh, but the refresh was still called with an empty list, and it plans its statements on
-- every call (force_custom_plan): about 0.8 ms of each processed tracker's 10 (bench/trackers.sh). Same lines as
-- before; the refresh is now called only when there is a learner to refresh.
create or replace function learner_report_lines_updated() returns trigger language plpgsql as $$
declare
    moved uuid[];
begin
    if learner_dependants_deferred() then
        return null;
    end if;
    moved := array(
        select n.id from changed n join previous o on o.id = n.id
        where (n.leaving_date, n.programme_status) is distinct from (o.leaving_date, o.programme_status));
    if cardinality(moved) > 0 then
        perform refresh_destination_report_lines(moved, false);
    end if;
    return null;
end
$$;
