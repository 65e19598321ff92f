package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.neural.internal.modules.Bimt;
import dev.discover.neural.internal.search.FittedNetwork;
import dev.discover.symbolic.ExprParser;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModulePlotTest {
  @Test
  void networkFigure_drawsTheSearchsModularNetwork(@TempDir Path dir) throws Exception {
    Random r = new Random(2);
    int n = 300;
    double[][] cols = new double[3][n];
    double[] y = new double[n];
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) cols[j][i] = -1 + 2 * r.nextDouble();
      y[i] = Math.pow(cols[0][i] + cols[1][i], 3) + Math.sin(2 * cols[2][i]);
      rows[i] = new double[] {cols[0][i], cols[1][i], cols[2][i]};
    }
    Dataset data = new Dataset(List.of("a", "b", "c"), cols, y, "y");
    // a short training: the figure, not the training, is under test
    Bimt.Network bimt = Bimt.fit(rows, new double[][] {y}, new Bimt.Settings(8, 400, 1e-3, 200, 3, 40, 5e-3), 1,
        Long.MAX_VALUE);
    FittedNetwork.Modular net = new FittedNetwork.Modular(bimt, bimt.modules(), new boolean[3], false);
    Candidate best = new Candidate(ExprParser.parse("a"), "a", "a", 1, 1, 1);
    FormulaResult res = new FormulaResult(best, List.of(best), 1, 0, List.of(), FormulaOptions.defaults(), List.of(net));
    Path p = ModulePlot.write(dir, data, res, FormulaOptions.defaults());
    assertTrue(p.endsWith("network.svg"));
    SvgAssert.assertDrawn(p, 700, 500);
  }
}
