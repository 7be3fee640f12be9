-- wrk script for bench/serve/wrk.sh: each request takes the next path of the file given after
-- "--" (one path a line, rotated per thread), and done() prints one line of figures:
--   RESULT requests=N seconds=S rps=R p50_ms=… p95_ms=… p99_ms=… max_ms=… errors=E non2xx=X
-- (wrk's own --latency table has no 95th percentile.)
local paths = {}
local next_path = 1

function init(args)
  local file = assert(io.open(args[1], "r"), "cannot read " .. tostring(args[1]))
  for line in file:lines() do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  file:close()
  assert(#paths > 0, "no paths in " .. args[1])
  -- threads start at different paths, so two threads do not ask the same page in step
  next_path = (math.random(#paths) - 1) % #paths + 1
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format("GET", path)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f"
      .. " errors=%d non2xx=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    e.connect + e.read + e.write + e.timeout, e.status))
end
