#!/usr/bin/env bash
# Runs the 100 Feynman equations (shared/feynman/FeynmanEquations.csv) through `discover formula`, 1000
# samples each, and prints per equation: the formula found, whether it equals the truth, the time; then the
# solve rate and the median time.
#
# Equality check (numeric plus structure, dev.discover.neural.FeynmanData#mismatch via cli FeynmanCheck):
# the found formula may mention only the row's inputs, and on 2000 fresh points drawn in the row's sampling
# ranges its relative difference from the true formula, |found - truth| / max(|truth|, 1e-3 * rms(truth)),
# must stay below 1e-4 everywhere. That is "equal with constants matching to about 4 significant digits";
# an added constant or a scale factor larger than that fails. It is not a proof of symbolic identity
# (functions equal on the whole sampled box to 1e-4 are counted), which we judge acceptable for a benchmark.
#
# Usage: bench/feynman.sh [--noise 0|0.01] [--limit N] [--time-limit 30s] [--seed 1] [--ids I.12.1,I.8.14]
# Build first: mvn -B -q -DskipTests package -pl cli -am
set -u
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}   # ND4J: one thread per run on a shared 2-core machine
cd "$(dirname "$0")/.."
NOISE=0; LIMIT=100; TL=30s; SEED=1; IDS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --noise) NOISE="$2"; shift 2;;
    --limit) LIMIT="$2"; shift 2;;
    --time-limit) TL="$2"; shift 2;;
    --seed) SEED="$2"; shift 2;;
    --ids) IDS="$2"; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
JAR=${DISCOVER_JAR:-cli/target/discover-cli.jar}
CSV=../shared/feynman/FeynmanEquations.csv
[ -f "$JAR" ] || { echo "build first: mvn -B -q -DskipTests package -pl cli -am" >&2; exit 2; }
if unzip -l "$JAR" 2>/dev/null | grep -q 'dev/discover/cli/Main.class'; then RUN=(java -jar "$JAR" formula);
else RUN=(java -cp "$JAR" dev.discover.cli.FormulaCommand); fi
OUT=${BENCH_OUT:-bench/out/feynman-noise$NOISE}; mkdir -p "$OUT"
if [ -n "$IDS" ]; then LIST=$(echo "$IDS" | tr ',' '\n'); else LIST=$(tail -n +2 "$CSV" | cut -d, -f1 | head -n "$LIMIT"); fi
printf '%-10s %-6s %8s  %s\n' ID SOLVED TIME_S FORMULA
solved=0; total=0; : > "$OUT/times.txt"
for id in $LIST; do
  start=$(date +%s.%N)
  "${RUN[@]}" --feynman "$id" --feynman-file "$CSV" --samples 1000 --noise "$NOISE" --seed "$SEED" \
      --time-limit "$TL" --format json > "$OUT/$id.json" 2> "$OUT/$id.err"
  end=$(date +%s.%N)
  t=$(echo "$end - $start" | bc)
  res=$(java -cp "$JAR" dev.discover.cli.FeynmanCheck "$CSV" "$id" "$OUT/$id.json")
  ok=$(echo "$res" | cut -f1); formula=$(echo "$res" | cut -f3-)
  total=$((total+1)); [ "$ok" = yes ] && solved=$((solved+1))
  echo "$t" >> "$OUT/times.txt"
  printf '%-10s %-6s %8.1f  %s\n' "$id" "$ok" "$t" "$formula"
done
median=$(sort -g "$OUT/times.txt" | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}')
echo "solved $solved of $total ($(echo "scale=1; 100*$solved/$total" | bc) %), noise $NOISE, median time ${median} s, time limit $TL"
