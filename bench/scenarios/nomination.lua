-- nomination: the detail, then the history of the same random nomination (what the detail page asks for), so
-- every other request is a history. Replaces common.lua's request().
local detail = true
local current = ids[1]
function request()
  if detail then
    current = ids[math.random(#ids)]
    detail = false
    return wrk.format(nil, "/api/v1/nominations/" .. current)
  end
  detail = true
  return wrk.format(nil, "/api/v1/nominations/" .. current .. "/history")
end
