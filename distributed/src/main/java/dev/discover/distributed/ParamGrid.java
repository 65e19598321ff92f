package dev.discover.distributed;

import dev.discover.io.InputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hipparchus.fraction.BigFraction;

/**
 * The parameter points of a sweep, in exact rationals (Hipparchus {@link BigFraction}). Each {@code --param} is
 * {@code NAME=START:END:COUNT} (COUNT equally spaced values from START to END, both included:
 * {@code D=-2:1:145} has step 1/48), {@code NAME=V1,V2,...} (a list) or {@code NAME=V}; values are integers,
 * decimals or fractions {@code a/b}. The grid is every combination, the first parameter varying slowest; with
 * {@link #random} instead, seeded random points: a range {@code START:END} (or {@code START:END:COUNT}, COUNT
 * ignored) gives rationals START + (END - START) k / 10000 with k uniform in 0..10000, a list one of its values.
 */
final class ParamGrid {
  /** The largest grid accepted. */
  static final long MAX_POINTS = 1_000_000;
  private static final int RANDOM_STEPS = 10_000;

  private ParamGrid() {}

  /** One parameter: its name, its values (a grid), or its range (random points). */
  record Axis(String name, List<BigFraction> values, BigFraction low, BigFraction high, Kind kind) {
    Axis { values = List.copyOf(values); }
  }

  /** How an axis was given: a grid START:END:COUNT, a list, or a bare range START:END (random points only). */
  enum Kind { GRID, LIST, RANGE }

  /** Parses one {@code --param NAME=SPEC}. */
  static Axis axis(String spec) {
    int eq = spec.indexOf('=');
    if (eq <= 0) throw bad(spec, "expected NAME=START:END:COUNT, NAME=V1,V2,... or NAME=V");
    String name = spec.substring(0, eq).strip();
    String body = spec.substring(eq + 1).strip();
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) throw bad(spec, "expected a parameter name before '=', got '" + name + "'");
    if (body.contains(":")) {
      String[] p = body.split(":", -1);
      if (p.length != 2 && p.length != 3) throw bad(spec, "expected START:END:COUNT, got '" + body + "'");
      BigFraction a = value(spec, p[0]);
      BigFraction b = value(spec, p[1]);
      if (a.compareTo(b) > 0) throw bad(spec, "expected START <= END, got " + text(a) + " > " + text(b));
      if (p.length == 2) return new Axis(name, List.of(a, b), a, b, Kind.RANGE);
      int n;
      try {
        n = Integer.parseInt(p[2].strip());
      } catch (NumberFormatException e) {
        throw bad(spec, "expected an integer COUNT after the second ':', got '" + p[2] + "'");
      }
      if (n < 1 || n > MAX_POINTS) throw bad(spec, "expected COUNT in 1.." + MAX_POINTS + ", got " + n);
      if (n == 1 && !a.equals(b)) throw bad(spec, "COUNT 1 needs START = END");
      List<BigFraction> vs = new ArrayList<>();
      for (int i = 0; i < n; i++) vs.add(n == 1 ? a : a.add(b.subtract(a).multiply(i).divide(n - 1)));
      return new Axis(name, vs, a, b, Kind.GRID);
    }
    List<BigFraction> vs = new ArrayList<>();
    for (String s : body.split(",", -1)) {
      BigFraction v = value(spec, s);
      if (!vs.contains(v)) vs.add(v);
    }
    return new Axis(name, vs, vs.get(0), vs.get(0), Kind.LIST);
  }

  /** Every combination of the axes' values. */
  static List<Map<String, String>> grid(List<Axis> axes) {
    long n = 1;
    for (Axis a : axes) {
      if (a.kind() == Kind.RANGE) {
        throw new InputException("--param " + a.name() + ": START:END without COUNT needs --random; give START:END:COUNT for a grid");
      }
      n *= a.values().size();
      if (n > MAX_POINTS) throw new InputException("--param: the grid has more than " + MAX_POINTS + " points; use a coarser grid or --random N");
    }
    List<Map<String, String>> out = new ArrayList<>();
    out.add(new LinkedHashMap<>());
    for (Axis a : axes) {
      List<Map<String, String>> next = new ArrayList<>();
      for (Map<String, String> p : out) {
        for (BigFraction v : a.values()) {
          Map<String, String> q = new LinkedHashMap<>(p);
          q.put(a.name(), text(v));
          next.add(q);
        }
      }
      out = next;
    }
    return out;
  }

  /** {@code count} seeded random points. */
  static List<Map<String, String>> random(List<Axis> axes, int count, long seed) {
    if (count < 1 || count > MAX_POINTS) throw new InputException("--random: expected a number of points in 1.." + MAX_POINTS + ", got " + count);
    Random rnd = new Random(seed);
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Map<String, String> p = new LinkedHashMap<>();
      for (Axis a : axes) {
        BigFraction v = a.kind() != Kind.LIST
            ? a.low().add(a.high().subtract(a.low()).multiply(rnd.nextInt(RANDOM_STEPS + 1)).divide(RANDOM_STEPS))
            : a.values().get(rnd.nextInt(a.values().size()));
        p.put(a.name(), text(v));
      }
      out.add(p);
    }
    return out;
  }

  /** A rational as the system-file grammar writes it: {@code -1/6}, {@code 2}. */
  static String text(BigFraction f) {
    return f.getDenominator().equals(BigInteger.ONE) ? f.getNumerator().toString() : f.getNumerator() + "/" + f.getDenominator();
  }

  /** Parses an integer, a decimal or a fraction a/b exactly. */
  static BigFraction parse(String s) {
    String t = s.strip();
    int slash = t.indexOf('/');
    if (slash >= 0) {
      BigFraction num = parse(t.substring(0, slash));
      BigFraction den = parse(t.substring(slash + 1));
      if (den.getNumerator().signum() == 0) throw new NumberFormatException("division by zero");
      return num.divide(den);
    }
    BigDecimal d = new BigDecimal(t);
    return d.scale() <= 0 ? new BigFraction(d.toBigIntegerExact())
        : new BigFraction(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
  }

  private static BigFraction value(String spec, String s) {
    try {
      if (s.strip().length() > 60) throw new NumberFormatException("too long");
      return parse(s);
    } catch (NumberFormatException | ArithmeticException e) {
      throw bad(spec, "expected a number (integer, decimal or a/b), got '" + s.strip() + "'");
    }
  }

  private static InputException bad(String spec, String what) {
    return new InputException("--param '" + spec + "': " + what);
  }
}
