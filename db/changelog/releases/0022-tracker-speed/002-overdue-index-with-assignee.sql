--liquibase formatted sql

--changeset waymark:0022-002-overdue-index-with-assignee
-- "Assigned to me" with overdue or a status: the status and due date index now carries the assignee, so the count
-- reads index entries only (206 pages for 5,103 matches among 200,000 trackers) instead of visiting 7,700 heap
-- pages to check each match's assignee (bench/trackers.sh, decision 0032).
drop index if exists tracker_status_due_idx;
create index tracker_status_due_idx on tracker (tenant_id, status, due_on) include (assignee_id);
