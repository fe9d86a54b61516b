--liquibase formatted sql

--changeset waymark:0020-001-learner-change-kept-over-an-import
-- The last import that would have reversed a change still to key and kept Waymark's value instead (decision 0029),
-- so the tracker page can say so next to the field: when, which import, and what the file held.
alter table learner_change_for_mis
    add column kept_at timestamptz,
    add column kept_by_import uuid,
    add column kept_file_value text;
