#!/usr/bin/env bash
# Equations from data: identification time and coefficient errors for clean and noisy Lorenz
# (dt 0.002, t in [0, 10), start (-8, 8, 27), noise sigma 0.5 on every state, ten noise seeds) and for
# Lorenz-96 with 10 variables and 10^5 samples. Engine time is EquationFinder.find alone (no simulation,
# no JVM start). Then the noise table (bench/NoiseBench.java): 20 noise draws each, structure right and all
# coefficients within 2 %, for one Lorenz trajectory at sigma 0.5 and 1.0, three trajectories of different
# lengths and unevenly sampled data at sigma 0.5; then seven other systems of systems/ with 3 % noise. Run from the
# repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl cli -am package -DskipTests  # fresh jars of every module
nice -n 10 java -cp "cli/target/classes:cli/target/lib/*" bench/DataBench.java
nice -n 10 java -cp "cli/target/classes:cli/target/lib/*" bench/NoiseBench.java
# the same pipeline beyond Lorenz: systems/ with quadratic right-hand sides, 3 % noise (bench/NoiseSystemsBench.java)
exec nice -n 10 java -cp "cli/target/classes:cli/target/lib/*" bench/NoiseSystemsBench.java
