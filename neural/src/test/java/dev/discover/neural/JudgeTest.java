package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.symbolic.Expr;
import dev.discover.symbolic.ExprParser;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class JudgeTest {
  private static final List<String> XY = List.of("x", "y");

  /** x, y uniform in [1, 3]; target f plus Gaussian noise of standard deviation sd. */
  static Dataset table(int n, ToDoubleFunction<double[]> f, double sd, long seed) {
    Random r = new Random(seed);
    double[][] cols = new double[2][n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      double[] row = {1 + 2 * r.nextDouble(), 1 + 2 * r.nextDouble()};
      cols[0][i] = row[0];
      cols[1][i] = row[1];
      t[i] = f.applyAsDouble(row) + sd * r.nextGaussian();
    }
    return new Dataset(XY, cols, t, "z");
  }

  private static Candidate cand(String formula) {
    Expr e = ExprParser.parse(formula);
    return new Candidate(e, formula, formula, 0, 0, dev.discover.symbolic.Exprs.size(e));
  }

  private static FormulaResult result(Candidate best, Candidate... pareto) {
    return new FormulaResult(best, List.of(pareto), 1, 0, List.of(), FormulaOptions.defaults(), List.of());
  }

  private static Judge.Judged judge(Dataset d, String formula) {
    Candidate c = cand(formula);
    return Judge.judge(d, result(c, c), FormulaOptions.defaults());
  }

  @Test
  void judge_exactFormulaOnCleanData_isSolvedAtMachinePrecision() {
    Verdict v = judge(table(1000, p -> p[0] * p[1], 0, 1), "x*y").verdict();
    assertEquals(Verdict.Status.SOLVED, v.status());
    assertEquals(1, v.r2(), 1e-12);
    assertTrue(v.relativeError() < 1e-12, v.toString());
  }

  @Test
  void judge_trueFormulaOnNoisyData_isSolvedAtTheNoiseLevel() {
    for (long seed = 1; seed <= 5; seed++) {
      Verdict v = judge(table(1000, p -> p[0] * p[1], 0.05, seed), "x*y").verdict();
      assertEquals(Verdict.Status.SOLVED, v.status(), v.toString());
      assertTrue(v.noiseLevel() > 0.04 && v.noiseLevel() < 0.2, v.toString()); // noise really estimated
      assertTrue(v.r2() < 1 - 1e-5 && v.r2() > 0.99, v.toString());
    }
  }

  @Test
  void judge_nearlyRightFormulaOnCleanData_isApproximate() {
    Dataset d = table(1000, p -> p[0] * p[1] + 0.01 * Math.sin(3 * p[0]), 0, 1);
    Verdict v = judge(d, "x*y").verdict();
    assertEquals(Verdict.Status.APPROXIMATE, v.status());
    assertTrue(v.r2() > 0.9999, v.toString()); // a high R^2 alone is not an answer
    assertTrue(v.residualStructure() > 0.5, v.toString());
    assertTrue(v.explanation().startsWith("no exact formula found"), v.explanation());
  }

  @Test
  void judge_systematicErrorAboveNoise_isApproximate() {
    Dataset d = table(1000, p -> p[0] * p[1] + 0.2 * Math.sin(3 * p[0]), 0.02, 3);
    assertEquals(Verdict.Status.APPROXIMATE, judge(d, "x*y").verdict().status());
  }

  @Test
  void judge_constantBestForVaryingTarget_isReplacedByTheBestVaryingFormula() {
    Dataset d = table(500, p -> p[0] + 0.3 * p[1] * p[1], 0, 2);
    Candidate constant = cand("3.1"), linear = cand("x + 1.2");
    Judge.Judged j = Judge.judge(d, result(constant, constant, linear), FormulaOptions.defaults());
    assertSame(linear, j.result().best());
    assertEquals(Verdict.Status.APPROXIMATE, j.verdict().status());
    Judge.Judged only = Judge.judge(d, result(constant, constant), FormulaOptions.defaults());
    assertTrue(only.verdict().explanation().contains("nothing better than a constant"), only.verdict().explanation());
    assertEquals(Verdict.Status.APPROXIMATE, only.verdict().status());
    // with only constants on the front, the least-squares line in the inputs is the answer: never a constant
    assertFalse(dev.discover.symbolic.Exprs.names(only.result().best().formula()).isEmpty(), only.result().best().text());
    // x + 0.3 y^2 is close to a line on the table's box
    assertTrue(only.verdict().r2() > 0.9, only.verdict().toString());
  }

  @Test
  void judge_bestWorseThanTheMean_isReplacedByAFormulaThatBeatsIt() {
    Dataset d = table(500, p -> p[0] * p[1], 0, 3);
    Expr bad = ExprParser.parse("3*x"), good = ExprParser.parse("x*y");
    Candidate worse = new Candidate(bad, "3*x", "3*x", 5, 5, 3), right = new Candidate(good, "x*y", "x*y", 0, 0, 3 + 20);
    Judge.Judged j = Judge.judge(d, result(worse, worse, right), FormulaOptions.defaults());
    assertSame(right, j.result().best());
    assertEquals(Verdict.Status.SOLVED, j.verdict().status());
    Judge.Judged kept = Judge.judge(d, result(worse, worse), FormulaOptions.defaults());
    assertSame(worse, kept.result().best());
    assertTrue(kept.verdict().r2() < 0, kept.verdict().toString());
  }

  @Test
  void judge_constantForATargetSpanningManyDecades_isNeverSolved() {
    // realistic ranges: log-uniform over two decades, random signs, y = a*b/c^5 spans about 14 decades
    Random r = new Random(8);
    int n = 1000;
    double[][] c = new double[3][n];
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) c[j][i] = (j < 2 && r.nextBoolean() ? -1 : 1) * Math.pow(10, -10 + 2 * r.nextDouble());
      t[i] = c[0][i] * c[1][i] / Math.pow(c[2][i], 5);
    }
    Dataset d = new Dataset(List.of("a", "b", "c"), c, t, "y");
    Candidate constant = cand("3.2e15");
    Judge.Judged j = Judge.judge(d, result(constant, constant), FormulaOptions.defaults());
    assertEquals(Verdict.Status.APPROXIMATE, j.verdict().status(), j.verdict().toString());
    assertEquals(Verdict.Status.SOLVED, judge(d, "a*b/c^5").verdict().status());
  }

  @Test
  void varies_tellsAStructuredTargetFromNoise() {
    assertTrue(Judge.varies(table(500, p -> p[0] + p[1], 0.01, 1), FormulaOptions.defaults()));
    assertFalse(Judge.varies(table(500, p -> 1, 0.01, 1), FormulaOptions.defaults()));
  }

  @Test
  void judge_constantForPureNoise_isKeptAndSolved() {
    Dataset d = table(1000, p -> 2.0, 0.1, 4);
    Candidate constant = cand("2");
    Judge.Judged j = Judge.judge(d, result(constant, constant, cand("2 + 0.001*x")), FormulaOptions.defaults());
    assertSame(constant, j.result().best());
    assertEquals(Verdict.Status.SOLVED, j.verdict().status(), j.verdict().toString());
  }
  @Test
  void judge_exactFormulaWithItsConstantRoundedToEightDigits_isSolved() {
    Dataset d = table(1000, p -> 4 * Math.PI / 3 * p[0] * p[1] * p[1], 0, 2);
    Verdict v = judge(d, "4.1887902*x*y^2").verdict();
    assertTrue(v.relativeError() > 1e-9 && v.relativeError() < 1e-7, v.toString()); // the rounding shows
    assertEquals(Verdict.Status.SOLVED, v.status(), v.toString());
  }

  @Test
  void judge_truncatedSeriesWithinOneInTenMillion_isApproximateNotExact() {
    // 1/(exp(1/u) - 1) for u = x*y in [1, 9] and its Laurent series to u^-5: close, and no exact formula
    Dataset d = table(1000, p -> 1 / Math.expm1(1 / (p[0] * p[1])), 0, 3);
    Verdict v = judge(d, "x*y - 1/2 + 1/(12*x*y) - 1/(720*(x*y)^3) + 1/(30240*(x*y)^5)").verdict();
    assertTrue(v.relativeError() < 1e-7, v.toString()); // the bare threshold alone would call it exact
    assertEquals(Verdict.Status.APPROXIMATE, v.status(), v.toString());
    assertTrue(v.explanation().contains("an approximation, not rounded constants"), v.explanation());
  }

  @Test
  void residualAfterConstants_removesTheRoundingOfConstantsAndKeepsTheErrorOfAnApproximation() {
    Dataset d = table(500, p -> Math.sqrt(2) * p[0] / p[1] + Math.E, 0, 4);
    int[] rows = java.util.stream.IntStream.range(0, 500).toArray();
    double rounded = ConstantRounding.residualAfterConstants(ExprParser.parse("1.4142136*x/y + 2.7182818"), d, rows);
    assertTrue(rounded < 1e-12, "rounded constants: " + rounded);
    double approximate = ConstantRounding.residualAfterConstants(ExprParser.parse("1.4142136*x/y + 2.7182818 + 0.00000001*x^2"), d, rows);
    assertTrue(approximate > 1e-9, "an extra term: " + approximate);
    assertEquals(2, ConstantRounding.count(ExprParser.parse("1.4142136*x/y^2 + 2.7182818 + 0*x"))); // not the exponent, not 0
  }
}
