# Sourced by the serve benches (wrk.sh, upload.sh): starts `isnad serve` on a store on a free
# loopback port and waits until it answers, with a scratch folder and a trap that stops the
# server and removes the folder on exit, Ctrl-C or failure.
#
#   start_server NAME STORE [SERVE_OPTION...]   # NAME prefixes messages; needs $isnad
#
# Sets: work (scratch folder), server (its pid), base (http://127.0.0.1:PORT). Bounded: 300 s.

start_server() {
  local name="$1" store="$2"
  shift 2
  [ -f "$store/isnad.db" ] || { echo "$name: no store in $store" >&2; exit 2; }
  work="$(mktemp -d "/tmp/bench-$name.XXXXXX")"
  server=""
  trap stop_server EXIT
  trap 'exit 130' INT TERM
  "$isnad" serve --store "$store" --port 0 --no-progress "$@" >"$work/serve.out" \
    2>"$work/serve.err" &
  server=$!
  local url=""
  for _ in $(seq 1 600); do
    url="$(grep -m1 -o '^http://127\.0\.0\.1:[0-9]*/' "$work/serve.out" || true)"
    [ -n "$url" ] && curl -fsS -m 30 -o /dev/null "${url}api/v1/audit" && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.err" >&2; exit 3; }
    sleep 0.5
  done
  [ -n "$url" ] || { echo "$name: the server did not answer within 300 s" >&2; exit 3; }
  base="${url%/}"
}

stop_server() {
  if [ -n "${server:-}" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  rm -rf "${work:-/nonexistent}"
}
