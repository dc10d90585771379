-- wrk script for the perf run: sets method, body, content type and token from the environment and prints one
-- machine-readable line at the end. PERF_UNIQUE_QUERY appends a per-request counter to the path (imports need
-- distinct titles, otherwise every import pays for finding a free slug).
local method = os.getenv("PERF_METHOD") or "GET"
local bodyFile = os.getenv("PERF_BODY_FILE") or ""
local contentType = os.getenv("PERF_CONTENT_TYPE") or ""
local token = os.getenv("PERF_TOKEN") or ""
local uniqueQuery = os.getenv("PERF_UNIQUE_QUERY") or ""

wrk.method = method
wrk.headers["Accept"] = "application/json"
if bodyFile ~= "" then
    local file = assert(io.open(bodyFile, "rb"))
    wrk.body = file:read("*a")
    file:close()
end
if contentType ~= "" then wrk.headers["Content-Type"] = contentType end
if token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end

local counter = 0
-- A global, not a local: setup() runs in the main Lua state and thread:set() writes each thread's globals.
threadId = 0

function setup(thread)
    threadId = threadId + 1
    thread:set("threadId", threadId)
end

function request()
    if uniqueQuery == "" then
        return wrk.format()
    end
    counter = counter + 1
    return wrk.format(nil, wrk.path .. uniqueQuery .. tostring(threadId) .. "-" .. tostring(counter))
end

function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local errors = summary.errors
    io.write(string.format(
        'PERF_RESULT {"requests":%d,"seconds":%.3f,"rps":%.1f,"p50Ms":%.2f,"p99Ms":%.2f,"maxMs":%.2f,'
            .. '"non2xx":%d,"socketErrors":%d}\n',
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
