-- create: every request carries its own Idempotency-Key (thread number and counter), so each one creates; the
-- 201s are counted per thread and written to BENCH_OUT.created for the duplicate check in create.sh.
local counter = 0
local threads = {}
created = 0
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("tid", #threads)
end
function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = string.format("bench-%s-%d-%d-%d", tostring(tid), counter, os.time(),
    math.random(1000000000))
  return wrk.format()
end
function response(status, headers, body)
  if status == 201 then created = created + 1 end
end
local summary_done = done
function done(summary, latency, requests)
  summary_done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + (t:get("created") or 0) end
  local f = assert(io.open(os.getenv("BENCH_OUT") .. ".created", "w"))
  f:write(string.format("%d\n", n))
  f:close()
end
-- create-paced.sh: with BENCH_DELAY_MS set, each connection waits a random time (exponential, that mean) before its
-- next request, so requests arrive at a fixed offered rate (~connections / mean) instead of in a closed loop
local delay_ms = tonumber(os.getenv("BENCH_DELAY_MS") or "")
if delay_ms then
  function delay()
    return math.floor(-math.log(1 - math.random()) * delay_ms)
  end
end
