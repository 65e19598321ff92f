package dev.discover.neural;

import dev.discover.symbolic.Expr;
import java.util.Objects;

/**
 * One formula with its quality.
 *
 * @param formula the formula over the input names; parses back with {@code ExprParser}
 * @param text the formula printed in plain syntax (constants as decimals or exact rationals)
 * @param pretty the same with recognised multiples of pi written as {@code pi}; for people, not for parsing
 * @param rmse root-mean-square error on the held-out rows
 * @param trainRmse root-mean-square error on the training rows
 * @param complexity number of nodes of the expression tree
 */
public record Candidate(Expr formula, String text, String pretty, double rmse, double trainRmse, int complexity) {
  /** Checks that nothing is missing. */
  public Candidate {
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(pretty, "pretty");
  }
}
