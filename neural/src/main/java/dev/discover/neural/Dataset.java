package dev.discover.neural;

import java.util.List;
import java.util.Objects;

/**
 * A table of input columns and one target column, all finite doubles.
 *
 * @param names input names, one per column, usable as expression names
 * @param columns {@code columns[j][i]} is input {@code j} on row {@code i}; copied, never modified
 * @param target the output on each row; copied
 * @param targetName the output's name
 */
public record Dataset(List<String> names, double[][] columns, double[] target, String targetName) {

  /** Checks shapes and values; throws {@link IllegalArgumentException} saying what was expected. */
  public Dataset {
    names = List.copyOf(names);
    Objects.requireNonNull(targetName, "targetName");
    if (columns.length != names.size()) {
      throw new IllegalArgumentException("data has " + columns.length + " columns but " + names.size() + " names");
    }
    if (names.isEmpty()) throw new IllegalArgumentException("expected at least one input column, got none");
    int n = target.length;
    double[][] copy = new double[columns.length][];
    for (int j = 0; j < columns.length; j++) {
      if (columns[j].length != n) {
        throw new IllegalArgumentException("column '" + names.get(j) + "' has " + columns[j].length
            + " rows but the target has " + n);
      }
      copy[j] = columns[j].clone();
    }
    columns = copy;
    target = target.clone();
    if (n <= names.size()) {
      throw new IllegalArgumentException("expected more rows than inputs (" + names.size() + "), got " + n);
    }
  }

  /** Number of rows. */
  public int rows() { return target.length; }

  /** Number of inputs. */
  public int inputs() { return names.size(); }

  /** A copy of the input columns. */
  @Override public double[][] columns() {
    double[][] c = new double[columns.length][];
    for (int j = 0; j < c.length; j++) c[j] = columns[j].clone();
    return c;
  }

  /** A copy of the target. */
  @Override public double[] target() { return target.clone(); }

  /** Row {@code i} as a fresh array of inputs. */
  public double[] row(int i) {
    double[] r = new double[columns.length];
    for (int j = 0; j < r.length; j++) r[j] = columns[j][i];
    return r;
  }

  /** The target on row {@code i}. */
  public double y(int i) { return target[i]; }

  /** The value of input {@code j} on row {@code i}. */
  public double x(int j, int i) { return columns[j][i]; }
}
