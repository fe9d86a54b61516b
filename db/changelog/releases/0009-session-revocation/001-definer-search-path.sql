--liquibase formatted sql

-- A SECURITY DEFINER function runs with its owner's rights; with pg_temp last on its search path, a temporary object
-- of the caller's session can never shadow a table or function the body names.
--changeset waymark:0009-001-definer-search-path
alter function staff_sign_in_lookup(text) set search_path = public, pg_temp;
alter function staff_email_taken(text) set search_path = public, pg_temp;
alter function refresh_learner_statistics() set search_path = public, pg_temp;
alter function api_token_lookup(bytea) set search_path = public, pg_temp;
alter function outbox_message_by_provider_id(text) set search_path = public, pg_temp;
alter function survey_link_lookup(bytea) set search_path = public, pg_temp;
