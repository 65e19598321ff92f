package dev.discover.core.data.internal;

import dev.discover.core.data.Trajectory;
import dev.discover.core.data.TrajectoryData;
import dev.discover.sparse.Gram;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The refinement of equations found on noisy data: multiple shooting on the support found
 * ({@link ShootingRefiner}), continued with ever longer segments while the model still follows the data, then
 * model selection on the maximum-likelihood fit: terms below the threshold or not significantly different from 0
 * are dropped (Wald test), absent terms that the fit calls for are added (score test, {@link ScoreTest}) and kept
 * when they lower the information criterion.
 */
final class Refinement {
  /** Length of the first shooting segments in half-periods. */
  static final double SHOOTING_SEGMENT = 3.0;
  /**
   * A refined coefficient within this many standard errors of 0 is not significant and is dropped (a Wald test;
   * 4 standard errors, since the errors of a fit to a chaotic system are estimated, not known).
   */
  static final double SIGNIFICANCE = 4;
  /** The most rounds of dropping terms and refining again. */
  static final int PRUNING_ROUNDS = 6;
  /** The most terms added by score tests. */
  static final int FORWARD_STEPS = 3;
  /**
   * Doubled segments are kept while the cost per degree of freedom rises by at most this many of its standard
   * deviations sqrt(2 / rows) under the model: joining segments then costs no more than the noise explains.
   */
  static final double CONTINUATION_TOLERANCE = 3;
  /**
   * The most cost per degree of freedom of a refined model (residuals about 1.4 times the estimated noise): a
   * fit farther from the data is a local optimum or a wrong model, not a refinement.
   */
  static final double MAX_REDUCED_COST = 2;

  private Refinement() {}

  /** A refined and pruned fit: the coefficients (by library index), its information criterion and fitted states. */
  record Refined(double[][] coef, double bic, List<double[][]> states, Model model) {}

  /** Coefficients by library index and the shooting fit they come from. */
  record Model(double[][] coef, ShootingRefiner.Fit fit) {}

  /**
   * Refines {@code start} by multiple shooting ({@link #initial}); then drops every term whose refined contribution
   * falls below the threshold or that is within {@link #SIGNIFICANCE} standard errors of 0 and refines again, up
   * to {@link #PRUNING_ROUNDS} times; then, up to {@link #FORWARD_STEPS} times, adds the absent term with the
   * largest score statistic when it exceeds the information criterion's penalty ln(rows), refits, prunes, and
   * keeps the result when its information criterion is lower. Empty when the first refinement fails or the
   * result's cost per degree of freedom exceeds {@link #MAX_REDUCED_COST}; when a later refit fails, the last fit
   * stands. {@code start} is not modified.
   */
  static Optional<Refined> refineAndPrune(TrajectoryData data, Library[] libs, double[][] start, double[] noise,
      Gram.Problem[] problems, double threshold) {
    Optional<Model> first = initial(data, libs, start, noise);
    if (first.isEmpty()) return Optional.empty();
    Model cur = prune(data, libs, first.get(), noise, problems, threshold);
    for (int step = 0; step < FORWARD_STEPS; step++) {
      Optional<Model> added = addBest(data, libs, cur, noise);
      if (added.isEmpty()) break;
      Model next = prune(data, libs, added.get(), noise, problems, threshold);
      Model[] pair = comparable(data, libs, noise, cur, next);
      if (!(pair[1].fit().bic() < pair[0].fit().bic())) break;
      boolean same = sameSupport(cur.coef(), next.coef());
      cur = next;
      if (same) break; // the added term was dropped again
    }
    if (cur.fit().reducedCost() > MAX_REDUCED_COST) return Optional.empty();
    return Optional.of(new Refined(cur.coef(), cur.fit().bic(), cur.fit().states(), cur));
  }

  /**
   * Whether {@code b} has the lower information criterion than {@code a}, both fitted with the same segments (the
   * shorter of the two fits'): the segment starts are unknowns of the likelihood, so fits with other segments are
   * not comparable; a fit refitted with shorter segments from its own states stays at its optimum.
   */
  static boolean lower(TrajectoryData data, Library[] libs, double[] noise, Refined a, Refined b) {
    Model[] pair = comparable(data, libs, noise, a.model(), b.model());
    return pair[1].fit().bic() < pair[0].fit().bic();
  }

  private static Model[] comparable(TrajectoryData data, Library[] libs, double[] noise, Model a, Model b) {
    int length = Math.min(Math.min(a.fit().segment(), b.fit().segment()), firstSegment(data, noise));
    return new Model[] {atSegments(data, libs, noise, a, length), atSegments(data, libs, noise, b, length)};
  }

  /**
   * The samples per segment of a first fit: {@link #SHOOTING_SEGMENT} half-periods of the longest trajectory.
   * Models are compared with segments no longer than this: on a chaotic system the optimum of a fit over a whole
   * trajectory is a needle that a right model can miss where a wrong one, fitted from its own start, does not
   * (Lorenz, sigma 1.0: the true support at cost 1.02 per degree of freedom against 1.006 for a wrong one on one
   * segment, both at 1.003 on segments of this length), while on these segments every fit reaches its optimum
   * and the information criterion weighs the terms, not the luck of the optimiser.
   */
  static int firstSegment(TrajectoryData data, double[] noise) {
    Trajectory longest = data.trajectories().get(0);
    for (Trajectory tr : data.trajectories()) if (tr.size() > longest.size()) longest = tr;
    double[] t = longest.t();
    double dt = (t[t.length - 1] - t[0]) / (t.length - 1);
    return Math.max(8, (int) Math.round(SHOOTING_SEGMENT * longest.halfPeriod(noise) / dt));
  }

  /** The model refitted with segments of {@code length} samples from its own states (itself when it has them or that fails). */
  private static Model atSegments(TrajectoryData data, Library[] libs, double[] noise, Model m, int length) {
    if (m.fit().segment() == length) return m;
    List<int[]> terms = terms(m.coef());
    return ShootingRefiner.refine(data, libs, terms, m.fit().coef(), noise, length, m.fit().states())
        .map(f -> new Model(unpacked(f.coef(), terms, m.coef()), f)).orElse(m);
  }

  static boolean sameSupport(double[][] a, double[][] b) {
    for (int i = 0; i < a.length; i++) for (int j = 0; j < a[i].length; j++) if ((a[i][j] != 0) != (b[i][j] != 0)) return false;
    return true;
  }

  /**
   * The multiple-shooting fit of the coefficients on the support of {@code full} ({@link ShootingRefiner}), with
   * segments {@link #SHOOTING_SEGMENT} half-periods long, then continued from its own states with segments of
   * twice the length while the cost per degree of freedom stays within {@link #CONTINUATION_TOLERANCE} of its
   * standard deviation, up to the longest trajectory: longer segments carry more information on the coefficients
   * per unknown segment start, and on a chaotic system far more, but only a start close to the optimum converges
   * on them. Empty when the first fit fails.
   */
  private static Optional<Model> initial(TrajectoryData data, Library[] libs, double[][] full, double[] noise) {
    List<int[]> terms = terms(full);
    double[][] coef = packed(full, terms);
    int longest = 0;
    for (Trajectory tr : data.trajectories()) longest = Math.max(longest, tr.size());
    Optional<ShootingRefiner.Fit> refined = ShootingRefiner.refine(data, libs, terms, coef, noise, firstSegment(data, noise));
    if (refined.isEmpty()) return Optional.empty();
    ShootingRefiner.Fit fit = refined.get();
    while (fit.segment() < longest) {
      Optional<ShootingRefiner.Fit> longer = ShootingRefiner.refine(data, libs, terms, fit.coef(), noise, 2 * fit.segment(), fit.states());
      if (longer.isEmpty() || rises(fit, longer.get())) break;
      fit = longer.get();
    }
    return Optional.of(new Model(unpacked(fit.coef(), terms, full), fit));
  }

  /**
   * Drops the terms below the threshold or within {@link #SIGNIFICANCE} standard errors of 0 in the model's fit
   * (else, per equation, the least significant of those within that in its refit on segments of
   * {@link #firstSegment} samples) and refits: from the
   * model's own states with its segments, or else anew ({@link #initial}) from its coefficients on the terms left,
   * or else from the weak-form coefficients on them; the last fit that succeeded.
   */
  private static Model prune(TrajectoryData data, Library[] libs, Model m, double[] noise, Gram.Problem[] problems,
      double threshold) {
    Model cur = m;
    for (int round = 0; round < PRUNING_ROUNDS; round++) {
      List<int[]> terms = terms(cur.coef());
      // The Wald test also on segments of the first fit's length (see firstSegment): on longer ones a fit in a
      // local optimum can make spurious terms look significant (Lorenz, sigma 1.0: four in z' at 2144 samples
      // per segment, none on 536). There, nearly collinear terms (y and y*z where z varies little) can each look
      // insignificant while one of them belongs, so only the least significant goes per equation and round.
      ShootingRefiner.Fit shortFit = atSegments(data, libs, noise, cur, firstSegment(data, noise)).fit();
      double[][] warm = new double[cur.coef().length][];
      double[][] cold = new double[cur.coef().length][];
      boolean dropped = false;
      for (int i = 0; i < warm.length; i++) {
        double[] c = cur.coef()[i];
        warm[i] = c.clone();
        cold[i] = c.clone();
        boolean[] keep = new boolean[c.length];
        boolean any = false;
        int weakest = -1;
        double weakestT = SIGNIFICANCE;
        for (int k = 0; k < terms.get(i).length; k++) {
          int j = terms.get(i)[k];
          keep[j] = problems[i].normalized(j, c[j]) >= threshold && !(Math.abs(c[j]) < SIGNIFICANCE * cur.fit().se()[i][k]);
          if (!keep[j]) { any = true; warm[i][j] = 0; }
          double t = Math.abs(shortFit.coef()[i][k]) / shortFit.se()[i][k];
          if (keep[j] && t < weakestT) { weakestT = t; weakest = j; }
        }
        if (!any && weakest >= 0) { keep[weakest] = false; warm[i][weakest] = 0; any = true; }
        if (any) { cold[i] = problems[i].solve(keep, 0); dropped = true; }
      }
      if (!dropped) break;
      Optional<Model> next = continued(data, libs, warm, noise, cur.fit());
      if (next.isEmpty()) next = initial(data, libs, warm, noise);
      if (next.isEmpty()) next = initial(data, libs, cold, noise);
      if (next.isEmpty()) break;
      cur = next.get();
    }
    return cur;
  }

  /** The model with the absent term of the largest score statistic added and refitted; empty when none exceeds ln(rows). */
  private static Optional<Model> addBest(TrajectoryData data, Library[] libs, Model m, double[] noise) {
    Optional<double[][]> stats = ScoreTest.statistics(data, libs, terms(m.coef()), m.fit(), noise);
    if (stats.isEmpty()) return Optional.empty();
    int bi = -1, bj = -1;
    double best = Math.log(m.fit().rows());
    for (int i = 0; i < stats.get().length; i++) {
      for (int j = 0; j < stats.get()[i].length; j++) {
        if (m.coef()[i][j] == 0 && stats.get()[i][j] > best) { best = stats.get()[i][j]; bi = i; bj = j; }
      }
    }
    if (bi < 0) return Optional.empty();
    // the new term enters at a tiny coefficient (0 would mark it absent) and the refit from the states moves it
    double[][] c = new double[m.coef().length][];
    for (int i = 0; i < c.length; i++) c[i] = m.coef()[i].clone();
    c[bi][bj] = Double.MIN_NORMAL;
    // from the fit's own states, and anew from short segments: on long segments another structure may need the
    // continuation from short ones again
    Optional<Model> warm = continued(data, libs, c, noise, m.fit());
    Optional<Model> fresh = initial(data, libs, c, noise);
    if (warm.isEmpty() || fresh.isEmpty()) return warm.isEmpty() ? fresh : warm;
    Model[] pair = comparable(data, libs, noise, warm.get(), fresh.get());
    return pair[1].fit().bic() < pair[0].fit().bic() ? fresh : warm;
  }

  /**
   * The fit of {@code full}'s terms from the states and with the segments of an earlier fit; empty when it fails
   * or its cost per degree of freedom rises by more than {@link #CONTINUATION_TOLERANCE} standard deviations
   * (a local optimum away from the data, not the cost of a term that did not belong).
   */
  private static Optional<Model> continued(TrajectoryData data, Library[] libs, double[][] full, double[] noise,
      ShootingRefiner.Fit from) {
    List<int[]> terms = terms(full);
    return ShootingRefiner.refine(data, libs, terms, packed(full, terms), noise, from.segment(), from.states())
        .filter(f -> !rises(from, f)).map(f -> new Model(unpacked(f.coef(), terms, full), f));
  }

  /** Whether the cost per degree of freedom of {@code b} exceeds {@code a}'s by more than the tolerance. */
  private static boolean rises(ShootingRefiner.Fit a, ShootingRefiner.Fit b) {
    return b.reducedCost() - a.reducedCost() > CONTINUATION_TOLERANCE * Math.sqrt(2.0 / a.rows());
  }

  /** Per equation, the library indices of the nonzero coefficients. */
  private static List<int[]> terms(double[][] full) {
    List<int[]> terms = new ArrayList<>();
    for (double[] row : full) {
      int k = 0;
      for (double c : row) if (c != 0) k++;
      int[] idx = new int[k];
      k = 0;
      for (int j = 0; j < row.length; j++) if (row[j] != 0) idx[k++] = j;
      terms.add(idx);
    }
    return terms;
  }

  private static double[][] packed(double[][] full, List<int[]> terms) {
    double[][] out = new double[full.length][];
    for (int i = 0; i < full.length; i++) {
      out[i] = new double[terms.get(i).length];
      for (int k = 0; k < out[i].length; k++) out[i][k] = full[i][terms.get(i)[k]];
    }
    return out;
  }

  private static double[][] unpacked(double[][] coef, List<int[]> terms, double[][] shape) {
    double[][] out = new double[shape.length][];
    for (int i = 0; i < shape.length; i++) {
      out[i] = new double[shape[i].length];
      for (int k = 0; k < coef[i].length; k++) out[i][terms.get(i)[k]] = coef[i][k];
    }
    return out;
  }
}
