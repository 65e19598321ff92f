package dev.discover.neural;

/**
 * Whether a formula is an answer or an approximation, judged on the data alone.
 *
 * @param status {@link Status#SOLVED} when the held-out error is at the noise level, else
 *     {@link Status#APPROXIMATE}
 * @param r2 coefficient of determination on the held-out rows, {@code 1 - SSE / SST}
 * @param relativeError held-out RMSE over the held-out target's standard deviation
 * @param residualStructure the share of the residuals' variance that their neighbours' residuals predict
 *     (about {@code -1/k} for independent noise, near 1 when the formula misses a smooth part)
 * @param noiseLevel an upper estimate of the noise's standard deviation, from the target's nearest neighbours
 * @param explanation one sentence for the user
 */
public record Verdict(Status status, double r2, double relativeError, double residualStructure, double noiseLevel,
    String explanation) {

  /** The two answers; {@link #word()} is what the JSON prints. */
  public enum Status {
    /** The held-out error is at the noise level (machine precision on clean data). */
    SOLVED,
    /** No exact formula was found; the formula is the best approximation. */
    APPROXIMATE;

    /** {@code solved} or {@code approximate}. */
    public String word() { return name().toLowerCase(java.util.Locale.ROOT); }
  }
}
