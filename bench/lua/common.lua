-- Shared by every scenario: the request comes from the environment run.sh sets, and done() writes the
-- summary for run.sh to read. A scenario's own .lua is appended after this file and may redefine
-- request() (and init/setup) to vary what it sends.
--   BENCH_METHOD, BENCH_PATH, BENCH_BODY, BENCH_TOKEN (Bearer), BENCH_ACCEPT (application/json), BENCH_OUT (result file)
wrk.method = os.getenv("BENCH_METHOD") or "GET"
wrk.path = os.getenv("BENCH_PATH") or "/"
local body = os.getenv("BENCH_BODY")
if body and body ~= "" then
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end
local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end
wrk.headers["Accept"] = os.getenv("BENCH_ACCEPT") or "application/json"

-- rps p50_ms p95_ms p99_ms errors (non-2xx/3xx responses plus socket errors and timeouts)
function done(summary, latency, requests)
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  local secs = summary.duration / 1e6
  local f = assert(io.open(os.getenv("BENCH_OUT"), "w"))
  f:write(string.format("%.1f %.2f %.2f %.2f %d\n", summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
  f:close()
end

-- A path with "{id}" takes a random id from BENCH_IDS ("12,57,90") on each request, so a scenario reading one
-- record spreads over many rows instead of one hot cached row.
local ids = {}
for id in string.gmatch(os.getenv("BENCH_IDS") or "", "[^,]+") do
  ids[#ids + 1] = id
end
if #ids > 0 and string.find(wrk.path, "{id}", 1, true) then
  local template = wrk.path
  function request()
    local path = string.gsub(template, "{id}", ids[math.random(#ids)])
    return wrk.format(nil, path)
  end
end
