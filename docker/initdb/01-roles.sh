#!/usr/bin/env bash
# Run once by the postgres image, on an empty data volume (/docker-entrypoint-initdb.d).
# Creates what EmbeddedDatabaseStarter creates for the embedded database:
#   waymark_owner - owns the database; Liquibase migrates with it.
#   waymark_app   - the restricted runtime role: owns nothing, no superuser, no BYPASSRLS (row-level security applies).
# Passwords come from the compose environment; the compose defaults are demo values only, production must set its own.
set -e
: "${WAYMARK_OWNER_PASSWORD:?WAYMARK_OWNER_PASSWORD is not set}"
: "${WAYMARK_APP_PASSWORD:?WAYMARK_APP_PASSWORD is not set}"

# psql variables (:'name') quote the passwords as SQL literals.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
    --set owner_password="$WAYMARK_OWNER_PASSWORD" --set app_password="$WAYMARK_APP_PASSWORD" <<'SQL'
create role waymark_owner login password :'owner_password';
create role waymark_app login password :'app_password' nosuperuser nocreatedb nocreaterole nobypassrls;
-- As owner of the database, waymark_owner also owns its public schema (PostgreSQL 15: pg_database_owner).
create database waymark owner waymark_owner;
SQL
