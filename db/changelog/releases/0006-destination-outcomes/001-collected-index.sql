--liquibase formatted sql

--changeset waymark:0006-001-destination-record-collected-index
-- The dashboard's outcome figures and the report's "outcomes collected" dates (decision 0015) read a provider's
-- records by collection date, with their type and learner, from the index alone.
create index destination_record_collected_idx on destination_record (tenant_id, collection_date)
    include (out_type, learner_id);

--changeset waymark:0006-001-report-line-sent-with-status
-- The dashboard counts a year's surveys by status (answered, waiting, no response, unsubscribed); with the status in
-- the sending-date index each of those counts is read from the index alone.
drop index destination_report_line_sent_idx;
create index destination_report_line_sent_idx on destination_report_line (tenant_id, sent_at)
    include (survey_status) where sent_at is not null;
