package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.neural.internal.Mlp;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MlpTest {
  @Test
  void train_fitsSmoothFunctionOfTwoInputsToAFewPercent() {
    Random r = new Random(3);
    int n = 150;
    double[][] rows = new double[n][2], cols = new double[2][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 2; j++) { rows[i][j] = -1 + 2 * r.nextDouble(); cols[j][i] = rows[i][j]; }
      y[i] = Math.sin(rows[i][0]) + rows[i][1] * rows[i][1];
    }
    Mlp net = new Mlp(2, 8, cols, y, 1);
    net.train(rows, y, 200, 150, 0, Long.MAX_VALUE);
    assertTrue(net.trainRelativeError() < 0.08, "relative error " + net.trainRelativeError());
    double[] p = net.predict(new double[][] {{0.5, 0.5}});
    assertTrue(Math.abs(p[0] - (Math.sin(0.5) + 0.25)) < 0.1, "prediction " + p[0]);
  }
}
