--liquibase formatted sql

--changeset waymark:0030-002-survey-report-lines-in-place splitStatements:false
-- A survey written or changed moves only the survey columns of its learner's line (docs/decisions/0049). The daily
-- run inserts an invitation for every newly eligible learner at once, and recomputing each line whole (outcome
-- records, aims and the funder's rule) was most of the run's time (100,000 learners over 20 providers: 23 s). Same
-- protocol as refresh_destination_report_lines: the learners are locked in id order first, so a concurrent refresh of
-- the same learner runs after this one and sees the survey. The line takes the survey for the learner's current
-- leaving date, as the refresh does; a change of learner or leaving date, or a deleted survey, still refreshes the
-- lines whole.
create function survey_report_lines_changed() returns trigger
language plpgsql
set enable_seqscan = off
set plan_cache_mode = force_custom_plan
as $$
begin
    if learner_dependants_deferred() then
        return null;
    end if;
    -- (Nested: an insert has no "previous" table to name.)
    if tg_op = 'UPDATE' then
        if exists (select 1 from previous o left join changed n on n.id = o.id
                   where n.id is null
                      or (n.learner_id, n.leaving_date) is distinct from (o.learner_id, o.leaving_date)) then
            perform refresh_destination_report_lines(array(
                select learner_id from changed union select learner_id from previous), true);
            return null;
        end if;
    end if;
    perform 1 from learner l join (select distinct learner_id from changed) u on u.learner_id = l.id order by l.id
        for no key update of l;
    update destination_report_line d
    set survey_status = i.status, sent_at = i.sent_at, answered_at = i.answered_at
    from changed i join learner l on l.id = i.learner_id and l.leaving_date = i.leaving_date
    where d.learner_id = i.learner_id
      and (d.survey_status, d.sent_at, d.answered_at) is distinct from (i.status, i.sent_at, i.answered_at);
    return null;
end
$$;

drop trigger report_lines_inserted on survey_invitation;
drop trigger report_lines_updated on survey_invitation;
create trigger report_lines_inserted after insert on survey_invitation
    referencing new table as changed for each statement execute function survey_report_lines_changed();
create trigger report_lines_updated after update on survey_invitation
    referencing old table as previous new table as changed
    for each statement execute function survey_report_lines_changed();
