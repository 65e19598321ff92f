package dev.discover.neural.internal.search;

import java.util.List;
import java.util.Optional;

/**
 * One problem of the recursive search: inputs by column over a table, the target, the rows to use, how deep
 * in the recursion it sits, the oracle it may query (none at the top before the network is fitted), and its
 * allowance of time and work.
 *
 * @param names input names
 * @param x inputs by column (read only)
 * @param y target (read only)
 * @param rows the rows of x and y to use
 * @param depth 0 at the top, one more inside each half of a split
 * @param oracle the function to query in place of the data
 * @param deadline safety cap, {@link System#nanoTime()}
 * @param work how many expressions the brute force may score
 */
public record Problem(List<String> names, double[][] x, double[] y, int[] rows, int depth, Optional<Oracle> oracle,
    long deadline, long work) {
  /** Copies the names. */
  public Problem { names = List.copyOf(names); }

  /** The oracle's relative error in y, 0 without an oracle. */
  double errY() { return oracle.map(Oracle::errY).orElse(0.0); }

  /** The problem's rows, row-major. */
  double[][] rowMajor() {
    double[][] r = new double[rows.length][names.size()];
    for (int i = 0; i < rows.length; i++) for (int j = 0; j < names.size(); j++) r[i][j] = x[j][rows[i]];
    return r;
  }

  /** The target on the problem's rows. */
  double[] target() {
    double[] yy = new double[rows.length];
    for (int i = 0; i < rows.length; i++) yy[i] = y[rows[i]];
    return yy;
  }

  /** Indentation of progress lines by depth. */
  String indent() { return "  ".repeat(depth); }
}
