--liquibase formatted sql

--changeset waymark:0015-002-ilr-import-mis-round-trip
-- What an import did to fields Waymark changed and the MIS did not hold yet (decision 0029): how many it found keyed
-- in the MIS, where Waymark's value was kept over a file prepared before the change, and where a file prepared after
-- it replaced Waymark's value. The lines are capped like the problems.
alter table ilr_import
    add column mis_keyed       integer not null default 0,
    add column mis_kept        integer not null default 0,
    add column mis_superseded  integer not null default 0,
    -- [{"learnRefNumber":"A1","record":"Learner","field":"Postcode","waymarkValue":"..","fileValue":"..",
    --   "reference":"Tracker T-12"}, ...]
    add column mis_kept_lines       jsonb not null default '[]',
    add column mis_superseded_lines jsonb not null default '[]';
