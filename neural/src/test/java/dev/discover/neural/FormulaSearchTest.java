package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.neural.internal.search.FittedNetwork;
import dev.discover.symbolic.CompiledExpr;
import dev.discover.symbolic.Compiler;
import dev.discover.symbolic.ExprParser;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class FormulaSearchTest {
  private static final double CLEAN_TOL = 1e-6;

  private static Dataset table(List<String> names, int n, double lo, double hi, ToDoubleFunction<double[]> f,
      double noise, long seed) {
    Random r = new Random(seed);
    double[][] cols = new double[names.size()][n];
    double[] y = new double[n];
    double ss = 0;
    for (int i = 0; i < n; i++) {
      double[] row = new double[names.size()];
      for (int j = 0; j < row.length; j++) { row[j] = lo + (hi - lo) * r.nextDouble(); cols[j][i] = row[j]; }
      y[i] = f.applyAsDouble(row);
      ss += y[i] * y[i];
    }
    double sd = noise * Math.sqrt(ss / n);
    for (int i = 0; i < n; i++) y[i] += sd * r.nextGaussian();
    return new Dataset(names, cols, y, "y");
  }

  /** Largest relative difference between the found formula and the truth on fresh points. */
  private static double mismatch(FormulaResult res, List<String> names, ToDoubleFunction<double[]> f, double lo, double hi) {
    CompiledExpr g = new Compiler(names).compile(ExprParser.parse(res.best().text()));
    Random r = new Random(99);
    double worst = 0;
    for (int i = 0; i < 500; i++) {
      double[] row = new double[names.size()];
      for (int j = 0; j < row.length; j++) row[j] = lo + (hi - lo) * r.nextDouble();
      double t = f.applyAsDouble(row);
      worst = Math.max(worst, Math.abs(g.eval(row) - t) / Math.max(Math.abs(t), 1e-3));
    }
    return worst;
  }

  private static FormulaOptions quick() {
    return FormulaOptions.defaults().withTimeLimitMillis(8000).withNetwork(false).withMaxNodes(50_000);
  }

  @Test
  void run_recoversProductOfTwoInputs() {
    List<String> names = List.of("x", "y2");
    ToDoubleFunction<double[]> f = v -> v[0] * v[1];
    FormulaResult res = FormulaSearch.run(table(names, 300, 1, 5, f, 0, 1), quick(), s -> { });
    assertTrue(mismatch(res, names, f, 1, 5) < CLEAN_TOL, res.best().text());
    assertTrue(res.best().complexity() <= 3, res.best().text());
    assertTrue(res.best().rmse() < 1e-9 * res.targetRms());
  }

  @Test
  void run_recoversSinOfOnePlusSquareOfOther() {
    List<String> names = List.of("a", "b");
    ToDoubleFunction<double[]> f = v -> Math.sin(v[0]) + v[1] * v[1];
    FormulaResult res = FormulaSearch.run(table(names, 300, -2, 2, f, 0, 2), quick(), s -> { });
    assertTrue(mismatch(res, names, f, -2, 2) < CLEAN_TOL, res.best().text());
  }

  @Test
  void run_recoversInverseSquareLawWithPi() {
    List<String> names = List.of("q", "r");
    ToDoubleFunction<double[]> f = v -> v[0] / (4 * Math.PI * v[1] * v[1]);
    FormulaResult res = FormulaSearch.run(table(names, 300, 1, 5, f, 0, 3), quick(), s -> { });
    assertTrue(mismatch(res, names, f, 1, 5) < CLEAN_TOL, res.best().text());
    assertTrue(res.best().pretty().contains("pi"), res.best().pretty());
  }

  @Test
  void run_sameSeedGivesSameFormula() {
    List<String> names = List.of("x", "y", "z");
    ToDoubleFunction<double[]> f = v -> v[0] * v[1] / v[2];
    Dataset d = table(names, 300, 1, 5, f, 0, 4);
    String a = FormulaSearch.run(d, quick(), s -> { }).best().text();
    String b = FormulaSearch.run(d, quick(), s -> { }).best().text();
    assertEquals(a, b);
  }

  @Test
  void run_withOnePercentNoise_findsStructureAndReportsErrorNearNoiseLevel() {
    List<String> names = List.of("m", "v");
    ToDoubleFunction<double[]> f = v -> 0.5 * v[0] * v[1] * v[1];
    FormulaResult res = FormulaSearch.run(table(names, 600, 1, 5, f, 0.01, 5), quick().withTimeLimitMillis(5000), s -> { });
    double rel = res.best().rmse() / res.targetRms();
    assertTrue(rel > 0.003 && rel < 0.03, "relative error " + rel);
    assertTrue(mismatch(res, names, f, 1, 5) < 0.02, res.best().text());
  }

  @Test
  void pareto_isSortedByComplexityWithFallingError() {
    List<String> names = List.of("x", "y");
    FormulaResult res = FormulaSearch.run(table(names, 300, 1, 5, v -> Math.exp(-v[0]) * v[1], 0, 6), quick(), s -> { });
    List<Candidate> p = res.pareto();
    // at least the constant and the formula itself: an empty or one-element front would test nothing
    assertTrue(p.size() >= 2, "front " + p);
    assertTrue(p.get(0).complexity() == 1, "the constant comes first: " + p);
    for (int i = 1; i < p.size(); i++) {
      assertTrue(p.get(i).complexity() > p.get(i - 1).complexity());
      assertTrue(p.get(i).rmse() < p.get(i - 1).rmse());
    }
  }

  @Test
  void run_withNetwork_reducesByTheSymmetriesItReadsOffTheNetwork() {
    // y depends on a, b only through a - b and on c, d only through c / d: the network stage finds both
    List<String> names = List.of("a", "b", "c", "d");
    ToDoubleFunction<double[]> f = v -> Math.sqrt(1 + (v[0] - v[1]) * (v[0] - v[1])) * v[2] / v[3];
    // the work is bounded by the node cap; the long limit only keeps the network's safety cap (the deadline) from
    // cutting its training short on a loaded machine
    FormulaOptions opts = FormulaOptions.defaults().withTimeLimitMillis(40_000).withMaxNodes(1_000);
    FormulaResult res = FormulaSearch.run(table(names, 600, 1, 5, f, 0, 8), opts, s -> { });
    String notes = String.join("; ", res.notes());
    assertTrue(notes.contains("only through a - b") && notes.contains("only through c/d"), res.best().text() + " / " + notes);
    // the surrogate the search queried is kept in the result, and it stands in for the data
    FittedNetwork.Surrogate net = res.networks().stream().filter(FittedNetwork.Surrogate.class::isInstance)
        .map(FittedNetwork.Surrogate.class::cast).findFirst().orElseThrow();
    Dataset d = table(names, 50, 1, 5, f, 0, 9);
    double[][] rows = new double[50][];
    for (int i = 0; i < 50; i++) rows[i] = d.row(i);
    double[] p = net.predict(rows);
    double se = 0, sy = 0;
    for (int i = 0; i < 50; i++) { se += (p[i] - d.y(i)) * (p[i] - d.y(i)); sy += d.y(i) * d.y(i); }
    assertTrue(Math.sqrt(se / sy) < 0.05, "relative error of the kept surrogate " + Math.sqrt(se / sy));
    assertTrue(mismatch(res, names, f, 1, 5) < CLEAN_TOL, res.best().text() + " / " + notes);
  }

  @Test
  void run_shuffledInputColumns_giveTheSameFormula() {
    List<String> names = List.of("x", "y", "z");
    ToDoubleFunction<double[]> f = v -> v[0] * v[1] / v[2];
    Dataset d = table(names, 300, 1, 5, f, 0, 4);
    // the same table with its columns in the order z, x, y
    int[] order = {2, 0, 1};
    double[][] cols = d.columns();
    double[][] shuffled = new double[3][];
    List<String> shuffledNames = new java.util.ArrayList<>();
    for (int j = 0; j < 3; j++) { shuffled[j] = cols[order[j]]; shuffledNames.add(names.get(order[j])); }
    Dataset e = new Dataset(shuffledNames, shuffled, d.target(), "y");
    FormulaResult ra = FormulaSearch.run(d, quick(), s -> { });
    assertTrue(mismatch(ra, names, f, 1, 5) < CLEAN_TOL, ra.best().text());
    Candidate a = ra.best();
    Candidate b = FormulaSearch.run(e, quick(), s -> { }).best();
    assertEquals(a.complexity(), b.complexity(), a.text() + " vs " + b.text());
    CompiledExpr fa = new Compiler(names).compile(ExprParser.parse(a.text()));
    CompiledExpr fb = new Compiler(names).compile(ExprParser.parse(b.text()));
    Random r = new Random(7);
    for (int i = 0; i < 200; i++) {
      double[] row = {1 + 4 * r.nextDouble(), 1 + 4 * r.nextDouble(), 1 + 4 * r.nextDouble()};
      assertEquals(fa.eval(row), fb.eval(row), 1e-9 * Math.abs(fa.eval(row)), a.text() + " vs " + b.text());
    }
  }
}
