--liquibase formatted sql

--changeset waymark:0006-003-refresh-learner-dependants-without-lock splitStatements:false
-- The refresh locks the learners' rows so that concurrent writers of aims, surveys and records refresh one after the
-- other (decision 0014). A writer of learners calls this after writing those very rows in the same transaction, so
-- it holds their locks already (updated rows), or no one else can see them yet (new rows); locking again only wrote a
-- lock onto every new row.
create or replace function refresh_learner_dependants(learner_ids uuid[]) returns void language plpgsql as $$
begin
    perform refresh_destination_report_lines(learner_ids, false);
end
$$;
