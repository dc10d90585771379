-- wrk script of the HTTP benchmarks (articles-service and claims-service): each request takes a random path from
-- the file in BENCH_PATHS, and the end prints "BENCH <requests> <p50 ms> <p99 ms> <max ms> <non-2xx and socket
-- errors>".
local file = assert(io.open(os.getenv("BENCH_PATHS"), "r"))
local paths = {}
for line in file:lines() do paths[#paths + 1] = line end
file:close()
math.randomseed(os.time())

wrk.headers["Accept"] = "application/json"

function request()
    return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
    local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
        + summary.errors.timeout
    io.write(string.format("BENCH %d %.2f %.2f %.2f %d\n", summary.requests, latency:percentile(50) / 1000,
        latency:percentile(99) / 1000, latency.max / 1000, errors))
end
