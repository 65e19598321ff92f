package dev.discover.core.data.internal;

import dev.discover.core.data.TrajectoryData;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.RealVector;

/**
 * The score (Lagrange multiplier) test of Rao (1948) for the terms a multiple-shooting fit lacks: at the fitted
 * coefficients and segment starts, with every absent library term added at coefficient 0, the gradient g and
 * the Gauss-Newton information N = J^T J of the cost give, per absent term c, the statistic
 * (g_c - N_cθ N_θθ^-1 g_θ)^2 / (N_cc - N_cθ N_θθ^-1 N_θc) / s^2 (θ: the fitted unknowns, s^2 the cost per degree
 * of freedom): to first order the drop of the cost when c is added and everything refitted, chi-squared with one
 * degree of freedom when c does not belong. One evaluation of the model scores every candidate, where refitting
 * each would cost a fit per candidate.
 */
final class ScoreTest {
  private ScoreTest() {}

  /**
   * The statistic of every absent term, {@code [equation][library index]} (0 for the terms kept); empty when it
   * cannot be computed (too large, or the model cannot be integrated).
   *
   * @param terms per equation, the library indices of the fit's terms
   */
  static Optional<double[][]> statistics(TrajectoryData data, Library[] libs, List<int[]> terms, ShootingRefiner.Fit fit,
      double[] noise) {
    int d = libs.length;
    List<int[]> all = new ArrayList<>();
    double[][] coef = new double[d][];
    List<Integer> theta = new ArrayList<>();
    List<int[]> candidates = new ArrayList<>(); // {parameter, equation, library index}
    int q = 0;
    for (int i = 0; i < d; i++) {
      int[] kept = terms.get(i);
      int[] order = new int[libs[i].size()];
      coef[i] = new double[order.length];
      boolean[] in = new boolean[order.length];
      for (int k = 0; k < kept.length; k++) { order[k] = kept[k]; coef[i][k] = fit.coef()[i][k]; in[kept[k]] = true; theta.add(q++); }
      int k = kept.length;
      for (int j = 0; j < order.length; j++) if (!in[j]) { order[k++] = j; candidates.add(new int[] {q++, i, j}); }
      all.add(order);
    }
    double[][] out = new double[d][];
    for (int i = 0; i < d; i++) out[i] = new double[libs[i].size()];
    if (candidates.isEmpty()) return Optional.of(out);
    ShootingRefiner r = new ShootingRefiner(data, libs, all, noise, fit.segment());
    if (!r.fits(data.samples())) return Optional.empty();
    try {
      double[] pt = r.startingPoint(data, coef, Optional.of(fit.states()));
      int n = pt.length;
      for (int a = q; a < n; a++) theta.add(a);
      double[][] nm = new double[n][n];
      double[] g = new double[n];
      r.normalEquations(r.evaluate(pt), nm, g);
      int m = theta.size();
      double[][] ntt = new double[m][m];
      double[] gt = new double[m];
      for (int a = 0; a < m; a++) {
        gt[a] = g[theta.get(a)];
        for (int b = 0; b < m; b++) ntt[a][b] = nm[theta.get(a)][theta.get(b)];
      }
      DecompositionSolver solver = new CholeskyDecomposition(new Array2DRowRealMatrix(ntt, false), 1e-12, 1e-300).getSolver();
      ArrayRealVector gtv = new ArrayRealVector(gt, false);
      double s2 = fit.reducedCost();
      for (int[] c : candidates) {
        double[] nct = new double[m];
        for (int a = 0; a < m; a++) nct[a] = nm[c[0]][theta.get(a)];
        RealVector v = solver.solve(new ArrayRealVector(nct, false));
        double score = g[c[0]] - v.dotProduct(gtv);
        double info = nm[c[0]][c[0]] - v.dotProduct(new ArrayRealVector(nct, false));
        out[c[1]][c[2]] = info > 0 ? score * score / info / s2 : 0;
      }
      return Optional.of(out);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}
