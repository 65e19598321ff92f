package dev.discover.core.data;

import dev.discover.core.Basis;
import dev.discover.sparse.ContinuedFractions;
import dev.discover.sparse.NumericNullSpace;
import dev.discover.symbolic.Expr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
  private static final int JACOBIAN_POINTS = 12;
  private static final double RANK_TOLERANCE = 1e-4;
  private static final int GREEDY_LIMIT = 60;
  /** Relative noise (estimate over spread) above which basis values are averaged over windows. */
  private static final double NOISE_LEVEL = 1e-3;
  /** A basis function whose variation is below this share of its size is conserved by itself. */
  private static final double CONSTANT_COLUMN = 1e-7;
  private static final double ROUNDOFF = 1e-14;
  /** From this many trajectories on, whole trajectories are held out. */
  private static final int TRAJECTORY_SPLIT = 4;
  /** The highest confidence a law found on one trajectory can have. */
  private static final double SINGLE_TRAJECTORY_CONFIDENCE = 0.5;
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
    int smoothed = split(data, basis, o.heldOut(), train, held, trainStates, warnings);

    int total = 0;
    for (double[][] v : train) total += v.length;
    int step = Math.max(1, (int) Math.ceil((double) total / o.maxRows()));
    List<double[]> rows = new ArrayList<>();
    for (double[][] v : train) {
      double[] mean = mean(v);
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
    rref(v);
    double cutAbs = cut * smax;
    List<double[]> candidates = new ArrayList<>();
    for (double[] vec : v) {
      double[] u = prune(r, vec, cutAbs);
      if (u != null) candidates.add(u);
    }
    double refHeld = variation(held, unscale(reference, scale));
    List<Law> found = new ArrayList<>();
    for (double[] u : candidates) {
      double fit = sigma(r, u);
      double[] theta = unscale(u, scale);
      double[] snapped = snap(r, theta, scale, Math.max(2 * fit, 1e-3 * cutAbs), o.maxDenominator());
      boolean exact = snapped != null;
      double[] c = exact ? snapped : normalise(theta);
      found.add(new Law(c, exact, variation(train, c), variation(held, c), basis));
    }
    found.sort(Comparator.comparingInt((Law l) -> l.terms).thenComparingInt(l -> l.degree).thenComparingDouble(l -> l.complexity));
    List<double[][]> points = samplePoints(trainStates);
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
      if (data.trajectories().size() == 1) conf = Math.min(conf, SINGLE_TRAJECTORY_CONFIDENCE);
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

  /**
   * Splits into fitting and held-out data. With at least {@link #TRAJECTORY_SPLIT} trajectories, whole
   * trajectories are held out; with fewer, the last share of every trajectory is, so that the fit still sees
   * every trajectory (relations that hold on one orbit only, through its initial conditions, are not laws
   * and only several trajectories rule them out). Returns the number of trajectories found noisy (whose
   * basis values were averaged over windows).
   */
  private static int split(TrajectoryData data, Basis basis, double share, List<double[][]> train, List<double[][]> held,
      List<double[][]> trainStates, List<String> warnings) {
    List<Trajectory> trs = data.trajectories();
    int n = trs.size();
    int smoothed = 0;
    int h = Math.max(1, Math.min(n - 1, (int) Math.round(n * share)));
    for (int k = 0; k < n; k++) {
      Trajectory tr = trs.get(k);
      double[][] x = tr.x();
      int w = smoothingWindow(tr, NOISE_LEVEL);
      if (w > 1) smoothed++;
      if (n >= TRAJECTORY_SPLIT) {
        if (k < n - h) { train.add(values(basis, x, w)); trainStates.add(x); } else held.add(values(basis, x, w));
        continue;
      }
      int len = x.length;
      int cut = len - Math.max(2, (int) Math.round(len * share));
      if (cut < 3) throw new IllegalArgumentException("trajectory " + (k + 1) + " has " + len + " samples, too few to find and verify laws");
      double[][] a = Arrays.copyOfRange(x, 0, cut);
      train.add(values(basis, a, w));
      trainStates.add(a);
      held.add(values(basis, Arrays.copyOfRange(x, cut, len), w));
    }
    if (n == 1) {
      warnings.add("one trajectory: what is found may hold on this orbit only (through its initial state), not for the"
          + " system; confidence is capped at " + SINGLE_TRAJECTORY_CONFIDENCE + "; several trajectories from different starts rule such relations out");
    } else if (n < TRAJECTORY_SPLIT) {
      warnings.add(n + " trajectories: the laws are verified on the last " + Math.round(share * 100) + "% of each, not on unseen trajectories");
    }
    if (smoothed > 0) {
      warnings.add("noise detected in " + smoothed + " of " + n + " trajectories: basis values averaged over short windows;"
          + " the laws are less certain than on clean data");
    }
    return smoothed;
  }

  private static double[][] values(Basis basis, double[][] x, int window) {
    double[][] v = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      v[i] = basis.values(x[i]);
      for (int j = 0; j < v[i].length; j++) {
        if (!Double.isFinite(v[i][j])) {
          throw new IllegalArgumentException("basis function " + basis.term(j).name() + " is not finite at the state "
              + java.util.Arrays.toString(x[i]) + "; choose functions defined along the whole data");
        }
      }
    }
    return window > 1 ? movingAverage(v, window) : v;
  }

  /**
   * Averages of the basis values over windows of {@code w} samples, one every w/4: a law constant along
   * the trajectory has the same constant average, while white noise shrinks by sqrt(w) (its sigma^2 bias is
   * the same in every window and goes with the mean).
   */
  static double[][] movingAverage(double[][] v, int w) {
    int n = v.length;
    if (w >= n) w = Math.max(1, n / 4);
    int stride = Math.max(1, w / 4);
    int m = v[0].length;
    List<double[]> out = new ArrayList<>();
    double[] acc = new double[m];
    for (int i = 0; i < w; i++) for (int j = 0; j < m; j++) acc[j] += v[i][j];
    for (int s = 0; s + w <= n; s++) {
      if (s > 0) for (int j = 0; j < m; j++) acc[j] += v[s + w - 1][j] - v[s - 1][j];
      if (s % stride == 0) {
        double[] r = new double[m];
        for (int j = 0; j < m; j++) r[j] = acc[j] / w;
        out.add(r);
      }
    }
    return out.toArray(new double[0][]);
  }

  /** The averaging window: 1 on clean data, else half the shortest half-period, in samples. */
  static int smoothingWindow(Trajectory tr, double noiseLevel) {
    int d = tr.dimension();
    double[] noise = new double[d];
    boolean noisy = false;
    for (int j = 0; j < d; j++) {
      double[] col = tr.column(j);
      noise[j] = dev.discover.sparse.NoiseEstimate.sigma(tr.t(), col);
      double mean = 0, sq = 0;
      for (double c : col) { mean += c; sq += c * c; }
      mean /= col.length;
      double sd = Math.sqrt(Math.max(sq / col.length - mean * mean, 0));
      if (sd > 0 && noise[j] / sd > noiseLevel) noisy = true;
    }
    if (!noisy) return 1;
    double[] t = tr.t();
    double dt = (t[t.length - 1] - t[0]) / (t.length - 1);
    int w = (int) Math.round(0.5 * tr.halfPeriod(noise) / dt);
    return Math.max(1, Math.min(w, tr.size() / 8));
  }

  private static double[] mean(double[][] v) {
    double[] m = new double[v[0].length];
    for (double[] r : v) for (int j = 0; j < m.length; j++) m[j] += r[j];
    for (int j = 0; j < m.length; j++) m[j] /= v.length;
    return m;
  }

  /** Reduced row echelon form in place, pivoting on the largest remaining entry. */
  static void rref(double[][] v) {
    int k = v.length;
    if (k == 0) return;
    int m = v[0].length;
    boolean[] used = new boolean[m];
    for (int row = 0; row < k; row++) {
      int br = -1, bc = -1;
      double best = 0;
      for (int i = row; i < k; i++) for (int j = 0; j < m; j++) {
        if (!used[j] && Math.abs(v[i][j]) > best) { best = Math.abs(v[i][j]); br = i; bc = j; }
      }
      if (br < 0) return;
      double[] tmp = v[row]; v[row] = v[br]; v[br] = tmp;
      used[bc] = true;
      double p = v[row][bc];
      for (int j = 0; j < m; j++) v[row][j] /= p;
      for (int i = 0; i < k; i++) {
        if (i == row) continue;
        double f = v[i][bc];
        if (f == 0) continue;
        for (int j = 0; j < m; j++) v[i][j] -= f * v[row][j];
        v[i][bc] = 0;
      }
    }
  }

  /**
   * Removes terms one at a time, each time the one whose removal keeps the smallest singular value of the
   * restricted R lowest, while that value stays below {@code cut}; returns the unit null vector on the final
   * support (in scaled coordinates), or null when even the start is not in the null space.
   */
  private static double[] prune(RealMatrix r, double[] vec, double cut) {
    int m = vec.length;
    double max = 0;
    for (double x : vec) max = Math.max(max, Math.abs(x));
    boolean[] s = new boolean[m];
    int size = 0;
    for (int j = 0; j < m; j++) if (Math.abs(vec[j]) > 1e-9 * max) { s[j] = true; size++; }
    double[] u = smallest(r, s);
    if (u == null || sigma(r, u) > cut) return null;
    if (size > GREEDY_LIMIT) return u;
    while (size > 1) {
      int bestJ = -1;
      double bestS = Double.POSITIVE_INFINITY;
      double[] bestU = null;
      for (int j = 0; j < m; j++) {
        if (!s[j]) continue;
        s[j] = false;
        double[] w = smallest(r, s);
        s[j] = true;
        if (w == null) continue;
        double sg = sigma(r, w);
        if (sg < bestS) { bestS = sg; bestJ = j; bestU = w; }
      }
      if (bestJ < 0 || bestS > cut) break;
      s[bestJ] = false;
      size--;
      u = bestU;
    }
    return u;
  }

  /** The unit vector on support s (zeros elsewhere) minimising ||R u||. */
  private static double[] smallest(RealMatrix r, boolean[] s) {
    int m = s.length;
    int[] cols = new int[m];
    int c = 0;
    for (int j = 0; j < m; j++) if (s[j]) cols[c++] = j;
    if (c == 0) return null;
    int[] rowsIdx = new int[r.getRowDimension()];
    for (int i = 0; i < rowsIdx.length; i++) rowsIdx[i] = i;
    RealMatrix sub = r.getSubMatrix(rowsIdx, Arrays.copyOf(cols, c));
    SingularValueDecomposition svd = new SingularValueDecomposition(sub);
    RealMatrix vt = svd.getV();
    double[] out = new double[m];
    for (int q = 0; q < c; q++) out[cols[q]] = vt.getEntry(q, c - 1);
    return out;
  }

  /** ||R u|| / ||u||. */
  private static double sigma(RealMatrix r, double[] u) {
    double[] ru = r.operate(u);
    double a = 0, b = 0;
    for (double x : ru) a += x * x;
    for (double x : u) b += x * x;
    return b == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(a / b);
  }

  private static double[] unscale(double[] u, double[] scale) {
    double[] t = new double[u.length];
    for (int j = 0; j < u.length; j++) t[j] = u[j] / scale[j];
    return t;
  }

  /** Scales so that the largest coefficient is 1 in magnitude and the first nonzero one is positive. */
  private static double[] normalise(double[] theta) {
    double max = 0;
    int first = -1;
    for (int j = 0; j < theta.length; j++) {
      max = Math.max(max, Math.abs(theta[j]));
      if (first < 0 && theta[j] != 0) first = j;
    }
    double f = (first >= 0 && theta[first] < 0 ? -1 : 1) / max;
    double[] c = new double[theta.length];
    for (int j = 0; j < c.length; j++) c[j] = theta[j] * f;
    return c;
  }

  /**
   * Snaps coefficient ratios to rationals with bounded denominators and scales to coprime integers; keeps
   * the simplest snapped law whose ||R u|| / ||u|| stays within {@code allowed}; null when none does.
   */
  private static double[] snap(RealMatrix r, double[] theta, double[] scale, double allowed, int maxDen) {
    double[] best = null;
    double bestCx = Double.POSITIVE_INFINITY;
    for (int ref = 0; ref < theta.length; ref++) {
      if (theta[ref] == 0) continue;
      for (int den : new int[] {1, 2, 3, 4, 6, 8, 12, 24, maxDen}) {
        if (den > maxDen) continue;
        BigInteger lcm = BigInteger.ONE;
        long[][] pq = new long[theta.length][];
        for (int j = 0; j < theta.length; j++) {
          if (theta[j] == 0) continue;
          pq[j] = ContinuedFractions.approximate(theta[j] / theta[ref], den);
          BigInteger q = BigInteger.valueOf(pq[j][1]);
          lcm = lcm.divide(lcm.gcd(q)).multiply(q);
        }
        if (lcm.bitLength() > 40) continue;
        double[] c = new double[theta.length];
        BigInteger g = BigInteger.ZERO;
        for (int j = 0; j < theta.length; j++) {
          if (pq[j] == null) continue;
          BigInteger ci = BigInteger.valueOf(pq[j][0]).multiply(lcm).divide(BigInteger.valueOf(pq[j][1]));
          g = g.gcd(ci);
          c[j] = ci.doubleValue();
        }
        if (g.signum() == 0) continue;
        int first = -1;
        for (int j = 0; j < c.length; j++) if (first < 0 && c[j] != 0) first = j;
        double f = (c[first] < 0 ? -1 : 1) / g.doubleValue();
        double cx = 0;
        double[] u = new double[c.length];
        for (int j = 0; j < c.length; j++) {
          c[j] *= f;
          u[j] = c[j] * scale[j];
          if (c[j] != 0) cx += Math.log(1 + Math.abs(c[j]));
        }
        if (sigma(r, u) <= allowed && cx < bestCx) { bestCx = cx; best = c; }
      }
    }
    return best;
  }

  /**
   * The relative variation of sum_j c_j b_j over trajectories given as basis values: the root mean square
   * of its deviation from each trajectory's mean, over the root mean square size of its terms; the worst
   * trajectory counts.
   */
  static double variation(List<double[][]> values, double[] c) {
    double worst = 0;
    for (double[][] v : values) {
      double[] mean = mean(v);
      double hh = 0, terms = 0;
      for (double[] row : v) {
        double h = 0;
        for (int j = 0; j < c.length; j++) {
          if (c[j] == 0) continue;
          h += c[j] * (row[j] - mean[j]);
          terms += c[j] * c[j] * row[j] * row[j];
        }
        hh += h * h;
      }
      double var = terms > 0 ? Math.sqrt(hh / terms) : 1;
      worst = Math.max(worst, var);
    }
    return worst;
  }

  private static List<double[][]> samplePoints(List<double[][]> states) {
    List<double[]> all = new ArrayList<>();
    for (double[][] s : states) all.addAll(Arrays.asList(s));
    List<double[][]> out = new ArrayList<>();
    int step = Math.max(1, all.size() / JACOBIAN_POINTS);
    for (int i = step / 2; i < all.size() && out.size() < JACOBIAN_POINTS; i += step) out.add(new double[][] {all.get(i)});
    return out;
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
