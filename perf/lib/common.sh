# The shell library of ./suite, perf/run, perf/sse-latency and the services' bench scripts: the project version, the
# build, starting a packaged service and waiting until it is ready, a wrk load run and percentiles. Source it after
# setting LOG_PREFIX (the name log lines start with); it defines functions and variables and runs nothing.
#
# Ports: a service started here answers on its HTTP port and on its management interface (health, metrics)
# MANAGEMENT_PORT_OFFSET ports above it, both on 127.0.0.1 only unless LOOPBACK_ONLY is 0.

NEWSROOM_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

log() { printf '%s\n' "${LOG_PREFIX:-newsroom}: $*" >&2; }
die() { log "$*"; exit 1; }

# The root pom's first <version> is the project's (it has no parent); help:evaluate would take seconds.
project_version() {
    sed -n 's:^[[:space:]]*<version>\(.*\)</version>.*:\1:p' "$NEWSROOM_ROOT/pom.xml" | head -1
}

DEV_SUPPORT_JAR="$NEWSROOM_ROOT/dev-support/target/dev-support-$(project_version).jar"
DEV_SUPPORT_CP="$DEV_SUPPORT_JAR:$NEWSROOM_ROOT/dev-support/target/lib/*"
SERVICE_MODULES=(articles-service claims-service gateway)
MANAGEMENT_PORT_OFFSET=100
LOOPBACK_ONLY=1

# The JVM settings of the k8s manifests (README, Performance): a serial collector and a heap that starts small keep
# an idle service small. start_service adds the class-data archive (class_data_options).
SERVICE_JVM_OPTIONS=(-XX:+UseSerialGC -Xms16m -Xmx192m -Xss512k -XX:+ExitOnOutOfMemoryError
                     -XX:TrimNativeHeapInterval=2000)
# The class-data archive (AppCDS) a service's first run writes when it stops: every class its start-up and first
# requests loaded. The archive Quarkus can write at build time holds only what static initialisation loads, a third of
# them; start-up is about a tenth shorter with this one. The JVM refuses an archive whose jars changed, so one older
# than the app's jar is written again.
TRAINED_CLASS_ARCHIVE=app-cds-trained.jsa
# The JIT's start-up work leaves freed C heap behind: two malloc arenas and the trim above hand it back (-25 MiB idle).
export MALLOC_ARENA_MAX=2

# Dev tools (keys, tokens, demo data, the local database) from dev-support; DEV_HOME, when set, keeps their key pair
# apart from the developer's own (~/.newsroom-claims).
dev_java() {
    if [[ -n "${DEV_HOME:-}" ]]; then
        NEWSROOM_HOME="$DEV_HOME" java -cp "$DEV_SUPPORT_CP" "$@"
    else
        java -cp "$DEV_SUPPORT_CP" "$@"
    fi
}

# build_services MODULE...: packages dev-support and the modules with what they depend on, tests skipped. Package,
# not install: the jars stay in the tree's target folders and the shared ~/.m2 is left alone.
build_services() {
    local modules
    modules="$(IFS=,; echo "dev-support,$*")"
    log "building $modules (tests skipped; ./mvnw verify runs them)"
    (cd "$NEWSROOM_ROOT" && ./mvnw -q -B package -DskipTests -pl "$modules" -am)
}

# class_data_options APP_DIR: the archive this app's first run wrote or, when RECORD_CLASS_ARCHIVE is 1 (a script that
# runs one instance of each app), the options that make this run write one; that run starts without an app archive.
# Writing needs the JDK's own archive as its base.
RECORD_CLASS_ARCHIVE="${RECORD_CLASS_ARCHIVE:-0}"
class_data_options() {
    local archive="$1/$TRAINED_CLASS_ARCHIVE"
    if [[ -f "$archive" && "$archive" -nt "$1/quarkus-run.jar" ]]; then
        echo "-XX:SharedArchiveFile=$TRAINED_CLASS_ARCHIVE"
    elif (( RECORD_CLASS_ARCHIVE )) && java -Xshare:on -version >/dev/null 2>&1; then
        rm -f "$archive"
        # Classes that cannot be archived are skipped with a warning each; the archive is complete without them.
        printf '%s\n' "-XX:ArchiveClassesAtExit=$TRAINED_CLASS_ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off
    fi
}

app_dir() { echo "$NEWSROOM_ROOT/$1/target/quarkus-app"; }

# True when dev-support's jar or a module's runner is missing, or older than the sources it is built from.
stale_build() {
    local module jar
    for module in dev-support "$@"; do
        if [[ "$module" == dev-support ]]; then jar="$DEV_SUPPORT_JAR"; else jar="$(app_dir "$module")/quarkus-run.jar"; fi
        [[ -f "$jar" ]] || return 0
        [[ -n "$(find "$NEWSROOM_ROOT/$module/src/main" "$NEWSROOM_ROOT/$module/pom.xml" "$NEWSROOM_ROOT/pom.xml" \
            "$NEWSROOM_ROOT/service-support/src/main" -newer "$jar" -type f -print -quit)" ]] && return 0
    done
    return 1
}

# http_status URL: the status code of a GET, 000 when nothing answers. bash's /dev/tcp, so a machine with only a JDK
# can run ./suite.
http_status() {
    local url="$1" hostport path host port status
    hostport="${url#http://}"; path="/${hostport#*/}"; hostport="${hostport%%/*}"
    host="${hostport%:*}"; port="${hostport##*:}"
    { exec 3<>"/dev/tcp/$host/$port"; } 2>/dev/null || { echo 000; return; }
    printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$host" >&3
    status="$(head -n 1 <&3 | awk '{print $2}')"
    exec 3<&- 3>&-
    echo "${status:-000}"
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

require_free_ports() {
    local port
    for port in "$@"; do
        port_open "$port" && die "port $port is taken; stop whatever listens there or choose other ports"
    done
    return 0
}

# start_service APP_DIR PORT LOG_FILE [JAVA_OPTION...]: starts the packaged service from its folder (the class-data
# archive names the jars by the paths they had when it was written) in the background, immune to the terminal's
# hang-up (./suite start --background returns to a shell that may close). Sets STARTED_PID.
start_service() {
    local app="$1" port="$2" log_file="$3" listen=()
    shift 3
    (( LOOPBACK_ONLY )) && listen=(-Dquarkus.http.host=127.0.0.1 -Dquarkus.management.host=127.0.0.1)
    local class_data=()
    mapfile -t class_data < <(class_data_options "$app")
    (cd "$app" && exec nohup java "${SERVICE_JVM_OPTIONS[@]}" "${class_data[@]}" "${listen[@]}" "-Dquarkus.http.port=$port" \
        "-Dquarkus.management.port=$((port + MANAGEMENT_PORT_OFFSET))" "$@" -jar quarkus-run.jar) >"$log_file" 2>&1 &
    STARTED_PID=$!
}

management_url() { echo "http://127.0.0.1:$(($1 + MANAGEMENT_PORT_OFFSET))"; }

# await_ready PORT PID TIMEOUT_SECONDS LOG_FILE: waits until the service's readiness check answers 200; stops the
# script when the process exits or the time is up.
await_ready() {
    local port="$1" pid="$2" timeout="$3" log_file="$4" deadline=$((SECONDS + $3))
    until [[ "$(http_status "$(management_url "$port")/q/health/ready")" == 200 ]]; do
        kill -0 "$pid" 2>/dev/null || die "the service on port $port exited; see $log_file"
        (( SECONDS < deadline )) || die "the service on port $port is not ready after ${timeout}s; see $log_file"
        sleep 0.2
    done
}

# stop_pids PID...: asks each process to stop, waits up to ten seconds, then kills what is left.
stop_pids() {
    local pid
    for pid in "$@"; do kill "$pid" 2>/dev/null || true; done
    for pid in "$@"; do
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
        kill -9 "$pid" 2>/dev/null || true
    done
}

# The PostgreSQL superuser connection for psql and the services' JDBC URLs: PGHOST, PGPORT and PGUSER as set, else
# 127.0.0.1:5432 as postgres; notices (drop ... if exists) stay quiet.
use_postgres_superuser() {
    export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
    export PGOPTIONS="${PGOPTIONS:--c client_min_messages=warning}"
}

# psql as the PostgreSQL superuser (use_postgres_superuser) that stops at the first error.
psql_super() { psql -v ON_ERROR_STOP=1 -q -X "$@"; }

# The roles of the least-privilege setup (dev-support's LocalPostgres): newsroom owns the schema and runs Flyway,
# newsroom_app is the one the services connect as; passwords as their names, local only. Each named database is then
# dropped and created, owned by newsroom, and newsroom_app may connect.
recreate_databases() {
    psql_super -d postgres -c "do \$\$ begin
        if not exists (select 1 from pg_roles where rolname = 'newsroom') then
            create role newsroom login password 'newsroom';
        end if;
        if not exists (select 1 from pg_roles where rolname = 'newsroom_app') then
            create role newsroom_app login password 'newsroom_app';
        end if; end \$\$;"
    local database
    for database in "$@"; do
        psql_super -d postgres -c "drop database if exists $database with (force)" \
            -c "create database $database owner newsroom" -c "grant connect on database $database to newsroom_app"
    done
}

# The JDBC options that point a service at one database on PGHOST:PGPORT, with the roles of recreate_databases.
database_options() {
    printf '%s\n' "-Dquarkus.datasource.jdbc.url=jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/$1" \
        -Dquarkus.datasource.username=newsroom_app -Dquarkus.datasource.password=newsroom_app \
        -Dquarkus.flyway.username=newsroom -Dquarkus.flyway.password=newsroom
}

require_wrk() {
    command -v wrk >/dev/null 2>&1 && return
    log "installing wrk"
    apt-get install -y -qq wrk >/dev/null 2>&1 \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } \
        || die "wrk is missing (apt-get install -y wrk)"
}

# load SECONDS THREADS CONNECTIONS URL: one wrk run through perf/lib/load.lua, which reads the request's shape from
# LOAD_METHOD, LOAD_TOKEN, LOAD_CONTENT_TYPE, LOAD_BODY_FILE, LOAD_UNIQUE_QUERY and LOAD_PATHS (see there). Prints
# one JSON line: requests, seconds, rps, p50Ms, p99Ms, maxMs, non2xx, socketErrors.
load() {
    local seconds="$1" threads="$2" connections="$3" url="$4" output
    output="$(timeout $((seconds + 30)) wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s \
        -s "$NEWSROOM_ROOT/perf/lib/load.lua" "$url")" || die "wrk failed on $url: $output"
    grep '^LOAD_RESULT ' <<<"$output" | sed 's/^LOAD_RESULT //' | grep . || die "wrk printed no result: $output"
}

# percentiles P...: the nearest-rank percentiles of the numbers on standard input, one per line, printed on one line.
percentiles() {
    sort -n | awk -v wanted="$*" '
        { value[NR] = $1 }
        END {
            n = split(wanted, p, " ")
            for (i = 1; i <= n; i++) {
                rank = int(p[i] / 100 * NR); if (rank < p[i] / 100 * NR) rank++; if (rank < 1) rank = 1
                printf "%s%s", (i > 1 ? " " : ""), (NR ? value[rank] : "NaN")
            }
            print ""
        }'
}
