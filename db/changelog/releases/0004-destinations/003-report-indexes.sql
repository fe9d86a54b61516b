--liquibase formatted sql

--changeset waymark:0004-003-report-indexes
-- The destination report (issue 5): leavers newest first, their survey by status or date, flagged records.
create index learner_report_idx on learner (tenant_id, leaving_date, id) where leaving_date is not null;
create index survey_invitation_report_status_idx on survey_invitation (tenant_id, status, learner_id, leaving_date);
create index survey_invitation_report_sent_idx on survey_invitation (tenant_id, sent_at);
create index survey_invitation_report_answered_idx on survey_invitation (tenant_id, answered_at)
    where answered_at is not null;
create index destination_record_report_flag_idx on destination_record (tenant_id, flag, learner_id)
    where flag is not null;
