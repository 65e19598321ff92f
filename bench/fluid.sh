#!/usr/bin/env bash
# The fluid benchmark: toy, chem, chem-h2o, fluid and fluid3d through the CLI, next to the reference
# implementation's numbers (../shared/reference-systems/README.md, same kind of 2-core machine).
# Columns: wall time of the whole run, peak memory, basis size, null-space dimension, trivial laws (vanishing on
# the constraint manifold), independent laws, terms of the longest law.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./discover --version >/dev/null
declare -A REF=( [toy]="1.5 s / 63 MiB / 4 / 2" [chem]="1.1 s / 63 MiB / 3 / 3" [chem-h2o]="205 s / 63 MiB / 4 / 4"
  [fluid]="51.7 s / 2.66 GiB / 150 / 8" [fluid3d]="407 s / 18.7 GiB / 60 / 14" )
printf '%-9s %8s %9s %6s %5s %7s %5s %8s   %s\n' system wall_s peak_MiB basis null trivial laws longest "reference: wall / memory / null / laws"
for s in toy chem chem-h2o fluid fluid3d; do
  out=$(mktemp); tm=$(mktemp)
  /usr/bin/time -f '%e %M' -o "$tm" ./discover "systems/$s.json" --format json -q >"$out"
  python3 - "$s" "$out" "$tm" "${REF[$s]}" <<'PY'
import json, sys
o = json.load(open(sys.argv[2])); wall, kb = open(sys.argv[3]).read().split()[-2:]
longest = max([l['terms'] for l in o['laws']] or [0])
print('%-9s %8.2f %9.0f %6d %5d %7d %5d %8d   %s' % (sys.argv[1], float(wall), int(kb) / 1024, o['basis_size'],
      o['null_space_dimension'], o.get('trivial_count', 0), o['independent_count'], longest, sys.argv[4]))
PY
  rm -f "$out" "$tm"
done
