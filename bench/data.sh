#!/usr/bin/env bash
# Equations from data: identification time and coefficient errors for clean and noisy Lorenz
# (dt 0.002, t in [0, 10), start (-8, 8, 27), noise sigma 0.5 on every state, ten noise seeds) and for
# Lorenz-96 with 10 variables and 10^5 samples. Engine time is EquationFinder.find alone (no simulation,
# no JVM start). Then the noise table: 20 noise draws at sigma 0.5 and 1.0, structure right and within 2 %
# (bench/NoiseBench.java). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl cli -am package -DskipTests  # fresh jars of every module
nice -n 10 java -cp "cli/target/classes:cli/target/lib/*" bench/DataBench.java
exec nice -n 10 java -cp "cli/target/classes:cli/target/lib/*" bench/NoiseBench.java
