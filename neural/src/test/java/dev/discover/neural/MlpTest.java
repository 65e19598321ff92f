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

  @Test
  void train_loopAndNd4jEnginesFollowTheSameTrajectory() {
    Random r = new Random(4);
    int n = 120;
    double[][] rows = new double[n][3], cols = new double[3][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) { rows[i][j] = 1 + 2 * r.nextDouble(); cols[j][i] = rows[i][j]; }
      y[i] = rows[i][0] * rows[i][1] / rows[i][2];
    }
    Mlp loops = new Mlp(3, 6, cols, y, 9), nd4j = new Mlp(3, 6, cols, y, 9).forceNd4j(true);
    loops.train(rows, y, 40, 10, 1e-4, Long.MAX_VALUE);
    nd4j.train(rows, y, 40, 10, 1e-4, Long.MAX_VALUE);
    assertTrue(Math.abs(loops.trainRelativeError() - nd4j.trainRelativeError()) < 1e-8 * (1 + loops.trainRelativeError()));
    double[] a = loops.predict(rows), b = nd4j.predict(rows);
    for (int i = 0; i < n; i++) assertTrue(Math.abs(a[i] - b[i]) < 1e-7 * (1 + Math.abs(a[i])), "row " + i + ": " + a[i] + " vs " + b[i]);
  }
}
