#!/usr/bin/env bash
# The formula search's network: milliseconds per full-batch training step with plain loops and with ND4J
# batched matrix products, for batches of 100 to 10 000 rows (4 inputs, 2 x 16 tanh). Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl cli -am package -DskipTests
exec java -cp "cli/target/classes:cli/target/lib/*" bench/MlpBench.java
