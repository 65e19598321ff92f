package dev.discover.neural;

import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.ExprParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Rows of the SRSD-Feynman benchmark (Matsubara et al., DMLR 2024, arXiv:2206.10540), read from
 * {@code SRSD-Feynman.csv}: the Feynman equations with realistic sampling (log-uniform over decades, random
 * signs, integers) and physical constants written into the formula. The true formula is used only to
 * generate data and to score a benchmark.
 *
 * @param id the row id, for example {@code feynman-i.12.1}
 * @param group easy, medium or hard
 * @param output the output's name
 * @param formula the formula in our grammar ({@code pi} the constant)
 * @param vars the variables with their distributions
 */
public record SrsdData(String id, String group, String output, String formula, List<Var> vars) {
  /**
   * One variable's distribution.
   *
   * @param name the name
   * @param dist {@code log_uniform}, {@code uniform} or {@code int_uniform}
   * @param low lower bound (a magnitude for log-uniform)
   * @param high upper bound (exclusive for integers)
   * @param sign {@code positive}, {@code negative} or {@code random}
   */
  public record Var(String name, String dist, double low, double high, String sign) {}

  /** Copies. */
  public SrsdData { vars = List.copyOf(vars); }

  /** Every row of the file. Throws {@link IllegalArgumentException} naming the line and field when malformed. */
  public static List<SrsdData> readAll(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<SrsdData> out = new ArrayList<>();
    for (int ln = 1; ln < lines.size(); ln++) {
      if (lines.get(ln).isBlank()) continue;
      String[] f = lines.get(ln).split(",", -1);
      if (f.length < 4) throw new IllegalArgumentException(file + ": line " + (ln + 1) + ": expected at least 4 fields");
      List<Var> vars = new ArrayList<>();
      for (int k = 0; 4 + 5 * k + 4 < f.length; k++) {
        String name = f[4 + 5 * k].trim();
        if (name.isEmpty()) continue;
        try {
          vars.add(new Var(name, f[5 + 5 * k].trim(), Double.parseDouble(f[6 + 5 * k].trim()),
              Double.parseDouble(f[7 + 5 * k].trim()), f[8 + 5 * k].trim()));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(file + ": line " + (ln + 1) + ": bounds of '" + name + "' are not numbers");
        }
      }
      out.add(new SrsdData(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), vars));
    }
    return out;
  }

  /** The row with this id; {@link IllegalArgumentException} when there is none. */
  public static SrsdData find(Path file, String id) throws IOException {
    for (SrsdData d : readAll(file)) if (d.id().equals(id)) return d;
    throw new IllegalArgumentException(file + ": no equation with id '" + id + "'");
  }

  /** The input names in order. */
  public List<String> names() { return vars.stream().map(Var::name).toList(); }

  /**
   * The row as a {@link FeynmanData} for the equality check: each variable's range is the set its
   * distribution covers ({@code [-high, high]} for a random sign), sampled uniformly by the numeric test.
   */
  public FeynmanData asFeynman() {
    int k = vars.size();
    double[] lo = new double[k], hi = new double[k];
    for (int j = 0; j < k; j++) {
      Var v = vars.get(j);
      double a = v.low(), b = v.dist().equals("int_uniform") ? v.high() - 1 : v.high();
      switch (v.sign()) {
        case "random" -> { double m = Math.max(Math.abs(a), Math.abs(b)); lo[j] = -m; hi[j] = m; }
        case "negative" -> { lo[j] = -b; hi[j] = -a; }
        default -> { lo[j] = a; hi[j] = b; }
      }
    }
    return new FeynmanData(id, output, formula, names(), lo, hi);
  }

  /**
   * Samples by the benchmark's rules: each variable on its own from its distribution; a row whose target is
   * not finite, or outside the float32 range, or below the smallest normal float32 in magnitude, is drawn
   * again (at most 10 rounds; rows still invalid are dropped). Gaussian noise of {@code noise} times the
   * target's root mean square is added.
   */
  public Dataset sample(int samples, double noise, long seed) {
    Random rnd = new Random(seed);
    List<String> vs = new ArrayList<>(names());
    vs.add("pi");
    CompiledExpr f = new Compiler(vs).compile(ExprParser.parse(formula));
    int k = vars.size();
    List<double[]> rows = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      for (int round = 0; round <= 10; round++) {
        double[] r = new double[k + 1];
        for (int j = 0; j < k; j++) r[j] = draw(vars.get(j), rnd);
        r[k] = Math.PI;
        double y = f.eval(r);
        double a = Math.abs(y);
        if (Double.isFinite(y) && a <= Float.MAX_VALUE && a >= Float.MIN_NORMAL) {
          rows.add(java.util.Arrays.copyOf(r, k));
          ys.add(y);
          break;
        }
      }
    }
    if (rows.size() <= k) throw new IllegalArgumentException(id + ": fewer valid rows than inputs after redrawing");
    double[][] cols = new double[k][rows.size()];
    double[] y = new double[rows.size()];
    double ss = 0;
    for (int i = 0; i < y.length; i++) {
      for (int j = 0; j < k; j++) cols[j][i] = rows.get(i)[j];
      y[i] = ys.get(i);
      ss += y[i] * y[i];
    }
    double sd = noise * Math.sqrt(ss / y.length);
    if (noise > 0) for (int i = 0; i < y.length; i++) y[i] += sd * rnd.nextGaussian();
    return new Dataset(names(), cols, y, output);
  }

  private static double draw(Var v, Random rnd) {
    double x = switch (v.dist()) {
      case "log_uniform" -> Math.pow(10, Math.log10(v.low()) + (Math.log10(v.high()) - Math.log10(v.low())) * rnd.nextDouble());
      case "int_uniform" -> Math.floor(v.low() + (v.high() - v.low()) * rnd.nextDouble());
      default -> v.low() + (v.high() - v.low()) * rnd.nextDouble();
    };
    return switch (v.sign()) {
      case "negative" -> -x;
      case "random" -> rnd.nextBoolean() ? x : -x;
      default -> x;
    };
  }
}
