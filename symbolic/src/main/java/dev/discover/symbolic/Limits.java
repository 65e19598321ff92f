package dev.discover.symbolic;

/**
 * The sizes an expression may have before any work is done on it: generous for real systems (a few hundred
 * characters, a few levels of nesting), small enough that an absurd input is refused at once instead of
 * exhausting the stack, the memory or the patience of the user. Each limit can be raised with a Java system
 * property, e.g. {@code DISCOVER_JAVA_OPTS="-Ddiscover.expr.maxLength=5000000" ./discover ...}; every message
 * that reports a breach names the property.
 */
public final class Limits {
  /** Characters in one expression. */
  public static final Limit LENGTH = new Limit("discover.expr.maxLength", 100_000, "characters");
  /** Levels of parentheses, function calls, signs and powers inside one another. */
  public static final Limit NESTING = new Limit("discover.expr.maxNesting", 200, "levels of nesting");
  /**
   * Depth of the expression tree, counting each operand of a sum or product as one level, so a sum of 300
   * terms has depth 300. Every walk over an expression is bounded by this.
   */
  public static final Limit DEPTH = new Limit("discover.expr.maxDepth", 1_000, "levels");
  /** Magnitude of an integer exponent, and of the power of ten in a number such as 1e300. */
  public static final Limit EXPONENT = new Limit("discover.expr.maxExponent", 10_000, "as an exponent");
  /** Bits of an exact constant computed while folding numbers (2^10000 has 10001 bits; a power beyond the limit is left unfolded). */
  public static final Limit CONSTANT_BITS = new Limit("discover.expr.maxConstantBits", 32_000_000, "bits in an exact constant");

  /** Columns of a CSV table (trajectories or formula data), checked on the header before any row is read. */
  public static final Limit COLUMNS = new Limit("discover.csv.maxColumns", 10_000, "columns");

  /** Variables (and, separately, parameters and definitions) of one system file. */
  public static final Limit NAMES = new Limit("discover.system.maxNames", 2_000, "names");

  private Limits() {}

  /**
   * One named limit whose value comes from a system property, else its default.
   *
   * @param property the system property that raises this limit
   * @param fallback the default value
   * @param unit what the value counts, for messages
   */
  public record Limit(String property, long fallback, String unit) {
    /** The current value: the system property when it is a positive integer, else the default. */
    public long value() {
      String s = System.getProperty(property);
      if (s == null) return fallback;
      try {
        long v = Long.parseLong(s.trim());
        return v > 0 ? v : fallback;
      } catch (NumberFormatException e) {
        return fallback;
      }
    }

    /** Throws {@link ExprException} when {@code actual} exceeds the limit; {@code what} says what was measured. */
    public void check(long actual, String what) {
      java.util.Optional<String> m = exceeded(actual, what);
      if (m.isPresent()) throw new ExprException(m.get());
    }

    /** The message for a breach when {@code actual} exceeds the limit, for callers with their own exception type. */
    public java.util.Optional<String> exceeded(long actual, String what) {
      long v = value();
      if (actual <= v) return java.util.Optional.empty();
      return java.util.Optional.of(what + " exceeds the limit of " + v + " " + unit + " (raise it with -D" + property
          + "=N in DISCOVER_JAVA_OPTS)");
    }
  }

  /**
   * The depth of an expression tree, computed without recursion so that it is safe on any tree, and stopping
   * as soon as {@code cap} is exceeded (returning a value above it), so that its cost is bounded too.
   */
  public static long depth(Expr e, long cap) {
    java.util.ArrayDeque<Expr> nodes = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Long> depths = new java.util.ArrayDeque<>();
    nodes.push(e);
    depths.push(1L);
    long max = 0;
    while (!nodes.isEmpty()) {
      Expr x = nodes.pop();
      long d = depths.pop();
      max = Math.max(max, d);
      if (max > cap) return max;
      if (x instanceof Expr.Neg n) { nodes.push(n.arg()); depths.push(d + 1); }
      else if (x instanceof Expr.Call c) { nodes.push(c.arg()); depths.push(d + 1); }
      else if (x instanceof Expr.Bin b) {
        nodes.push(b.left()); depths.push(d + 1);
        nodes.push(b.right()); depths.push(d + 1);
      }
    }
    return max;
  }

  /** Checks that a tree built by substitution or by a computer-algebra system is within {@link #DEPTH}. */
  public static Expr checkDepth(Expr e, String what) {
    long cap = DEPTH.value();
    if (depth(e, cap) > cap) {
      throw new ExprException(what + " is nested deeper than the limit of " + cap + " levels (each term of a sum or"
          + " product counts one level; raise it with -D" + DEPTH.property() + "=N in DISCOVER_JAVA_OPTS)");
    }
    return e;
  }

  /** A piece of text short enough for a one-line message: long text keeps its start and says how long it was. */
  public static String excerpt(String text, int max) {
    if (text.length() <= max) return text;
    return text.substring(0, max) + "... (" + text.length() + " characters)";
  }
}
