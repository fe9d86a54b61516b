--liquibase formatted sql

--changeset waymark:0002-000-tenant-isolation-procedure splitStatements:false
-- The one lock every tenant-owned table gets (docs/decisions/0001): row-level security enabled and forced, and the
-- policy tenant_isolation matching the transaction's app.tenant_id. Used by migrations from release 0002 on (the
-- 0001 tables spell the same statements out); only the migration owner may call it.
create procedure enable_tenant_isolation(table_name regclass)
language plpgsql as $$
begin
    execute format('alter table %s enable row level security', table_name);
    execute format('alter table %s force row level security', table_name);
    execute format('create policy tenant_isolation on %s'
                   ' using (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)'
                   ' with check (tenant_id = nullif(current_setting(''app.tenant_id'', true), '''')::uuid)',
                   table_name);
end
$$;
revoke all on procedure enable_tenant_isolation(regclass) from public;
