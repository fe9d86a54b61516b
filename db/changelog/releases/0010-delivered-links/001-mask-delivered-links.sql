--liquibase formatted sql

-- Messages already delivered keep no usable secret link (decision 0022): from now on the delivery masks them as it
-- marks a message sent; this masks those sent before, as SecretLinks.mask does (a 43-character token after a slash
-- keeps its first four characters and an ellipsis). Row security is forced on this table, owner included, so it is
-- lifted for this one statement and forced again in the same transaction.
--changeset waymark:0010-001-mask-delivered-links
alter table outbox_message no force row level security;
alter table outbox_message disable row level security;
update outbox_message
   set body_text = regexp_replace(body_text, '(?<=/)([A-Za-z0-9_-]{4})[A-Za-z0-9_-]{39}(?![A-Za-z0-9_-])', '\1…', 'g'),
       body_html = regexp_replace(body_html, '(?<=/)([A-Za-z0-9_-]{4})[A-Za-z0-9_-]{39}(?![A-Za-z0-9_-])', '\1…', 'g')
 where status = 'SENT';
alter table outbox_message enable row level security;
alter table outbox_message force row level security;
