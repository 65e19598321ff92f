package dev.discover.core.data;

import dev.discover.core.BasisSpec;
import java.util.Objects;

/**
 * Options of {@link InvariantFinder}.
 *
 * @param basis the candidate functions b_j; a law is sum_j theta_j b_j
 * @param nullTolerance singular values (of the scaled, mean-free data matrix) above this fraction of the
 *     largest never count as null directions, in (0, 1)
 * @param minGap a null space is taken only where consecutive singular values differ by at least this factor
 * @param heldOut the share of trajectories (or, with one trajectory, of its final samples) kept out of the
 *     fit to verify the laws, in (0, 0.9)
 * @param maxDenominator the largest denominator when snapping coefficient ratios to rationals
 * @param minConfidence laws whose confidence on held-out data falls below this are dropped, in [0, 1]
 * @param maxRows the most rows of the data matrix (longer data are subsampled evenly)
 */
public record InvariantOptions(BasisSpec basis, double nullTolerance, double minGap, double heldOut,
    int maxDenominator, double minConfidence, int maxRows) {
  /** Checks the values. */
  public InvariantOptions {
    Objects.requireNonNull(basis, "basis");
    if (!(nullTolerance > 0 && nullTolerance < 1)) throw new IllegalArgumentException("nullTolerance must be in (0, 1), got " + nullTolerance);
    if (!(minGap > 1)) throw new IllegalArgumentException("minGap must be > 1, got " + minGap);
    if (!(heldOut > 0 && heldOut < 0.9)) throw new IllegalArgumentException("heldOut must be in (0, 0.9), got " + heldOut);
    if (maxDenominator < 1) throw new IllegalArgumentException("maxDenominator must be >= 1, got " + maxDenominator);
    if (!(minConfidence >= 0 && minConfidence <= 1)) throw new IllegalArgumentException("minConfidence must be in [0, 1], got " + minConfidence);
    if (maxRows < 10) throw new IllegalArgumentException("maxRows must be >= 10, got " + maxRows);
  }

  /** Defaults for a basis: tolerance 1e-2, gap 10, a quarter held out, denominators up to 100, confidence 0.25. */
  public static InvariantOptions of(BasisSpec basis) {
    return new InvariantOptions(basis, 1e-2, 10, 0.25, 100, 0.25, 20_000);
  }

  /** The same with another basis. */
  public InvariantOptions withBasis(BasisSpec b) {
    return new InvariantOptions(b, nullTolerance, minGap, heldOut, maxDenominator, minConfidence, maxRows);
  }

  /** The same with another held-out share. */
  public InvariantOptions withHeldOut(double h) {
    return new InvariantOptions(basis, nullTolerance, minGap, h, maxDenominator, minConfidence, maxRows);
  }

  /** The same with another minimum confidence. */
  public InvariantOptions withMinConfidence(double c) {
    return new InvariantOptions(basis, nullTolerance, minGap, heldOut, maxDenominator, c, maxRows);
  }
}
