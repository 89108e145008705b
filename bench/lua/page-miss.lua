-- wrk script: the overview page with a query string never sent before (?miss=N), so every request misses the page
-- output cache and renders the page (the overview ignores unknown parameters; the cache keys on the exact query).
-- The first script argument is a base offset, so the warm-up and the measured run send different strings.
--   wrk -s page-miss.lua URL -- 1000000

local threads = 0

function setup(thread)
  thread:set("thread_offset", threads * 100000)
  threads = threads + 1
end

local counter = 0
local base = 0

function init(args)
  base = tonumber(args[1] or "0") or 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", "/?miss=" .. (base + (thread_offset or 0) + counter))
end
