#!/usr/bin/env bash
# Runs the 100 Feynman equations (shared/feynman/FeynmanEquations.csv) through `discover formula`, 1000
# samples each, and prints per equation: the formula found, whether it equals the truth, the time; then the
# symbolic solve rate (the headline), the numeric solve rate and the median time.
#
# Equality check (dev.discover.neural.FormulaEquality via cli FeynmanCheck, both test code: the build below
# compiles them into cli/target/test-classes and neural/target/test-classes; its reasons go to $OUT/ID.check):
#  - numeric: the found formula may mention only the row's inputs, and on 2000 fresh points drawn in the
#    row's sampling ranges |found - truth| / max(|truth|, 1e-3 * rms(truth)) must stay below 1e-4;
#  - symbolic: each decimal constant of the found formula is replaced by the simplest exact constant that
#    agrees with it to a relative 5e-5 (p/q times pi^k, k in -2..2 by halves, or sqrt(p/q) times pi^k; kept
#    as an exact decimal when nothing simple agrees), and Symja must rewrite found - truth to 0 or
#    found / truth to 1 (Simplify assuming inputs with non-negative ranges positive, Together, TrigToExp,
#    and PowerExpand only where every base it splits is positive by construction), or (found / truth)^2 to 1
#    (a root of a square written two ways; the ratio is then +1 or -1 on each connected region where both are
#    defined, and the numeric test found it near +1 all over the sampling box), 10 s per Symja call.
# SOLVED is `yes` when both hold (symbolically equal, constants to 4 significant digits), `numeric` when only
# the numeric test holds (Symja proved nothing, e.g. a fitted approximation or a tiny added constant), `no`
# otherwise. An added constant or a scale factor is never proved equal.
#
# --recheck re-runs only the check on the JSON already in the output folder (no search); TIME_S is then
# the search time recorded in the JSON, not the process time.
#
# --units searches with the shared units table (../shared/feynman/units.csv: dimensionless groups, only
# dimensionally consistent formulas); without it every run gets --no-units. The STATUS column is the
# engine's own verdict (solved or approximate), the last line counts how often it agrees with the check.
#
# --batch runs every search first as one `discover batch` (Apache Spark: local mode, or a cluster with
# --master spark://HOST:PORT, --parallelism N), then checks the JSON it recorded; TIME_S is then the search
# time in the JSON (elapsed_ms), as with --recheck. Without --batch each row is its own `discover formula` run.
#
# Usage: bench/feynman.sh [--noise 0|0.001|0.01|0.1] [--units] [--limit N] [--time-limit 30s] [--seed 1]
#        [--ids I.12.1,I.8.14] [--recheck] [--batch [--master URL] [--parallelism N]]
# Build first: mvn -B -q -DskipTests package -pl cli -am
set -u
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}   # ND4J: one thread per run on a shared 2-core machine
cd "$(dirname "$0")/.."
NOISE=0; LIMIT=100; TL=30s; SEED=1; IDS=""; RECHECK=0; UNITS=0; BATCH=0; MASTER="local[*]"; PAR=0
while [ $# -gt 0 ]; do
  case "$1" in
    --noise) NOISE="$2"; shift 2;;
    --limit) LIMIT="$2"; shift 2;;
    --time-limit) TL="$2"; shift 2;;
    --seed) SEED="$2"; shift 2;;
    --ids) IDS="$2"; shift 2;;
    --recheck) RECHECK=1; shift;;
    --units) UNITS=1; shift;;
    --batch) BATCH=1; shift;;
    --master) MASTER="$2"; shift 2;;
    --parallelism) PAR="$2"; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
JAR=${DISCOVER_JAR:-cli/target/discover-cli.jar}
CSV=../shared/feynman/FeynmanEquations.csv
[ -f "$JAR" ] || { echo "build first: mvn -B -q -DskipTests package -pl cli -am" >&2; exit 2; }
# the equality check is benchmark code, compiled with the tests (-DskipTests still compiles them)
CHECK_CP=${DISCOVER_CHECK_CP:-cli/target/test-classes:neural/target/test-classes}
for d in ${CHECK_CP//:/ }; do
  [ -e "$d" ] || { echo "build first: mvn -B -q -DskipTests package -pl cli -am (missing $d)" >&2; exit 2; }
done
if unzip -l "$JAR" 2>/dev/null | grep -q 'dev/discover/cli/Main.class'; then RUN=(java -jar "$JAR" formula);
else RUN=(java -cp "$JAR" dev.discover.cli.FormulaCommand); fi
if [ "$UNITS" = 1 ]; then UOPT=(--units ../shared/feynman/units.csv); SUFFIX=-units; else UOPT=(--no-units); SUFFIX=""; fi
OUT=${BENCH_OUT:-bench/out/feynman-noise$NOISE$SUFFIX}; mkdir -p "$OUT"
if [ -n "$IDS" ]; then LIST=$(echo "$IDS" | tr ',' '\n'); else LIST=$(tail -n +2 "$CSV" | cut -d, -f1 | head -n "$LIMIT"); fi
if [ "$BATCH" = 1 ] && [ "$RECHECK" = 0 ]; then
  # one job per row, the options of the loop below; results split into $OUT/ID.json for the check
  for id in $LIST; do
    if [ "$UNITS" = 1 ]; then u='"units": "../shared/feynman/units.csv"'; else u='"no_units": true'; fi
    echo "{\"id\": \"$id\", \"feynman\": \"$id\", \"feynman_file\": \"$CSV\", \"samples\": 1000, \"noise\": $NOISE, \"seed\": $SEED, \"time_limit\": \"$TL\", $u}"
  done > "$OUT/jobs.jsonl"
  ./discover batch "$OUT/jobs.jsonl" --out "$OUT/batch.jsonl" --master "$MASTER" --parallelism "$PAR" >&2
  for id in $LIST; do
    jq -c --arg id "$id" 'select(.id == $id) | (.result // {})' "$OUT/batch.jsonl" > "$OUT/$id.json"
    jq -r --arg id "$id" 'select(.id == $id) | (.error // empty)' "$OUT/batch.jsonl" > "$OUT/$id.err"
  done
  RECHECK=1
fi
printf '%-10s %-8s %-11s %8s  %s\n' ID SOLVED STATUS TIME_S FORMULA
solved=0; numeric=0; total=0; claimed=0; honest=0; : > "$OUT/times.txt"
for id in $LIST; do
  if [ "$RECHECK" = 1 ]; then
    [ -f "$OUT/$id.json" ] || { echo "--recheck: no $OUT/$id.json" >&2; exit 2; }
    ms=$(grep -o '"elapsed_ms":[0-9]*' "$OUT/$id.json" | cut -d: -f2)
    t=$(echo "scale=3; ${ms:-0} / 1000" | bc)
  else
    start=$(date +%s.%N)
    "${RUN[@]}" --feynman "$id" --feynman-file "$CSV" --samples 1000 --noise "$NOISE" --seed "$SEED" \
        --time-limit "$TL" "${UOPT[@]}" --format json > "$OUT/$id.json" 2> "$OUT/$id.err"
    end=$(date +%s.%N)
    t=$(echo "$end - $start" | bc)
  fi
  res=$(java -cp "$CHECK_CP:$JAR" dev.discover.cli.FeynmanCheck "$CSV" "$id" "$OUT/$id.json" 2> "$OUT/$id.check")
  ok=$(echo "$res" | cut -f1); formula=$(echo "$res" | cut -f3-)
  total=$((total+1))
  [ "$ok" = yes ] && solved=$((solved+1))
  [ "$ok" = yes ] || [ "$ok" = numeric ] && numeric=$((numeric+1))
  st=$(jq -r '.status // "none"' "$OUT/$id.json" 2>/dev/null); st=${st:-none}
  [ "$st" = solved ] && claimed=$((claimed+1))
  { [ "$st" = solved ] && [ "$ok" != no ]; } || { [ "$st" != solved ] && [ "$ok" = no ]; } && honest=$((honest+1))
  echo "$t" >> "$OUT/times.txt"
  printf '%-10s %-8s %-11s %8.1f  %s\n' "$id" "$ok" "$st" "$t" "$formula"
done
median=$(sort -g "$OUT/times.txt" | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}')
echo "solved symbolically $solved of $total ($(echo "scale=1; 100*$solved/$total" | bc) %), numerically $numeric of $total ($(echo "scale=1; 100*$numeric/$total" | bc) %), noise $NOISE, units $UNITS, median time ${median} s, time limit $TL"
echo "status solved claimed $claimed of $total; the verdict agrees with the check (solved = equal, approximate = not equal) on $honest of $total"
