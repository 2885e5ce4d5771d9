-- create: every request carries its own Idempotency-Key (thread number, counter, random), so each one creates.
local counter = 0
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end
function request()
  counter = counter + 1
  wrk.headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", tostring(tid), counter, math.random(1000000000))
  return wrk.format()
end
