package dev.discover.neural;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a comma-separated table with a header row into a {@link Dataset}. Every problem throws
 * {@link IllegalArgumentException} with a one-line message naming the file, the line or column, what was
 * expected and what was found.
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
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException(file + ": cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
    int h = 0;
    while (h < lines.size() && lines.get(h).isBlank()) h++;
    if (h == lines.size()) throw new IllegalArgumentException(file + ": expected a header row of column names, the file is empty");
    String[] header = split(lines.get(h));
    dev.discover.symbolic.Limits.COLUMNS.exceeded(header.length, file + ": a header of " + header.length + " columns")
        .ifPresent(m -> { throw new IllegalArgumentException(m); });
    List<String> cols = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String c : header) {
      if (!seen.add(c.trim())) {
        throw new IllegalArgumentException(file + ": line " + (h + 1) + ": column '"
            + dev.discover.symbolic.Limits.excerpt(c.trim(), 40) + "' appears twice in the header");
      }
      cols.add(c.trim());
    }
    int ti = cols.indexOf(target);
    if (ti < 0) {
      throw new IllegalArgumentException(file + ": no column '" + dev.discover.symbolic.Limits.excerpt(target, 40) + "' for --target; columns are "
          + dev.discover.symbolic.Limits.excerpt(String.join(", ", cols), 200));
    }
    List<String> in = new ArrayList<>();
    if (inputs == null || inputs.isEmpty()) {
      for (String c : cols) if (!c.equals(target)) in.add(c);
    } else {
      for (String c : inputs) {
        String t = c.trim();
        if (!cols.contains(t)) {
          throw new IllegalArgumentException(file + ": no column '" + dev.discover.symbolic.Limits.excerpt(t, 40) + "' for --inputs; columns are "
              + dev.discover.symbolic.Limits.excerpt(String.join(", ", cols), 200));
        }
        if (t.equals(target)) throw new IllegalArgumentException(file + ": column '" + t + "' is both the target and an input");
        if (in.contains(t)) throw new IllegalArgumentException(file + ": column '" + t + "' is listed twice in --inputs");
        in.add(t);
      }
    }
    if (in.isEmpty()) throw new IllegalArgumentException(file + ": expected at least one input column besides '" + target + "'");
    for (String c : in) {
      if (!NAME.matcher(c).matches() || RESERVED.contains(c)) {
        throw new IllegalArgumentException(file + ": column '" + c + "': expected a name of letters, digits and '_' "
            + "that is not a function name or pi");
      }
    }
    int[] idx = new int[in.size()];
    for (int j = 0; j < idx.length; j++) idx[j] = cols.indexOf(in.get(j));
    List<double[]> rowsX = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int ln = h + 1; ln < lines.size(); ln++) {
      String line = lines.get(ln);
      if (line.isBlank()) continue;
      String[] f = split(line);
      if (f.length != cols.size()) {
        throw new IllegalArgumentException(file + ": line " + (ln + 1) + ": expected " + cols.size() + " fields, got " + f.length);
      }
      double[] r = new double[idx.length];
      for (int j = 0; j < idx.length; j++) r[j] = number(file, ln, cols.get(idx[j]), f[idx[j]]);
      rowsX.add(r);
      ys.add(number(file, ln, target, f[ti]));
    }
    int n = ys.size();
    if (n <= in.size()) {
      throw new IllegalArgumentException(file + ": expected more data rows than inputs (" + in.size() + "), got " + n);
    }
    double[][] x = new double[in.size()][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = ys.get(i);
      for (int j = 0; j < in.size(); j++) x[j][i] = rowsX.get(i)[j];
    }
    for (int j = 0; j < in.size(); j++) checkVaries(file, in.get(j), x[j]);
    checkVaries(file, target, y);
    return new Dataset(in, x, y, target);
  }

  private static void checkVaries(Path file, String name, double[] v) {
    for (double d : v) if (d != v[0]) return;
    throw new IllegalArgumentException(file + ": column '" + name + "': expected varying values, but every row is " + v[0]);
  }

  private static String[] split(String line) {
    String[] f = line.split(",", -1);
    for (int i = 0; i < f.length; i++) {
      String t = f[i].trim();
      if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1);
      f[i] = t;
    }
    return f;
  }

  private static double number(Path file, int ln, String col, String text) {
    double v;
    try {
      v = Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(file + ": line " + (ln + 1) + ", column '" + col + "': expected a number, got '"
          + dev.discover.symbolic.Limits.excerpt(text, 40) + "'");
    }
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException(file + ": line " + (ln + 1) + ", column '" + col
          + "': expected a finite number, got '" + dev.discover.symbolic.Limits.excerpt(text, 40) + "'");
    }
    return v;
  }
}
