#!/usr/bin/env bash
# Webhook delivery as a subscriber sees it: events per second from write to webhook, and the write-to-webhook
# latency p50/p99. Starts the packaged claims-service on loopback against a fresh database (claims_webhook_bench),
# subscribes a receiver on loopback to claim.created, creates EVENTS claims (default 2000) over HTTP from WRITERS
# threads (default 4) and times each from the start of its POST to its webhook's arrival (WebhookBenchmark.java).
# The dispatcher polls every DISPATCH_EVERY (default 1s, the production default), which bounds the latency.
# Not a test: run by hand, e.g.  DISPATCH_EVERY=200ms claims-service/bench/webhook-benchmark.sh
# Build first when the jar is missing or stale:
#   ./mvnw -q install -Dmaven.test.skip=true -pl dev-support,claims-service -am
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
host="${PGHOST:-localhost}"
events="${EVENTS:-2000}"
writers="${WRITERS:-4}"
dispatch_every="${DISPATCH_EVERY:-1s}"
port=18194
database=claims_webhook_bench
work="$(mktemp -d)"
pid=""
cleanup() { [[ -n "$pid" ]] && kill "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

jar="$root/claims-service/target/quarkus-app/quarkus-run.jar"
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -1)"
dev_support="$root/dev-support/target/dev-support-$version.jar:$root/dev-support/target/lib/*"
build="./mvnw -q install -Dmaven.test.skip=true -pl dev-support,claims-service -am"
[[ -f "$jar" ]] || { echo "build first: $build" >&2; exit 1; }

psql -q -h "$host" -U "${PGUSER:-postgres}" -d postgres -c "drop database if exists $database" \
    -c "create database $database owner newsroom"

public_key="$(NEWSROOM_HOME="$work/home" java -cp "$dev_support" no.newsroom.devsupport.DevKeys)"
token="$(NEWSROOM_HOME="$work/home" java -cp "$dev_support" no.newsroom.devsupport.DevTokenCommand bench editor,admin)"

# No articles-service here: its feed stays unread, claims' own outbox is what is measured.
java -Xmx512m -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 \
    -Dmp.jwt.verify.publickey.location="$public_key" \
    -Dnewsroom.articles.poll-every=off -Dquarkus.rest-client.articles.url=http://127.0.0.1:9 \
    -Dnewsroom.webhooks.dispatch-every="$dispatch_every" \
    -Dnewsroom.webhooks.allowed-targets=127.0.0.0/8 \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$host:5432/$database" \
    -Dquarkus.datasource.username=newsroom -Dquarkus.datasource.password=newsroom \
    -jar "$jar" >"$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break
    sleep 1
done
curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" || { cat "$work/service.log" >&2; exit 1; }

echo "command: EVENTS=$events WRITERS=$writers DISPATCH_EVERY=$dispatch_every $0"
echo "date:    $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "load:    $(uptime)"
# A first small run warms the JVMs up; the second is the one reported.
java "$here/WebhookBenchmark.java" "http://127.0.0.1:$port" "$token" 200 "$writers" >/dev/null
java "$here/WebhookBenchmark.java" "http://127.0.0.1:$port" "$token" "$events" "$writers"
