#!/usr/bin/env bash
# The generalised Henon-Heiles family (systems/henon-heiles-family.json, basis degree 6) swept at C = 1, A = 1
# over D on the rational grid -2:1:145 (step 1/48: it contains -1, -1/6, -1/16 and 0) and B in {1, 2, 16}:
# 435 exact law searches as Spark tasks. Prints the table of the points whose number of laws differs from the
# generic count (expected: D = 0 and D = -1/6 for every B, D = -1 with B = 1, D = -1/16 with B = 16), checks
# that set, and writes bench/out/sweep/sweep.svg.
#
# Usage: bench/sweep.sh [--master URL] [--parallelism N] [--grid -2:1:145]
set -euo pipefail
cd "$(dirname "$0")/.."
MASTER="local[*]"; PAR=0; GRID="-2:1:145"
while [ $# -gt 0 ]; do
  case "$1" in
    --master) MASTER="$2"; shift 2;;
    --parallelism) PAR="$2"; shift 2;;
    --grid) GRID="$2"; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
OUT=${BENCH_OUT:-bench/out/sweep}; mkdir -p "$OUT"
./discover batch --help >/dev/null   # builds on first use, outside the measurement
start=$(date +%s.%N)
./discover sweep systems/henon-heiles-family.json --param C=1 --param A=1 --param "D=$GRID" --param B=1,2,16 \
    --master "$MASTER" --parallelism "$PAR" --format json --plot "$OUT" -q > "$OUT/sweep.json"
end=$(date +%s.%N)
jq -r '"points \(.points), generic count \(.generic_count), special \(.special | length), failed \(.failed)"' "$OUT/sweep.json"
printf '%-10s %-4s %5s  %s\n' D B laws "extra law (first beyond the energy)"
jq -r '.special[] | [.values.D, .values.B, (.independent_count | tostring), (.laws[1] // "")] | @tsv' "$OUT/sweep.json" |
  while IFS=$'\t' read -r d b n law; do printf '%-10s %-4s %5s  %.90s\n' "$d" "$b" "$n" "$law"; done
got=$(jq -r '.special[] | "\(.values.D)|\(.values.B)"' "$OUT/sweep.json" | sort | tr '\n' ' ')
want=$(printf '%s\n' "0|1" "0|2" "0|16" "-1/6|1" "-1/6|2" "-1/6|16" "-1|1" "-1/16|16" | sort | tr '\n' ' ')
if [ "$got" = "$want" ]; then verdict="exactly the integrable points"; else verdict="NOT the integrable points (expected $want)"; fi
echo "marked: $verdict; wall time $(echo "$end - $start" | bc) s (JVM and Spark start included), master $MASTER; figure $OUT/sweep.svg"
