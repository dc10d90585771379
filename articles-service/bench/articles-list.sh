#!/usr/bin/env bash
# Benchmark of GET /articles (lists, filters, searches) at 100,000 articles, measured over HTTP against the packaged
# service, so it runs exactly the service's SQL. Not a test. Prints p50/p99/max per scenario (one connection, one
# request at a time, so the figures include HTTP and JSON but no queueing).
# Usage: articles-service/bench/articles-list.sh [seconds-per-scenario]   (default 10; needs psql, wrk, trust auth)
#        SEED=0 articles-service/bench/articles-list.sh   reuses the database seeded by an earlier run
# Build first when the jar is missing or stale: ./mvnw -q install -Dmaven.test.skip=true -pl dev-support,articles-service -am
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
DB=articles_bench
PORT=${BENCH_PORT:-18181}
SECONDS_PER_SCENARIO=${1:-10}
PGHOST=${PGHOST:-127.0.0.1}
PGUSER=${PGUSER:-postgres}
export PGHOST PGUSER PGOPTIONS="-c client_min_messages=warning"
WORK="$(mktemp -d)"
SERVICE_PID=""
cleanup() { [[ -n "$SERVICE_PID" ]] && kill "$SERVICE_PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || { echo "needs wrk" >&2; exit 1; }; }
JAR="$ROOT/articles-service/target/quarkus-app/quarkus-run.jar"
VERSION="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -1)"
DEV_SUPPORT_CP="$ROOT/dev-support/target/dev-support-$VERSION.jar:$ROOT/dev-support/target/lib/*"
[[ -f "$JAR" ]] || { echo "build first: ./mvnw -q install -Dmaven.test.skip=true -pl dev-support,articles-service -am" >&2; exit 1; }

if [[ "${SEED:-1}" == 1 ]]; then
    dropdb --if-exists "$DB"
    psql -q -d postgres -c "create database $DB owner newsroom"
fi

# The service migrates the schema at start; the seed then writes the rows straight into it.
PUBLIC_KEY="$(NEWSROOM_HOME="$WORK/home" java -cp "$DEV_SUPPORT_CP" no.newsroom.devsupport.DevKeys)"
java -Xmx512m -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
    -Dquarkus.management.port="$((PORT + 100))" -Dquarkus.management.host=127.0.0.1 \
    -Dmp.jwt.verify.publickey.location="$PUBLIC_KEY" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:5432/$DB" \
    -Dquarkus.datasource.username=newsroom -Dquarkus.datasource.password=newsroom \
    -jar "$JAR" >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$((PORT + 100))/q/health/ready" && break
    kill -0 "$SERVICE_PID" 2>/dev/null || { cat "$WORK/service.log" >&2; exit 1; }
    sleep 1
done

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
    BENCH_PATHS="$WORK/$name.paths" wrk -t1 -c2 -d3s -s "$HERE/random-path.lua" "http://127.0.0.1:$PORT" >/dev/null
done

echo
echo "== latency per request (one connection, ${SECONDS_PER_SCENARIO} s per scenario after a warm-up), milliseconds"
printf '%-22s %9s %8s %8s %8s %7s\n' scenario requests p50 p99 max errors
for name in "${SCENARIOS[@]}"; do
    export BENCH_PATHS="$WORK/$name.paths"
    wrk -t1 -c1 -d"${SECONDS_PER_SCENARIO}s" -s "$HERE/random-path.lua" "http://127.0.0.1:$PORT" \
        | sed -n 's/^BENCH //p' | xargs printf "%-22s %9s %8s %8s %8s %7s\n" "$name"
done

