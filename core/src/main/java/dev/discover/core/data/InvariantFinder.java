package dev.discover.core.data;

import dev.discover.core.Basis;
import dev.discover.sparse.NumericEchelon;
import dev.discover.sparse.NumericNullSpace;
import dev.discover.symbolic.Expr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * Finds conserved quantities H = sum_j theta_j b_j from trajectories alone (cf. AI Poincare, Liu and
 * Tegmark, PRL 126, 180604, 2021). H is constant along each trajectory exactly when theta is in the null
 * space of the matrix whose rows are b(x(t)) minus its mean over the trajectory, stacked over trajectories.
 * Steps: scale the columns; QR, then the singular values of R ({@link NumericNullSpace}); take the null space
 * at the largest gap below the tolerance; reduce it to row echelon form and prune each vector greedily while
 * it stays in the null space; snap coefficient ratios to small rationals by continued fractions when the
 * snapped law is conserved as well; keep the functionally independent laws (rank of their Jacobian at sample
 * states), simplest first; and measure each on held-out data against the best combination that is not a
 * law, which gives its confidence.
 */
public final class InvariantFinder {
  private static final double RANK_TOLERANCE = 1e-4;
  /** A basis function whose variation is below this share of its size is conserved by itself. */
  private static final double CONSTANT_COLUMN = 1e-7;
  private static final double ROUNDOFF = 1e-14;
  /** Null tolerance and gap on noisy data. */
  private static final double NOISY_TOLERANCE = 0.05;
  private static final double NOISY_GAP = 3;
  /** Variation below which differences are integration error, not evidence. */
  private static final double VARIATION_FLOOR = 1e-9;

  private InvariantFinder() {}

  /** Finds the laws; throws {@link IllegalArgumentException} when the data cannot be used at all. */
  public static InvariantResult find(TrajectoryData data, InvariantOptions o) {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(o, "options");
    long start = System.nanoTime();
    List<String> vars = data.variables();
    int d = vars.size();
    Basis basis = Basis.build(o.basis(), vars, data.source());
    int m = basis.size();
    List<String> warnings = new ArrayList<>();
    List<double[][]> train = new ArrayList<>();
    List<double[][]> held = new ArrayList<>();
    List<double[][]> trainStates = new ArrayList<>();
    int smoothed = TrajectorySamples.split(data, basis, o.heldOut(), train, held, trainStates, warnings);

    int total = 0;
    for (double[][] v : train) total += v.length;
    int step = Math.max(1, (int) Math.ceil((double) total / o.maxRows()));
    List<double[]> rows = new ArrayList<>();
    for (double[][] v : train) {
      double[] mean = TrajectorySamples.mean(v);
      for (int i = 0; i < v.length; i += step) {
        double[] r = new double[m];
        for (int j = 0; j < m; j++) r[j] = v[i][j] - mean[j];
        rows.add(r);
      }
    }
    double[] scale = new double[m];
    double[] raw = new double[m];
    for (double[] r : rows) for (int j = 0; j < m; j++) scale[j] += r[j] * r[j];
    for (double[][] vals : train) for (double[] r : vals) for (int j = 0; j < m; j++) raw[j] += r[j] * r[j];
    boolean[] constant = new boolean[m];
    for (int j = 0; j < m; j++) {
      scale[j] = Math.sqrt(scale[j] / rows.size());
      raw[j] = Math.sqrt(raw[j] / total);
      // a basis function that is itself conserved: its column is zero, so it is a null direction
      if (!(scale[j] > CONSTANT_COLUMN * raw[j])) { constant[j] = true; scale[j] = raw[j] > 0 ? raw[j] : 1; }
    }
    for (double[] r : rows) for (int j = 0; j < m; j++) if (constant[j]) r[j] = 0;
    if (rows.size() < m) {
      warnings.add("only " + rows.size() + " training samples for " + m + " basis functions; the null space is not determined");
    }
    double[][] a = new double[Math.max(rows.size(), m)][m];
    for (int i = 0; i < rows.size(); i++) for (int j = 0; j < m; j++) a[i][j] = rows.get(i)[j] / scale[j];
    RealMatrix r = new QRDecomposition(new Array2DRowRealMatrix(a, false)).getR().getSubMatrix(0, m - 1, 0, m - 1);
    double[][] rr = r.getData();
    NumericNullSpace all = NumericNullSpace.of(rr, m, 0.5);
    double[] sv = all.singularValues();
    double smax = sv.length == 0 ? 0 : sv[0];
    double[] rel = new double[m];
    // floored at roundoff, so that exactly conserved basis functions do not make the widest gap
    for (int i = 0; i < m; i++) rel[i] = smax > 0 ? Math.max(sv[i] / smax, ROUNDOFF) : 0;
    // on noisy data the null directions sit at the noise floor: accept them higher and with a smaller gap,
    // and let the held-out check decide
    boolean noisy = smoothed > 0;
    double tol = noisy ? Math.max(o.nullTolerance(), NOISY_TOLERANCE) : o.nullTolerance();
    double minGap = noisy ? Math.min(o.minGap(), NOISY_GAP) : o.minGap();
    int k = 0;
    double bestGap = 0;
    for (int c = 1; c < m; c++) {
      double small = rel[m - c];
      double next = rel[m - c - 1];
      double gap = next / Math.max(small, 1e-300);
      if (small <= tol && gap >= minGap && gap > bestGap) { bestGap = gap; k = c; }
    }
    List<DataLaw> laws = new ArrayList<>();
    if (k == 0 || smax == 0) {
      return new InvariantResult(vars, m, 0, laws, rel, warnings, (System.nanoTime() - start) / 1_000_000, o);
    }
    double cut = Math.sqrt(rel[m - k] * rel[m - k - 1]);
    NumericNullSpace ns = NumericNullSpace.of(rr, m, cut);
    double[][] v = new double[ns.dimension()][];
    for (int i = 0; i < v.length; i++) v[i] = ns.vector(i);
    // the best direction that is not a law: the right singular vector just above the gap
    double[] reference = new SingularValueDecomposition(r).getV().getColumn(m - k - 1);
    NumericEchelon.fullPivot(v);
    double cutAbs = cut * smax;
    List<double[]> candidates = new ArrayList<>();
    for (double[] vec : v) {
      NullVectorPruning.prune(r, vec, cutAbs).ifPresent(candidates::add);
    }
    double refHeld = TrajectorySamples.variation(held, NullVectorPruning.unscale(reference, scale));
    List<Law> found = new ArrayList<>();
    for (double[] u : candidates) {
      double fit = NullVectorPruning.sigma(r, u);
      double[] theta = NullVectorPruning.unscale(u, scale);
      Optional<double[]> snapped = NullVectorPruning.snap(r, theta, scale, Math.max(2 * fit, 1e-3 * cutAbs), o.maxDenominator());
      double[] c = snapped.orElseGet(() -> NullVectorPruning.normalise(theta));
      found.add(new Law(c, snapped.isPresent(), TrajectorySamples.variation(train, c), TrajectorySamples.variation(held, c), basis));
    }
    found.sort(Comparator.comparingInt((Law l) -> l.terms).thenComparingInt(l -> l.degree).thenComparingDouble(l -> l.complexity));
    List<double[][]> points = TrajectorySamples.samplePoints(trainStates);
    List<Law> independent = new ArrayList<>();
    for (Law l : found) {
      List<Law> trial = new ArrayList<>(independent);
      trial.add(l);
      if (rank(trial, points, basis) > independent.size()) independent.add(l);
    }
    int dropped = 0;
    for (Law l : independent) {
      // decades below the best non-law, discounted when the law holds worse on held-out data than in the fit
      double separation = Math.max(0, Math.min(1, Math.log10(refHeld / Math.max(l.heldVar, 1e-16)) / 4));
      double extrapolation = Math.log10((l.heldVar + VARIATION_FLOOR) / (l.trainVar + VARIATION_FLOOR));
      double conf = separation * Math.max(0, Math.min(1, 1 - Math.max(0, extrapolation) / 2));
      if (data.trajectories().size() == 1) conf = Math.min(conf, TrajectorySamples.SINGLE_TRAJECTORY_CONFIDENCE);
      if (!(conf >= o.minConfidence())) { dropped++; continue; }
      laws.add(l.toDataLaw(conf));
    }
    if (dropped > 0) {
      warnings.add(dropped + " candidate law(s) dropped: on held-out data they were conserved little better than"
          + " combinations that are not laws (confidence below " + o.minConfidence() + ")");
    }
    if (laws.size() > d - 1) {
      warnings.add(laws.size() + " independent conserved quantities for " + d + " variables is more than a moving state"
          + " can have (" + (d - 1) + "): the data are too short or too degenerate; keeping the " + (d - 1) + " best");
      List<DataLaw> best = new ArrayList<>(laws);
      best.sort(Comparator.comparingDouble(DataLaw::confidence).reversed());
      laws = new ArrayList<>(best.subList(0, Math.max(0, d - 1)));
    }
    return new InvariantResult(vars, m, k, laws, rel, warnings, (System.nanoTime() - start) / 1_000_000, o);
  }

  private static final class Law {
    final double[] c;
    final boolean exact;
    final double trainVar;
    final double heldVar;
    final int terms;
    final int degree;
    final double complexity;
    final Basis basis;

    Law(double[] c, boolean exact, double trainVar, double heldVar, Basis basis) {
      this.c = c;
      this.exact = exact;
      this.trainVar = trainVar;
      this.heldVar = heldVar;
      this.basis = basis;
      int t = 0, deg = 0;
      double cx = 0;
      for (int j = 0; j < c.length; j++) {
        if (c[j] == 0) continue;
        t++;
        deg = Math.max(deg, basis.term(j).degree());
        cx += Math.log(1 + Math.abs(c[j]));
      }
      this.terms = t;
      this.degree = deg;
      this.complexity = cx;
    }

    DataLaw toDataLaw(double confidence) {
      List<String> names = new ArrayList<>();
      List<Expr> exprs = new ArrayList<>();
      List<Double> coefs = new ArrayList<>();
      for (int j = 0; j < c.length; j++) {
        if (c[j] == 0) continue;
        names.add(basis.term(j).name());
        exprs.add(basis.term(j).expression());
        coefs.add(c[j]);
      }
      double[] cc = coefs.stream().mapToDouble(Double::doubleValue).toArray();
      return new DataLaw(LawText.plain(names, exprs, cc, 6, "*"), LawText.latex(names, exprs, cc, 6), names, cc, exact,
          trainVar, heldVar, confidence);
    }
  }

  /** The generic rank of the Jacobian of the laws: the largest rank over the sample points. */
  private static int rank(List<Law> laws, List<double[][]> points, Basis basis) {
    int best = 0;
    for (double[][] p : points) {
      double[] x = p[0];
      int d = x.length;
      double[][] jac = new double[laws.size()][d];
      for (int v = 0; v < d; v++) {
        double h = 1e-6 * (1 + Math.abs(x[v]));
        double[] xp = x.clone(), xm = x.clone();
        xp[v] += h;
        xm[v] -= h;
        double[] bp = basis.values(xp), bm = basis.values(xm);
        for (int l = 0; l < laws.size(); l++) {
          double[] c = laws.get(l).c;
          double s = 0, norm = 0;
          for (int j = 0; j < c.length; j++) if (c[j] != 0) { s += c[j] * (bp[j] - bm[j]); norm += Math.abs(c[j] * bp[j]); }
          jac[l][v] = s / (2 * h);
        }
      }
      // normalise rows so that the rank tolerance is relative per law
      for (double[] row : jac) {
        double n = 0;
        for (double a : row) n += a * a;
        n = Math.sqrt(n);
        if (n > 0) for (int v = 0; v < d; v++) row[v] /= n;
      }
      double[] s = new SingularValueDecomposition(new Array2DRowRealMatrix(jac, false)).getSingularValues();
      int rk = 0;
      for (double a : s) if (a > RANK_TOLERANCE) rk++;
      best = Math.max(best, rk);
    }
    return best;
  }
}
