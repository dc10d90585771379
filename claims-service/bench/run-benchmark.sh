#!/usr/bin/env bash
# Reports p50/p99 latency of the SQL that claims-service runs for the review queue and the filtered lists (a search's
# words, a count capped at 1,001 rows, the planner estimate only when the cap is hit, and one keyset page per call) at
# 10,000 and at 1,000,000 claims, seeded into the separate databases claims_bench_10k and claims_bench_1m.
# Each scenario runs ROUNDS rounds (default 5) of CALLS calls (default 300) against 10k and then 1M back to back,
# so both sizes see the same machine load; the table shows the median over rounds of each round's p50 and p99,
# the p99 ratio 1M/10k of those medians, and the worst round's 1M p99.
# Not a test: run by hand, e.g.  claims-service/bench/run-benchmark.sh  (PGHOST/PGUSER/PGADMIN to override); seeding
# needs the packaged claims-service (./mvnw -q package -DskipTests -pl dev-support,claims-service -am) for the schema.
# REUSE=1 measures the databases an earlier run left again, without seeding (a missing one is seeded).
# BUFFERS_ONLY=1 skips the latency rounds and prints only the pages each call touches (see the end).
set -euo pipefail

LOG_PREFIX=run-benchmark
source "$(dirname "$0")/../../perf/lib/common.sh"
here="$(cd "$(dirname "$0")" && pwd)"
export PGHOST="${PGHOST:-localhost}"
host="$PGHOST"
user="${PGUSER:-newsroom}"
admin="${PGADMIN:-postgres}"
calls="${CALLS:-300}"
rounds="${ROUNDS:-5}"
# As the service connects (see quarkus.datasource.jdbc.additional-jdbc-properties in application.properties).
export PGOPTIONS="-c jit=off"
work="$(mktemp -d)"
migrating=""
trap '[[ -n "$migrating" ]] && stop_pids "$migrating"; rm -rf "$work"' EXIT

# Per size: database, claims, pgbench maxminute, pgbench maxarticle.
sizes=(10k 1M)
declare -A db=([10k]=claims_bench_10k [1M]=claims_bench_1m)
declare -A claims=([10k]=10000 [1M]=1000000)
declare -A max_minute=([10k]=10000 [1M]=1000000)
declare -A max_article=([10k]=1000 [1M]=100000)

sql() { local d=$1; shift; psql -q -v ON_ERROR_STOP=1 -h "$host" -U "$user" -d "$d" "$@"; }

exists() {
    [[ "$(psql -At -h "$host" -U "$admin" -d postgres -c "select 1 from pg_database where datname = '$1'")" == 1 ]]
}

# The schema as the service's Flyway writes it (version order, placeholders): the packaged service migrates the
# database at start and is stopped once it is ready.
migrate() {
    local d=$1 log_file="$work/migrate-$1.log"
    mapfile -t database_options < <(database_options "$d")
    start_service "$(app_dir claims-service)" 18595 "$log_file" -Dnewsroom.articles.poll-every=off \
        "${database_options[@]}"
    migrating=$STARTED_PID
    await_ready 18595 "$migrating" 180 "$log_file"
    stop_pids "$migrating"
    migrating=""
}

create_and_seed() {
    local d=$1 n=$2
    PGUSER="$admin" recreate_databases "$d"
    migrate "$d"
    sql "$d" -v from=1 -v to="$n" -f "$here/seed.sql"
    sql "$d" -c "vacuum analyze claim, claim_search_term"
    # Flush the load's dirty pages now rather than in a checkpoint in the middle of the measurements.
    psql -q -h "$host" -U "$admin" -d "$d" -c "checkpoint"
}

# The p50 and p99 of the calls, in ms: pgbench -l logs one line per call, its latency in microseconds third.
call_percentiles() {
    cat "$work"/pgbench_log.* | awk '{print $3 / 1000}' | percentiles 50 99
}

run() {
    local scenario=$1 size=$2
    rm -f "$work"/pgbench_log.*
    (cd "$work" && pgbench -n -h "$host" -U "$user" -M prepared -c 1 -t "$calls" -l \
        -D maxminute="${max_minute[$size]}" -D maxarticle="${max_article[$size]}" -f "$scenario" "${db[$size]}" \
        > /dev/null)
    call_percentiles
}

echo "command: CALLS=$calls ROUNDS=$rounds REUSE=${REUSE:-0} $0${*:+ $*}"
echo "date:    $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "load:    $(uptime)"

for size in "${sizes[@]}"; do
    if [[ "${REUSE:-0}" == 1 ]] && exists "${db[$size]}"; then
        echo "reusing ${db[$size]}" >&2
    else
        echo "seeding ${db[$size]} with ${claims[$size]} claims" >&2
        create_and_seed "${db[$size]}" "${claims[$size]}"
    fi
done
for size in "${sizes[@]}"; do
    echo "${db[$size]}: $(sql "${db[$size]}" -At -c "select count(*) from claim") claims"
done
echo

if [[ "${BUFFERS_ONLY:-0}" != 1 ]]; then
    # One line per scenario, size and round: scenario size p50 p99 (ms).
    for scenario in "$here"/scenarios/*.sql; do
        name="$(basename "$scenario" .sql)"
        for ((round = 1; round <= rounds; round++)); do
            for size in "${sizes[@]}"; do
                echo "$name $size $(run "$scenario" "$size")" >> "$work/results"
            done
            echo "$name round $round/$rounds done" >&2
        done
    done

    awk -v measured="the service's SQL by pgbench" -f "$here/latency-table.awk" "$work/results"
fi

# Buffers per call: the pages a call touches (shared hits plus reads, from EXPLAIN (ANALYZE, BUFFERS) of each of its
# statements), averaged over SAMPLES parameter draws (default 20). Unlike latency, this does not depend on the
# machine's load or on what the caches hold: a call that touches as many pages at 1M as at 10k costs the same
# work at both sizes, and what its latency adds at 1M is pages that no longer fit in shared_buffers.
samples="${SAMPLES:-20}"

# One draw of a scenario's parameters as a psql script, each of its statements explained: pgbench's \set lines become
# selects that \gset the same variables (PostgreSQL draws the numbers, psql puts them in place of :NAME), the
# planner's estimate, which the service asks for only beyond 1,000 matches (the \if blocks), is left out, and the
# JSON string "page" goes before each statement that reads the listed claims.
explained_statements() {
    awk '
        /^\\if/ { skipping = 1 }
        skipping { if (/^\\endif/) skipping = 0; next }
        /^\\set / {
            name = $2; expression = substr($0, length("\\set " name " ") + 1)
            if (expression ~ /^random\(.*\)$/) {
                split(substr(expression, 8, length(expression) - 8), bounds, ", ")
                expression = bounds[1] " + floor(random() * (" bounds[2] " - " bounds[1] " + 1))::bigint"
            }
            print "select " expression " as " name " \\gset"
            next
        }
        /^select / {
            sub(/ \\gset$/, ""); sub(/;$/, "")
            if (/^select c\.\*/) print "\\echo \x27\"page\"\x27"
            print "explain (analyze, buffers, format json) " $0 ";"
        }' "$1"
}

# Prints "rows buffers": the claims a call lists and the pages it touches, each the mean over the draws.
rows_and_buffers() {
    local scenario=$1 size=$2 draw statements
    statements="$(explained_statements "$scenario")"
    for ((draw = 1; draw <= samples; draw++)); do
        sql "${db[$size]}" -At -v maxminute="${max_minute[$size]}" -v maxarticle="${max_article[$size]}" \
            <<< "$statements" | jq -rs '
            reduce .[] as $result ({page: false, rows: 0, buffers: 0};
                if $result == "page" then .page = true
                else .buffers += ($result[0].Plan | ."Shared Hit Blocks" + ."Shared Read Blocks")
                    | if .page then .rows += $result[0].Plan."Actual Rows" | .page = false else . end
                end)
            | "\(.rows) \(.buffers)"'
    done | awk '{ rows += $1; buffers += $2 } END { printf "%.1f %.1f", rows / NR, buffers / NR }'
}

echo
printf "%-24s %9s %12s %9s %12s %14s\n" scenario "10k rows" "10k buffers" "1M rows" "1M buffers" "buffer ratio"
for scenario in "$here"/scenarios/*.sql; do
    read -r small_rows small_buffers <<< "$(rows_and_buffers "$scenario" 10k)"
    read -r large_rows large_buffers <<< "$(rows_and_buffers "$scenario" 1M)"
    printf "%-24s %9s %12s %9s %12s %14.2f\n" "$(basename "$scenario" .sql)" "$small_rows" "$small_buffers" \
        "$large_rows" "$large_buffers" "$(awk -v s="$small_buffers" -v l="$large_buffers" 'BEGIN { print l / s }')"
done
printf "\n(claims listed and pages touched per call, means of %s parameter draws; buffer ratio = 1M / 10k)\n" "$samples"
