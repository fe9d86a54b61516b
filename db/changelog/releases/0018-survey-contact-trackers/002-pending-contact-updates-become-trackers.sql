--liquibase formatted sql

--changeset waymark:0018-002-pending-contact-updates-become-trackers splitStatements:false
-- Contact details learners gave in the survey that were still waiting on the old review screen become what the survey
-- now raises (decision 0035): one change-of-contact-details tracker each, raised by the learner from the source
-- 'Destination survey' when they answered, New, due after the provider's days for the type, numbered on from the
-- provider's last tracker, with its RAISED history entry, written as LearnerRequests writes them. Where the tracker
-- rules would refuse one (no email left, a value that is not valid, nothing differs from the record any more, the
-- type switched off, an open request of the learner's already, a later survey of theirs) the row keeps why instead.
-- Either way the survey response stops being pending, so nothing is counted twice.
-- Each provider runs under its own app.tenant_id, so the forced row policies check every row written is that
-- provider's (rather than lifting them from seven tables as the one-table changesets 0010-001 and 0012-002 do).
-- Nothing is applied at once and nobody is notified: staff process these as any New tracker.
do $$
declare
    provider uuid;
    numbered_up_to bigint;
begin
    create temporary table moved_contact_update (
        invitation_id  uuid primary key,
        learner_id     uuid not null,
        learner_name   text not null,
        submitted_at   timestamptz not null,
        record_email   text,
        record_tel_no  text,
        email          text,
        tel_no         text,
        newest         boolean not null,
        note           text,
        tracker_id     uuid,
        number         bigint
    ) on commit drop;

    for provider in select id from tenant order by id loop
        perform set_config('app.tenant_id', provider::text, true);
        truncate moved_contact_update;

        -- The change as the survey now makes it (SurveyContactChange): a blank answer keeps the record's value, an
        -- email differing only in capitals is the same address, a mobile that is the record's number written another
        -- way (spaces, brackets, 07... for +447...) is the same number.
        insert into moved_contact_update (invitation_id, learner_id, learner_name, submitted_at, record_email,
                                          record_tel_no, email, tel_no, newest)
        select given.invitation_id, given.learner_id, given.learner_name, given.submitted_at, given.record_email,
               given.record_tel_no,
               case when given.email <> '' and lower(given.email) <> lower(trim(coalesce(given.record_email, '')))
                    then given.email else given.record_email end,
               case when given.mobile <> ''
                         and given.mobile <> coalesce(regexp_replace(given.record_tel_no, '[[:space:]()-]', '', 'g'), '')
                         and (given.mobile_e164 is null or given.mobile_e164 is distinct from given.record_mobile)
                    then given.mobile else given.record_tel_no end,
               row_number() over (partition by given.learner_id
                                  order by given.submitted_at desc, given.invitation_id desc) = 1
        from (
            select r.invitation_id, i.learner_id, r.submitted_at,
                   trim(coalesce(l.given_names, '') || ' ' || coalesce(l.family_name, '')) as learner_name,
                   l.email as record_email, l.tel_no as record_tel_no, l.mobile_e164 as record_mobile,
                   trim(coalesce(r.confirmed_email, '')) as email,
                   regexp_replace(coalesce(r.confirmed_mobile, ''), '[[:space:]()-]', '', 'g') as mobile,
                   case when regexp_replace(coalesce(r.confirmed_mobile, ''), '[[:space:]()-]', '', 'g')
                             ~ '^07(?!6)[0-9]{9}$|^07624[0-9]{6}$'
                        then '+44' || substr(regexp_replace(r.confirmed_mobile, '[[:space:]()-]', '', 'g'), 2)
                        when regexp_replace(coalesce(r.confirmed_mobile, ''), '[[:space:]()-]', '', 'g')
                             ~ '^\+447(?!6)[0-9]{9}$|^\+447624[0-9]{6}$'
                        then regexp_replace(r.confirmed_mobile, '[[:space:]()-]', '', 'g')
                   end as mobile_e164
            from survey_response r
            join survey_invitation i on i.id = r.invitation_id
            join learner l on l.id = i.learner_id
            where r.contact_changed and r.submitted_at is not null and r.contact_review is null
        ) given;

        -- Why the tracker rules would refuse one, in the words LearnerRequests uses; the first reason wins.
        update moved_contact_update m set note = case
            when not m.newest
                then 'Replaced by the contact details the learner gave in a later survey'
            when m.email is null
                then 'An email address is required: it cannot be left empty'
            when length(m.email) > 100 or m.email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'
                then 'Enter an email address in the form name@example.org'
            when m.tel_no is not null and m.tel_no !~ '^\+?[0-9]{6,18}$'
                then 'Telephone must be 6 to 18 digits'
            when m.email = m.record_email and m.tel_no is not distinct from m.record_tel_no
                then 'The learner''s record already holds these contact details'
            when exists (select 1 from tracker_type_setting s
                         where s.tracker_type = 'CHANGE_OF_CONTACT_DETAILS' and not s.enabled)
                then 'Your provider does not take this kind of request online. Please contact them directly.'
            when exists (select 1 from tracker t
                         where t.learner_id = m.learner_id and t.tracker_type = 'CHANGE_OF_CONTACT_DETAILS'
                           and t.raised_by_kind = 'LEARNER' and t.status in ('NEW', 'PRE_AUTHORISED'))
                then 'The learner already had an open request to change their contact details'
        end;

        -- Numbered on from the provider's last tracker, oldest first, as TrackerNumbers would have numbered them.
        select coalesce((select n.last_number from tracker_number n), 0) into numbered_up_to;
        update moved_contact_update m set tracker_id = gen_random_uuid(), number = numbered_up_to + numbered.position
        from (select invitation_id, row_number() over (order by submitted_at, invitation_id) as position
              from moved_contact_update where note is null) numbered
        where numbered.invitation_id = m.invitation_id;

        insert into tracker (tenant_id, id, number, tracker_type, learner_id, raised_by_kind, raised_by_id,
                             raised_by_name, source, status, requested_change, raised_against, raised_at, due_on,
                             updated_at, version)
        select provider, m.tracker_id, m.number, 'CHANGE_OF_CONTACT_DETAILS', m.learner_id, 'LEARNER', null,
               m.learner_name, 'Destination survey', 'NEW',
               jsonb_build_object('kind', 'CONTACT_DETAILS', 'email', m.email, 'telNo', m.tel_no),
               jsonb_build_object('Email', m.record_email, 'TelNo', m.record_tel_no),
               m.submitted_at,
               (m.submitted_at at time zone 'Europe/London')::date
                   + coalesce((select s.due_days from tracker_type_setting s
                               where s.tracker_type = 'CHANGE_OF_CONTACT_DETAILS'), 5),
               m.submitted_at, 0
        from moved_contact_update m where m.tracker_id is not null;

        insert into tracker_history (tenant_id, id, tracker_id, at, actor_id, actor_name, action, before, after)
        select provider, gen_random_uuid(), m.tracker_id, m.submitted_at, null, m.learner_name || ' (the learner)',
               'RAISED', null,
               jsonb_build_object('type', 'CHANGE_OF_CONTACT_DETAILS',
                                  'change', jsonb_build_object('kind', 'CONTACT_DETAILS', 'email', m.email,
                                                               'telNo', m.tel_no),
                                  'source', 'Destination survey', 'assignee', 'nobody')
        from moved_contact_update m where m.tracker_id is not null;

        insert into tracker_number (tenant_id, last_number)
        select provider, max(m.number) from moved_contact_update m having max(m.number) is not null
        on conflict (tenant_id) do update set last_number = excluded.last_number;

        update survey_response r
           set contact_review = case when m.tracker_id is null then 'NOT_RAISED' else 'TRACKER' end,
               contact_tracker_id = m.tracker_id,
               contact_note = m.note,
               contact_reviewed_at = now(),
               contact_reviewed_by = 'Moved to trackers (release 0018)'
          from moved_contact_update m
         where r.invitation_id = m.invitation_id;
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;

--changeset waymark:0018-002-drop-contact-pending-index
-- Nothing looks for pending contact updates any more.
drop index survey_response_contact_pending_idx;
