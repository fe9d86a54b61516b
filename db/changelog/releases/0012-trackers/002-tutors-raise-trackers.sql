--liquibase formatted sql

-- Tutors are who learners tell about a new address or phone number, so the standard Tutor role may raise trackers
-- (StandardRole gives new providers the same). Row security is forced on these tables, owner included, so it is
-- lifted for this one statement and forced again in the same transaction.
--changeset waymark:0012-002-tutors-raise-trackers
alter table role no force row level security;
alter table role disable row level security;
alter table role_permission no force row level security;
alter table role_permission disable row level security;
insert into role_permission (tenant_id, role_id, permission)
select r.tenant_id, r.id, 'TRACKER_CREATE' from role r where r.code = 'TUTOR' and r.standard
on conflict do nothing;
alter table role_permission enable row level security;
alter table role_permission force row level security;
alter table role enable row level security;
alter table role force row level security;
