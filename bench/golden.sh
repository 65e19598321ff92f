#!/usr/bin/env bash
# Golden outputs of every command, for behaviour-preserving changes: `bench/golden.sh record` writes them
# under bench/golden/, `bench/golden.sh check` recomputes them and diffs (exit 1 on any difference); a part
# (laws, data, formula) given after either recomputes, compares or records only that part.
# Timings are stripped. Formula rows are ones the search solves well inside its default time limit, so the
# safety deadline does not cut them on a loaded machine. Run from anywhere; builds the CLI first.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-check}"
part="${2:-all}"   # all, laws, data or formula: only that part is recomputed and compared
case "$mode" in record|check) ;; *) echo "usage: bench/golden.sh record|check [all|laws|data|formula]" >&2; exit 2;; esac
case "$part" in all|laws|data|formula) ;; *) echo "usage: bench/golden.sh record|check [all|laws|data|formula]" >&2; exit 2;; esac
want() { [ "$part" = all ] || [ "$part" = "$1" ]; }
mvn -B -q -DskipTests package -pl cli -am >/dev/null
J=(java -Xss16m -jar cli/target/discover-cli.jar)
gold=bench/golden
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
# formula runs: the verdict fields (status, r2, verdict) are additions to the recorded outputs, left out here
strip_json() { jq -S 'del(.timings_ms, .elapsed_ms, .time_ms, .status, .r2, .verdict) | walk(if type == "object" then del(.elapsed_ms, .timings_ms, .time_ms) else . end)'; }
strip_text() { grep -v -E '^(Time|Elapsed)|[0-9]+ ms$|timings' || true; }

if want laws; then
for f in systems/*.json; do
  n="$(basename "$f" .json)"
  "${J[@]}" "$f" --format json -q | strip_json > "$out/laws-$n.json"
done
fi

if want data; then
data="$out/data"; mkdir -p "$data"
"${J[@]}" simulate systems/lorenz.json --dt 0.002 --t-end 10 --initial x=-8,y=8,z=27 --out "$data/lorenz.csv"
"${J[@]}" simulate systems/lorenz.json --dt 0.002 --t-end 10 --initial x=-8,y=8,z=27 --noise 0.5 --seed 1 --out "$data/lorenz-noisy.csv"
"${J[@]}" simulate systems/euler-top.json --dt 0.01 --t-end 10 --trajectories 8 --seed 1 --out "$data/euler-top.csv"
"${J[@]}" simulate systems/kepler3d.json --dt 0.01 --t-end 10 --trajectories 8 --seed 1 --out "$data/kepler3d.csv"
for n in lorenz lorenz-noisy euler-top kepler3d; do sha256sum < "$data/$n.csv" | cut -c1-64 > "$out/simulate-$n.sha"; done
"${J[@]}" equations "$data/lorenz.csv" 2>/dev/null | strip_text > "$out/equations-lorenz.txt"
"${J[@]}" equations "$data/lorenz-noisy.csv" 2>/dev/null | strip_text > "$out/equations-lorenz-noisy.txt"
"${J[@]}" equations "$data/lorenz.csv" --laws 2>/dev/null | strip_text > "$out/equations-lorenz-laws.txt"
"${J[@]}" invariants "$data/euler-top.csv" --format json 2>/dev/null | strip_json > "$out/invariants-euler-top.json"
"${J[@]}" invariants "$data/kepler3d.csv" --system systems/kepler3d.json --format json 2>/dev/null | strip_json > "$out/invariants-kepler3d.json" || true
fi

if want formula; then
for id in I.6.2a I.8.14 I.10.7 I.12.1 I.12.2 I.12.5 I.13.12 I.14.3 I.14.4 I.15.3x I.16.6 I.18.12 I.24.6 I.26.2 I.27.6 I.29.4; do
  "${J[@]}" formula --feynman "$id" --seed 1 --no-units --format json 2>/dev/null | strip_json > "$out/formula-$id.json"
done
"${J[@]}" formula --feynman I.12.1 --seed 1 --noise 0.01 --no-units --format json 2>/dev/null | strip_json > "$out/formula-I.12.1-noise.json"
fi

if [ "$mode" = record ]; then
  if [ "$part" = all ]; then
    rm -rf "$gold"; mkdir -p "$gold"
  else
    # only this part's outputs are replaced: laws-*, formula-*, or the data ones (simulate, equations, invariants)
    case "$part" in laws) prefixes="laws-";; formula) prefixes="formula-";; data) prefixes="simulate- equations- invariants-";; esac
    for p in $prefixes; do rm -f "$gold/$p"*; done
  fi
  cp "$out"/*.* "$gold"/
  echo "recorded $(ls "$out" | wc -l) golden outputs ($part) in $gold"
else
  bad=0; : > "$out/diff.txt"
  for f in "$out"/*.*; do
    n="$(basename "$f")"; [ "$n" = diff.txt ] && continue
    if [ ! -f "$gold/$n" ]; then echo "new (no golden output yet): $n"; continue; fi
    diff "$gold/$n" "$f" >> "$out/diff.txt" 2>&1 || { echo "differs: $n" >> "$out/diff.txt"; bad=1; }
  done
  if [ "$bad" -eq 0 ]; then
    echo "golden: all $(ls "$out" | grep -vc diff.txt) outputs ($part) identical"
  else
    cat "$out/diff.txt"; echo "golden: outputs differ (above)"; exit 1
  fi
fi
