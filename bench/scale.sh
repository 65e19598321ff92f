#!/usr/bin/env bash
# How the exact route scales with the basis: fluid at polynomial degrees 2..6 and fluid3d at 2..5 (or the
# systems and degrees given as SYSTEM:LO:HI arguments), each run cut at LIMIT seconds (default 600). Columns:
# basis size, null-space dimension, independent laws, the engine's own time (timings_ms.total), its null-space
# stage, wall time of the whole run, CPU time (user + system, over all cores), peak memory (from /usr/bin/time).
# Then, per system, the fitted growth exponent b of time ~ basis^b (least squares on log-log, runs over 1 s).
# Run it with `nice` on a shared machine: wall times there are pessimistic, CPU times less so.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
limit="${LIMIT:-600}"
./discover --version >/dev/null        # builds on first use, outside the measurements
specs=("$@")
[ ${#specs[@]} -eq 0 ] && specs=(fluid:2:6 fluid3d:2:5)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
rows="$tmp/rows.txt"; : > "$rows"
printf '%-9s %3s %7s %6s %5s %10s %10s %8s %8s %9s\n' system deg basis null laws engine_s nullsp_s wall_s cpu_s peak_MiB
for spec in "${specs[@]}"; do
  IFS=: read -r sys lo hi <<<"$spec"
  for ((d = lo; d <= hi; d++)); do
    f="$tmp/$sys-$d.json"
    jq ".basis.polynomial_degree = $d | .basis.max_size = 10000000" "systems/$sys.json" > "$f"
    out="$tmp/out.json"; tm="$tmp/time.txt"
    if /usr/bin/time -f '%e %U %S %M' -o "$tm" timeout "$limit" ./discover "$f" --format json -q >"$out" 2>"$tmp/err.txt"; then
      python3 - "$sys" "$d" "$out" "$tm" <<'PY' | tee -a "$rows"
import json, sys
o = json.load(open(sys.argv[3])); wall, user, system, kb = open(sys.argv[4]).read().split()[-4:]
t = o['timings_ms']
print('%-9s %3s %7d %6d %5d %10.2f %10.2f %8.2f %8.2f %9.0f' % (sys.argv[1], sys.argv[2], o['basis_size'],
      o['null_space_dimension'], o['independent_count'], t['total'] / 1000, t.get('null_space', 0) / 1000,
      float(wall), float(user) + float(system), int(kb) / 1024))
PY
    else
      printf '%-9s %3s %7s  not finished within %s s (or failed: %s)\n' "$sys" "$d" "-" "$limit" \
        "$(tail -n 1 "$tmp/err.txt" | cut -c1-80)"
      break
    fi
  done
done
python3 - "$rows" <<'PY'
import math, sys, collections
runs = collections.defaultdict(list)
for line in open(sys.argv[1]):
    f = line.split()
    if float(f[5]) > 1: runs[f[0]].append((int(f[2]), float(f[5]), float(f[8])))
for name, pts in runs.items():
    if len(pts) < 2: continue
    for label, k in (('engine time', 1), ('CPU time', 2)):
        xs = [math.log(p[0]) for p in pts]; ys = [math.log(p[k]) for p in pts]
        mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
        b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
        print('%s: %s grows like basis^%.2f (%d runs over 1 s)' % (name, label, b, len(pts)))
PY
