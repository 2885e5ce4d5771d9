-- login: each request logs in as a random generated user (BENCH_USERS_FILE, one username a line).
local users = {}
for line in io.lines(os.getenv("BENCH_USERS_FILE")) do
  if line ~= "" then users[#users + 1] = line end
end
local password = os.getenv("BENCH_PASSWORD")
function request()
  local body = string.format('{"username":"%s","password":"%s"}', users[math.random(#users)], password)
  return wrk.format("POST", wrk.path, nil, body)
end
