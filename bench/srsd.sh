#!/usr/bin/env bash
# SRSD-Feynman (../shared/srsd/SRSD-Feynman.csv, 100 equations in easy/medium/hard groups with realistic
# sampling: log-uniform over decades, random signs, constants written into the formulas; see its README):
# draws ROWS rows per equation by the benchmark's rules (cli SrsdTool sample), runs `discover formula` on the
# CSV, and checks the formula with the same symbolic equality check as bench/feynman.sh (SrsdTool check:
# numeric to 1e-4 on 2000 points of each variable's range, then a Symja proof with exact constants).
# Prints one line per equation and the solved rate per group.
#
# --units gives the engine ../shared/feynman/units.csv (SRSD's `lambda` is the table's `lambd`). SRSD writes
# dimensional constants (G, c, eps0, h, kB, ...) into its formulas as numbers, so for many rows no monomial
# of the inputs has the target's unit: the engine reports that (exit 2) and this script then reruns the row
# without units, marking it `nounits` in the UNITS column. Where the consistent answer is only approximate and
# the engine's `without_units` formula (the search without units, in the time left) is solved, that formula
# is checked and the row marked `unitless`.
#
# --batch samples every row first, then runs all searches as one `discover batch` (Apache Spark: local mode,
# or a cluster with --master spark://HOST:PORT, --parallelism N; rows that --units refuses run again without
# units in a second batch), then checks them; TIME_S is then the search time recorded in the JSON (elapsed_ms).
#
# Usage: bench/srsd.sh [--units] [--noise 0] [--rows 1000] [--time-limit 60s] [--seed 1] [--ids a,b] [--group easy]
#        [--batch [--master URL] [--parallelism N]]
# Build first: mvn -B -q -DskipTests package -pl cli -am
set -u
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
cd "$(dirname "$0")/.."
UNITS=0; NOISE=0; ROWS=1000; TL=60s; SEED=1; IDS=""; GROUP=""; BATCH=0; MASTER="local[*]"; PAR=0
while [ $# -gt 0 ]; do
  case "$1" in
    --units) UNITS=1; shift;;
    --noise) NOISE="$2"; shift 2;;
    --rows) ROWS="$2"; shift 2;;
    --time-limit) TL="$2"; shift 2;;
    --seed) SEED="$2"; shift 2;;
    --ids) IDS="$2"; shift 2;;
    --group) GROUP="$2"; shift 2;;
    --batch) BATCH=1; shift;;
    --master) MASTER="$2"; shift 2;;
    --parallelism) PAR="$2"; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
JAR=${DISCOVER_JAR:-cli/target/discover-cli.jar}
CSV=../shared/srsd/SRSD-Feynman.csv
[ -f "$JAR" ] || { echo "build first: mvn -B -q -DskipTests package -pl cli -am" >&2; exit 2; }
# the sampler and the equality check are benchmark code, compiled with the tests (-DskipTests still compiles them)
CHECK_CP=${DISCOVER_CHECK_CP:-cli/target/test-classes:neural/target/test-classes}
for d in ${CHECK_CP//:/ }; do
  [ -e "$d" ] || { echo "build first: mvn -B -q -DskipTests package -pl cli -am (missing $d)" >&2; exit 2; }
done
SUFFIX=""; [ "$UNITS" = 1 ] && SUFFIX=-units
OUT=${BENCH_OUT:-bench/out/srsd-noise$NOISE$SUFFIX}; mkdir -p "$OUT"
UNITS_CSV="$OUT/units.csv"
{ cat ../shared/feynman/units.csv; grep '^lambd,' ../shared/feynman/units.csv | sed 's/^lambd,/lambda,/'; } > "$UNITS_CSV"
if [ -n "$IDS" ]; then LIST=$(echo "$IDS" | tr ',' '\n');
else LIST=$(tail -n +2 "$CSV" | awk -F, -v g="$GROUP" 'g == "" || $2 == g {print $1}'); fi
declare -A usedby
# a consistent answer that is only approximate, beside a formula the search without units solved (the
# engine's without_units: a constant of the data that no column carries): that formula is checked, `unitless`
unitless() {
  if [ "$(jq -r '.status // empty' "$OUT/$1.json")" = approximate ] && \
     [ "$(jq -r '.without_units.status // empty' "$OUT/$1.json")" = solved ]; then
    jq -c '. + {formula: .without_units.formula, formula_pretty: .without_units.formula_pretty,
               rmse: .without_units.rmse, status: .without_units.status, r2: .without_units.r2}' "$OUT/$1.json" \
        > "$OUT/$1.json.tmp" && mv "$OUT/$1.json.tmp" "$OUT/$1.json"
    usedby[$1]=unitless
  fi
}
if [ "$BATCH" = 1 ]; then
  # sample every row, run every search in one batch (and a second without units for rows units refused)
  : > "$OUT/jobs.jsonl"
  for id in $LIST; do
    java -cp "$CHECK_CP:$JAR" dev.discover.cli.SrsdTool sample "$CSV" "$id" "$ROWS" "$NOISE" "$SEED" "$OUT/$id.csv" || continue
    out=$(awk -F, -v id="$id" '$1 == id {print $3}' "$CSV")
    u=""; [ "$UNITS" = 1 ] && u=", \"units\": \"$UNITS_CSV\""
    echo "{\"id\": \"$id\", \"formula\": \"$OUT/$id.csv\", \"target\": \"$out\", \"seed\": $SEED, \"time_limit\": \"$TL\"$u}" >> "$OUT/jobs.jsonl"
    if [ "$UNITS" = 1 ]; then usedby[$id]=yes; else usedby[$id]=no; fi
  done
  ./discover batch "$OUT/jobs.jsonl" --out "$OUT/batch.jsonl" --master "$MASTER" --parallelism "$PAR" >&2
  if [ "$UNITS" = 1 ]; then
    jq -c 'select(.status == "bad_input") | .id' "$OUT/batch.jsonl" | tr -d '"' > "$OUT/nounits.txt"
    grep -F -f <(sed 's/.*/"id": "&"/' "$OUT/nounits.txt") "$OUT/jobs.jsonl" | sed 's/, "units": "[^"]*"//' > "$OUT/jobs-nounits.jsonl"
    if [ -s "$OUT/jobs-nounits.jsonl" ]; then
      ./discover batch "$OUT/jobs-nounits.jsonl" --out "$OUT/batch-nounits.jsonl" --master "$MASTER" --parallelism "$PAR" >&2
      for id in $(cat "$OUT/nounits.txt"); do usedby[$id]=nounits; done
    fi
  fi
  for id in "${!usedby[@]}"; do
    f="$OUT/batch.jsonl"; [ "${usedby[$id]}" = nounits ] && f="$OUT/batch-nounits.jsonl"
    jq -c --arg id "$id" 'select(.id == $id) | (.result // {})' "$f" > "$OUT/$id.json"
    jq -r --arg id "$id" 'select(.id == $id) | (.error // empty)' "$f" > "$OUT/$id.err"
    unitless "$id"
  done
fi
printf '%-18s %-6s %-8s %-8s %-11s %8s  %s\n' ID GROUP SOLVED UNITS STATUS TIME_S FORMULA
declare -A tot sol byused
: > "$OUT/times.txt"
for id in $LIST; do
  grp=$(awk -F, -v id="$id" '$1 == id {print $2}' "$CSV")
  if [ "$BATCH" = 1 ]; then
    [ -n "${usedby[$id]:-}" ] || continue
    used=${usedby[$id]}
    ms=$(grep -o '"elapsed_ms":[0-9]*' "$OUT/$id.json" | cut -d: -f2); t=$(echo "scale=3; ${ms:-0} / 1000" | bc)
  else
  java -cp "$CHECK_CP:$JAR" dev.discover.cli.SrsdTool sample "$CSV" "$id" "$ROWS" "$NOISE" "$SEED" "$OUT/$id.csv" || continue
  out=$(awk -F, -v id="$id" '$1 == id {print $3}' "$CSV")
  start=$(date +%s.%N); used=no
  if [ "$UNITS" = 1 ]; then
    java -jar "$JAR" formula "$OUT/$id.csv" --target "$out" --units "$UNITS_CSV" --seed "$SEED" --time-limit "$TL" \
        --format json > "$OUT/$id.json" 2> "$OUT/$id.err"
    rc=$?; used=yes
    if [ "$rc" = 2 ]; then used=nounits; fi
  fi
  if [ "$used" != yes ]; then
    java -jar "$JAR" formula "$OUT/$id.csv" --target "$out" --seed "$SEED" --time-limit "$TL" \
        --format json > "$OUT/$id.json" 2>> "$OUT/$id.err"
  else
    unitless "$id"; used=${usedby[$id]:-yes}
  fi
  end=$(date +%s.%N); t=$(echo "$end - $start" | bc)
  fi
  res=$(java -cp "$CHECK_CP:$JAR" dev.discover.cli.SrsdTool check "$CSV" "$id" "$OUT/$id.json" 2> "$OUT/$id.check")
  ok=$(echo "$res" | cut -f1); formula=$(echo "$res" | cut -f3-)
  st=$(jq -r '.status // "none"' "$OUT/$id.json" 2>/dev/null); st=${st:-none}
  tot[$grp]=$(( ${tot[$grp]:-0} + 1 )); tot[all]=$(( ${tot[all]:-0} + 1 ))
  if [ "$ok" = yes ]; then sol[$grp]=$(( ${sol[$grp]:-0} + 1 )); sol[all]=$(( ${sol[all]:-0} + 1 )); byused[$used]=$(( ${byused[$used]:-0} + 1 )); fi
  echo "$t" >> "$OUT/times.txt"
  printf '%-18s %-6s %-8s %-8s %-11s %8.1f  %s\n' "$id" "$grp" "$ok" "$used" "$st" "$t" "$formula"
done
median=$(sort -g "$OUT/times.txt" | awk '{a[NR]=$1} END {if (NR == 0) print 0; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}')
for g in easy medium hard all; do
  [ "${tot[$g]:-0}" -gt 0 ] || continue
  echo "$g: solved symbolically ${sol[$g]:-0} of ${tot[$g]} ($(echo "scale=1; 100*${sol[$g]:-0}/${tot[$g]}" | bc) %)"
done
echo "solved rows by UNITS: $(for k in yes unitless nounits no; do [ -n "${byused[$k]:-}" ] && printf '%s %s; ' "$k" "${byused[$k]}"; done)"
echo "noise $NOISE, units $UNITS, rows $ROWS, median time ${median} s, time limit $TL"
