package dev.discover.neural.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.discover.neural.FormulaOptions;
import dev.discover.symbolic.ExprParser;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParetoFrontTest {
  private static final int N = 1000;

  /** x in [1, 5], y = f(x) plus Gaussian noise of relative size sd. */
  private static ParetoFront.Front front(java.util.function.DoubleUnaryOperator f, double sd, String... found) {
    Random r = new Random(7);
    double[][] x = new double[1][N];
    double[] y = new double[N];
    for (int i = 0; i < N; i++) {
      x[0][i] = 1 + 4 * r.nextDouble();
      y[i] = f.applyAsDouble(x[0][i]) * (1 + sd * r.nextGaussian());
    }
    int[] test = IntStream.range(0, N / 4).toArray(), train = IntStream.range(N / 4, N).toArray();
    SearchContext ctx = new SearchContext(FormulaOptions.defaults(), SearchBudget.DEFAULT, dev.discover.io.Progress.SILENT);
    List<dev.discover.symbolic.Expr> es = java.util.Arrays.stream(found).map(ExprParser::parse).toList();
    return new ParetoFront(List.of("x"), x, y, test, train).build(es, System.nanoTime() + 20_000_000_000L, ctx);
  }

  @Test
  void build_replacesADecimalThatNoisyRowsCannotTellFromAnExactConstant() {
    ParetoFront.Front f = front(v -> v / (4 * Math.PI), 0.01, "0.079593092*x");
    assertEquals("x/(4*pi)", f.best().pretty());
  }

  @Test
  void build_leavesTheDecimalOfAFormulaThatDoesNotFit() {
    // a line that explains under 90 % of the variance: its factor is no exact constant in disguise
    ParetoFront.Front f = front(v -> v / (4 * Math.PI) + 0.05 * Math.sin(5 * v), 0.01, "0.079593092*x");
    assertEquals(List.of("(0.079593092)*x"),
        f.pareto().stream().map(c -> c.pretty()).filter(t -> t.contains("x")).toList());
  }

  @Test
  void build_keepsADecimalThatCleanRowsTellApart() {
    ParetoFront.Front f = front(v -> 0.0796 * v, 0, "0.0796*x");
    assertEquals("(0.0796)*x", f.best().pretty());
  }

  @Test
  void build_snapsAFittedFactorBesideExactOnesAsOneConstant() {
    // 0.73400366 * pi^(3/4) / sqrt(3) is 1 to eight digits: on clean rows the product snaps, no factor alone does
    ParetoFront.Front f = front(v -> v, 0, "0.73400366*pi^(3/4)*x/sqrt(3)");
    assertEquals("x", f.best().pretty());
  }

  @Test
  void build_snapsAnOffsetInsideAnExponentialAsTheScaleItMakes() {
    // exp(-x^2/2 - pi + 2.2235934) = exp(-x^2/2)*0.3989..., i.e. exp(-x^2/2)/sqrt(2 pi), on noisy rows
    ParetoFront.Front f = front(v -> Math.exp(-v * v / 2) / Math.sqrt(2 * Math.PI), 0.01,
        "exp(-x^2/2 - pi + 2.2235934)");
    assertEquals("sqrt(1/2)*exp(-x^2/2)/sqrt(pi)", f.best().pretty().replace(" ", ""));
  }
}
