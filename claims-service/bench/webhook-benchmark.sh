#!/usr/bin/env bash
# Webhook delivery as a subscriber sees it: events per second from write to webhook, and the write-to-webhook
# latency p50/p99. Starts the packaged claims-service on loopback against a fresh database (claims_webhook_bench),
# subscribes a receiver on loopback to claim.created, creates EVENTS claims (default 2000) over HTTP from WRITERS
# threads (default 4) and times each from the start of its POST to its webhook's arrival (WebhookBenchmark.java).
# The dispatcher polls every DISPATCH_EVERY (default 1s, the production default), which bounds the latency.
# Not a test: run by hand, e.g.  DISPATCH_EVERY=200ms claims-service/bench/webhook-benchmark.sh
# Build first when the jar is missing or stale:
#   ./mvnw -q package -DskipTests -pl dev-support,claims-service -am
set -euo pipefail

LOG_PREFIX=webhook-benchmark
source "$(dirname "$0")/../../perf/lib/common.sh"
here="$(cd "$(dirname "$0")" && pwd)"
use_postgres_superuser
events="${EVENTS:-2000}"
writers="${WRITERS:-4}"
dispatch_every="${DISPATCH_EVERY:-1s}"
port=18594
database=claims_webhook_bench
work="$(mktemp -d)"
DEV_HOME="$work/home"
pid=""
cleanup() { [[ -n "$pid" ]] && stop_pids "$pid"; rm -rf "$work"; }
trap cleanup EXIT

[[ -f "$(app_dir claims-service)/quarkus-run.jar" ]] \
    || die "build first: ./mvnw -q package -DskipTests -pl dev-support,claims-service -am"
require_free_ports "$port"

recreate_databases "$database"

public_key="$(dev_java no.newsroom.devsupport.DevKeys)"
token="$(dev_java no.newsroom.devsupport.DevTokenCommand bench editor,admin)"

# No articles-service here: its feed stays unread, claims' own outbox is what is measured.
mapfile -t database_options < <(database_options "$database")
start_service "$(app_dir claims-service)" "$port" "$work/service.log" \
    -Dmp.jwt.verify.publickey.location="$public_key" \
    -Dnewsroom.articles.poll-every=off -Dquarkus.rest-client.articles.url=http://127.0.0.1:9 \
    -Dnewsroom.webhooks.dispatch-every="$dispatch_every" \
    -Dnewsroom.webhooks.allowed-targets=127.0.0.0/8 \
    "${database_options[@]}"
pid=$STARTED_PID
await_ready "$port" "$pid" 120 "$work/service.log"

echo "command: EVENTS=$events WRITERS=$writers DISPATCH_EVERY=$dispatch_every $0"
echo "date:    $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "load:    $(uptime)"
# A first small run warms the JVMs up; the second is the one reported.
java "$here/WebhookBenchmark.java" "http://127.0.0.1:$port" "$token" 200 "$writers" >/dev/null
java "$here/WebhookBenchmark.java" "http://127.0.0.1:$port" "$token" "$events" "$writers"
