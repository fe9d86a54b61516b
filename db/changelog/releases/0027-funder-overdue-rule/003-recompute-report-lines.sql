--liquibase formatted sql

--changeset waymark:0027-003-recompute-report-lines splitStatements:false
-- The lines whose awaiting_destination the funder's rule can change (docs/decisions/0043): every line that awaited a
-- destination, and every leaver of 2023-24 or earlier (a destination starting on the leaving day no longer counts).
-- One provider at a time, so row security lets the migration see them.
do $$
declare
    provider uuid;
begin
    for provider in select id from tenant loop
        perform set_config('app.tenant_id', provider::text, true);
        perform refresh_destination_report_lines(array(
            select learner_id from destination_report_line
            where tenant_id = provider and (awaiting_destination or leaving_date <= date '2024-07-31')), false);
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;
