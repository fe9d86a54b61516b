--liquibase formatted sql

--changeset waymark:0018-001-survey-contact-outcome
-- What became of the contact details a learner gave at the end of the destination survey (decision 0035). Until this
-- release they waited for staff on their own screen, who applied or dismissed them (APPLIED, DISMISSED). From now on
-- the survey raises a change-of-contact-details tracker on the learner's behalf (TRACKER, contact_tracker_id), or,
-- when the tracker rules refuse one, keeps why (NOT_RAISED, contact_note). What the learner gave stays in
-- confirmed_email and confirmed_mobile either way.
alter table survey_response drop constraint survey_response_contact_review_check;
alter table survey_response
    add constraint survey_response_contact_review_check
        check (contact_review in ('APPLIED', 'DISMISSED', 'TRACKER', 'NOT_RAISED')),
    add column contact_tracker_id uuid,
    add column contact_note text,
    -- checked at commit: the survey writes its response with JDBC in the transaction that raises the tracker
    -- through JPA, which writes the tracker when it flushes
    add constraint survey_response_contact_tracker_fk
        foreign key (tenant_id, contact_tracker_id) references tracker (tenant_id, id)
        deferrable initially deferred;
create index survey_response_contact_tracker_idx on survey_response (tenant_id, contact_tracker_id)
    where contact_tracker_id is not null;
