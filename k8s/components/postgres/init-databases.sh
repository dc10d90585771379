#!/bin/sh
# Runs once, on an empty data directory: one login role and one database per service, so that neither service
# can connect to the other's database. Flyway in each service creates the tables.
set -eu

create_database() {
    psql --no-psqlrc -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        --set=database="$1" --set=role="$2" --set=password="$3" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
}

create_database articles "$ARTICLES_DB_USERNAME" "$ARTICLES_DB_PASSWORD"
create_database claims "$CLAIMS_DB_USERNAME" "$CLAIMS_DB_PASSWORD"
