# create: POST /api/v1/activities as a branch officer into their own branch, each with a fresh Idempotency-Key.
SCN_AUTH=user
SCN_CEILING=""
SCN_TARGETS="p99<50"
SCN_LUA=create.lua
scn_prepare() {
  table_exists activity || { skip "no activity table yet"; return; }
  BENCH_METHOD=POST
  BENCH_PATH="/api/v1/activities"
  BENCH_BODY="{\"type\":\"GIFT_VISIT\",\"title\":\"Thăm hỏi, tặng quà hộ nghèo dịp Tết\",\"startDate\":\"2025-08-10\",\"endDate\":\"2025-08-10\",\"location\":\"Nhà văn hóa ấp Long Hòa\",\"orgUnitId\":$USER_ORG_ID,\"participants\":12,\"beneficiaries\":40,\"giftCount\":40,\"giftCashVnd\":12000000,\"giftInKindVnd\":8000000,\"description\":\"Bench\"}"
}
