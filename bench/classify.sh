#!/usr/bin/env bash
# Classification of parameter families (discover classify): per family the parameters, basis size, blocks,
# case-tree branches, cases with more laws (top-level / nested), the engine's own time per stage
# (timings_ms: matrix, case splitting, laws per case, total), the wall and CPU time of the whole run (JVM start
# included) and peak memory (from /usr/bin/time). Run from the repository root; give files to run only those.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./discover --version >/dev/null        # builds on first use, outside the measurements
files=("$@")
[ ${#files[@]} -eq 0 ] && files=(systems/henon-heiles-family.json systems/chem-symbolic.json systems/lotka-volterra-family.json)
printf '%-26s %6s %5s %6s %8s %9s %8s %9s %8s %9s %7s %7s %8s\n' family params basis blocks branches top/nest \
  matrix_ms split_ms laws_ms engine_ms wall_s cpu_s peak_MiB
for f in "${files[@]}"; do
  out=$(mktemp); tm=$(mktemp)
  if /usr/bin/time -f '%e %U %S %M' -o "$tm" ./discover classify "$f" --format json >"$out" 2>/dev/null; then
    python3 - "$f" "$out" "$tm" <<'PY'
import json, sys, os
o = json.load(open(sys.argv[2])); wall, user, system, kb = open(sys.argv[3]).read().split()[-4:]
t = o['timings_ms']; top = sum(1 for c in o['cases'] if not c['within'])
print('%-26s %6d %5d %6d %8d %9s %8d %9d %8d %9d %7.1f %7.1f %8.0f' % (os.path.basename(sys.argv[1])[:-5],
      len(o['parameters']), o['basis_size'], o['blocks'], o['branches'], '%d/%d' % (top, len(o['cases']) - top),
      t['matrix'], t['case_splitting'], t['laws'], t['total'], float(wall), float(user) + float(system), int(kb) / 1024))
PY
  else
    printf '%-26s failed\n' "$(basename "$f" .json)"
  fi
  rm -f "$out" "$tm"
done
