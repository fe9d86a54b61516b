--liquibase formatted sql

--changeset waymark:0004-001-destination-settings
-- A provider's destination tracking settings. No row means tracking off with the defaults shown on the page.
create table destination_settings (
    tenant_id             uuid not null references tenant (id),
    id                    uuid primary key,
    tracking_enabled      boolean not null,
    back_population_date  date,
    days_after_leaving    int not null check (days_after_leaving between 0 and 365),
    first_reminder_days   int check (first_reminder_days between 1 and 365),
    second_reminder_days  int check (second_reminder_days between 1 and 365),
    non_response_days     int not null check (non_response_days between 1 and 365),
    link_expiry_days      int not null check (link_expiry_days between 1 and 365),
    contact_rule_mode     text not null check (contact_rule_mode in ('STRICT', 'STATUTORY')),
    channels              text not null check (channels in ('EMAIL', 'SMS', 'BOTH')),
    updated_at            timestamptz not null,
    updated_by            text not null,
    version               int not null default 0,
    unique (tenant_id, id),
    unique (tenant_id)
);
call enable_tenant_isolation('destination_settings');

--changeset waymark:0004-001-survey-invitation
-- One survey per learner and leaving date: the unique key is what makes the daily dispatch safe to run twice or on
-- two nodes.
create table survey_invitation (
    tenant_id         uuid not null references tenant (id),
    id                uuid primary key,
    learner_id        uuid not null,
    leaving_date      date not null,
    channels          text not null,
    status            text not null check (status in ('SENT', 'ANSWERED', 'NO_RESPONSE', 'UNSUBSCRIBED')),
    sent_at           timestamptz not null,
    sent_by           text not null,
    by_hand           boolean not null,
    expires_at        timestamptz not null,
    reminders_sent    int not null default 0,
    last_reminder_at  timestamptz,
    opened_at         timestamptz,
    answered_at       timestamptz,
    closed_at         timestamptz,
    unique (tenant_id, id),
    unique (tenant_id, learner_id, leaving_date),
    foreign key (tenant_id, learner_id) references learner (tenant_id, id) on delete cascade
);
create index survey_invitation_open_idx on survey_invitation (tenant_id, status, sent_at);
call enable_tenant_isolation('survey_invitation');

--changeset waymark:0004-001-survey-link
-- Each message (invitation, reminder) carries its own link; all lead to the same invitation. Only a SHA-256 of the
-- link's random token is kept, so the table cannot be used to open anybody's survey.
create table survey_link (
    tenant_id      uuid not null references tenant (id),
    token_hash     bytea primary key,
    invitation_id  uuid not null,
    purpose        text not null,
    created_at     timestamptz not null,
    unique (tenant_id, token_hash),
    foreign key (tenant_id, invitation_id) references survey_invitation (tenant_id, id) on delete cascade
);
create index survey_link_invitation_idx on survey_link (tenant_id, invitation_id);
call enable_tenant_isolation('survey_link');

--changeset waymark:0004-001-destination-record
-- Outcome records (DOMAIN.md section 4): from the survey, automatic OTH-3, or entered by staff. An automatic OTH-3
-- exists at most once per learner and start date.
create table destination_record (
    tenant_id          uuid not null references tenant (id),
    id                 uuid primary key,
    learner_id         uuid not null,
    out_type           text not null check (out_type in ('EDU', 'EMP', 'NPE', 'GAP', 'VOL', 'SDE', 'OTH')),
    out_code           int not null,
    start_date         date not null,
    end_date           date,
    collection_date    date not null,
    source             text not null check (source in ('SURVEY', 'AUTOMATIC', 'MANUAL')),
    flag               text check (flag in ('NOT_CONTACTABLE', 'NO_RESPONSE', 'UNSUBSCRIBED')),
    flag_reason        text,
    invitation_id      uuid,
    answered_start_date date,
    created_at         timestamptz not null,
    created_by         text not null,
    updated_at         timestamptz,
    updated_by         text,
    unique (tenant_id, id),
    check (end_date is null or end_date >= start_date),
    foreign key (tenant_id, learner_id) references learner (tenant_id, id) on delete cascade,
    foreign key (tenant_id, invitation_id) references survey_invitation (tenant_id, id)
);
create index destination_record_learner_idx on destination_record (tenant_id, learner_id, start_date);
create unique index destination_record_automatic_once on destination_record (tenant_id, learner_id, start_date)
    where source = 'AUTOMATIC';
call enable_tenant_isolation('destination_record');

--changeset waymark:0004-001-survey-candidate-view
-- What the destination module needs to know about a learner to decide a survey: a read-only view over the learner
-- module's tables (security_invoker, so row security applies as to the tables themselves).
create view survey_candidate with (security_invoker = true) as
select l.tenant_id, l.id as learner_id, l.leaving_date, l.programme_status, l.given_names, l.email, l.mobile_e164,
       l.high_needs,
       coalesce((select array_agg(p.pref_code) from learner_contact_preference p
                 where p.learner_id = l.id and p.pref_type = 'RUI'), '{}') as rui,
       coalesce((select array_agg(p.pref_code) from learner_contact_preference p
                 where p.learner_id = l.id and p.pref_type = 'PMC'), '{}') as pmc,
       exists (select 1 from learner_suppression s where s.learner_id = l.id
               and s.purpose = 'DESTINATION_SURVEY' and s.channel in ('EMAIL', 'ALL')) as email_suppressed,
       exists (select 1 from learner_suppression s where s.learner_id = l.id
               and s.purpose = 'DESTINATION_SURVEY' and s.channel in ('SMS', 'ALL')) as sms_suppressed
from learner l
where l.leaving_date is not null and l.programme_status in ('COMPLETED', 'WITHDRAWN');
