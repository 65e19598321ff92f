package dev.discover.neural;

import dev.discover.io.Csv;
import dev.discover.io.InputException;
import dev.discover.io.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a comma-separated table with a header row ({@link Csv}) into a {@link Dataset}. Every problem throws
 * {@link InputException} with a one-line message naming the file, the line or column, what was expected and
 * what was found.
 */
public final class CsvData {
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> RESERVED = Set.of("sin", "cos", "tan", "exp", "log", "sqrt", "abs", "sinh", "cosh",
      "tanh", "asin", "acos", "atan", "pi");

  private CsvData() {}

  /**
   * Reads {@code file}.
   *
   * @param file the CSV file
   * @param target the output column's name
   * @param inputs input column names, or an empty list for every other column
   */
  public static Dataset read(Path file, String target, List<String> inputs) {
    Table table = Csv.read(file);
    List<String> cols = table.columns();
    int ti = table.column(target).orElseThrow(() -> table.error("no column '" + target + "' for --target; columns are "
        + String.join(", ", cols)));
    List<String> in = new ArrayList<>();
    if (inputs.isEmpty()) {
      for (String c : cols) if (!c.equals(target)) in.add(c);
    } else {
      for (String c : inputs) {
        String t = c.trim();
        if (!cols.contains(t)) throw table.error("no column '" + t + "' for --inputs; columns are " + String.join(", ", cols));
        if (t.equals(target)) throw table.error("column '" + t + "' is both the target and an input");
        if (in.contains(t)) throw table.error("column '" + t + "' is listed twice in --inputs");
        in.add(t);
      }
    }
    if (in.isEmpty()) throw table.error("expected at least one input column besides '" + target + "'");
    int[] idx = new int[in.size()];
    for (int j = 0; j < idx.length; j++) {
      idx[j] = cols.indexOf(in.get(j));
      if (!NAME.matcher(in.get(j)).matches() || RESERVED.contains(in.get(j))) {
        throw table.columnError(idx[j], "expected a name of letters, digits and '_' that is not a function name or pi");
      }
    }
    int n = table.rows().size();
    if (n <= in.size()) throw table.error("expected more data rows than inputs (" + in.size() + "), got " + n);
    double[][] x = new double[in.size()][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      Table.Row row = table.rows().get(i);
      for (int j = 0; j < idx.length; j++) x[j][i] = table.number(row, idx[j]);
      y[i] = table.number(row, ti);
    }
    for (int j = 0; j < in.size(); j++) checkVaries(table, idx[j], x[j]);
    checkVaries(table, ti, y);
    return new Dataset(in, x, y, target);
  }

  private static void checkVaries(Table table, int column, double[] v) {
    for (double d : v) if (d != v[0]) return;
    throw table.columnError(column, "expected varying values, but every row is " + v[0]);
  }
}
