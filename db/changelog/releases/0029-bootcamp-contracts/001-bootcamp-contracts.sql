--liquibase formatted sql

--changeset waymark:0029-001-bootcamp-contract
-- A provider's Skills Bootcamp milestone terms for one contract year (issue 15, decision 0048): the three
-- milestones' names and shares of the price, the start milestone's qualifying period, how long after the training a
-- positive outcome still counts, and the price per learner when known. A year without a row uses the DfE
-- 2022-23/2023-24 terms (45/35/20, 5 days or 5 hours, 6 months).
create table bootcamp_contract (
    tenant_id                uuid not null references tenant (id),
    id                       uuid primary key,
    -- the contract year as the ILR names it, e.g. 2024-25 (1 August to 31 July)
    contract_year            text not null check (contract_year ~ '^[0-9]{4}-[0-9]{2}$'),
    start_name               text not null check (length(trim(start_name)) > 0),
    start_share              numeric(5, 2) not null check (start_share between 0 and 100),
    completion_name          text not null check (length(trim(completion_name)) > 0),
    completion_share         numeric(5, 2) not null check (completion_share between 0 and 100),
    outcome_name             text not null check (length(trim(outcome_name)) > 0),
    outcome_share            numeric(5, 2) not null check (outcome_share between 0 and 100),
    qualifying_days          integer not null check (qualifying_days between 1 and 365),
    qualifying_hours         integer not null check (qualifying_hours between 0 and 1000),
    outcome_deadline_months  integer not null check (outcome_deadline_months between 1 and 36),
    price_per_learner        numeric(10, 2) check (price_per_learner is null or price_per_learner > 0),
    updated_at               timestamptz not null,
    unique (tenant_id, id),
    unique (tenant_id, contract_year),
    check (start_share + completion_share + outcome_share = 100)
);
call enable_tenant_isolation('bootcamp_contract');
