#!/usr/bin/env bash
# The serve latency bench (issue 17): starts `isnad serve --store DIR` on a free loopback port,
# waits until it answers, and loads three routes in turn with wrk (2 threads, 16 connections,
# 30 s each, after a 10 s warm-up over all of them):
#   timeline  /api/v1/events?limit=50 at several offsets and with each kind of filter (rotated)
#   event     /api/v1/events/{id} of one real event (the most reported of the first page)
#   search    /api/v1/search?q=… for three Arabic queries, «الاسد» first (rotated)
# and prints, per route, requests/s, p50/p95/p99/max latency, the server's CPU seconds and the
# machine's load; then stops the server (also on Ctrl-C or failure).
#
#   bench/serve/wrk.sh STORE_DIR        # env: DURATION=30s WARMUP=10s THREADS=2 CONNECTIONS=16
#                                       #      ISNAD=path of another launcher (default ./isnad)
#                                       #      KEPT_MIB=0 answers every request afresh (the
#                                       #      server keeps 64 MiB of answers by default, and
#                                       #      this bench asks the same few pages again)
#
# Needs wrk, curl and jq (Debian packages). Loopback only. Bounded: server start 300 s at most,
# then (WARMUP + 3 x DURATION) plus a few seconds. wrk runs on the same machine as the server,
# so on a small machine the client's CPU is taken from the server's: say so with the figures.
set -euo pipefail

store="${1:?usage: bench/serve/wrk.sh STORE_DIR}"
duration="${DURATION:-30s}"
warmup="${WARMUP:-10s}"
threads="${THREADS:-2}"
connections="${CONNECTIONS:-16}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
isnad="${ISNAD:-$root/isnad}"

for tool in wrk curl jq; do
  command -v "$tool" >/dev/null || { echo "wrk.sh: $tool is not installed" >&2; exit 2; }
done
# shellcheck source=bench/serve/server.sh
. "$here/server.sh"
start_server "wrk" "$store" --kept-mib "${KEPT_MIB:-64}"

# real ids and filter values, read from the server itself
page="$(curl -fsS -m 30 "$base/api/v1/events?limit=50")"
total="$(jq '.total' <<<"$page")"
event="$(jq -r '.items | max_by(.reports) | .id' <<<"$page")"
type="$(jq -r '.items[0].type' <<<"$page")"
actor="$(jq -r '[.items[].actors[].id][0] // empty' <<<"$page")"
outlet="$(jq -r '[.items[].outlets[]][0] // empty' <<<"$page")"
day="$(jq -r '[.items[].when | select(. != null and length == 10)][0] // "2015-06-01"' <<<"$page")"
enc() { jq -rn --arg v "$1" '$v | @uri'; }
half=$(( total / 2 )); last=$(( total > 50 ? total - 50 : 0 ))
{
  echo "/api/v1/events?limit=50"
  echo "/api/v1/events?limit=50&offset=50"
  echo "/api/v1/events?limit=50&offset=$half"
  echo "/api/v1/events?limit=50&offset=$last"
  echo "/api/v1/events?limit=50&status=corroborated"
  echo "/api/v1/events?limit=50&status=contested"
  echo "/api/v1/events?limit=50&type=$(enc "$type")"
  [ -n "$actor" ] && echo "/api/v1/events?limit=50&actor=$(enc "$actor")"
  [ -n "$outlet" ] && echo "/api/v1/events?limit=50&outlet=$(enc "$outlet")"
  echo "/api/v1/events?limit=50&from=${day:0:7}-01&to=$day"
} >"$work/timeline.txt"
echo "/api/v1/events/$(enc "$event")" >"$work/event.txt"
for q in "الاسد" "وزير الخارجية" "الرياض"; do
  echo "/api/v1/search?q=$(enc "$q")"
done >"$work/search.txt"
cat "$work/timeline.txt" "$work/event.txt" "$work/search.txt" >"$work/all.txt"
while read -r path; do   # every path must answer 200 before it is timed
  curl -fsS -m 30 -o /dev/null "$base$path" || { echo "wrk.sh: $path failed" >&2; exit 3; }
done <"$work/all.txt"

cpu() { awk '{ print $14 + $15 }' "/proc/$server/stat"; }
ticks="$(getconf CLK_TCK)"
echo "store $store: $total events; server $base (pid $server); wrk -t$threads -c$connections -d$duration"
echo "paths: $(wc -l <"$work/timeline.txt") timeline, event $event, $(wc -l <"$work/search.txt") searches"
wrk -t"$threads" -c"$connections" -d"$warmup" --timeout 10s -s "$here/paths.lua" "$base" \
  -- "$work/all.txt" >/dev/null
printf '%-9s %9s %8s %8s %8s %8s %10s %11s %7s %s\n' route requests/s p50_ms p95_ms p99_ms \
  max_ms server_cpu_s cpu_ms/req errors load
for route in timeline event search; do
  before="$(cpu)"
  line="$(wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s --latency \
    -s "$here/paths.lua" "$base" -- "$work/$route.txt" | grep '^RESULT' || true)"
  kill -0 "$server" 2>/dev/null || { echo "wrk.sh: the server stopped during $route" >&2; exit 3; }
  [ -n "$line" ] || { echo "wrk.sh: wrk printed no result for $route" >&2; exit 3; }
  after="$(cpu)"
  get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  printf '%-9s %9s %8s %8s %8s %8s %10s %11s %7s %s\n' "$route" "$(get rps)" "$(get p50_ms)" \
    "$(get p95_ms)" "$(get p99_ms)" "$(get max_ms)" \
    "$(awk -v a="$before" -v b="$after" -v t="$ticks" 'BEGIN { printf "%.1f", (b - a) / t }')" \
    "$(awk -v a="$before" -v b="$after" -v t="$ticks" -v n="$(get requests)" \
      'BEGIN { printf "%.2f", (n > 0) ? 1000 * (b - a) / t / n : 0 }')" \
    "$(( $(get errors) + $(get non2xx) ))" "$(cut -d' ' -f1-3 /proc/loadavg)"
done
echo "server peak RSS: $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$server/status")"
