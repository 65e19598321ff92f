#!/usr/bin/env bash
# Scaling and overhead of `discover batch` on a standalone Spark cluster started here on 127.0.0.1 from the
# Maven artifacts (a master and one-core workers; everything started is stopped on exit):
#  1. JOBS formula jobs (the first JOBS Feynman rows, 1000 samples, --time-limit TL, no units) on 1 worker,
#     then on 2 workers: wall times and their ratio (target on a 2-core machine: at most 0.55);
#  2. a batch of N trivial jobs (the toy system's laws) against a batch of one, in local mode with one core:
#     the time each further job adds, and how much of it is not the job's own search (time_ms).
# Prints a table. Timings on a shared machine are noisy: run it on a quiet one for numbers to quote.
#
# Each worker is pinned to its own core (taskset); --no-pin leaves them to the scheduler.
# Usage: bench/batch.sh [--jobs 20] [--time-limit 60s] [--trivial 100] [--no-pin]
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=20; TL=60s; TRIVIAL=100; PIN=1   # 60 s: the formula command's default limit
while [ $# -gt 0 ]; do
  case "$1" in
    --jobs) JOBS="$2"; shift 2;;
    --time-limit) TL="$2"; shift 2;;
    --trivial) TRIVIAL="$2"; shift 2;;
    --no-pin) PIN=0; shift;;
    *) echo "unknown option $1" >&2; exit 2;;
  esac
done
export OMP_NUM_THREADS=${OMP_NUM_THREADS:-1}
OUT=${BENCH_OUT:-bench/out/batch}; mkdir -p "$OUT"
CSV=../shared/feynman/FeynmanEquations.csv
[ -f "$CSV" ] || { echo "needs $CSV" >&2; exit 2; }
./discover batch --help >/dev/null   # builds on first use, outside the measurements
JAR="$PWD/distributed/target/discover-distributed.jar"
OPENS=(-XX:+IgnoreUnrecognizedVMOptions)
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  OPENS+=("--add-opens=java.base/$p=ALL-UNNAMED")
done
PIDS=()
stop_cluster() {
  for p in "${PIDS[@]}"; do
    for c in $(pgrep -P "$p" || true); do kill -9 "$c" 2>/dev/null || true; done
    kill -9 "$p" 2>/dev/null || true
  done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null || true; done
  PIDS=()
}
trap stop_cluster EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
MASTER=""
start_cluster() { # $1 workers
  local home="$OUT/spark-home" port ui
  mkdir -p "$home/jars"
  port=$(free_port); ui=$(free_port)
  SPARK_HOME="$home" java -Xmx256m "${OPENS[@]}" -cp "$JAR" org.apache.spark.deploy.master.Master \
      --host 127.0.0.1 --port "$port" --webui-port "$ui" > "$OUT/master.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 300); do curl -sf "http://127.0.0.1:$ui/json/" >/dev/null && break; sleep 0.2; done
  for i in $(seq "$1"); do
    # worker i and the executors it starts (its child processes inherit the affinity) run on core i-1 only:
    # a one-core worker, as on a cluster of one-core machines. Unpinned, one executor JVM already keeps both
    # cores busy (its JIT compiler threads take most of the second core), so 1 worker is not one core.
    pin=()
    [ "$PIN" = 1 ] && pin=(taskset -c "$(( (i - 1) % $(getconf _NPROCESSORS_ONLN) ))")  # not nproc: it answers OMP_NUM_THREADS
    SPARK_HOME="$home" SPARK_SCALA_VERSION=2.13 "${pin[@]}" java -Xmx256m "${OPENS[@]}" -cp "$JAR" org.apache.spark.deploy.worker.Worker \
        --host 127.0.0.1 --cores 1 --memory 2g --webui-port "$(free_port)" --work-dir "$OUT/work$i" "spark://127.0.0.1:$port" \
        > "$OUT/worker$i.log" 2>&1 &
    PIDS+=($!)
  done
  for _ in $(seq 300); do
    [ "$(curl -sf "http://127.0.0.1:$ui/json/" | jq .aliveworkers 2>/dev/null || echo 0)" = "$1" ] && break; sleep 0.2
  done
  MASTER="spark://127.0.0.1:$port"
}
now() { date +%s.%N; }

tail -n +2 "$CSV" | cut -d, -f1 | head -n "$JOBS" | while read -r id; do
  echo "{\"id\": \"$id\", \"feynman\": \"$id\", \"feynman_file\": \"$CSV\", \"samples\": 1000, \"time_limit\": \"$TL\", \"no_units\": true}"
done > "$OUT/formula-jobs.jsonl"
declare -A wall
for w in 1 2; do
  start_cluster "$w"
  t0=$(now)
  ./discover batch "$OUT/formula-jobs.jsonl" --out "$OUT/formula-$w.jsonl" --master "$MASTER" -q \
      --conf spark.executor.memory=1500m || true
  wall[$w]=$(echo "$(now) - $t0" | bc)
  stop_cluster
done
same=$(diff <(jq -c '{id, f: .result.formula}' "$OUT/formula-1.jsonl") <(jq -c '{id, f: .result.formula}' "$OUT/formula-2.jsonl") >/dev/null && echo yes || echo no)

for i in $(seq "$TRIVIAL"); do echo "{\"laws\": \"systems/toy.json\"}"; done > "$OUT/trivial-$TRIVIAL.jsonl"
echo "{\"laws\": \"systems/toy.json\"}" > "$OUT/trivial-1.jsonl"
t0=$(now); ./discover batch "$OUT/trivial-1.jsonl" --out "$OUT/trivial-1.out" --master "local[1]" -q; one=$(echo "$(now) - $t0" | bc)
t0=$(now); ./discover batch "$OUT/trivial-$TRIVIAL.jsonl" --out "$OUT/trivial-n.out" --master "local[1]" -q; many=$(echo "$(now) - $t0" | bc)
perjob=$(echo "scale=1; 1000 * ($many - $one) / ($TRIVIAL - 1)" | bc)
search=$(jq -s 'map(.time_ms) | add / length' "$OUT/trivial-n.out")

printf '%-44s %10s\n' measurement value
printf '%-44s %10s\n' "workers pinned to one core each" "$([ "$PIN" = 1 ] && echo yes || echo no)"
printf '%-44s %10.1f\n' "$JOBS formula jobs, 1 worker: wall s" "${wall[1]}"
printf '%-44s %10.1f\n' "$JOBS formula jobs, 2 workers: wall s" "${wall[2]}"
printf '%-44s %10.2f\n' "ratio 2 workers / 1 worker (target <= 0.55)" "$(echo "scale=4; ${wall[2]} / ${wall[1]}" | bc)"
printf '%-44s %10s\n' "same formulas on 1 and 2 workers" "$same"
printf '%-44s %10.1f\n' "batch of 1 trivial job, local[1]: wall s" "$one"
printf '%-44s %10.1f\n' "batch of $TRIVIAL trivial jobs, local[1]: wall s" "$many"
printf '%-44s %10.1f\n' "each further trivial job: ms" "$perjob"
printf '%-44s %10.1f\n' "  of which the job's own run (time_ms): ms" "$search"
printf '%-44s %10.1f\n' "  batch overhead per job: ms" "$(echo "$perjob - $search" | bc)"
