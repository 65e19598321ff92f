#!/usr/bin/env bash
# Seeded fuzzing of the command line: generates bad and hostile inputs (system files, mutated system files,
# CSVs, command-line options), runs each through `java -jar cli/target/discover-cli.jar` with a 60 s timeout,
# and prints counts by outcome: stack traces, hangs, exit 0/1/2, false laws, files written outside the output
# paths, half-written outputs; then the cases to look at.
# Usage: bench/fuzz.sh [SEED] [CASES]   (defaults 1 and 1000; FUZZ_WORKERS=2 runs two at a time)
# FUZZ_SET=aside: the kept-aside generators instead (values that under- or overflow, PDE files, classify,
# trajectory CSVs of other shapes, units files, simulations that blow up); run it with other seeds.
# FUZZ_CPU=60 FUZZ_WALL=600: on a loaded machine, a hang is 60 s of CPU time (wall clock only as a backstop).
# FUZZ_LOG=FILE: one tab-separated line per case (name, outcome, flags, arguments) as it ends.
# FUZZ_JAR: the jar to run (default cli/target/discover-cli.jar, built when missing); FUZZ_JAVA_OPTS: JVM options.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seed="${1:-1}"
cases="${2:-1000}"
jar="${FUZZ_JAR:-$root/cli/target/discover-cli.jar}"
if [ ! -f "$jar" ]; then (cd "$root" && mvn -B -q -DskipTests package -pl cli -am >&2); fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/out"
rm -f /tmp/pwned
python3 "$root/bench/fuzz.py" "$seed" "$cases" "$work/in" "$work/out" "$root" "$jar"
