#!/usr/bin/env bash
# Kolmogorov-Arnold network [k, 5, 1], G = 8, 1000 rows: CPU time of one loss-and-gradient evaluation in the
# plain Java loops of dev.discover.neural.internal.Kan against the same computation batched in ND4J, for
# k = 3, 5, 7, 9, with the largest gradient difference between the two. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}   # ND4J: one native thread, as in the search
CP_FILE="$PWD/neural/target/bench.classpath"
mvn -B -q -o -pl neural -am package -DskipTests dependency:build-classpath -Dmdep.outputFile="$CP_FILE"
# heap and off-heap caps: a runaway loop fails instead of filling a shared machine
exec nice -n 10 java -Xmx1g -Dorg.bytedeco.javacpp.maxbytes=1G -Dorg.bytedeco.javacpp.maxphysicalbytes=3G -cp "neural/target/classes:$(cat "$CP_FILE")" bench/KanBench.java "$@"
