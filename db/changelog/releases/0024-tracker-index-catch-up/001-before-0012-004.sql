--liquibase formatted sql

--changeset waymark:0024-001-before-0012-004
--preconditions onFail:MARK_RAN
--precondition-sql-check expectedResult:1 select count(*) from databasechangelog where id = '0021-001-tracker-list-indexes' and not exists (select 1 from databasechangelog where id = '0012-004-tracker-list-indexes')
-- Release 0012's changeset 004 (the tracker list indexes) landed, was then taken out of the changelog and run again
-- safely as release 0021, and is now back where it landed (decision 0040). A database built while it was out ran
-- 0021 but not 004, so 004 would now run there and find 0021's indexes instead of the ones it replaces. This file
-- sorts just before 0012 in later-releases/ and, on such a database only, puts back what 004 expects to drop and
-- removes what it creates; 004 then leaves the same indexes 0021 did. Everywhere else it is marked ran unchanged.
create index if not exists tracker_open_due_idx on tracker (tenant_id, due_on) where status in ('NEW', 'PRE_AUTHORISED');
drop index if exists tracker_status_due_idx;
