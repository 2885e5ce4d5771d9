# login: POST /api/v1/auth/login as one of the generated users (a different one on each request).
# bcrypt (cost 10) makes it CPU-bound: roughly 10 logins/s per core is expected. Only failed logins are
# throttled, so a correct password never locks the address.
SCN_AUTH=none
SCN_CEILING=""
SCN_TARGETS="-"
SCN_LUA=login.lua
# 32 concurrent logins queue for seconds each on a small machine: measure long enough for them to complete
SCN_MIN_DURATION=10
scn_prepare() {
  BENCH_METHOD=POST
  BENCH_PATH="/api/v1/auth/login"
  BENCH_BODY="{\"username\":\"admin\",\"password\":\"$BENCH_PASSWORD\"}"
  BENCH_USERS_FILE="$WORK_DIR/usernames.txt"
  sql "select username from user_account where username <> 'admin' and active order by id limit 200" >"$BENCH_USERS_FILE"
  export BENCH_USERS_FILE
}
