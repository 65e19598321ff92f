#!/usr/bin/env python3
"""Seeded generator of bad and hostile inputs for the discover command line; see bench/fuzz.sh."""
import collections, concurrent.futures, json, math, os, random, resource, subprocess, sys

SYSTEMS = ["toy.json", "pendulum.json", "lotka-volterra.json"]


def base_system(r):
    n = r.randint(1, 3)
    vs = ["x", "y", "z"][:n]
    eq = {v: r.choice(["-%s" % v, vs[(i + 1) % n], "%s*%s" % (vs[0], v), "sin(%s)" % v]) for i, v in enumerate(vs)}
    return {"variables": vs, "equations": eq, "basis": {"polynomial_degree": 2}}


HOSTILE = ["Export(\"/tmp/pwned\", 1)", "Run(\"touch /tmp/pwned\")", "Put(x, \"pwned\")", "ToExpression(\"1\")",
           "Get(\"/etc/passwd\")", "ReadString(\"/etc/passwd\")", "x // Export[\"p\",1]", "x;Run[\"ls\"]"]


def big_expr(r):
    k = r.choice([2000, 20000, 60000])
    return r.choice([
        "(" * k + "x" + ")" * k,
        "sin(" * (k // 4) + "x" + ")" * (k // 4),
        "x" + "^x" * k,
        "x" + "+x" * k,
        "x" + "*x" * (k * 8),
        "-" * k + "x",
        "x^%d" % r.choice([99999999, 2 ** 31, 10 ** 30]),
        "x^(10^%d)" % r.randint(5, 400),
        "1e%d*x" % r.choice([999999999, -999999999, 400, 20000]),
        "9" * r.choice([1000, 100000]) + "*x",
        "((9^9999)^9999)^9999*x",
        r.choice(HOSTILE),
        "0^0*x", "x/0", "log(-1)*x", "sqrt(-x^2-1)", "1/(x-x)", "x^x^x^x^x^x^x^x",
        "", " ", "x +", "x $ y", "x,,y", "\u0000", "\ud83d\ude00", "x" * 5000, "sin x", "sin()", "cot(x)",
    ])


def system_case(r, i, d):
    s = base_system(r)
    kind = r.randrange(14)
    v = s["variables"][0]
    if kind == 0: s["equations"][v] = big_expr(r)
    elif kind == 1: s["basis"] = {"polynomial_degree": r.choice([2147483647, -1, 10 ** 12, 50, 1.5, "2", None, True])}
    elif kind == 2: s["basis"] = {"polynomial_degree": 1, "extra_functions": [{"function": r.choice(["sin(x)", big_expr(r)]), "multiplier_degree": r.choice([2147483647, -3, 10 ** 15, 40])}]}
    elif kind == 3: s["basis"]["functions"] = [big_expr(r)]
    elif kind == 4: s["parameters"] = {"k": r.choice(["1/0", "2^100000", "k", "x", "symbolic", 1e308, "1e999999", big_expr(r)])}; s["equations"][v] = "k*" + v
    elif kind == 5: s["definitions"] = {"a%d" % j: ("a%d*a%d" % (j - 1, j - 1) if j else v) for j in range(r.choice([10, 40, 70]))}; s["equations"][v] = "a%d" % (len(s["definitions"]) - 1)
    elif kind == 6: s["variables"] = r.choice([[], ["x", "x"], ["sin"], ["1x"], ["x" * 100000], ["v%d" % j for j in range(r.choice([3000, 100000]))]])
    elif kind == 7: s["sampling"] = {"points": r.choice([0, -1, 10 ** 9, 2000000]), "seed": r.choice([1, "a", 1.5]), "domain": {v: r.choice([[1, 0], [0], [0, 1e308], "x", [-1e308, 1e308]])}}
    elif kind == 8: s["constraints"] = [r.choice(["x", "x-x", "1", big_expr(r), "x^2+y^2-1"])]
    elif kind == 9: s = {"variables": ["x", "y"], "equations": {"x": "y", "y": "x^%d" % r.choice([99999999, 9999, 100001])}, "basis": {"polynomial_degree": 2}}
    elif kind == 10: s["basis"]["max_size"] = r.choice([0, -5, 2 ** 31 - 1, "a"])
    elif kind == 11: s["equations"] = r.choice([{}, [], "x", {v: None}, {v: 5}, {"q": "x"}])
    elif kind == 12: s["equations"][v] = "%s*1/sin(%s)^2" % (v, v)
    else: s[r.choice(["name", "description"])] = r.choice([5, [], "x" * 200000])
    path = os.path.join(d, "sys%d.json" % i)
    text = json.dumps(s)
    tail = r.randrange(8)
    if tail == 0: text += " trailing text"
    elif tail == 1: text += " {}"
    with open(path, "w") as f: f.write(text)
    return [path, "-q"] + r.choice([[], ["--format", "json"], ["--cross-check"]])


def mutated_case(r, i, d, systems):
    src = open(r.choice(systems), encoding="utf-8").read()
    ops = r.randint(1, 6)
    b = bytearray(src.encode())
    for _ in range(ops):
        k = r.randrange(5)
        p = r.randrange(max(1, len(b)))
        if k == 0 and b: del b[p:p + r.randint(1, 20)]
        elif k == 1: b[p:p] = r.choice([b"{", b"}", b"[", b"\"", b",", b"^99999", b"((((", b"\\u0000", b"\xff\xfe", b"1e999", b"Export(x)"])
        elif k == 2 and b: b[p] = r.randrange(256)
        elif k == 3: b[p:p] = b[p:p + r.randint(1, 200)] * r.randint(1, 50)
        else: b = b[:p]
    path = os.path.join(d, "mut%d.json" % i)
    with open(path, "wb") as f: f.write(bytes(b))
    return [path, "-q"] + r.choice([[], ["--format", "json"]])


def csv_case(r, i, d):
    path = os.path.join(d, "data%d.csv" % i)
    kind = r.randrange(10)
    rows = []
    if kind == 0: rows = ["t," + ",".join("c%d" % j for j in range(r.choice([20000, 1000000])))]
    elif kind == 1: rows = ["t,x,x"] + ["%d,1,2" % j for j in range(5)]
    elif kind == 2: rows = ["t,x,y"] + ["%g,%g,%g" % (j * 0.1, r.uniform(1, 2) * 1e307, r.uniform(1, 2)) for j in range(50)]
    elif kind == 3: rows = ["t,x,y"] + ["%d,%s,1" % (j, "9" * 100000 if j == 3 else "1") for j in range(6)]
    elif kind == 4: rows = ["t,x,y", "0,1,2", "0,1,2", "1,nan,inf"]
    elif kind == 5: rows = ["", "", ""] if r.random() < 0.5 else ["t,x,y"]
    elif kind == 6: rows = ["x,y,z"] + ["%g,%g,%g" % (a, b, a * b) for a, b in ((r.uniform(1, 2) * 1e307, r.uniform(1, 2)) for _ in range(60))]
    elif kind == 7: rows = ["t,x,y"] + ["%g,%g" % (j, j) for j in range(6)]
    elif kind == 8: rows = ["t,x,y,trajectory"] + ["%d,%g,%g,%s" % (j % 3, r.random(), r.random(), "" if j == 4 else "a") for j in range(9)]
    else: rows = ["x,x,y"] + ["%g,%g,%g" % (r.random(), r.random(), r.random()) for _ in range(30)]
    with open(path, "w") as f: f.write("\n".join(rows) + "\n")
    cmd = r.choice(["equations", "invariants", "formula"])
    if cmd == "formula":
        return ["formula", path, "--target", r.choice(["y", "z", "x", "nope"]), "--time-limit", "3s", "--no-network"]
    return [cmd, path]


def option_case(r, i, d, systems, out):
    # A copy: an option case may name the system file itself as an output, which must not touch the repository.
    sysf = os.path.join(d, "system.json")
    with open(r.choice(systems), encoding="utf-8") as src, open(sysf, "w", encoding="utf-8") as dst:
        dst.write(src.read())
    csvf = os.path.join(d, "good%d.csv" % i)
    with open(csvf, "w") as f:
        f.write("t,x,y\n" + "".join("%g,%g,%g\n" % (j * 0.1, 1 + j, 2 - j) for j in range(30)))
    bad_paths = ["", "/", out + "/missing/dir/file", out, "/proc/version", "/dev/null/x", sysf, out + "/" + "n" * 300, "/root/forbidden/f"]
    choice = r.randrange(12)
    if choice == 0: return [sysf, "--plot", r.choice(bad_paths)]
    if choice == 1: return ["simulate", sysf, "--t-end", "1", "--dt", "0.1", "--out", r.choice(bad_paths)]
    if choice == 2: return ["equations", csvf, "--out", r.choice(bad_paths)]
    if choice == 3: return ["formula", "--feynman", r.choice(["I.6.2a", "nope", ""]), "--noise", r.choice(["1e308", "-1", "nan", "inf", "0.01"]), "--time-limit", "3s", "--no-network", "--samples", r.choice(["100", "5", "-3", "99999999999"])]
    if choice == 4: return ["simulate", sysf, "--t-end", r.choice(["-1", "nan", "1e308", "0", "abc"]), "--dt", r.choice(["0", "-0.1", "1e-300", "nan", "1"])]
    if choice == 5: return [sysf, "--max-basis", r.choice(["0", "-1", "99999999999", "x"]), "--seed", r.choice(["1", "x", "99999999999999999999"])]
    if choice == 6: return [sysf, "--format", r.choice(["xml", "", "JSON", "latex"])]
    if choice == 7: return ["invariants", csvf, "--held-out", r.choice(["0", "1", "nan", "-1", "0.5"]), "--min-confidence", r.choice(["2", "-1", "nan", "0.5"])]
    if choice == 8: return ["equations", csvf, "--degree", r.choice(["-1", "11", "2147483647", "x"]), "--library", r.choice(["poly", "", "fourier,poly", "nope"])]
    if choice == 9: return ["formula", csvf, "--target", "y", "--inputs", r.choice(["x,x", "nope", "", "t,x"]), "--time-limit", r.choice(["0", "-5s", "1e308", "abc", "5s"]), "--no-network"]
    if choice == 10: return ["simulate", sysf, "--t-end", "1", "--dt", "0.1", "--initial", r.choice(["x=1", "x=a", "x=1,x=2", "q=1", "x=1e999", "=", ","])]
    return [r.choice(["--bogus", "nosuchcommand", "-", "--help", "--version"])]


# ---- the kept-aside set (FUZZ_SET=aside): other generators, run with other seeds

UNDERFLOW = ["exp(-x^400)", "1/exp(x^400)", "sin(x)^5000", "x^5000", "exp(-exp(x^2))", "cos(x)^9000*x",
             "exp(-1/x^2)", "tanh(x)^3000", "1e-300*1e-300*x", "sqrt(x^2)^4000"]


def underflow_case(r, i, d):
    """x' = y, y' = g(x) with g non-linear: no law in a degree-2 basis, but g may under- or overflow at samples."""
    s = {"variables": ["x", "y"], "equations": {"x": "y", "y": r.choice(UNDERFLOW)}, "basis": {"polynomial_degree": 2}}
    if r.random() < 0.6:
        # (not [0.1, 0.6] for exp(-x^400): there y' rounds to exactly 1 without any under- or overflow, a loss of
        # precision that no double-precision check sees)
        lo = r.choice([1, 2, 5, 30])
        s["sampling"] = {"domain": {"x": [lo, lo + r.choice([0.5, 1, 10])]}}
    path = os.path.join(d, "under%d.json" % i)
    with open(path, "w") as f: f.write(json.dumps(s))
    return [path, "-q", "--format", "json"] + r.choice([[], ["--cross-check"], ["--seed", str(r.randint(1, 99))]])


def pde_case(r, i, d):
    s = {"kind": "pde", "space": r.choice([["x"], [], ["x", "x"], "x", ["u"]]), "fields": r.choice([["u"], [], ["u", "u"], ["x"]]),
         "equations": {"u": r.choice(["u_xxx + u*u_x", "u_x^99999", "u_" + "x" * r.choice([5, 50, 5000]), "sin(u)", "", "u_y", big_expr(r)])},
         "basis": r.choice([{"rank": r.choice([3, 0, -1, 10 ** 9, 2147483647, "a"])}, {"max_rank": r.choice([4, 99, 10 ** 6])},
                            {"degree": r.choice([2, 500, -1]), "derivative_order": r.choice([1, 300, 2147483647])}, {}, []])}
    path = os.path.join(d, "pde%d.json" % i)
    with open(path, "w") as f: f.write(json.dumps(s))
    return [path, "-q"] + r.choice([[], ["--format", "json"]])


def classify_case(r, i, d):
    s = {"variables": ["x", "y"], "parameters": {"A": "symbolic", "B": r.choice(["symbolic", "1", "x"])},
         "equations": {"x": r.choice(["A*y", "y"]), "y": r.choice(["-B*x - x^3", "-A*x^2", "sin(x)*A", "x^9999*A"])},
         "basis": {"polynomial_degree": r.choice([2, 4, 40, 2147483647])}}
    path = os.path.join(d, "cls%d.json" % i)
    with open(path, "w") as f: f.write(json.dumps(s))
    where = r.choice([[], ["--where", "A = B"], ["--where", "A ="], ["--where", "C = 1"], ["--where", "A = 1/0"], ["--where", "(" * 500]])
    return ["classify", path, "-q"] + where + r.choice([[], ["--max-branches", r.choice(["0", "-1", "3"])], ["--max-basis", "x"]])


def data_aside_case(r, i, d):
    """Trajectory CSVs of other shapes: several trajectories of different lengths, uneven or repeated times, extreme values."""
    path = os.path.join(d, "traj%d.csv" % i)
    kind = r.randrange(8)
    lines = ["t,trajectory,x,y"]
    for k in range(r.randint(1, 4)):
        n = r.choice([2, 3, 10, 200, 2000])
        t = 0.0
        for j in range(n):
            t += r.choice([0.01, 0.01, r.uniform(0.001, 0.05)]) if kind != 0 else (0.0 if j == 5 else 0.01)
            x, y = math.cos(t + k), math.sin(t + k)
            if kind == 1: x *= 1e150
            elif kind == 2: y = 1.0
            elif kind == 3: x += r.gauss(0, 10)
            elif kind == 4 and j == n // 2: x = float("nan")
            lines.append("%r,%s,%r,%r" % (t, "traj%d" % k if kind != 5 else "", x, y))
    if kind == 6: lines = lines[:1] + lines[1:][::-1]
    with open(path, "w") as f: f.write("\n".join(lines) + "\n")
    cmd = r.choice(["equations", "equations", "invariants"])
    extra = []
    if cmd == "equations":
        extra = r.choice([[], ["--derivative", r.choice(["fd", "savgol", "tv", "weak", "nope"])], ["--threshold", r.choice(["0", "1", "0.5", "nan", "1e-300"])],
                          ["--optimizer", r.choice(["sr3", "ensemble", "x"])], ["--laws"], ["--library", "poly,fourier", "--frequencies", r.choice(["3", "0", "1000000"])],
                          ["--library-for", r.choice(["x=poly", "q=poly", "x=", "=poly"])], ["--degree", r.choice(["4", "10", "0"])]])
    else:
        extra = r.choice([[], ["--basis", r.choice(['{"polynomial_degree": 2}', "{", '{"polynomial_degree": 2147483647}', '[]', '{"functions": ["Export(x)"]}'])],
                          ["--system", r.choice([path, "/nonexistent.json", d])]])
    return [cmd, path] + extra


def units_case(r, i, d):
    data = os.path.join(d, "f%d.csv" % i)
    with open(data, "w") as f:
        f.write("m,v,E\n" + "".join("%r,%r,%r\n" % (a, b, a * b * b / 2) for a, b in ((r.uniform(1, 5), r.uniform(1, 5)) for _ in range(40))))
    units = os.path.join(d, "u%d.csv" % i)
    with open(units, "w") as f:
        f.write(r.choice(["variable,m,s,kg,T,V\nm,0,0,1,0,0\nv,1,-1,0,0,0\nE,2,-2,1,0,0\n", "variable,m,s\nm,0,0\n", "",
                          "variable,m,s,kg,T,V\nm,a,0,1,0,0\n", "variable,m,s,kg,T,V\nm,1e999,0,1,0,0\nv,1,-1,0,0,0\nE,2,-2,1,0,0\n",
                          "variable,m,s,kg,T,V\nm,0,0,1,0,0\nv,0,0,0,0,0\nE,2,-2,1,0,0\n"]))
    return ["formula", data, "--target", "E", "--units", units, "--time-limit", "3s", "--no-network"] + r.choice(
        [[], ["--unit", r.choice(["m=0,0,1,0,0", "m=1", "q=1,1,1,1,1", "m=a,b", "=1"])], ["--kan"], ["--format", "json"]])


def simulate_aside_case(r, i, d):
    s = {"variables": ["x"], "equations": {"x": r.choice(["x^2", "exp(x)", "-x", "1/x", "sqrt(x)", "x^3 - x"])}, "basis": {"polynomial_degree": 1}}
    path = os.path.join(d, "sim%d.json" % i)
    with open(path, "w") as f: f.write(json.dumps(s))
    out = os.path.join(d, r.choice(["o.csv", "sub/o.csv", "o.csv/"]))
    return ["simulate", path, "--t-end", r.choice(["10", "0.5", "1e6"]), "--dt", r.choice(["0.01", "1e-7", "0.5"]),
            "--initial", r.choice(["x=1", "x=0", "x=-1", "x=1e300"]), "--noise", r.choice(["0", "0.1", "1e308"]), "--out", out]


def no_law_expected(args):
    """x' = y, y' = g(x) with g not linear (x^k, k >= 2, or a transcendental g) has no conserved quantity in a degree-2 basis."""
    try:
        s = json.load(open(args[0]))
        g = str(s["equations"].get("y", ""))
        return s.get("equations", {}).get("x") == "y" and (g.startswith("x^") or g in UNDERFLOW) and not s.get("parameters")
    except Exception:
        return False


def snapshot(dirs):
    files = set()
    for d in dirs:
        for base, _, names in os.walk(d):
            for nm in names:
                files.add(os.path.join(base, nm))
    return files


def outputs_of(args):
    outs = []
    for flag in ("--out", "--plot"):
        if flag in args:
            p = args[args.index(flag) + 1]
            if p: outs.append(os.path.abspath(p))
    return outs


def half_written(path, before=None):
    """An output that exists but does not parse as what it should be (in a folder: only the files the run wrote)."""
    if os.path.isdir(path):
        names = [f for f in os.listdir(path) if os.path.isfile(os.path.join(path, f))]
        fresh = [f for f in names if before is None or f not in before or before[f] != os.stat(os.path.join(path, f)).st_mtime_ns]
        return any(f.endswith(".tmp") or os.path.getsize(os.path.join(path, f)) == 0 for f in fresh)
    if not os.path.isfile(path):
        return False
    text = open(path, errors="replace").read()
    if path.endswith(".csv") or "\n" in text[:200] and text.startswith("t"):
        lines = [l for l in text.splitlines() if l]
        return not lines or any(len(l.split(",")) != len(lines[0].split(",")) for l in lines)
    try:
        json.loads(text)
        return False
    except ValueError:
        return True


def run_case(jar, case):
    work, name, args = case[0], case[1], case[2:]
    outs = outputs_of(args)
    before = snapshot([work])
    def stamp(o):
        try:
            st = os.stat(o)
            return (st.st_mtime_ns, st.st_size)
        except OSError:
            return None
    pre_existing = {o: stamp(o) for o in outs if os.path.exists(o)}
    listing = {o: {f: os.stat(os.path.join(o, f)).st_mtime_ns for f in os.listdir(o) if os.path.isfile(os.path.join(o, f))}
               for o in outs if os.path.isdir(o)}
    expect_none = args and args[0].endswith(".json") and os.path.basename(args[0]).startswith(("sys", "under")) and no_law_expected(args)
    cmd = ["java"] + os.environ.get("FUZZ_JAVA_OPTS", "").split() + ["-jar", jar] + args + (["--format", "json"] if expect_none and "--format" not in args else [])
    # A hang is 60 s of CPU time (all threads of the JVM), which does not depend on how loaded a shared machine
    # is; FUZZ_WALL seconds of wall-clock time (default 60) are the backstop.
    cpu = int(os.environ.get("FUZZ_CPU", "60"))
    limit = (lambda: resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 5))) if os.environ.get("FUZZ_CPU") else None
    try:
        p = subprocess.run(cmd, cwd=work, capture_output=True, timeout=int(os.environ.get("FUZZ_WALL", "60")), text=True,
                           errors="replace", preexec_fn=limit)
        code, err, out = p.returncode, p.stderr, p.stdout
    except subprocess.TimeoutExpired:
        return name, "hang", ["wall clock"], args
    if code in (-24, -9) and limit:  # SIGXCPU, then SIGKILL at the hard limit
        return name, "hang", ["cpu time"], args
    flags = []
    if "\tat " in err or "Exception in thread" in err or "Caused by:" in err:
        flags.append("stack trace")
    if expect_none and code == 0:
        try:
            if json.loads(out).get("laws"):
                flags.append("false law")
        except ValueError:
            pass
    after = snapshot([work])
    new = {f for f in after - before if not any(f == o or f.startswith(o + os.sep) for o in outs)}
    if new or os.path.exists("/tmp/pwned"):
        flags.append("file outside outputs")
    for o in outs:
        touched = o not in pre_existing or stamp(o) != pre_existing[o]
        if touched and ((code != 0 and os.path.exists(o) and not os.path.isdir(o)) or half_written(o, listing.get(o))):
            flags.append("half-written output")
    # a simulation that blows up is bad input (exit 2, ExitCodes); every exit 1 counts as an internal failure
    outcome = "exit %d" % code
    return name, outcome, flags, args


def summary(log):
    """The counts of a FUZZ_LOG file, for a run that was cut short: python3 bench/fuzz.py --summary LOG."""
    counts = collections.Counter()
    bad = []
    for line in open(log):
        name, outcome, flags, args = (line.rstrip("\n").split("\t") + ["", "", "", ""])[:4]
        counts[outcome] += 1
        for f in filter(None, flags.split(",")):
            counts[f] += 1
        if outcome in ("hang", "exit 1") or flags or outcome not in ("exit 0", "exit 2"):
            bad.append("%s %s %s %s" % (name, outcome, flags, args))
    print("%d cases in %s" % (sum(v for k, v in counts.items() if k.startswith("exit") or k == "hang"), log))
    print("%-22s %6s" % ("outcome", "cases"))
    for key in ("stack trace", "hang", "exit 0", "exit 1", "exit 2", "false law", "file outside outputs", "half-written output"):
        print("%-22s %6d" % (key, counts.get(key, 0)))
    for b in bad:
        print("  " + b[:300])


def main():
    if sys.argv[1] == "--summary":
        return summary(sys.argv[2])
    seed, n, d, out, root, jar = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6]
    aside = os.environ.get("FUZZ_SET", "main") == "aside"
    r = random.Random(seed)
    systems = [os.path.join(root, "systems", s) for s in sorted(os.listdir(os.path.join(root, "systems"))) if s.endswith(".json")]
    cases = []
    for i in range(n):
        k = i % 4
        cd = os.path.join(d, "case%d" % i)
        os.makedirs(cd)
        if aside:
            gen = [underflow_case, pde_case, classify_case, data_aside_case, units_case, simulate_aside_case][i % 6]
            args = gen(r, i, cd)
        elif k == 0: args = system_case(r, i, cd)
        elif k == 1: args = mutated_case(r, i, cd, systems)
        elif k == 2: args = csv_case(r, i, cd)
        else: args = option_case(r, i, cd, systems, cd)
        cases.append([cd, "case%d" % i] + args)
    counts = collections.Counter()
    bad = []
    workers = int(os.environ.get("FUZZ_WORKERS", "2"))
    log = open(os.environ["FUZZ_LOG"], "a") if os.environ.get("FUZZ_LOG") else None
    with concurrent.futures.ThreadPoolExecutor(workers) as ex:
        for name, outcome, flags, args in ex.map(lambda c: run_case(jar, c), cases):
            if log:  # one line per case as it ends, so that a run cut short still has its counts
                log.write("%s\t%s\t%s\t%s\n" % (name, outcome, ",".join(flags), " ".join(a[:80] for a in args)[:300]))
                log.flush()
            counts[outcome] += 1
            for f in flags:
                counts[f] += 1
            if outcome in ("hang", "exit 1") or flags or outcome not in ("exit 0", "exit 2"):
                bad.append("%s %s %s %s" % (name, outcome, ",".join(flags), " ".join(a[:80] for a in args)))
    print("seed %d, %d cases, generators: %s" % (seed, n, "kept-aside set" if aside else "main set"))
    print("%-22s %6s" % ("outcome", "cases"))
    for key in ("stack trace", "hang", "exit 0", "exit 1", "exit 2", "false law", "file outside outputs", "half-written output"):
        print("%-22s %6d" % (key, counts.get(key, 0)))
    for key in sorted(k for k in counts if k.startswith("exit") and k not in ("exit 0", "exit 1", "exit 2")):
        print("%-22s %6d" % (key, counts[key]))
    if bad:
        print("\ncases to look at:")
        for b in bad:
            print("  " + b[:300])


if __name__ == "__main__":
    main()
