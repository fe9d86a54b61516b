--liquibase formatted sql

--changeset waymark:0025-001-digest-item-link
-- A daily summary item names the page it links to, so trackers of other modules (DWP Restart's monitoring trackers)
-- can wait for the same summary email. Items about a learner's tracker keep tracker_id, and go with the tracker.
alter table tracker_digest_item add column link_path text;
update tracker_digest_item set link_path = 'trackers/' || tracker_id;
alter table tracker_digest_item alter column link_path set not null;
alter table tracker_digest_item alter column tracker_id drop not null;
