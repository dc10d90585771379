#!/usr/bin/env bash
# Reports p50/p99 latency of the SQL that claims-service runs for the review queue and the filtered lists (a search's
# words, a count capped at 1,001 rows, the planner estimate only when the cap is hit, and one keyset page per call) at
# 10,000 and at 1,000,000 claims, seeded into the separate databases claims_bench_10k and claims_bench_1m.
# Each scenario runs ROUNDS rounds (default 5) of CALLS calls (default 300) against 10k and then 1M back to back,
# so both sizes see the same machine load; the table shows the median over rounds of each round's p50 and p99,
# the p99 ratio 1M/10k of those medians, and the worst round's 1M p99.
# Not a test: run by hand, e.g.  claims-service/bench/run-benchmark.sh  (PGHOST/PGUSER/PGADMIN to override).
# REUSE=1 measures the databases an earlier run left again, without seeding (a missing one is seeded).
# BUFFERS_ONLY=1 skips the latency rounds and prints only the pages each call touches (see the end).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
migrations="$here/../src/main/resources/db/migration"
host="${PGHOST:-localhost}"
user="${PGUSER:-newsroom}"
admin="${PGADMIN:-postgres}"
calls="${CALLS:-300}"
rounds="${ROUNDS:-5}"
# As the service connects (see quarkus.datasource.jdbc.additional-jdbc-properties in application.properties).
export PGOPTIONS="-c jit=off"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

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

create_and_seed() {
    local d=$1 n=$2
    psql -q -h "$host" -U "$admin" -d postgres -c "drop database if exists $d" 2> /dev/null
    psql -q -h "$host" -U "$admin" -d postgres -c "create database $d owner $user"
    for migration in "$migrations"/V*.sql; do
        sql "$d" -f "$migration"
    done
    sql "$d" -v from=1 -v to="$n" -f "$here/seed.sql"
    sql "$d" -c "vacuum analyze claim, claim_search_term"
    # Flush the load's dirty pages now rather than in a checkpoint in the middle of the measurements.
    psql -q -h "$host" -U "$admin" -d "$d" -c "checkpoint"
}

percentiles() {
    # pgbench -l logs one line per call; the third field is its latency in microseconds.
    cat "$work"/pgbench_log.* | awk '{print $3}' | sort -n | awk '
        { v[NR] = $1 }
        END { p50 = v[int(NR * 0.50) > 0 ? int(NR * 0.50) : 1]; p99 = v[int(NR * 0.99) > 0 ? int(NR * 0.99) : 1];
              printf "%.3f %.3f", p50 / 1000, p99 / 1000 }'
}

run() {
    local scenario=$1 size=$2
    rm -f "$work"/pgbench_log.*
    (cd "$work" && pgbench -n -h "$host" -U "$user" -M prepared -c 1 -t "$calls" -l \
        -D maxminute="${max_minute[$size]}" -D maxarticle="${max_article[$size]}" -f "$scenario" "${db[$size]}" \
        > /dev/null)
    percentiles
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

# Puts the values of explained_statements' parameters (its array "value") in place of their :NAME references.
substitute() {
    local text=$1 key
    for key in "${!value[@]}"; do
        text="$(perl -pe "s/(?<!:):$key\\b/${value[$key]}/g" <<< "$text")"
    done
    printf '%s' "$text"
}

# One draw of a scenario's parameters: its statements with the values in place, each explained, one per line.
# Understands what the scenarios use: \set NAME random(LOW, HIGH) or integer arithmetic, and :NAME references.
# The planner's estimate, which the service asks for only beyond 1,000 matches, is left out.
explained_statements() {
    local file=$1 size=$2 line name expression low high
    declare -A value=([maxminute]=${max_minute[$size]} [maxarticle]=${max_article[$size]})
    while IFS= read -r line; do
        if [[ "$line" =~ ^\\set\ ([a-z]+)\ (.*)$ ]]; then
            name=${BASH_REMATCH[1]}
            expression="$(substitute "${BASH_REMATCH[2]}")"
            if [[ "$expression" =~ ^random\(([0-9]+),\ ([0-9]+)\)$ ]]; then
                low=${BASH_REMATCH[1]} high=${BASH_REMATCH[2]}
                value[$name]=$(( ((RANDOM << 15) | RANDOM) % (high - low + 1) + low ))
            else
                value[$name]=$(( expression ))
            fi
        elif [[ "$line" =~ ^select ]]; then
            printf 'explain (analyze, buffers, format json) %s;\n' "$(substitute "${line% \\gset}" | sed 's/;$//')"
        fi
    done < "$file"
}

# Prints "rows buffers": the claims a call lists and the pages it touches, each the mean over the draws.
rows_and_buffers() {
    local scenario=$1 size=$2 draw statements
    for ((draw = 1; draw <= samples; draw++)); do
        statements="$(explained_statements "$scenario" "$size")"
        printf '%s %s\n' \
            "$(grep 'json) select c\.\*' <<< "$statements" | sql "${db[$size]}" -At | jq -s '[.[][0].Plan."Actual Rows"] | add')" \
            "$(sql "${db[$size]}" -At <<< "$statements" \
                | jq -s '[.[][0].Plan | ."Shared Hit Blocks" + ."Shared Read Blocks"] | add')"
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
