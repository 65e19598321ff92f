package dev.discover.neural.internal;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.fraction.BigFraction;

/**
 * Fits a {@link Template}, then snaps its constants one at a time to simple values (small rationals for
 * exponents; zero for offsets; small rationals times powers of pi for scales), re-polishing the others
 * jointly with Levenberg-Marquardt after each try. A snap is kept when the residual grows by no more than an
 * F-test would allow by chance, so snapping is safe on noisy data and exact on clean data.
 */
public final class Snapper {
  private final Fitter fitter;
  private final double sst;

  /** A snapper over a fitter's data. */
  public Snapper(Fitter fitter) {
    this.fitter = fitter;
    this.sst = fitter.sst();
  }

  /** A template after fitting and snapping: an expression with only numbers, and its residual. */
  public record Snapped(Expr expr, double sse, int freeConstants) {}

  /** Fits the template's constants only, without snapping. */
  public Fitter.Fit fitFree(Template t, int maxEval) {
    return fitter.fit(t.expr(), t.params(), t.start(), maxEval);
  }

  /** Fits, snaps and returns the expression with every constant a number. */
  public Snapped snap(Template t, Fitter.Fit free) {
    Expr expr = t.expr();
    List<String> params = new ArrayList<>(t.params());
    List<Template.Kind> kinds = new ArrayList<>(t.kinds());
    double[] vals = free.params();
    double sseRef = free.sse();
    int m = fitter.size();
    double allowed = Math.max(sseRef * (1 + 10.0 / Math.max(1, m - params.size())), sseRef + 1e-22 * sst);
    for (Template.Kind pass : new Template.Kind[] {Template.Kind.EXPONENT, Template.Kind.SCALE, Template.Kind.OFFSET}) {
      for (int i = 0; i < params.size(); i++) {
        if (kinds.get(i) != pass) continue;
        for (Expr c : candidates(pass, vals[i])) {
          Map<String, Expr> sub = new HashMap<>();
          sub.put(params.get(i), c);
          Expr e2 = Exprs.substitute(expr, sub);
          List<String> p2 = new ArrayList<>(params);
          p2.remove(i);
          double[] v2 = new double[vals.length - 1];
          for (int a = 0, b = 0; a < vals.length; a++) if (a != i) v2[b++] = vals[a];
          Fitter.Fit f2 = fitter.fit(e2, p2, v2, 300);
          if (f2.sse() <= allowed) {
            expr = e2;
            params = p2;
            kinds.remove(i);
            vals = f2.params();
            allowed = Math.max(allowed, Math.max(f2.sse() * (1 + 10.0 / Math.max(1, m - params.size())), f2.sse() + 1e-22 * sst));
            i--;
            break;
          }
        }
      }
    }
    Map<String, Expr> rest = new HashMap<>();
    for (int i = 0; i < params.size(); i++) rest.put(params.get(i), decimal(vals[i]));
    Expr out = Tidy.products(Tidy.tidy(Exprs.substitute(expr, rest)));
    double sse = fitter.compile(out, List.of()).sse(new double[0]);
    return new Snapped(out, sse, params.size());
  }

  /** A double rounded to 8 significant digits, as an exact decimal constant. */
  public static Expr decimal(double v) {
    if (v == 0 || !Double.isFinite(v)) return Expr.num(0);
    return Expr.num(exact(new BigDecimal(v).round(new MathContext(8))));
  }

  /** A decimal as the exact fraction it writes. */
  private static BigFraction exact(BigDecimal d) {
    d = d.stripTrailingZeros();
    return d.scale() <= 0 ? new BigFraction(d.toBigInteger())
        : new BigFraction(d.unscaledValue(), java.math.BigInteger.TEN.pow(d.scale()));
  }

  /** Simple values near {@code v} for a constant of this kind, simplest first. */
  public static List<Expr> candidates(Template.Kind kind, double v) {
    List<Expr> out = new ArrayList<>();
    if (!Double.isFinite(v)) return out;
    if (kind == Template.Kind.EXPONENT) {
      for (int d = 1; d <= 3; d++) {
        long p = Math.round(v * d);
        if (Math.abs(p / (double) d - v) < 0.2 && (d == 1 || p % d != 0)) out.add(Expr.num(new BigFraction(p, d)));
      }
      return out;
    }
    out.add(Expr.num(0));
    record Cand(Expr e, double cost, double rel) {}
    List<Cand> cands = new ArrayList<>();
    double[] piPow = {0, 1, -1, 2, -2, 0.5, -0.5, 3, -3, 1.5, -1.5};
    for (double k : piPow) {
      double w = v / Math.pow(Math.PI, k);
      for (int d = 1; d <= 12; d++) {
        long p = Math.round(w * d);
        if (p == 0 || Math.abs(p) > 1000) continue;
        if (new BigFraction(p, d).getDenominator().intValue() != d) continue;
        double rel = Math.abs(p / (double) d - w) / Math.abs(w);
        if (rel > 0.02) continue;
        double cost = Math.log10(Math.abs(p) + 1) + Math.log10(d) * 1.5 + Math.abs(k) * 1.2 + rel * 20;
        Expr c = Expr.num(new BigFraction(p, d));
        if (k != 0) {
          BigFraction kf = new BigFraction((long) Math.round(k * 2), 2);
          c = Exprs.mul(c, Exprs.pow(Expr.sym(Exprs.PI), kf));
        }
        cands.add(new Cand(c, cost, rel));
      }
      double w2 = w * w;
      for (int d = 1; d <= 8; d++) {
        long p = Math.round(w2 * d);
        if (p <= 0 || p > 200) continue;
        BigFraction f = new BigFraction(p, d);
        if (f.getDenominator().intValue() != d) continue;
        double root = Math.sqrt(f.doubleValue());
        if (Math.abs(root - Math.round(root)) < 1e-12) continue;
        double rel = Math.abs(p / (double) d - w2) / w2;
        if (rel > 0.02) continue;
        double cost = 1 + Math.log10(p + 1) + Math.log10(d) * 1.5 + Math.abs(k) * 1.2 + rel * 20;
        Expr c = Exprs.call("sqrt", Expr.num(f));
        if (w < 0) c = Exprs.neg(c);
        if (k != 0) c = Exprs.mul(c, Exprs.pow(Expr.sym(Exprs.PI), new BigFraction((long) Math.round(k * 2), 2)));
        cands.add(new Cand(c, cost, rel));
      }
    }
    cands.sort((a, b) -> Double.compare(a.cost, b.cost));
    for (int i = 0; i < cands.size() && out.size() < 5; i++) out.add(cands.get(i).e);
    // the simplest that agrees to a millionth goes among them: 20 pi/3 is dearer than four simpler ones
    // within 2 % (21, 12 sqrt(pi), ...), and clean rows take none of those
    for (Cand c : cands) {
      if (c.rel() <= NEAR_EXACT) {
        if (!out.contains(c.e())) out.set(out.size() - 1, c.e());
        break;
      }
    }
    if (cands.isEmpty()) out.addAll(shortDecimals(v));
    return out;
  }

  /** Relative agreement of a candidate that is always offered. */
  static final double NEAR_EXACT = 1e-6;

  /** Most significant digits of a decimal that {@link #shortDecimals} offers. */
  static final int MAX_DIGITS = 9;
  /** Most significant digits of the decimal beside a small rational factor (3/(20*pi*8.854e-12)). */
  static final int MAX_DIGITS_WITH_FACTOR = 5;
  /** The rational factors beside a short decimal: 1, and p/q for p, q up to 4. */
  private static final List<BigFraction> SMALL_FACTORS = smallFactors();

  private static List<BigFraction> smallFactors() {
    List<BigFraction> out = new ArrayList<>(List.of(BigFraction.ONE));
    for (int p = 1; p <= 4; p++) {
      for (int q = 1; q <= 4; q++) {
        BigFraction f = new BigFraction(p, q);
        if (f.getNumerator().intValue() == p && !out.contains(f)) out.add(f);
      }
    }
    return List.copyOf(out);
  }

  /**
   * How closely a constant must agree with a decimal of {@code digits} significant digits to be written as
   * one: {@code 1e-8}, and a thousandth of the decimal's own resolution from six digits on, so that a constant
   * meets some long decimal by chance rarely (about one in a thousand per form tried).
   */
  static double shortDecimalTolerance(int digits) { return Math.min(1e-8, Math.pow(10, -(digits + 3))); }

  /**
   * For a constant that no small rational times a power of pi approaches (a physical constant written into
   * the data, such as {@code 1/(4*pi*8.854e-12)} or the {@code 1/2.99792458e8^2} of {@code v^2/c^2}):
   * {@code r * pi^k * D^j} for j in 1, -1, 2, -2 and D a decimal of at most {@value #MAX_DIGITS} significant
   * digits ({@value #MAX_DIGITS_WITH_FACTOR} beside a small rational r other than 1) that agrees with the
   * constant to {@link #shortDecimalTolerance}, the shortest forms first. Only a
   * constant fitted that precisely (clean rows) gets one; others keep their eight digits.
   */
  static List<Expr> shortDecimals(double v) {
    record Cand(Expr e, int cost) {}
    List<Cand> cands = new ArrayList<>();
    for (BigFraction r : SMALL_FACTORS) {
      for (int k = -2; k <= 2; k++) {
        double w = Math.abs(v) / r.doubleValue() / Math.pow(Math.PI, k);
        boolean plain = r.equals(BigFraction.ONE);
        for (int j : new int[] {1, -1, 2, -2}) {
          double u = Math.abs(j) == 2 ? Math.sqrt(w) : w;
          if (j < 0) u = 1 / u;
          if (!Double.isFinite(u) || u == 0) continue;
          for (int digits = 1; digits <= (plain ? MAX_DIGITS : MAX_DIGITS_WITH_FACTOR); digits++) {
            BigDecimal d = new BigDecimal(u).round(new MathContext(digits));
            double rel = Math.abs(d.doubleValue() - u) / Math.abs(u);
            // a square doubles the decimal's relative error in the constant
            if (rel * Math.abs(j) > shortDecimalTolerance(digits)) continue;
            BigFraction f = exact(d);
            Expr c = Math.abs(j) == 2 ? Exprs.pow(Expr.num(f), Expr.num(2)) : Expr.num(f);
            Expr piK = k == 0 ? null : Exprs.pow(Expr.sym(Exprs.PI), Expr.num(k));
            if (j < 0) c = Exprs.div(piK == null ? Expr.num(1) : piK, c);
            else if (piK != null) c = Exprs.mul(c, piK);
            if (!plain) c = Exprs.mul(Expr.num(r), c);
            if (v < 0) c = Exprs.neg(c);
            int factorCost = plain ? 0 : r.getNumerator().toString().length() + r.getDenominator().toString().length();
            cands.add(new Cand(c, digits + Math.abs(k) + (j < 0 ? 1 : 0) + (Math.abs(j) == 2 ? 1 : 0) + factorCost));
            break;
          }
        }
      }
    }
    cands.sort(java.util.Comparator.comparingInt(Cand::cost));
    List<Expr> out = new ArrayList<>();
    for (int i = 0; i < cands.size() && i < 3; i++) out.add(cands.get(i).e());
    return out;
  }
}
