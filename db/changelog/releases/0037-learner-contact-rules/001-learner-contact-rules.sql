--liquibase formatted sql

--changeset waymark:0037-001-learner-contact-rules-view
-- The learner module's read model of how a learner may be contacted (issue 19, docs/decisions/0054): who they are,
-- their addresses, their restricted use indicators (RUI) and preferred methods of contact (PMC) from the ILR, and
-- which purposes they asked not to be contacted for, by channel. The destination module's survey dispatch read the
-- learner, contact preference and suppression tables itself through its own view (survey_candidate, release 0004);
-- it now reads this view, named in Java by app.waymark.learner.LearnerViews.CONTACT_RULES. security_invoker, so the
-- tables' row security applies to whoever reads it.
create view learner_contact_rules with (security_invoker = true) as
select l.tenant_id, l.id as learner_id, l.leaving_date, l.programme_status, l.given_names, l.email, l.mobile_e164,
       l.high_needs,
       coalesce((select array_agg(p.pref_code) from learner_contact_preference p
                 where p.learner_id = l.id and p.pref_type = 'RUI'), '{}') as rui,
       coalesce((select array_agg(p.pref_code) from learner_contact_preference p
                 where p.learner_id = l.id and p.pref_type = 'PMC'), '{}') as pmc,
       coalesce((select array_agg(distinct s.purpose) from learner_suppression s
                 where s.learner_id = l.id and s.channel in ('EMAIL', 'ALL')), '{}') as email_suppressed_for,
       coalesce((select array_agg(distinct s.purpose) from learner_suppression s
                 where s.learner_id = l.id and s.channel in ('SMS', 'ALL')), '{}') as sms_suppressed_for
from learner l;

--changeset waymark:0037-001-drop-survey-candidate
-- Replaced by learner_contact_rules (above); nothing else reads it.
drop view survey_candidate;
