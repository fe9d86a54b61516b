--liquibase formatted sql

--changeset waymark:0004-002-survey-response
-- A learner's answers as they go (saved after each page, so a half-finished survey resumes on the same link), the
-- contact details they confirmed or corrected at the end (a pending update for staff), and when they submitted.
create table survey_response (
    tenant_id         uuid not null references tenant (id),
    invitation_id     uuid primary key,
    answers           jsonb not null,
    confirmed_email   text,
    confirmed_mobile  text,
    contact_changed   boolean not null default false,
    updated_at        timestamptz not null,
    submitted_at      timestamptz,
    unique (tenant_id, invitation_id),
    foreign key (tenant_id, invitation_id) references survey_invitation (tenant_id, id) on delete cascade
);
call enable_tenant_isolation('survey_response');

--changeset waymark:0004-002-survey-link-lookup splitStatements:false
-- A learner opens a link before any tenant is known: this function finds the one invitation a token hash belongs to.
create policy owner_survey_link_lookup on survey_link for select to current_user using (true);

create function survey_link_lookup(p_token_hash bytea)
returns table (tenant_id uuid, invitation_id uuid)
language sql stable security definer set search_path = public as $$
    select l.tenant_id, l.invitation_id from survey_link l where l.token_hash = p_token_hash
$$;
revoke all on function survey_link_lookup(bytea) from public;
grant execute on function survey_link_lookup(bytea) to ${app_role};
