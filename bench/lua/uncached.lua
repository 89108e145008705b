-- wrk script: every request misses the app's caches. Charts (default): every request asks for a chart size not asked
-- for before, so every request renders (the image cache never hits). Sizes stay near the default 1200×675: width
-- 800–1599, height 450–849 (320,000 combinations). With "page" as second argument: the overview with a query string
-- never sent before (/?miss=N), so every request renders the page (the overview ignores unknown parameters; the page
-- cache keys on the exact query).
-- The first script argument is a base offset, so a warm-up run and the measured run ask for different URLs; each
-- wrk thread counts from its own offset too.
--   wrk -s uncached.lua URL -- 160000
--   wrk -s uncached.lua URL -- 160000 page

local threads = 0

function setup(thread)
  thread:set("thread_offset", threads * 10000)
  threads = threads + 1
end

local counter = 0
local base = 0
local page = false

function init(args)
  base = tonumber(args[1] or "0") or 0
  page = args[2] == "page"
end

function request()
  counter = counter + 1
  if page then
    return wrk.format("GET", "/?miss=" .. (base + (thread_offset or 0) + counter))
  end
  local n = (base + (thread_offset or 0) + counter) % 320000
  local width = 800 + n % 800
  local height = 450 + math.floor(n / 800)
  return wrk.format("GET", "/charts/top500-systems.png?width=" .. width .. "&height=" .. height)
end
