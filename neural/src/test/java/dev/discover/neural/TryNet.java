package dev.discover.neural;

import dev.discover.neural.internal.Mlp;
import java.util.Random;

public class TryNet {
  public static void main(String[] a) {
    Random r = new Random(1);
    int n = 750;
    double[][] rows = new double[n][3];
    double[][] cols = new double[3][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) { rows[i][j] = 1 + 4 * r.nextDouble(); cols[j][i] = rows[i][j]; }
      y[i] = rows[i][0] * rows[i][1] / rows[i][2] + Math.sin(rows[i][2]);
    }
    long t0 = System.nanoTime();
    Mlp m = new Mlp(3, 24, cols, y, 1);
    m.train(rows, y, Integer.parseInt(a[0]), Integer.parseInt(a[1]), 1e-5, Long.MAX_VALUE);
    System.out.println("train rel err " + m.trainRelativeError() + " in " + (System.nanoTime() - t0) / 1e6 + " ms");
  }
}
