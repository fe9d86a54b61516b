--liquibase formatted sql

--changeset waymark:0005-002-survey-contact-review
-- Contact details a learner corrected at the end of the survey wait for staff: applied to the learner's record or
-- dismissed, by whom and when. Pending = changed, submitted and not yet reviewed.
alter table survey_response
    add column contact_review text check (contact_review in ('APPLIED', 'DISMISSED')),
    add column contact_reviewed_at timestamptz,
    add column contact_reviewed_by text;
create index survey_response_contact_pending_idx on survey_response (tenant_id, submitted_at)
    where contact_changed and submitted_at is not null and contact_review is null;
