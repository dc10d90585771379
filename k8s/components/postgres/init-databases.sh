#!/bin/sh
# Runs once, on an empty data directory: per service an owner role, which owns the database and runs the
# migrations, and the role the service connects as, which may only connect (the migrations grant it row access).
# Neither service can connect to the other's database. Flyway in each service creates the tables.
set -eu

create_database() {
    psql --no-psqlrc -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        --set=database="$1" --set=owner="$2" --set=owner_password="$3" --set=role="$4" --set=password="$5" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'owner_password';
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"owner";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"database" TO :"role";
SQL
}

create_database articles "$ARTICLES_DB_OWNER_USERNAME" "$ARTICLES_DB_OWNER_PASSWORD" \
    "$ARTICLES_DB_USERNAME" "$ARTICLES_DB_PASSWORD"
create_database claims "$CLAIMS_DB_OWNER_USERNAME" "$CLAIMS_DB_OWNER_PASSWORD" \
    "$CLAIMS_DB_USERNAME" "$CLAIMS_DB_PASSWORD"
