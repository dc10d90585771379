#!/usr/bin/env bash
# The review queue and the filtered lists as a client sees them: GET /claims and GET /review-queue over HTTP against
# the packaged claims-service, at 10,000 and at 1,000,000 claims. It measures the databases run-benchmark.sh seeded
# (claims_bench_10k, claims_bench_1m): one service per database, started here, with the same scenarios and
# parameters as that script's SQL. Each scenario runs ROUNDS rounds (default 5) of SECONDS_PER_RUN seconds (default
# 3) against 10k and then 1M back to back, on one connection; the table shows the median over rounds of each
# round's p50 and p99, the worst round's 1M p99, and the p99 ratio 1M/10k of those medians.
# Not a test: run by hand after run-benchmark.sh, e.g.  claims-service/bench/http-benchmark.sh
# Build first when the jar is missing or stale: ./mvnw -q package -DskipTests -pl dev-support,claims-service -am
set -euo pipefail

LOG_PREFIX=http-benchmark
source "$(dirname "$0")/../../perf/lib/common.sh"
here="$(cd "$(dirname "$0")" && pwd)"
export PGHOST="${PGHOST:-localhost}"
host="$PGHOST"
rounds="${ROUNDS:-5}"
seconds="${SECONDS_PER_RUN:-3}"
work="$(mktemp -d)"
DEV_HOME="$work/home"
pids=()
cleanup() { ((${#pids[@]})) && stop_pids "${pids[@]}"; rm -rf "$work"; }
trap cleanup EXIT

sizes=(10k 1M)
declare -A db=([10k]=claims_bench_10k [1M]=claims_bench_1m)
declare -A port=([10k]=18592 [1M]=18593)
declare -A max_minute=([10k]=10000 [1M]=1000000)
declare -A max_article=([10k]=1000 [1M]=100000)

require_wrk
[[ -f "$(app_dir claims-service)/quarkus-run.jar" ]] \
    || die "build first: ./mvnw -q package -DskipTests -pl dev-support,claims-service -am"
require_free_ports "${port[@]}"
for size in "${sizes[@]}"; do
    psql -At -h "$host" -U newsroom -d "${db[$size]}" -c "select 1 from claim limit 1" >/dev/null 2>&1 \
        || die "${db[$size]} is missing: run claims-service/bench/run-benchmark.sh first"
done

# A key pair of its own; one token with both staff roles, so lists show every status and the queue is allowed.
public_key="$(dev_java no.newsroom.devsupport.DevKeys)"
token="$(dev_java no.newsroom.devsupport.DevTokenCommand bench editor,verifier)"

# The databases are run-benchmark.sh's, migrated when it seeded them, so Flyway stays off; so does the article feed.
for size in "${sizes[@]}"; do
    mapfile -t database_options < <(database_options "${db[$size]}")
    start_service "$(app_dir claims-service)" "${port[$size]}" "$work/service-$size.log" \
        -Dmp.jwt.verify.publickey.location="$public_key" -Dquarkus.flyway.migrate-at-start=false \
        -Dnewsroom.articles.poll-every=off "${database_options[@]}"
    pids+=("$STARTED_PID")
done
for i in "${!sizes[@]}"; do
    await_ready "${port[${sizes[$i]}]}" "${pids[$i]}" 120 "$work/service-${sizes[$i]}.log"
done

echo "command: ROUNDS=$rounds SECONDS_PER_RUN=$seconds $0"
echo "date:    $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "load:    $(uptime)"

# The cursor a client would hold after a claim listed at the given minute of the seed's timeline.
cursor() { # minute, part
    printf '%s|00000000-0000-0000-0000-000000000000|%s' "$(date -u -d "2024-01-01 00:00:00 UTC + $1 minutes" \
        +%Y-%m-%dT%H:%M:%SZ)" "$2" | base64 -w0 | tr '+/' '-_' | tr -d '='
}
uuid_of() { printf '%s' "$1" | md5sum | sed -E 's/^(.{8})(.{4})(.{4})(.{4})(.{12}).*/\1-\2-\3-\4-\5/'; }
draw() { echo $(( ((RANDOM << 15) | RANDOM) % ($2 - $1 + 1) + $1 )); }

# 200 request paths per scenario and size, drawn as run-benchmark.sh's scenarios draw their parameters.
paths() { # scenario, size
    local size=$2 i m a b
    for ((i = 0; i < 200; i++)); do
        m=$(draw 0 "${max_minute[$size]}")
        case $1 in
            list-article) echo "/claims?articleId=$(uuid_of "article$(draw 0 "${max_article[$size]}")")" ;;
            list-assignee) echo "/claims?assignee=verifier$(draw 0 49)&cursor=$(cursor "$m" 0)" ;;
            list-claimant) echo "/claims?claimant=Kilde%20$(draw 0 1999)" ;;
            list-fulltext) echo "/claims?q=ord$(draw 0 4999)" ;;
            list-fulltext-two-words)
                a=$(draw 1 "${max_minute[$size]}")
                echo "/claims?q=ord$(((a * 31) % 5000))+ord$(((a * 17) % 5000))" ;;
            list-language) echo "/claims?language=en&cursor=$(cursor "$m" 0)" ;;
            list-recheck-due) echo "/claims?recheckDue=true" ;;
            list-status) echo "/claims?status=UNVERIFIED&cursor=$(cursor "$m" 0)" ;;
            queue) echo "/review-queue" ;;
            queue-assignee) echo "/review-queue?assignee=verifier$(draw 0 49)" ;;
            queue-language) echo "/review-queue?language=en" ;;
            queue-overdue-page) echo "/review-queue?cursor=$(cursor "$m" 1)" ;;
        esac
    done
}

scenarios=(list-article list-assignee list-claimant list-fulltext list-fulltext-two-words list-language
           list-recheck-due list-status queue queue-assignee queue-language queue-overdue-page)
for name in "${scenarios[@]}"; do
    for size in "${sizes[@]}"; do
        paths "$name" "$size" > "$work/$name-$size.paths"
        status="$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
            "http://127.0.0.1:${port[$size]}$(head -1 "$work/$name-$size.paths")")"
        [[ "$status" == 200 ]] || { echo "$name $size: $(head -1 "$work/$name-$size.paths") answered $status" >&2; exit 1; }
    done
done

run() { # scenario, size, seconds -> requests p50 p99 max errors
    LOAD_PATHS="$work/$1-$2.paths" LOAD_TOKEN="$token" load "$3" 1 1 "http://127.0.0.1:${port[$2]}" \
        | jq -r '[.requests, .p50Ms, .p99Ms, .maxMs, .non2xx + .socketErrors] | join(" ")'
}

# The JVM compiles the hot paths during the first thousands of requests: warm every scenario up first.
for name in "${scenarios[@]}"; do
    for size in "${sizes[@]}"; do
        run "$name" "$size" 2 >/dev/null
    done
done

for name in "${scenarios[@]}"; do
    for ((round = 1; round <= rounds; round++)); do
        for size in "${sizes[@]}"; do
            read -r _ p50 p99 _ errors <<< "$(run "$name" "$size" "$seconds")"
            [[ "$errors" == 0 ]] || { echo "$name $size: $errors errors" >&2; exit 1; }
            echo "$name $size $p50 $p99" >> "$work/results"
        done
    done
    echo "$name done" >&2
done

awk -v measured="over HTTP, one connection" -f "$here/latency-table.awk" "$work/results"
