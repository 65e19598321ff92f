package dev.discover.neural;

import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rows of the Feynman Symbolic Regression Database (Udrescu and Tegmark 2020), read from
 * {@code FeynmanEquations.csv}, and synthetic data generated from them. The true formula is read here only
 * to generate data and to score a benchmark; the search never sees it.
 *
 * @param id the file name column, for example {@code I.12.1}
 * @param output the output's name
 * @param formula the formula in our grammar ({@code **} as {@code ^}, {@code ~} as unary minus, {@code ln} as
 *     {@code log}, {@code arcsin} as {@code asin}); the name {@code pi} stands for the constant
 * @param names input names
 * @param low lower sampling bound per input
 * @param high upper sampling bound per input
 */
public record FeynmanData(String id, String output, String formula, List<String> names, double[] low, double[] high) {

  /** Copies. */
  public FeynmanData {
    names = List.copyOf(names);
    low = low.clone();
    high = high.clone();
  }

  /** Every row of the file, in order. Throws {@link IllegalArgumentException} on a malformed file. */
  public static List<FeynmanData> readAll(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<FeynmanData> out = new ArrayList<>();
    for (int ln = 1; ln < lines.size(); ln++) {
      String line = lines.get(ln).trim();
      if (line.isEmpty()) continue;
      String[] f = line.split(",", -1);
      if (f.length < 5) throw new IllegalArgumentException(file + ": line " + (ln + 1) + ": expected at least 5 fields");
      List<String> names = new ArrayList<>();
      List<double[]> bounds = new ArrayList<>();
      for (int v = 0; 5 + 3 * v + 2 < f.length; v++) {
        String name = f[5 + 3 * v].trim();
        if (name.isEmpty()) continue;
        names.add(name);
        try {
          bounds.add(new double[] {Double.parseDouble(f[6 + 3 * v].trim()), Double.parseDouble(f[7 + 3 * v].trim())});
        } catch (NumberFormatException ex) {
          throw new IllegalArgumentException(file + ": line " + (ln + 1) + ": bounds of '" + name + "' are not numbers");
        }
      }
      double[] lo = new double[names.size()], hi = new double[names.size()];
      for (int v = 0; v < lo.length; v++) { lo[v] = bounds.get(v)[0]; hi[v] = bounds.get(v)[1]; }
      out.add(new FeynmanData(f[0].trim(), f[2].trim(), translate(f[3].trim()), names, lo, hi));
    }
    return out;
  }

  /** The row with this id; {@link IllegalArgumentException} listing a few ids when there is none. */
  public static FeynmanData find(Path file, String id) throws IOException {
    List<FeynmanData> all = readAll(file);
    for (FeynmanData d : all) if (d.id().equals(id)) return d;
    String some = all.stream().limit(2).map(FeynmanData::id).collect(java.util.stream.Collectors.joining(", "));
    throw new IllegalArgumentException(file + ": no equation with id '" + dev.discover.symbolic.Limits.excerpt(id, 40)
        + "'; expected one of " + (all.isEmpty() ? "(none: the file has no rows)" : some + ", ... (" + all.size() + " ids)"));
  }

  static String translate(String python) {
    return python.replace("~", "-").replace("**", "^").replaceAll("\\bln\\(", "log(")
        .replaceAll("\\barcsin\\(", "asin(").replaceAll("\\barccos\\(", "acos(").replaceAll("\\barctan\\(", "atan(");
  }

  /** The true formula as an expression (the name {@code pi} is the constant). */
  public Expr truth() { return ExprParser.parse(formula); }

  /** The true formula compiled over {@code names} followed by {@code pi}. */
  public CompiledExpr compiledTruth() {
    List<String> vars = new ArrayList<>(names);
    vars.add("pi");
    CompiledExpr f = new Compiler(vars).compile(truth());
    int k = names.size();
    return row -> {
      double[] r = java.util.Arrays.copyOf(row, k + 1);
      r[k] = Math.PI;
      return f.eval(r);
    };
  }

  /**
   * Whether {@code found} equals the true formula to about 4 significant digits: it mentions only this
   * row's inputs, and on 2000 fresh points sampled in the ranges its relative difference from the truth
   * (against max(|truth|, 1e-3 times the truth's rms)) stays below 1e-4 everywhere. An added constant or a
   * scale factor off by more than that fails. Points where the truth is undefined (outside its domain: SRSD's
   * {@code sqrt(omega^2/c^2 - pi^2/d^2)} over independent ranges) are skipped; fewer than a quarter defined
   * counts as a failure.
   *
   * @return the largest relative difference seen (infinite when a name is foreign or a value of the found
   *     formula not finite where the truth is)
   */
  public double mismatch(Expr found, long seed) {
    for (String nm : dev.discover.symbolic.Exprs.names(found)) if (!names.contains(nm)) return Double.POSITIVE_INFINITY;
    CompiledExpr g = new Compiler(names).compile(found);
    CompiledExpr f = compiledTruth();
    Random rnd = new Random(seed);
    int m = 2000, k = names.size();
    double[][] pts = new double[m][k];
    double[] t = new double[m];
    double s = 0;
    int valid = 0;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < k; j++) pts[i][j] = low[j] + (high[j] - low[j]) * rnd.nextDouble();
      t[i] = f.eval(pts[i]);
      if (Double.isFinite(t[i])) { s += t[i] * t[i]; valid++; }
    }
    // points where the truth itself is undefined (a root of a negative number) are outside its domain
    if (valid < m / 4) return Double.POSITIVE_INFINITY;
    double floor = 1e-3 * Math.sqrt(s / valid);
    double worst = 0;
    for (int i = 0; i < m; i++) {
      if (!Double.isFinite(t[i])) continue;
      double v = g.eval(pts[i]);
      if (!Double.isFinite(v)) return Double.POSITIVE_INFINITY;
      worst = Math.max(worst, Math.abs(v - t[i]) / Math.max(Math.abs(t[i]), floor));
    }
    return worst;
  }

  /**
   * Samples inputs uniformly in their ranges and computes the output, adding Gaussian noise of standard
   * deviation {@code noise} times the root mean square of the clean output (the SRBench convention).
   */
  public Dataset sample(int samples, double noise, long seed) {
    if (samples < 2) throw new IllegalArgumentException("samples must be >= 2, got " + samples);
    if (!(noise >= 0)) throw new IllegalArgumentException("noise must be >= 0, got " + noise);
    Random rnd = new Random(seed);
    int k = names.size();
    double[][] cols = new double[k][samples];
    double[] y = new double[samples];
    CompiledExpr f = compiledTruth();
    double[] row = new double[k];
    for (int i = 0; i < samples; i++) {
      for (int j = 0; j < k; j++) {
        row[j] = low[j] + (high[j] - low[j]) * rnd.nextDouble();
        cols[j][i] = row[j];
      }
      y[i] = f.eval(row);
    }
    if (noise > 0) {
      double s = 0;
      for (double v : y) s += v * v;
      double sd = noise * Math.sqrt(s / samples);
      for (int i = 0; i < samples; i++) y[i] += sd * rnd.nextGaussian();
    }
    return new Dataset(names, cols, y, output);
  }
}
