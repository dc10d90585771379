#!/usr/bin/env bash
# Benchmark of GET /articles (lists, filters, searches) at 100,000 articles, measured over HTTP against the packaged
# service, so it runs exactly the service's SQL. Not a test. Prints p50/p99/max per scenario (one connection, one
# request at a time, so the figures include HTTP and JSON but no queueing).
# Usage: articles-service/bench/articles-list.sh [seconds-per-scenario]   (default 10; needs psql, wrk, jq, trust auth)
#        SEED=0 articles-service/bench/articles-list.sh   reuses the database seeded by an earlier run
# Build first when the jar is missing or stale: ./mvnw -q package -DskipTests -pl dev-support,articles-service -am
# BENCH_PORT (default 18581) is its HTTP port; health checks answer 100 above it.
set -euo pipefail

LOG_PREFIX=articles-list
source "$(dirname "$0")/../../perf/lib/common.sh"
HERE="$(cd "$(dirname "$0")" && pwd)"
DB=articles_bench
PORT=${BENCH_PORT:-18581}
SECONDS_PER_SCENARIO=${1:-10}
use_postgres_superuser
WORK="$(mktemp -d)"
DEV_HOME="$WORK/home"
SERVICE_PID=""
cleanup() { [[ -n "$SERVICE_PID" ]] && stop_pids "$SERVICE_PID"; rm -rf "$WORK"; }
trap cleanup EXIT

require_wrk
[[ -f "$(app_dir articles-service)/quarkus-run.jar" ]] \
    || die "build first: ./mvnw -q package -DskipTests -pl dev-support,articles-service -am"
require_free_ports "$PORT"

if [[ "${SEED:-1}" == 1 ]]; then
    recreate_databases "$DB"
fi

# The service migrates the schema at start; the seed then writes the rows straight into it.
PUBLIC_KEY="$(dev_java no.newsroom.devsupport.DevKeys)"
mapfile -t DATABASE_OPTIONS < <(database_options "$DB")
start_service "$(app_dir articles-service)" "$PORT" "$WORK/service.log" \
    "-Dmp.jwt.verify.publickey.location=$PUBLIC_KEY" "${DATABASE_OPTIONS[@]}"
SERVICE_PID=$STARTED_PID
await_ready "$PORT" "$SERVICE_PID" 120 "$WORK/service.log"

if [[ "${SEED:-1}" == 1 ]]; then
    echo "== seeding $DB with 100,000 articles"
    time psql -q -v ON_ERROR_STOP=1 -d "$DB" -f "$HERE/seed.sql"
fi
psql -d "$DB" -Atc "select 'articles: ' || count(*) || ', published: ' || count(*) filter (where status = 'PUBLISHED') from article"

# One file of request paths per scenario; the Lua script picks one at random for every request.
paths() { # $1 = scenario, then the paths
    local name=$1; shift
    printf '%s\n' "$@" > "$WORK/$name.paths"
}
cursor() { printf 'updatedAt|%s|ffffffff-ffff-ffff-ffff-ffffffffffff' "$1" | base64 -w0 | tr '+/' '-_' | tr -d '='; }
paths list "/articles?limit=20"
paths list-page-deep $(for s in $(seq 1 100); do
    echo "/articles?limit=20&cursor=$(cursor "$(date -u -d "2022-03-14 12:00:00 UTC - $((s * 600000)) seconds" +%Y-%m-%dT%H:%M:%SZ)")"; done)
paths list-by-published "/articles?limit=20&sort=publishedAt"
paths filter-tag $(for t in $(seq 0 49); do echo "/articles?limit=20&language=nb&tag=tag-$t"; done)
paths filter-author $(for u in $(seq 0 199); do echo "/articles?limit=20&author=Forfatter%20$u"; done)
paths filter-updated-since "/articles?limit=20&updatedSince=2022-03-01T00:00:00Z"
# Searches as the seed's vocabulary makes them: a rare term (the number in about ten titles), medium ones (a
# synthetic word in 1-3 % of the articles) and broad two-word ones that match most articles of their language.
paths search-rare $(for g in $(seq 1 200); do echo "/articles?limit=20&q=$((g * 487 + 1000))"; done)
paths search-medium $(for k in $(seq 1000 10 2999); do echo "/articles?limit=20&q=nbord$k"; done)
paths search-nb "/articles?limit=20&q=evakuert+mariupol" "/articles?limit=20&q=flyalarm+helikopter" \
    "/articles?limit=20&q=sanksjoner+presidenten"
paths search-en "/articles?limit=20&q=evacuated+hospital" "/articles?limit=20&q=missile+border" \
    "/articles?limit=20&q=refugees+train"
paths search-nb-newest "/articles?limit=20&sort=updatedAt&q=evakuert+mariupol" \
    "/articles?limit=20&sort=updatedAt&q=flyalarm+helikopter" "/articles?limit=20&sort=updatedAt&q=sanksjoner+presidenten"

SCENARIOS=(list list-page-deep list-by-published filter-tag filter-author filter-updated-since search-rare search-medium
           search-nb search-en search-nb-newest)
for name in "${SCENARIOS[@]}"; do
    status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$(head -1 "$WORK/$name.paths")")"
    [[ "$status" == 200 ]] || { echo "$name: $(head -1 "$WORK/$name.paths") answered $status" >&2; tail -40 "$WORK/service.log" >&2; exit 1; }
done

# The JVM compiles the hot paths during the first thousands of requests: warm every scenario up before measuring.
for name in "${SCENARIOS[@]}"; do
    LOAD_PATHS="$WORK/$name.paths" load 3 1 2 "http://127.0.0.1:$PORT" >/dev/null
done

echo
echo "== latency per request (one connection, ${SECONDS_PER_SCENARIO} s per scenario after a warm-up), milliseconds"
printf '%-22s %9s %8s %8s %8s %7s\n' scenario requests p50 p99 max errors
for name in "${SCENARIOS[@]}"; do
    LOAD_PATHS="$WORK/$name.paths" load "$SECONDS_PER_SCENARIO" 1 1 "http://127.0.0.1:$PORT" \
        | jq -r '[.requests, .p50Ms, .p99Ms, .maxMs, .non2xx + .socketErrors] | @tsv' \
        | xargs printf "%-22s %9s %8s %8s %8s %7s\n" "$name"
done
