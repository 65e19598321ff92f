#!/usr/bin/env bash
# Runs every system in systems/ (or those given) through the CLI and prints a table: variables, basis size,
# null-space dimension, trivial and independent laws, the engine's own time (timings_ms.total), the wall time
# of the whole run (JVM start included) and peak memory (from /usr/bin/time).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./discover --version >/dev/null        # builds on first use, outside the measurements
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(systems/*.json)
printf '%-22s %5s %6s %6s %7s %5s %10s %9s %9s\n' system vars basis null trivial laws engine_ms wall_s peak_MiB
for f in "${files[@]}"; do
  grep -q '"kind": *"pde"' "$f" && continue   # PDE systems: bench/pde.sh
  out=$(mktemp); tm=$(mktemp)
  if /usr/bin/time -f '%e %M' -o "$tm" ./discover "$f" --format json -q >"$out" 2>/dev/null; then
    python3 - "$f" "$out" "$tm" <<'PY'
import json, sys, os
o = json.load(open(sys.argv[2])); wall, kb = open(sys.argv[3]).read().split()[-2:]
print('%-22s %5d %6d %6d %7d %5d %10d %9.2f %9.0f' % (os.path.basename(sys.argv[1])[:-5], len(o['variables']),
      o['basis_size'], o['null_space_dimension'], o.get('trivial_count', 0), o['independent_count'],
      o['timings_ms']['total'], float(wall), int(kb) / 1024))
PY
  else
    printf '%-22s failed\n' "$(basename "$f" .json)"
  fi
  rm -f "$out" "$tm"
done
