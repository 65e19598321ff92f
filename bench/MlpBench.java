import dev.discover.neural.internal.Mlp;
import java.util.Random;

/**
 * Time per full-batch training step of the formula search's network (inputs, 2 x 16 tanh, 1 output) with the
 * plain-loop engine and the ND4J engine, for several batch sizes. Prints a table; the ratio column is the
 * ND4J time over the loop time (above 1: loops faster). Run by bench/mlp.sh.
 */
public class MlpBench {
  public static void main(String[] args) {
    int k = 4, h = 16, steps = 200;
    System.out.printf("%8s %4s %4s %14s %14s %8s%n", "rows", "k", "h", "loops ms/step", "nd4j ms/step", "ratio");
    for (int n : new int[] {100, 400, 1000, 4000, 10000}) {
      Random r = new Random(1);
      double[][] rows = new double[n][k], cols = new double[k][n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < k; j++) { rows[i][j] = 1 + 4 * r.nextDouble(); cols[j][i] = rows[i][j]; }
        y[i] = rows[i][0] * rows[i][1] / (rows[i][2] + rows[i][3]);
      }
      double[] t = new double[2];
      for (int rep = 0; rep < 2; rep++) {       // the first round warms up the JIT and ND4J
        for (int e = 0; e < 2; e++) {
          Mlp net = new Mlp(k, h, cols, y, 1).forceNd4j(e == 1);
          long t0 = System.nanoTime();
          net.train(rows, y, steps, 0, 1e-6, Long.MAX_VALUE);
          t[e] = (System.nanoTime() - t0) / 1e6 / steps;
        }
      }
      System.out.printf("%8d %4d %4d %14.3f %14.3f %8.2f%n", n, k, h, t[0], t[1], t[1] / t[0]);
    }
  }
}
