package dev.discover.neural.internal;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.Exprs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hipparchus.analysis.ParametricUnivariateFunction;
import org.hipparchus.fitting.SimpleCurveFitter;
import org.hipparchus.fitting.WeightedObservedPoint;

/**
 * Snaps a sampled univariate curve (a network unit's activation) to a library function
 * {@code c*f(a*x+b)+d} ({@link UnitFn}). Each function is fitted in normalised coordinates (x and y mapped
 * to unit scale): the inner constants start on a grid, the outer ones come from a linear least-squares
 * solve at each grid point, and the three best starts are polished by Levenberg-Marquardt (Hipparchus
 * {@link SimpleCurveFitter}) with analytic derivatives. The constants are then mapped back to the raw
 * coordinates exactly and written in a canonical form: for sin and cos {@code a > 0}, {@code b} in
 * {@code [-pi/2, pi/2]} by the choice of the sign of {@code c} and of sin or cos, whichever shift is smaller;
 * for tanh {@code a > 0}. A fit with R^2 at least {@link #EXACT_R2} counts as exact; among
 * exact fits the simplest function wins, otherwise R^2 is traded against complexity.
 *
 * <p>Over 350 lines because the start grids, the mapping back to raw coordinates and the canonical forms are
 * written per function family and belong together: each one undoes the normalisation of the others.
 */
public final class UnitSnap {
  /** R^2 from which a fit counts as exact. */
  public static final double EXACT_R2 = 0.9999;
  private static final int STARTS = 2;

  private UnitSnap() {}

  /**
   * A snapped unit {@code c*f(a*x+b)+d} with its R^2 on the samples it was fitted to.
   *
   * @param fn the library function
   * @param c outer scale
   * @param a inner scale
   * @param b inner shift
   * @param d outer shift
   * @param r2 coefficient of determination on the samples
   */
  public record Unit(UnitFn fn, double c, double a, double b, double d, double r2) {
    /** The unit's value at {@code x}. */
    public double value(double x) { return c * fn.value(a * x + b) + d; }

    /** Whether the fit counts as exact (R^2 at least {@link #EXACT_R2}). */
    public boolean exact() { return r2 >= EXACT_R2; }

    /**
     * The expression {@code c*f(a*x+b)+d} of {@code x}, constants rounded to 8 significant digits and shifts
     * below 1e-10 of their scale dropped.
     */
    public Expr expr(Expr x) {
      double bb = Math.abs(b) < 1e-10 * Math.max(1, Math.abs(a)) ? 0 : b;
      double dd = Math.abs(d) < 1e-10 * Math.max(1, Math.abs(c)) ? 0 : d;
      Expr arg = Exprs.add(Exprs.mul(Snapper.decimal(a), x), Snapper.decimal(bb));
      return Exprs.add(Exprs.mul(Snapper.decimal(c), fn.apply(arg)), Snapper.decimal(dd));
    }

    /** The formula printed with decimals, for messages. */
    public String text(String x) { return Tidy.printDecimal(Tidy.products(Tidy.tidy(expr(Expr.sym(x))))); }

    /** The formula with constants to 4 significant digits, for plot titles. */
    public String label(String x) {
      String arg = scaled(num(a), x);
      if (fn.freeB() && Math.abs(b) >= 5e-5 * Math.max(1, Math.abs(a))) arg += (b < 0 ? " - " : " + ") + num(Math.abs(b));
      String f;
      switch (fn) {
        case X: f = arg; break;
        case X2: f = "(" + arg + ")^2"; break;
        case X3: f = "(" + arg + ")^3"; break;
        case INV: f = "1/(" + arg + ")"; break;
        case INV2: f = "1/(" + arg + ")^2"; break;
        default: f = fn.label() + "(" + arg + ")"; break;
      }
      String out = scaled(num(c), f);
      if (Math.abs(d) >= 5e-5 * Math.max(1, Math.abs(c))) out += (d < 0 ? " - " : " + ") + num(Math.abs(d));
      return out;
    }

    private static String scaled(String k, String v) {
      return k.equals("1") ? v : k.equals("-1") ? "-" + v : k + "*" + v;
    }

    private static String num(double v) {
      return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
  }

  /**
   * The best library function for the samples.
   *
   * @param x sample points, at least 4 distinct (read only)
   * @param y values (read only)
   * @return the chosen unit
   */
  public static Unit snap(double[] x, double[] y) { return choose(fitAll(x, y)); }

  /**
   * The best fit of every library function (sqrt and log with the better of their two signs), in library
   * order; functions that cannot be evaluated on the samples are left out.
   *
   * @param x sample points, at least 4 distinct (read only)
   * @param y values (read only)
   */
  public static List<Unit> fitAll(double[] x, double[] y) {
    if (x.length != y.length || x.length < 4) {
      throw new IllegalArgumentException("expected at least 4 samples of equal length, got " + x.length + " and " + y.length);
    }
    Frame fr = new Frame(x, y);
    List<Unit> out = new ArrayList<>();
    for (UnitFn fn : UnitFn.values()) {
      Unit best = null;
      for (double s : fn.signed() ? new double[] {1, -1} : new double[] {1}) {
        Optional<Unit> u = fit(fn, s, fr, x, y);
        if (u.isPresent() && (best == null || u.get().r2() > best.r2())) best = u.get();
      }
      if (best != null) out.add(best);
    }
    return out;
  }

  /**
   * The exact fit of least complexity (then fewest free constants, then the better decade of 1 - R^2 down
   * to 1e-12, then the smaller shift {@code |b|}: sin(x) rather than cos(x - pi/2)), or when none is exact the one minimising {@code log10(1 - R^2) + 0.5 * complexity}.
   * Counting constants matters: a cosine of a small argument is a parabola with one constant more.
   */
  static Unit choose(List<Unit> fits) {
    Comparator<Unit> exactOrder = Comparator.comparingInt((Unit u) -> u.fn().complexity())
        .thenComparingInt(u -> u.fn().constants())
        .thenComparingDouble(u -> Math.floor(Math.log10(Math.max(1 - u.r2(), 1e-12))))
        .thenComparingDouble(u -> Math.abs(u.b()));
    Unit best = fits.stream().filter(Unit::exact).min(exactOrder).orElse(null);
    if (best != null) return best;
    Comparator<Unit> score = Comparator.comparingDouble(u -> Math.log10(Math.max(1 - u.r2(), 1e-12)) + 0.5 * u.fn().complexity());
    return fits.stream().min(score).orElseThrow(() -> new IllegalStateException("no library function fits"));
  }

  /** Normalised coordinates: u = (x - xm) / xr in [-1, 1], v = (y - ym) / ys. */
  private static final class Frame {
    final double xm, xr, ym, ys;
    final double[] u, v;

    Frame(double[] x, double[] y) {
      double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY, m = 0;
      for (int i = 0; i < x.length; i++) { lo = Math.min(lo, x[i]); hi = Math.max(hi, x[i]); m += y[i]; }
      xm = (lo + hi) / 2;
      xr = hi > lo ? (hi - lo) / 2 : 1;
      ym = m / y.length;
      double s = 0;
      for (double w : y) s += (w - ym) * (w - ym);
      ys = s > 0 ? Math.sqrt(s / y.length) : 1;
      u = new double[x.length];
      v = new double[x.length];
      for (int i = 0; i < x.length; i++) { u[i] = (x[i] - xm) / xr; v[i] = (y[i] - ym) / ys; }
    }
  }

  /** The model C*f(A*u+B)+D over the free constants {C, [A], [B], D}; A = s and B = 0 when fixed. */
  private static final class Model implements ParametricUnivariateFunction {
    final UnitFn fn;
    final double s;

    Model(UnitFn fn, double s) { this.fn = fn; this.s = s; }

    double a(double[] p) { return fn.freeA() ? p[1] : s; }

    double b(double[] p) { return fn.freeB() ? p[fn.freeA() ? 2 : 1] : 0; }

    @Override public double value(double u, double... p) {
      double v = p[0] * fn.value(a(p) * u + b(p)) + p[p.length - 1];
      return Double.isFinite(v) ? v : 1e6;
    }

    @Override public double[] gradient(double u, double... p) {
      double[] g = new double[p.length];
      double arg = a(p) * u + b(p), f = fn.value(arg), df = fn.derivative(arg);
      if (!Double.isFinite(f) || !Double.isFinite(df)) return g;
      g[0] = f;
      int i = 1;
      if (fn.freeA()) g[i++] = p[0] * df * u;
      if (fn.freeB()) g[i] = p[0] * df;
      g[p.length - 1] = 1;
      return g;
    }
  }

  private record Start(double sse, double[] p) {}

  /** The best fit of one function from its best starts; empty when it cannot be evaluated on the samples. */
  private static Optional<Unit> fit(UnitFn fn, double s, Frame fr, double[] x, double[] y) {
    int m = fr.u.length;
    Model model = new Model(fn, s);
    List<Start> starts = new ArrayList<>();
    for (double[] ab : grid(fn, s, fr)) {
      double[] f = new double[m];
      boolean ok = true;
      for (int i = 0; i < m && ok; i++) { f[i] = fn.value(ab[0] * fr.u[i] + ab[1]); ok = Double.isFinite(f[i]); }
      if (!ok) continue;
      Optional<double[]> fit = linear(f, fr.v);
      if (fit.isEmpty()) continue;
      double[] cd = fit.get();
      double[] p = pack(fn, cd[0], ab[0], ab[1], cd[1]);
      starts.add(new Start(sse(model, p, fr), p));
    }
    starts.sort(Comparator.comparingDouble(Start::sse));
    List<WeightedObservedPoint> pts = new ArrayList<>();
    for (int i = 0; i < m; i++) pts.add(new WeightedObservedPoint(1, fr.u[i], fr.v[i]));
    double[] best = null;
    double bestSse = Double.POSITIVE_INFINITY;
    for (int k = 0; k < Math.min(STARTS, starts.size()); k++) {
      double[] p0 = starts.get(k).p(), p = p0;
      if (fn != UnitFn.X) {
        try {
          p = SimpleCurveFitter.create(model, p0).withMaxIterations(50).fit(pts);
        } catch (RuntimeException e) {
          p = p0; // no convergence from this start: keep the linear solve
        }
      }
      double e = sse(model, p, fr);
      if (e < bestSse) { bestSse = e; best = p; }
      if (bestSse < 1e-18 * m) break; // exact to rounding: other starts cannot do better
    }
    if (best == null) return Optional.empty();
    Unit u = toRaw(fn, model.a(best), model.b(best), best[0], best[best.length - 1], fr);
    double sst = 0, se = 0, ym = fr.ym;
    for (int i = 0; i < x.length; i++) {
      double d = u.value(x[i]) - y[i];
      se += d * d;
      sst += (y[i] - ym) * (y[i] - ym);
    }
    if (!Double.isFinite(se)) return Optional.empty();
    double r2 = sst > 0 ? 1 - se / sst : (se == 0 ? 1 : 0);
    return Optional.of(new Unit(u.fn(), u.c(), u.a(), u.b(), u.d(), r2));
  }

  private static double[] pack(UnitFn fn, double c, double a, double b, double d) {
    List<Double> p = new ArrayList<>();
    p.add(c);
    if (fn.freeA()) p.add(a);
    if (fn.freeB()) p.add(b);
    p.add(d);
    double[] o = new double[p.size()];
    for (int i = 0; i < o.length; i++) o[i] = p.get(i);
    return o;
  }

  private static double sse(Model model, double[] p, Frame fr) {
    double s = 0;
    for (int i = 0; i < fr.u.length; i++) {
      double d = p[0] * model.fn.value(model.a(p) * fr.u[i] + model.b(p)) + p[p.length - 1] - fr.v[i];
      s += d * d;
    }
    return Double.isFinite(s) ? s : Double.POSITIVE_INFINITY;
  }

  /** Least squares of v on {f, 1}: {C, D}; empty when f is constant. */
  private static Optional<double[]> linear(double[] f, double[] v) {
    int m = f.length;
    double mf = 0, mv = 0;
    for (int i = 0; i < m; i++) { mf += f[i]; mv += v[i]; }
    mf /= m;
    mv /= m;
    double sff = 0, sfv = 0;
    for (int i = 0; i < m; i++) { sff += (f[i] - mf) * (f[i] - mf); sfv += (f[i] - mf) * (v[i] - mv); }
    if (!(sff > 1e-300)) return Optional.empty();
    double c = sfv / sff;
    return Optional.of(new double[] {c, mv - c * mf});
  }

  /** Starting values {A, B} of the inner constants, in normalised coordinates. */
  private static List<double[]> grid(UnitFn fn, double s, Frame fr) {
    List<double[]> g = new ArrayList<>();
    double zero = -fr.xm / fr.xr;  // where the raw x is 0
    switch (fn) {
      case X:
        g.add(new double[] {1, 0});
        break;
      case EXP:
        for (double a : new double[] {0.1, 0.3, 0.7, 1.5, 3, 6}) { g.add(new double[] {a, 0}); g.add(new double[] {-a, 0}); }
        break;
      case SIN:
      case COS:
        for (double a : new double[] {0.3, 0.7, 1.2, 2, 3, 4.5, 6.5, 9}) {
          for (int k = 0; k < 8; k++) g.add(new double[] {a, k * Math.PI / 4});
        }
        break;
      case TANH:
        for (double a : new double[] {0.3, 0.7, 1.5, 3, 6, 12}) {
          for (double c : new double[] {-1, -0.5, 0, 0.5, 1}) g.add(new double[] {a, -a * c});
        }
        break;
      case SQRT:
      case LOG:
        // s*u + B must stay positive on [-1, 1]
        if (s * -zero > 1 - 1e-12) g.add(new double[] {s, s * -zero});
        for (double b : new double[] {1.001, 1.01, 1.1, 1.5, 2, 3, 5, 10, 30}) g.add(new double[] {s, b});
        break;
      default:
        // powers and abs: u + B with the centre (or pole) -B at raw zero, inside or outside the range
        g.add(new double[] {1, -zero});
        for (double c : new double[] {0, 0.5, -0.5, 1, -1, 1.5, -1.5, 3, -3, 10, -10}) g.add(new double[] {1, -c});
        break;
    }
    return g;
  }

  /** Maps normalised constants to c*f(a*x+b)+d in raw coordinates, in canonical form. */
  private static Unit toRaw(UnitFn fn, double aN, double bN, double cN, double dN, Frame fr) {
    double c = fr.ys * cN, d = fr.ys * dN + fr.ym, a, b;
    switch (fn) {
      case X:
        a = 1;
        b = 0;
        c = c / fr.xr;
        d = d - c * fr.xm;
        break;
      case EXP:
        a = aN / fr.xr;
        b = 0;
        c = c * Math.exp(bN - aN * fr.xm / fr.xr);
        break;
      case SIN:
      case COS:
      case TANH:
        a = aN / fr.xr;
        b = bN - aN * fr.xm / fr.xr;
        break;
      case LOG:
        a = aN;
        b = bN * fr.xr - aN * fr.xm;
        d = d - c * Math.log(fr.xr);
        break;
      default:
        a = aN;
        b = bN * fr.xr - aN * fr.xm;
        c = c * Math.pow(fr.xr, -fn.degree());
        break;
    }
    return canonical(new Unit(fn, c, a, b, d, Double.NaN));
  }

  private static Unit canonical(Unit u) {
    double c = u.c(), a = u.a(), b = u.b();
    UnitFn fn = u.fn();
    if (fn == UnitFn.SIN || fn == UnitFn.COS) {
      // one sinusoid, two names: keep the one with the smaller shift, sin(u) = cos(u - pi/2)
      Unit s = canonicalSinusoid(UnitFn.SIN, c, a, fn == UnitFn.SIN ? b : b + Math.PI / 2, u);
      Unit k = canonicalSinusoid(UnitFn.COS, c, a, fn == UnitFn.COS ? b : b - Math.PI / 2, u);
      return Math.abs(s.b()) <= Math.abs(k.b()) + 1e-12 ? s : k;
    }
    switch (fn) {
      case TANH:
        if (a < 0) { a = -a; b = -b; c = -c; }
        break;
      default:
        break;
    }
    return new Unit(u.fn(), c, a, b, u.d(), u.r2());
  }

  private static Unit canonicalSinusoid(UnitFn fn, double c, double a, double b, Unit u) {
    if (a < 0) {
      a = -a;
      b = -b;
      if (fn == UnitFn.SIN) c = -c;
    }
    // -c*f(u) = c*f(u + pi): keep the sign with the smaller shift
    if (Math.abs(wrap(b + Math.PI)) < Math.abs(wrap(b))) { c = -c; b += Math.PI; }
    return new Unit(fn, c, a, wrap(b), u.d(), u.r2());
  }

  /** An angle in (-pi, pi]. */
  private static double wrap(double b) {
    double w = b - 2 * Math.PI * Math.floor((b + Math.PI) / (2 * Math.PI));
    return w <= -Math.PI ? w + 2 * Math.PI : w;
  }
}
