package dev.discover.neural;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprException;
import dev.discover.symbolic.Symja;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a formula found from data equals a Feynman row's true formula, symbolically or only numerically.
 *
 * <p>{@link #check} first runs the numeric test {@link FeynmanData#mismatch} (relative difference below
 * {@link #NUMERIC_TOL} on 2000 points); a formula that fails it is {@link Verdict#DIFFERENT} and Symja is not
 * asked. Otherwise every decimal constant of the found formula is replaced by the simplest exact constant
 * within 4 significant digits ({@link ExactConstants}: small rationals times powers of pi, square roots of
 * small rationals), and Symja is asked to rewrite {@code found - truth} to 0 or {@code found / truth} to 1
 * ({@link ProofAttempts}), or {@code (found / truth)^2} to 1, which the numeric test's ratio near +1 all over
 * the sampling box completes. A proof makes the verdict {@link Verdict#SYMBOLIC}; no proof within the time
 * limits (a Symja timeout counts as no proof) makes it {@link Verdict#NUMERIC_ONLY}. An added constant or a
 * scale factor is not removed by any step, so it is never proved. Symja sees {@code pi} as an unknown assumed
 * positive, not as the constant: an identity proved for every positive value holds for pi.
 *
 * @param verdict the outcome
 * @param mismatch the numeric relative difference from {@link FeynmanData#mismatch}
 * @param exactFound the found formula with its decimals replaced by exact constants ({@code pi} a name)
 * @param detail the rewrite that proved equality, or what Symja left of {@code found - truth}, or why
 *     Symja was not asked
 */
public record FormulaEquality(Verdict verdict, double mismatch, Expr exactFound, String detail) {
  /** Largest numeric relative difference that counts as equal: about 4 significant digits. */
  public static final double NUMERIC_TOL = 1e-4;

  /** How long {@link #check} waits for Symja to start, apart from the per-call limit. */
  public static final long STARTUP_MS = 120_000;

  /** The three outcomes of a comparison. */
  public enum Verdict {
    /** Symja proved the found formula, with exact constants, equal to the truth. */
    SYMBOLIC,
    /** Numerically equal to {@link #NUMERIC_TOL}, but Symja proved nothing within the time limits. */
    NUMERIC_ONLY,
    /** Numerically different, or naming inputs the row does not have. */
    DIFFERENT
  }

  /** Checks the arguments. */
  public FormulaEquality {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(exactFound, "exactFound");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Compares a found formula with the row's truth.
   *
   * @param seed the seed of the numeric test's points
   * @param timeoutMillis the limit for each Symja call (at most a dozen calls); the first call that runs
   *     past it ends the attempts. Symja's start-up is waited for separately, up to {@link #STARTUP_MS}.
   */
  public static FormulaEquality check(FeynmanData row, Expr found, long seed, long timeoutMillis) {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(found, "found");
    if (timeoutMillis <= 0) throw new IllegalArgumentException("timeoutMillis must be > 0, got " + timeoutMillis);
    Symja.warmUp();
    double mm = row.mismatch(found, seed);
    Expr exact = ExactConstants.replaceDecimals(found);
    if (!(mm < NUMERIC_TOL)) {
      return new FormulaEquality(Verdict.DIFFERENT, mm, exact, "numeric mismatch " + mm + " >= " + NUMERIC_TOL);
    }
    try {
      Symja.awaitStart(STARTUP_MS);
    } catch (ExprException e) {
      return new FormulaEquality(Verdict.NUMERIC_ONLY, mm, exact, "not proved; " + e.getMessage());
    }
    ProofAttempts.Outcome proof = ProofAttempts.prove(exact, row.truth(), positiveNames(row), timeoutMillis, true);
    return new FormulaEquality(proof.proved() ? Verdict.SYMBOLIC : Verdict.NUMERIC_ONLY, mm, exact, proof.detail());
  }

  /** Inputs whose sampling range is non-negative (assumed positive: equality extends to 0 by continuity), and pi. */
  static Set<String> positiveNames(FeynmanData row) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < row.names().size(); i++) if (row.low()[i] >= 0) out.add(row.names().get(i));
    out.add("pi");
    return out;
  }
}
