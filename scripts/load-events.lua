-- wrk script: /api/events with a random page and filter on every request, plus a throw-away
-- parameter (unknown parameters are ignored) so that no answer comes from the response cache.
-- Usage: wrk -t2 -c10 -d30s --latency -s scripts/load-events.lua http://127.0.0.1:7070
local filters = {"", "&actor=JPN", "&actor=USA", "&root=04", "&quad=4", "&from=2024-01-01",
                 "&cameo=040", "&all=true", "&actor=GBR&quad=1"}
request = function()
  local path = "/api/events?limit=20&offset=" .. (20 * math.random(0, 50))
      .. filters[math.random(#filters)] .. "&nocache=" .. math.random(1, 1000000000)
  return wrk.format("GET", path)
end
