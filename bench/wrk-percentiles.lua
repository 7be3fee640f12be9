-- wrk script: prints p50/p95/p99 and max latency from wrk's histogram (wrk --latency prints no p95).
-- Used by the README's "Picking a name as one types" numbers: wrk -t2 -c16 -d20s -s bench/wrk-percentiles.lua URL
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  requests %d  errors %d\n",
    latency:percentile(50)/1000, latency:percentile(95)/1000, latency:percentile(99)/1000,
    latency.max/1000, summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
