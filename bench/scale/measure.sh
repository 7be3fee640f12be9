#!/usr/bin/env bash
# One scale measurement (docs/SCALE.md): runs `isnad analyze` or the Spark job on one input
# under /usr/bin/time -v and prints wall, user and system CPU, peak RSS, the load average before
# and after, the run's own phase lines (stderr) and the contract's hash with generatedAt masked.
#   bash bench/scale/measure.sh analyze|spark IN.jsonl OUT.json [OPTIONS...]
# OPTIONS go to the command (e.g. --partitions 64 for the Spark job).
# JVM settings: ISNAD_JAVA_OPTS / ISNAD_SPARK_JAVA_OPTS as the launchers read them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
what="$1"; in="$2"; out="$3"; shift 3
log="$out.log"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
case "$what" in
  analyze) cmd=("$here/isnad" analyze "$in" -o "$out" "$@") ;;
  spark) cmd=("$here/isnad-spark" "$in" --out "$out" "$@") ;;
  *) echo "analyze or spark, not $what" >&2; exit 2 ;;
esac
/usr/bin/time -v "${cmd[@]}" 2> "$log" || { tail -30 "$log"; exit 1; }
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
grep -E 'Elapsed \(wall|User time|System time|Maximum resident' "$log"
grep -E '^isnad' "$log" | grep -v WARN || true
echo "contract: $(sed 's/"generatedAt":"[^"]*"//' "$out" | md5sum | cut -d' ' -f1)"
