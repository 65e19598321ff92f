package dev.discover.neural.internal.search;

import dev.discover.neural.Candidate;
import dev.discover.neural.internal.Roots;
import dev.discover.neural.internal.Snapper;
import dev.discover.neural.internal.Tidy;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprParser;
import dev.discover.symbolic.Exprs;
import dev.discover.symbolic.Simplifier;
import dev.discover.symbolic.Symja;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.hipparchus.fraction.BigFraction;

/**
 * The formulas of a search scored on the held-out rows: the constant (the training mean) always among them,
 * the Pareto front of complexity against error, its simplification by the symbolic layer within a small
 * budget, and the choice of the best formula.
 */
public final class ParetoFront {
  private final List<String> names;
  private final double[][] x;
  private final double[] y;
  private final int[] test, train;
  private final Compiler comp;

  /**
   * Scores formulas on a table.
   *
   * @param names input names
   * @param x inputs by column (read only)
   * @param y target (read only)
   * @param test held-out rows
   * @param train training rows
   */
  public ParetoFront(List<String> names, double[][] x, double[] y, int[] test, int[] train) {
    this.names = List.copyOf(names);
    this.x = x;
    this.y = y;
    this.test = test.clone();
    this.train = train.clone();
    this.comp = new Compiler(this.names);
  }

  /** The front and its best formula (null only when no formula was admissible). */
  public record Front(List<Candidate> pareto, Candidate best) {
    /** Copies. */
    public Front { pareto = List.copyOf(pareto); }
  }

  /**
   * Builds the front of the found formulas plus the constant, simplifies it until {@code simplifyEnd} and
   * chooses the best formula.
   */
  public Front build(List<Expr> found, long simplifyEnd, SearchContext ctx) { return build(found, simplifyEnd, ctx, c -> true); }

  /**
   * As {@link #build(List, long, SearchContext)}, with only the {@code admissible} formulas (the constant and
   * the simplifications included) on the front, so that none that is not admissible hides one that is; the
   * best is null when none is admissible.
   */
  public Front build(List<Expr> found, long simplifyEnd, SearchContext ctx, Predicate<Candidate> admissible) {
    double testRms = rms(y, test);
    List<Candidate> all = new ArrayList<>();
    Map<Candidate, Expr> prettyOf = new IdentityHashMap<>();
    for (Expr raw : found) {
      Expr pretty = snapDecimals(raw);
      candidate(pretty).filter(admissible).ifPresent(c -> { all.add(c); prettyOf.put(c, pretty); });
    }
    double mean = trainingMean();
    Candidate constant = constant(mean);
    if (admissible.test(constant)) all.add(constant);
    List<Candidate> pareto = pareto(all);
    Set<String> positive = positiveNames();
    // the symbolic layer's simplification of the front (Symja, checked numerically), within a small budget
    boolean changed = false;
    boolean symja = System.nanoTime() <= simplifyEnd;
    try {
      if (symja) Symja.awaitStart(Math.max(1, (simplifyEnd - System.nanoTime()) / 1_000_000L));
    } catch (RuntimeException ex) {
      symja = false;
    }
    for (Candidate c : symja ? pareto : List.<Candidate>of()) {
      if (System.nanoTime() > simplifyEnd) break;
      Expr source = prettyOf.getOrDefault(c, c.formula());
      List<Expr> simpler = new ArrayList<>();
      try {
        Expr simplified = Tidy.products(Tidy.tidy(Simplifier.simplest(source, 2_000)));
        simpler.add(simplified);
        // positive factors moved into a root, of the formula and of its simplification; scored on the data
        // below like every rewrite
        for (Expr e : List.of(source, simplified)) {
          Roots.absorbed(e, positive, 2_000).ifPresent(r -> simpler.add(Tidy.products(Tidy.tidy(r))));
          // and squares out of roots where they keep one sign on the rows
          Roots.squaresOut(e, this::sign, 2_000).ifPresent(r -> {
            Expr t = Tidy.products(Tidy.tidy(r));
            simpler.add(t);
            simpler.add(Tidy.products(Tidy.tidy(Simplifier.simplest(t, 2_000))));
          });
        }
      } catch (RuntimeException ex) {
        break;
      }
      for (Expr e : simpler) {
        if (Exprs.size(e) >= c.complexity()) continue;
        Optional<Candidate> s = candidate(e).filter(admissible);
        if (s.isPresent()) { all.add(s.get()); changed = true; }
      }
    }
    if (changed) {
      ctx.note("simplified by the symbolic layer");
      pareto = pareto(all);
    }
    return new Front(pareto, pareto.isEmpty() ? null : choose(pareto, testRms));
  }

  /**
   * {@code pretty} with each decimal constant (more than four digits) replaced by the simplest exact constant
   * ({@link Snapper#candidates}) that the training rows cannot tell from it, for a formula that explains at
   * least 90 % of the training variance: the training sum of squares grows
   * by at most one part in {@code rows / 10} (the search's snapping rule), the other constants unchanged. The
   * search's own snapping refits as it goes and misses a constant now and then (a second route to the same
   * formula keeps its decimal); a decimal counts as one node, so on the front it would beat the exact
   * constant that noisy rows cannot distinguish from it.
   */
  private Expr snapDecimals(Expr pretty) {
    List<BigFraction> nums = new ArrayList<>();
    collectNums(pretty, nums);
    Expr cur = pretty;
    double sse = trainSse(cur);
    // only a formula that fits: the allowance is relative, and a poor fit would let constants wander far
    if (!Double.isFinite(sse) || !(sse <= 0.1 * trainSst())) return pretty;
    double allowed = sse * (1 + 10.0 / Math.max(1, train.length - nums.size())) + 1e-24 * trainSst();
    // a fitted factor beside exact ones (0.734*pi^(3/4)/sqrt(3), which is 1), and a fitted offset inside an
    // exponential (exp(u + c) = e^c exp(u)), are snapped as the one scale they make, first
    for (Optional<Tidy.ConstantFactor> folded : List.of(Tidy.constantFactor(cur), Tidy.expOffsetsOut(cur))) {
      Optional<Expr> snapped = folded.flatMap(f -> snappedScale(f, allowed));
      if (snapped.isPresent()) {
        cur = snapped.get();
        nums.clear();
        collectNums(cur, nums);
        break;
      }
    }
    for (int i = 0; i < nums.size(); i++) {
      BigFraction v = nums.get(i);
      if (v.getDenominator().bitLength() <= 10 && v.getNumerator().abs().bitLength() <= 14) continue;
      for (Expr c : Snapper.candidates(dev.discover.neural.internal.Template.Kind.SCALE, v.doubleValue())) {
        if (Exprs.constantValue(c).filter(z -> z.signum() == 0).isPresent()) continue;
        Expr next = replaceNum(cur, i, c);
        double s2 = trainSse(next);
        if (s2 <= allowed) { cur = next; break; }
      }
    }
    return cur == pretty ? pretty : Tidy.products(Tidy.tidy(cur));
  }

  /** {@code f}'s constant snapped to the first simple value whose formula keeps the training error allowed. */
  private Optional<Expr> snappedScale(Tidy.ConstantFactor f, double allowed) {
    for (Expr c : Snapper.candidates(dev.discover.neural.internal.Template.Kind.SCALE, f.value())) {
      if (Exprs.constantValue(c).filter(z -> z.signum() == 0).isPresent()) continue;
      Expr next = Tidy.products(Tidy.tidy(Exprs.mul(c, f.rest())));
      if (trainSse(next) <= allowed) return Optional.of(next);
    }
    return Optional.empty();
  }

  private double trainSst() {
    double mean = trainingMean(), s = 0;
    for (int i : train) s += (y[i] - mean) * (y[i] - mean);
    return s;
  }

  private double trainSse(Expr pretty) {
    Expr plain = Tidy.piAsNumber(pretty);
    if (!names.containsAll(Exprs.names(plain))) return Double.NaN;
    double r = rmse(comp.compile(plain), y, train);
    return r * r * train.length;
  }

  private static void collectNums(Expr e, List<BigFraction> out) {
    Exprs.mapNumbers(e, (n, exponent) -> { out.add(n.value()); return n; });
  }

  /** {@code e} with its {@code index}-th number (in the order of {@link #collectNums}) replaced. */
  private static Expr replaceNum(Expr e, int index, Expr with) {
    int[] k = {0};
    return Exprs.mapNumbers(e, (n, exponent) -> k[0]++ == index ? with : n);
  }

  /** +1 when {@code e} is positive on every row, -1 when negative on every row, else 0. */
  private int sign(Expr e) {
    if (!names.containsAll(Exprs.names(Tidy.piAsNumber(e)))) return 0;
    CompiledExpr f = comp.compile(Tidy.piAsNumber(e));
    boolean pos = true, neg = true;
    double[] row = new double[x.length];
    for (int i = 0; i < y.length && (pos || neg); i++) {
      for (int j = 0; j < row.length; j++) row[j] = x[j][i];
      double v = f.eval(row);
      pos &= v > 0;
      neg &= v < 0;
    }
    return pos ? 1 : neg ? -1 : 0;
  }

  /** The inputs whose every value is positive. */
  private Set<String> positiveNames() {
    Set<String> out = new HashSet<>();
    for (int j = 0; j < names.size(); j++) {
      boolean pos = x[j].length > 0;
      for (double v : x[j]) pos &= v > 0;
      if (pos) out.add(names.get(j));
    }
    return out;
  }

  /**
   * The constant formula: the simplest exact constant (a small rational times a power of pi, or a square
   * root) within two standard errors of the training mean, else the mean as a decimal. The mean's eight
   * digits claim more than noisy rows know: a search in dimensionless groups whose f is a constant would
   * otherwise print 0.079593092 where the data cannot tell it from 1/(4 pi).
   */
  private Candidate constant(double mean) {
    double sd = Math.sqrt(trainSst() / Math.max(1, train.length - 1));
    double tolerance = Math.max(2 * sd / Math.sqrt(train.length), 1e-12 * Math.abs(mean));
    Expr pretty = Snapper.decimal(mean);
    for (Expr c : Snapper.candidates(dev.discover.neural.internal.Template.Kind.SCALE, mean)) {
      double v = new Compiler(List.of()).compile(Tidy.piAsNumber(c)).eval(new double[0]);
      if (Math.abs(v - mean) <= tolerance && v != 0) { pretty = c; break; }
    }
    Expr plain = Tidy.piAsNumber(pretty);
    double value = new Compiler(List.of()).compile(plain).eval(new double[0]);
    double[] shifted = shifted(value);
    int size = Exprs.names(pretty).isEmpty() && pretty instanceof Expr.Num ? 1 : Exprs.size(pretty);
    return new Candidate(plain, Tidy.printDecimal(plain), Tidy.printDecimal(pretty), rmse(r -> 0, shifted, test),
        rmse(r -> 0, shifted, train), size);
  }

  /** The held-out error of the constant formula, the training mean: the target's spread about it. */
  public double constantRmse() { return rmse(r -> 0, shifted(trainingMean()), test); }

  private double trainingMean() {
    double mean = 0;
    for (int i : train) mean += y[i];
    return mean / train.length;
  }

  private double[] shifted(double mean) {
    double[] out = new double[y.length];
    for (int i = 0; i < y.length; i++) out[i] = y[i] - mean;
    return out;
  }

  /** Root mean square of the target on the held-out rows. */
  public double testRms() { return rms(y, test); }

  /** A formula scored on the held-out and training rows; empty when it does not print and parse back. */
  private Optional<Candidate> candidate(Expr pretty) {
    Expr plain = Tidy.piAsNumber(pretty);
    String text = Tidy.printDecimal(plain);
    Expr parsed;
    try {
      parsed = ExprParser.parse(text);
    } catch (RuntimeException ex) {
      return Optional.empty();
    }
    CompiledExpr f = comp.compile(parsed);
    double rTest = rmse(f, y, test), rTrain = rmse(f, y, train);
    if (!Double.isFinite(rTest)) return Optional.empty();
    return Optional.of(new Candidate(parsed, text, Tidy.printDecimal(pretty), rTest, rTrain, Exprs.size(pretty)));
  }

  /** The formula minimising log10(relative error, floored) + 0.04 * complexity. */
  public static Candidate choose(List<Candidate> pareto, double scale) {
    Candidate best = pareto.get(0);
    double bestScore = Double.POSITIVE_INFINITY;
    for (Candidate c : pareto) {
      double rel = c.rmse() / (scale + 1e-300);
      double s = Math.log10(Math.max(rel, 1e-9)) + 0.04 * c.complexity();
      if (s < bestScore - 1e-12) { bestScore = s; best = c; }
    }
    return best;
  }

  /** The best formula at each complexity that beats every simpler one, simplest first. */
  public static List<Candidate> pareto(List<Candidate> all) {
    List<Candidate> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingInt(Candidate::complexity).thenComparingDouble(Candidate::rmse));
    List<Candidate> front = new ArrayList<>();
    double bestErr = Double.POSITIVE_INFINITY;
    for (Candidate c : sorted) {
      if (c.rmse() < bestErr * (1 - 1e-9)) { front.add(c); bestErr = c.rmse(); }
    }
    return front;
  }

  private static double rms(double[] y, int[] rows) {
    double s = 0;
    for (int i : rows) s += y[i] * y[i];
    return Math.sqrt(s / rows.length);
  }

  private double rmse(CompiledExpr f, double[] target, int[] rows) {
    double s = 0;
    double[] row = new double[x.length];
    for (int i : rows) {
      for (int j = 0; j < row.length; j++) row[j] = x[j][i];
      double d = f.eval(row) - target[i];
      s += d * d;
    }
    return Math.sqrt(s / rows.length);
  }
}
