-- The wrk script of every load run (perf/lib/common.sh's load): the request's shape comes from the environment, and
-- the end prints one machine-readable line.
--   LOAD_METHOD (GET), LOAD_TOKEN (a bearer token), LOAD_CONTENT_TYPE, LOAD_BODY_FILE (the request body)
--   LOAD_PATHS        a file of request paths, one a line: each request takes one at random (else wrk's URL's path)
--   LOAD_UNIQUE_QUERY appended to the path with a per-request counter (imports need distinct titles, otherwise every
--                     import pays for finding a free slug)
local method = os.getenv("LOAD_METHOD") or "GET"
local bodyFile = os.getenv("LOAD_BODY_FILE") or ""
local contentType = os.getenv("LOAD_CONTENT_TYPE") or ""
local token = os.getenv("LOAD_TOKEN") or ""
local uniqueQuery = os.getenv("LOAD_UNIQUE_QUERY") or ""
local pathsFile = os.getenv("LOAD_PATHS") or ""

wrk.method = method
wrk.headers["Accept"] = "application/json"
if bodyFile ~= "" then
    local file = assert(io.open(bodyFile, "rb"))
    wrk.body = file:read("*a")
    file:close()
end
if contentType ~= "" then wrk.headers["Content-Type"] = contentType end
if token ~= "" then wrk.headers["Authorization"] = "Bearer " .. token end

local paths = {}
if pathsFile ~= "" then
    local file = assert(io.open(pathsFile, "r"))
    for line in file:lines() do paths[#paths + 1] = line end
    file:close()
end
math.randomseed(os.time())

local counter = 0
-- A global, not a local: setup() runs in the main Lua state and thread:set() writes each thread's globals.
threadId = 0

function setup(thread)
    threadId = threadId + 1
    thread:set("threadId", threadId)
end

function request()
    local path = wrk.path
    if #paths > 0 then path = paths[math.random(#paths)] end
    if uniqueQuery ~= "" then
        counter = counter + 1
        path = path .. uniqueQuery .. tostring(threadId) .. "-" .. tostring(counter)
    end
    return wrk.format(nil, path)
end

function done(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local errors = summary.errors
    io.write(string.format(
        'LOAD_RESULT {"requests":%d,"seconds":%.3f,"rps":%.1f,"p50Ms":%.2f,"p99Ms":%.2f,"maxMs":%.2f,'
            .. '"non2xx":%d,"socketErrors":%d}\n',
        summary.requests, seconds, summary.requests / seconds,
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
        errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
