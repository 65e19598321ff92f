package dev.discover.neural.internal.search;

/**
 * How the formula search shares its time and its work between the stages. Work is counted in expressions the
 * brute force may score, which makes the result independent of machine load; deadlines are only a safety cap.
 * Every share is a fraction of what the enclosing stage has left.
 *
 * @param expressionsPerMilli scored expressions per millisecond of the time limit (about what an unloaded core
 *     reaches)
 * @param directTimeWithNetwork share of the time for the direct search when the network stage may follow
 * @param directWorkWithNetwork share of the work for the direct search when the network stage may follow
 * @param kanTime share of the remaining time for the Kolmogorov-Arnold route
 * @param bruteForceTime share of the direct search's time for the enumeration at most (a safety cap; on noisy
 *     data no hit ends the enumeration early and it runs to this cap on a loaded machine, so a larger share
 *     takes the time that the fits, the network and the simplification after it need: 0.85 lost four rows
 *     at noise 0.01 against 0.55 and doubled the median time)
 * @param multiTermTime share of the time left after the enumeration for sums and products of expressions
 * @param reductionTimeWhenSeparable share of the time for the reduced problem when a split is tried as well
 * @param reductionWorkWhenSeparable share of the work for the reduced problem when a split is tried as well
 * @param reductionWork share of the work for the reduced problem alone
 * @param firstHalfTime share of the time for the first half of a split
 * @param halfWork share of the work for each half of a split
 * @param combineGraceNanos how long past the deadline halves may still be combined
 * @param snapGraceNanos how long past the deadline the first fitted templates may still be snapped
 * @param simplifyMinMillis the least time kept back from the stages for the symbolic simplification of the
 *     front (and the graces above), so that the whole search ends within its time limit
 * @param simplifyDivisor one part in this many of the time limit kept back for that, when larger
 * @param moduleTime share of the network stage's time at most for the modular network (a safety cap: its
 *     step counts are fixed)
 */
public record SearchBudget(double expressionsPerMilli, double directTimeWithNetwork, double directWorkWithNetwork,
    double kanTime, double bruteForceTime, double multiTermTime, double reductionTimeWhenSeparable,
    double reductionWorkWhenSeparable, double reductionWork, double firstHalfTime, double halfWork,
    long combineGraceNanos, long snapGraceNanos, long simplifyMinMillis, long simplifyDivisor, double moduleTime) {

  /** The shares the search uses. */
  public static final SearchBudget DEFAULT = new SearchBudget(25, 0.45, 0.5, 0.25, 0.55, 0.3, 0.5, 0.25, 0.5, 0.5,
      0.25, 1_000_000_000L, 2_000_000_000L, 3_000, 10, 0.25);

  /**
   * The time kept back from the stages of a search that must end {@code spanNanos} from now: the larger of
   * {@code simplifyMinMillis} and {@code 1/simplifyDivisor} of the span, at most a third of it.
   */
  public long reserveNanos(long spanNanos) {
    return Math.min(spanNanos / 3, Math.max(simplifyMinMillis * 1_000_000L, spanNanos / simplifyDivisor));
  }

  /** The least time the simplification of the front gets when the stages ran late: a small part of the limit. */
  public static final long SIMPLIFY_FLOOR_NANOS = 500_000_000L;

  /** The work of a whole search with this time limit. */
  public long work(long timeLimitMillis) { return (long) (timeLimitMillis * expressionsPerMilli); }

  /** The point in time a {@code share} of the way from now to {@code deadlineNanos}. */
  public static long share(long deadlineNanos, double share) {
    long now = System.nanoTime();
    return now + (long) ((deadlineNanos - now) * share);
  }

  /** A {@code share} of {@code work}, rounded down. */
  public static long part(long work, double share) { return (long) (work * share); }
}
