package dev.discover.core.data.internal;

import dev.discover.core.data.Trajectory;
import dev.discover.core.data.TrajectoryData;
import dev.discover.sparse.Gram;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The refinement of equations found on noisy data: multiple shooting on the support found
 * ({@link ShootingRefiner}), then model selection on the maximum-likelihood fit: terms below the threshold or
 * not significantly different from 0 are dropped and the rest refined again.
 */
final class Refinement {
  /** Shooting segment length in half-periods. */
  static final double SHOOTING_SEGMENT = 3.0;
  /**
   * A refined coefficient within this many standard errors of 0 is not significant and is dropped (a Wald test;
   * 4 standard errors, since the errors of a fit to a chaotic system are estimated, not known).
   */
  static final double SIGNIFICANCE = 4;
  /** The most rounds of dropping terms and refining again. */
  static final int PRUNING_ROUNDS = 3;

  private Refinement() {}

  /** A refined and pruned fit: the coefficients (by library index), its information criterion and fitted states. */
  record Refined(double[][] coef, double bic, List<double[][]> states) {}

  /**
   * Refines {@code start} by multiple shooting, then drops every term whose refined contribution falls below the
   * threshold or that is within {@link #SIGNIFICANCE} standard errors of 0 (a Wald test on the maximum-likelihood
   * fit) and refines again, up to {@link #PRUNING_ROUNDS} times; empty when the first refinement fails. When a
   * later pass fails, the other equations keep the earlier pass's coefficients. {@code start} is not modified.
   */
  static Optional<Refined> refineAndPrune(TrajectoryData data, Library[] libs, double[][] start, double[] noise,
      Gram.Problem[] problems, double threshold) {
    int d = start.length;
    double[][] full = new double[d][];
    for (int i = 0; i < d; i++) full[i] = start[i].clone();
    double[][] se = new double[d][];
    Optional<ShootingRefiner.Fit> fit = refine(data, libs, full, noise, se);
    if (fit.isEmpty()) return Optional.empty();
    ShootingRefiner.Fit last = fit.get();
    for (int round = 0; round < PRUNING_ROUNDS; round++) {
      boolean dropped = false;
      for (int i = 0; i < d; i++) {
        boolean[] keep = new boolean[full[i].length];
        boolean any = false;
        for (int j = 0; j < keep.length; j++) {
          keep[j] = full[i][j] != 0 && problems[i].normalized(j, full[i][j]) >= threshold
              && !(Math.abs(full[i][j]) < SIGNIFICANCE * se[i][j]);
          if (full[i][j] != 0 && !keep[j]) any = true;
        }
        if (any) { full[i] = problems[i].solve(keep, 0); dropped = true; }
      }
      if (!dropped) break;
      fit = refine(data, libs, full, noise, se);
      if (fit.isEmpty()) break;
      last = fit.get();
    }
    return Optional.of(new Refined(full, last.bic(), last.states()));
  }

  static boolean sameSupport(double[][] a, double[][] b) {
    for (int i = 0; i < a.length; i++) for (int j = 0; j < a[i].length; j++) if ((a[i][j] != 0) != (b[i][j] != 0)) return false;
    return true;
  }

  /**
   * Multiple-shooting refinement of the coefficients on the support found ({@link ShootingRefiner}), with
   * segments {@link #SHOOTING_SEGMENT} half-periods long; replaces {@code full} and {@code se} (standard errors
   * by library index) and returns the fit when it succeeds.
   */
  private static Optional<ShootingRefiner.Fit> refine(TrajectoryData data, Library[] libs, double[][] full, double[] noise,
      double[][] se) {
    List<int[]> terms = new ArrayList<>();
    double[][] coef = new double[full.length][];
    for (int i = 0; i < full.length; i++) {
      int k = 0;
      for (double c : full[i]) if (c != 0) k++;
      int[] idx = new int[k];
      coef[i] = new double[k];
      k = 0;
      for (int j = 0; j < full[i].length; j++) if (full[i][j] != 0) { idx[k] = j; coef[i][k++] = full[i][j]; }
      terms.add(idx);
    }
    Trajectory longest = data.trajectories().get(0);
    for (Trajectory tr : data.trajectories()) if (tr.size() > longest.size()) longest = tr;
    double[] t = longest.t();
    double dt = (t[t.length - 1] - t[0]) / (t.length - 1);
    int seg = (int) Math.round(SHOOTING_SEGMENT * longest.halfPeriod(noise) / dt);
    Optional<ShootingRefiner.Fit> refined = ShootingRefiner.refine(data, libs, terms, coef, noise, seg);
    if (refined.isEmpty()) return refined;
    double[][] r = refined.get().coef();
    for (int i = 0; i < full.length; i++) {
      // a refinement that moves a coefficient by more than half the equation's largest is not a refinement
      double scale = 0;
      for (double c : coef[i]) scale = Math.max(scale, Math.abs(c));
      for (int k = 0; k < r[i].length; k++) if (Math.abs(r[i][k] - coef[i][k]) > 0.5 * scale) return Optional.empty();
    }
    for (int i = 0; i < full.length; i++) {
      se[i] = new double[full[i].length];
      for (int k = 0; k < r[i].length; k++) {
        full[i][terms.get(i)[k]] = r[i][k];
        se[i][terms.get(i)[k]] = refined.get().se()[i][k];
      }
    }
    return refined;
  }
}
