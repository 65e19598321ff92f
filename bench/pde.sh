#!/usr/bin/env bash
# Conserved densities of the PDE systems in systems/ (or those given): per system and rank, the differential
# monomials of that weight, the candidates left after removing divergences and equivalents, the densities
# found and the engine's time for that rank; then the engine's total. KdV is also run through rank 16.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
./discover --version >/dev/null        # builds on first use, outside the measurements
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  for f in systems/*.json; do grep -q '"kind": *"pde"' "$f" && files+=("$f"); done
  kdv16="$(mktemp --suffix=.json)"
  trap 'rm -f "$kdv16"' EXIT
  sed 's/"max_rank": *[0-9]*/"max_rank": 16/; s/"name": *"[^"]*"/"name": "KdV through rank 16"/' systems/kdv.json > "$kdv16"
  files+=("$kdv16")
fi
printf '%-34s %6s %9s %10s %8s %8s\n' system rank monomials candidates found ms
for f in "${files[@]}"; do
  out=$(mktemp)
  if ./discover "$f" --format json -q >"$out" 2>/dev/null; then
    python3 - "$out" <<'PY'
import json, sys
o = json.load(open(sys.argv[1]))
for r in o['ranks']:
    print('%-34s %6s %9d %10d %8d %8d' % (o['system'][:34], r.get('rank', '-'), r['monomials'], r['candidates'], r['found'], r['time_ms']))
extra = sum(len(c['laws']) for c in o.get('cases', []))
print('%-34s %6s %9s %10d %8d %8d   engine total%s' % (o['system'][:34], 'all', '', o['basis_size'], o['independent_count'],
      o['timings_ms']['total'], '; %d more under parameter conditions, %d joint cases' % (extra, len(o.get('joint_cases', []))) if 'cases' in o else ''))
PY
  else
    printf '%-34s failed\n' "$(basename "$f" .json)"
  fi
  rm -f "$out"
done
