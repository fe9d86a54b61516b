--liquibase formatted sql

--changeset waymark:0032-001-learner-profile-view
-- The learner module's read model for other modules' SQL (issue 19, docs/decisions/0054): who a learner is, how to
-- reach them and when they left. Other modules read learner data through this view, named in Java by
-- app.waymark.learner.LearnerViews, never through the learner table itself, so the module check sees the dependency
-- and the learner module can change its table behind the view. A plain projection: PostgreSQL inlines it, so plans
-- through it are the table's own. security_invoker, so the learner table's row security applies to whoever reads it.
create view learner_profile with (security_invoker = true) as
select l.tenant_id, l.id, l.learn_ref_number, l.uln, l.given_names, l.family_name, l.email, l.tel_no, l.mobile_e164,
       l.high_needs, l.leaving_date, l.programme_status
from learner l;
