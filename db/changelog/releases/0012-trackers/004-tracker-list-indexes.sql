--liquibase formatted sql

--changeset waymark:0012-004-tracker-list-indexes
-- The list orders by raised_at desc, id desc: indexes in that order let a first page read 50 entries instead of
-- sorting every match (bench/trackers.sh). Overdue is "open and due before today": the status with the due date.
drop index tracker_raised_idx;
drop index tracker_status_idx;
drop index tracker_type_idx;
drop index tracker_assignee_idx;
drop index tracker_open_due_idx;
create index tracker_raised_idx on tracker (tenant_id, raised_at desc, id desc);
create index tracker_status_idx on tracker (tenant_id, status, raised_at desc, id desc);
create index tracker_type_idx on tracker (tenant_id, tracker_type, raised_at desc, id desc);
create index tracker_assignee_idx on tracker (tenant_id, assignee_id, raised_at desc, id desc);
create index tracker_status_due_idx on tracker (tenant_id, status, due_on);
