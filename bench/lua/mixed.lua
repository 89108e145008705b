-- wrk script for bench/load.sh: a mix of what browsers and scripts ask for: pages, cached chart images, chart
-- renders that miss the cache, CSV downloads, the JSON API, and a few requests that must be refused (4xx).
-- Bounded by count as well as by wrk's -d: each thread stops after max_requests (first script argument).
-- done() prints one line per status class ("status 2xx N"), which load.sh reads: any 5xx fails the run.

local threads = {}

function setup(thread)
  thread:set("offset", #threads * 100000)
  table.insert(threads, thread)
end

-- { weight, path } ; "UNCACHED" is replaced by a size not asked for before.
local mix = {
  { 20, "/charts/top500-systems.png" },
  { 5,  "/charts/arms-import-share.png" },
  { 5,  "/charts/top500-systems.svg" },
  { 4,  "/charts/public-debt-share-china.png?entities=KAZ,KGZ,TJK" },
  { 4,  "UNCACHED" },
  { 8,  "/charts/top500-systems.csv?entities=CHN,RUS" },
  { 6,  "/" },
  { 3,  "/compare?indicator=top500-systems&entities=CHN,RUS" },
  { 3,  "/indicators/top500-systems" },
  { 2,  "/timeline" },
  { 2,  "/sources" },
  { 10, "/api/observations?indicator=top500-systems&entities=CHN,RUS" },
  { 5,  "/api/indicators" },
  { 4,  "/api/events?from=2015" },
  { 3,  "/css/site.css" },
  -- Refused on purpose: unknown indicator (404), bad size (400), missing parameter (400), unknown id (404).
  { 2,  "/charts/no-such-indicator.png" },
  { 2,  "/charts/top500-systems.png?width=0" },
  { 1,  "/api/observations" },
  { 1,  "/api/indicators/no-such-indicator" },
}

local total_weight = 0
for _, m in ipairs(mix) do total_weight = total_weight + m[1] end

local max_requests = 0
local sent = 0
-- Global, not local: done() reads it from each thread with thread:get("counts").
counts = { ["2xx"] = 0, ["3xx"] = 0, ["4xx"] = 0, ["5xx"] = 0 }

function init(args)
  max_requests = tonumber(args[1] or "0") or 0
  math.randomseed(1000 + (offset or 0))
end

function request()
  sent = sent + 1
  local r = math.random(total_weight)
  local path
  for _, m in ipairs(mix) do
    r = r - m[1]
    if r <= 0 then path = m[2]; break end
  end
  if path == "UNCACHED" then
    local n = (offset or 0) + sent
    path = "/charts/top500-systems.png?width=" .. (800 + n % 800) .. "&height=" .. (450 + math.floor(n / 800) % 400)
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  local class = math.floor(status / 100) .. "xx"
  counts[class] = (counts[class] or 0) + 1
  if max_requests > 0 and sent >= max_requests then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    local c = thread:get("counts")
    for class, n in pairs(c) do totals[class] = (totals[class] or 0) + n end
  end
  for _, class in ipairs({ "2xx", "3xx", "4xx", "5xx" }) do
    io.write(string.format("status %s %d\n", class, totals[class] or 0))
  end
end
