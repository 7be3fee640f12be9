#!/usr/bin/env bash
# The upload bench (issue 17): starts `isnad serve --store DIR` on a free loopback port, waits
# until it answers, then POSTs each FILE in turn to /api/v1/documents (what the web app's
# upload page sends) and prints, per upload, the seconds until the answer and what it says
# (documents added, known); then the server's CPU seconds and the machine's load, and stops
# the server (also on Ctrl-C or failure). The first upload of a server pays for its cold JIT and
# for reading the case from the store; the server keeps the case in memory for the next ones.
#
#   bench/serve/upload.sh STORE_DIR FILE...   # env: ISNAD=path of another launcher (./isnad)
#                                              #      ISNAD_JAVA_OPTS (else the launcher's serve heap)
#
# Changes the store: run it on a copy. Needs curl and jq. Loopback only. Bounded: server start
# 300 s at most, each upload 600 s at most.
set -euo pipefail

store="${1:?usage: bench/serve/upload.sh STORE_DIR FILE...}"
shift
[ "$#" -gt 0 ] || { echo "upload.sh: give at least one file to upload" >&2; exit 2; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
isnad="${ISNAD:-$root/isnad}"
for tool in curl jq; do
  command -v "$tool" >/dev/null || { echo "upload.sh: $tool is not installed" >&2; exit 2; }
done
# shellcheck source=bench/serve/server.sh
. "$here/server.sh"
start_server "upload" "$store"
java_pid="$(pgrep -P "$server" java || echo "$server")"
cpu() { awk '{print ($14 + $15) / 100}' "/proc/$java_pid/stat"; }

for file in "$@"; do
  before="$(cpu)"
  start="$(date +%s.%N)"
  curl -fsS -m 600 -X POST --data-binary "@$file" \
    "$base/api/v1/documents?name=$(basename "$file")" >"$work/answer.json"
  end="$(date +%s.%N)"
  after="$(cpu)"
  printf '%s: %.2f s, server CPU %.2f s, %s\n' "$file" "$(echo "$end - $start" | bc)" \
    "$(echo "$after - $before" | bc)" \
    "$(jq -c '[.documents[].outcome] | group_by(.) | map({(.[0]): length}) | add' "$work/answer.json")"
done
echo "load: $(cut -d' ' -f1-3 /proc/loadavg)"
