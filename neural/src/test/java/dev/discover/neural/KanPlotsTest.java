package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KanPlotsTest {
  @TempDir Path dir;

  @Test
  void write_drawsThePrunedNetworkAndEverySnappedEdgeAsSvgThatARealRendererDraws() throws Exception {
    Random r = new Random(12);
    int n = 500;
    double[][] x = new double[3][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) x[j][i] = -2 + 4 * r.nextDouble();
      y[i] = Math.sin(x[0][i]) + x[1][i] * x[1][i]; // the third input is pruned
    }
    Dataset data = new Dataset(List.of("a", "b", "c"), x, y, "y");
    List<Path> files = KanPlots.write(dir, data, 1, System.nanoTime() + 60_000_000_000L);
    assertTrue(files.contains(dir.resolve("kan.svg")), files.toString());
    // two surviving edges, a -> y and b -> y, nodes numbered a, b, c, y
    assertTrue(files.contains(dir.resolve("kan-edge-0-3.svg")) && files.contains(dir.resolve("kan-edge-1-3.svg")),
        files.toString());
    assertEquals(3, files.size(), files.toString());
    for (Path svg : files) SvgAssert.assertDrawn(svg, 0, 0);
  }
}
