#!/usr/bin/env bash
# Same answers, at bench size (issue 19): runs `isnad analyze` and the Spark job (local[2]) on the
# same inputs, prints each one's wall time and peak resident memory, and compares the two
# analysis contracts with "generatedAt" masked (exit 1 when they differ).
#   bash bench/spark/same-answers.sh /tmp/snn2k.jsonl        (2,000 SaudiNewsNet articles)
# Extra arguments go to the Spark job (e.g. --partitions 16). Outputs in target/bench-spark/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
input="${1:?usage: same-answers.sh INPUT [job options]}"
shift
out=target/bench-spark
mkdir -p "$out"
run() {  # NAME COMMAND...: the command timed, its stderr kept in $out/NAME.log
  local name=$1
  shift
  /usr/bin/time -f "$name: %e s wall, %U s user, %M KB peak RSS" "$@" 2> "$out/$name.log" || {
    tail -5 "$out/$name.log" >&2
    return 1
  }
  grep -E "^(isnad-spark|$name):" "$out/$name.log" | tail -3
}
./isnad analyze --help > /dev/null  # build outside the timing
./isnad-spark --help > /dev/null
run analyze ./isnad analyze "$input" -o "$out/analyze.json" --no-progress
run spark ./isnad-spark "$input" --out "$out/spark.json" "$@"
a=$(sed 's/"generatedAt":"[^"]*"//' "$out/analyze.json" | md5sum | cut -d' ' -f1)
b=$(sed 's/"generatedAt":"[^"]*"//' "$out/spark.json" | md5sum | cut -d' ' -f1)
echo "analyze $a"
echo "spark   $b"
[ "$a" = "$b" ] && echo "same answers" || { echo "the contracts differ"; exit 1; }
