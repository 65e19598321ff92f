#!/usr/bin/env bash
# The modular networks (brain-inspired modular training, BIMT: dev.discover.neural.internal.modules).
#  toy:     BIMT's symbolic tasks (independence, compositionality, feature sharing; 400 rows in [-1, 1]):
#           edges before and after pruning, connected components, the module tree found, whether it has the
#           true modules. Stored as bench/results/bimt-toy.txt.
#  feynman: per Feynman row (1000 samples, seed 1, the first 400 rows), the modular network the formula
#           search fits, and whether the blocks of its module tree (the groups of inputs the output is a sum
#           of; in log|y| a product) are those of the true formula. Stored as bench/results/bimt-feynman.txt
#           (or bimt-feynman-subset.txt with --ids).
# Usage: bench/bimt.sh [toy|feynman|all] [--ids I.8.14,I.9.18]
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
WHAT=${1:-all}; shift || true
IDS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --ids) IDS="$2"; shift 2;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
CP_FILE="$PWD/neural/target/bench.classpath"
nice -n 15 mvn -B -q -o -pl neural -am package -DskipTests dependency:build-classpath -Dmdep.outputFile="$CP_FILE"
CP="neural/target/test-classes:neural/target/classes:$(cat "$CP_FILE")"
RUN=(nice -n 15 java -Xmx1g -cp "$CP" dev.discover.neural.internal.modules.ModuleBench)
mkdir -p bench/results
if [ "$WHAT" = toy ] || [ "$WHAT" = all ]; then
  "${RUN[@]}" toy | tee bench/results/bimt-toy.txt
fi
if [ "$WHAT" = feynman ] || [ "$WHAT" = all ]; then
  OUTF=bench/results/bimt-feynman${IDS:+-subset}.txt
  "${RUN[@]}" feynman ../shared/feynman/FeynmanEquations.csv "$IDS" | tee "$OUTF"
fi
