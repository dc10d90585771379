#!/usr/bin/env bash
# Seeds 10,000 and then 1,000,000 claims into the separate database claims_bench and reports p50/p99 latency of
# the SQL that claims-service runs for the review queue and the filtered lists (a count capped at 1,001 rows,
# the planner estimate when the cap is hit, and one keyset page per call).
# Not a test: run by hand, e.g.  claims-service/bench/run-benchmark.sh  (PGHOST/PGUSER/PGADMIN to override).
# REUSE=1 measures the 1M data set an earlier run left in claims_bench again, without seeding.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
migrations="$here/../src/main/resources/db/migration"
host="${PGHOST:-localhost}"
user="${PGUSER:-newsroom}"
admin="${PGADMIN:-postgres}"
db=claims_bench
calls="${CALLS:-300}"
# As the service connects (see quarkus.datasource.jdbc.additional-jdbc-properties in application.properties).
export PGOPTIONS="-c jit=off"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

sql() { psql -q -v ON_ERROR_STOP=1 -h "$host" -U "$user" -d "$db" "$@"; }

seed() {
    sql -v from="$1" -v to="$2" -f "$here/seed.sql"
    sql -c "vacuum analyze claim"
    # Flush the load's dirty pages now rather than in a checkpoint in the middle of the measurements.
    psql -q -h "$host" -U "$admin" -d "$db" -c "checkpoint"
}

percentiles() {
    # pgbench -l logs one line per call; the third field is its latency in microseconds.
    cat "$work"/pgbench_log.* | awk '{print $3}' | sort -n | awk '
        { v[NR] = $1 }
        END { p50 = v[int(NR * 0.50) > 0 ? int(NR * 0.50) : 1]; p99 = v[int(NR * 0.99) > 0 ? int(NR * 0.99) : 1];
              printf "%8.2f %8.2f", p50 / 1000, p99 / 1000 }'
}

bench() {
    local size=$1 max_minute=$2 max_article=$3
    for scenario in "$here"/scenarios/*.sql; do
        rm -f "$work"/pgbench_log.*
        (cd "$work" && pgbench -n -h "$host" -U "$user" -M prepared -c 1 -t "$calls" -l \
            -D maxminute="$max_minute" -D maxarticle="$max_article" -f "$scenario" "$db" > /dev/null)
        printf "%-9s %-22s %s\n" "$size" "$(basename "$scenario" .sql)" "$(percentiles)"
    done
}

if [[ "${REUSE:-0}" == 1 ]]; then
    printf "%-9s %-22s %8s %8s\n" claims scenario "p50 ms" "p99 ms"
    bench 1M 1000000 100000
    exit 0
fi

psql -q -h "$host" -U "$admin" -d postgres -c "drop database if exists $db" 2> /dev/null
psql -q -h "$host" -U "$admin" -d postgres -c "create database $db owner $user"
for migration in "$migrations"/V*.sql; do
    sql -f "$migration"
done

printf "%-9s %-22s %8s %8s\n" claims scenario "p50 ms" "p99 ms"
seed 1 10000
bench 10k 10000 1000
seed 10001 1000000
bench 1M 1000000 100000
