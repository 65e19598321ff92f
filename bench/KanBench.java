import dev.discover.neural.internal.Kan;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * Loss and full gradient of a Kolmogorov-Arnold network [k, 5, 1] (G = 8, 1000 rows): the plain Java loops
 * of {@link Kan} against the same computation batched in ND4J (dense B-spline basis matrices built by the
 * Cox-de Boor recursion on whole columns, then matrix products per input node). Both start from the same
 * parameters; the table shows CPU milliseconds per call (median of 7 rounds) and the largest gradient
 * difference, which checks that the two compute the same thing. The ND4J calls run inside a workspace, as
 * ND4J recommends for loops: without one, the off-heap buffers of the temporaries are freed only when the
 * Java heap is collected, and a long loop can fill the machine's memory.
 */
public class KanBench {
  static final int N = 1000, H = 5, G = 8, NB = G + 3, PER = NB + 2;
  static final WorkspaceConfiguration WS = WorkspaceConfiguration.builder().initialSize(0)
      .policyAllocation(AllocationPolicy.STRICT).policyLearning(LearningPolicy.FIRST_LOOP).build();

  public static void main(String[] args) {
    Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    Nd4j.getEnvironment().setMaxThreads(1);
    ThreadMXBean tb = ManagementFactory.getThreadMXBean();
    System.out.printf("%3s %10s %10s %7s %12s%n", "k", "plain_ms", "nd4j_ms", "ratio", "max_grad_diff");
    int reps = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    for (int k : new int[] {3, 5, 7, 9}) {
      Random r = new Random(k);
      double[][] cols = new double[k][N];
      double[] y = new double[N];
      for (int i = 0; i < N; i++) {
        for (int j = 0; j < k; j++) cols[j][i] = -2 + 4 * r.nextDouble();
        y[i] = Math.sin(cols[0][i]) + cols[1][i] * cols[k - 1][i];
      }
      Kan net = new Kan(cols, y, H, G, 1);
      net.adam(50, 0.02, 0, Long.MAX_VALUE); // nontrivial splines and hidden grids
      Nd4jKan nd = new Nd4jKan(net, k);
      double[] g1 = new double[net.parameters().length];
      net.lossAndGradient(g1);
      double[] g2 = nd.gradientFlat();
      double diff = 0;
      for (int i = 0; i < g1.length; i++) diff = Math.max(diff, Math.abs(g1[i] - g2[i]));
      double[] tPlain = new double[7], tNd = new double[7];
      for (int round = 0; round < 7; round++) {
        long a = tb.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) net.lossAndGradient(g1);
        long b = tb.getCurrentThreadCpuTime();
        for (int i = 0; i < reps; i++) nd.scopedLossAndGradient();
        long c = tb.getCurrentThreadCpuTime();
        tPlain[round] = (b - a) / 1e6 / reps;
        tNd[round] = (c - b) / 1e6 / reps;
      }
      java.util.Arrays.sort(tPlain);
      java.util.Arrays.sort(tNd);
      System.out.println(String.format(Locale.ROOT, "%3d %10.3f %10.3f %7.1f %12.2e", k, tPlain[3], tNd[3],
          tNd[3] / tPlain[3], diff));
    }
  }

  /** The network's loss and gradient in batched ND4J operations. */
  static final class Nd4jKan {
    final int k;
    final Kan net;
    final INDArray x, t;
    final INDArray[] wb0 = new INDArray[32], ws0 = new INDArray[32], c0 = new INDArray[32];
    final INDArray[] wb1 = new INDArray[H], ws1 = new INDArray[H], c1 = new INDArray[H];
    INDArray[] gWb0, gWs0, gC0, gWb1, gWs1, gC1;

    Nd4jKan(Kan net, int k) {
      this.net = net;
      this.k = k;
      x = Nd4j.createFromArray(net.standardisedInputs());
      t = Nd4j.createFromArray(net.standardisedTarget()).reshape(N, 1);
      double[] p = net.parameters();
      for (int i = 0; i < k; i++) {
        double[][] wb = new double[1][H], ws = new double[1][H], c = new double[NB][H];
        for (int j = 0; j < H; j++) {
          int o = (i * H + j) * PER;
          wb[0][j] = p[o];
          ws[0][j] = p[o + 1];
          for (int q = 0; q < NB; q++) c[q][j] = p[o + 2 + q];
        }
        wb0[i] = Nd4j.createFromArray(wb);
        ws0[i] = Nd4j.createFromArray(ws);
        c0[i] = Nd4j.createFromArray(c);
      }
      int off = k * H * PER;
      for (int j = 0; j < H; j++) {
        int o = off + j * PER;
        wb1[j] = Nd4j.scalar(p[o]).reshape(1, 1);
        ws1[j] = Nd4j.scalar(p[o + 1]).reshape(1, 1);
        double[][] c = new double[NB][1];
        for (int q = 0; q < NB; q++) c[q][0] = p[o + 2 + q];
        c1[j] = Nd4j.createFromArray(c);
      }
    }

    /** Degree-3 basis (n x NB) and its derivative of a column u on a uniform grid, Cox-de Boor on columns. */
    static INDArray[] basis(INDArray u, double lo, double step) {
      int m = G + 7;
      double[] knots = new double[m];
      for (int i = 0; i < m; i++) knots[i] = lo + (i - 3) * step;
      INDArray d = Nd4j.zeros(DataType.DOUBLE, u.rows(), m).addiColumnVector(u)
          .subiRowVector(Nd4j.createFromArray(knots).reshape(1, m));
      // B0[m] = [t_m <= u < t_m+1]
      INDArray ge = Transforms.step(d.add(1e-300));
      INDArray b = ge.get(NDArrayIndex.all(), NDArrayIndex.interval(0, m - 1))
          .sub(ge.get(NDArrayIndex.all(), NDArrayIndex.interval(1, m)));
      INDArray b2 = null;
      for (int p = 1; p <= 3; p++) {
        int cnt = G + 6 - p;
        INDArray left = d.get(NDArrayIndex.all(), NDArrayIndex.interval(0, cnt))
            .mul(b.get(NDArrayIndex.all(), NDArrayIndex.interval(0, cnt)));
        INDArray right = d.get(NDArrayIndex.all(), NDArrayIndex.interval(p + 1, p + 1 + cnt))
            .mul(b.get(NDArrayIndex.all(), NDArrayIndex.interval(1, 1 + cnt)));
        if (p == 3) b2 = b;
        b = left.subi(right).divi(p * step);
      }
      INDArray db = b2.get(NDArrayIndex.all(), NDArrayIndex.interval(0, NB))
          .sub(b2.get(NDArrayIndex.all(), NDArrayIndex.interval(1, NB + 1))).divi(step);
      return new INDArray[] {b, db};
    }

    static INDArray silu(INDArray u) { return u.mul(Transforms.sigmoid(u, true)); }

    static INDArray dsilu(INDArray u) {
      INDArray s = Transforms.sigmoid(u, true);
      return s.mul(u.mul(s.rsub(1)).addi(1));
    }

    double lossAndGradient() {
      INDArray z = Nd4j.zeros(DataType.DOUBLE, N, H);
      INDArray[] bas0 = new INDArray[k], sil0 = new INDArray[k], spl0 = new INDArray[k];
      for (int i = 0; i < k; i++) {
        INDArray u = x.getColumn(i, true);
        bas0[i] = basis(u, net.gridLow(0, i), net.gridStep(0, i))[0];
        sil0[i] = silu(u);
        spl0[i] = bas0[i].mmul(c0[i]);
        z.addi(sil0[i].mmul(wb0[i])).addi(spl0[i].mulRowVector(ws0[i]));
      }
      INDArray out = Nd4j.zeros(DataType.DOUBLE, N, 1);
      INDArray[] bas1 = new INDArray[H], dbas1 = new INDArray[H], sil1 = new INDArray[H], spl1 = new INDArray[H];
      for (int j = 0; j < H; j++) {
        INDArray u = z.getColumn(j, true);
        INDArray[] bb = basis(u, net.gridLow(1, j), net.gridStep(1, j));
        bas1[j] = bb[0];
        dbas1[j] = bb[1];
        sil1[j] = silu(u);
        spl1[j] = bas1[j].mmul(c1[j]);
        out.addi(sil1[j].mul(wb1[j].getDouble(0))).addi(spl1[j].mul(ws1[j].getDouble(0)));
      }
      INDArray res = out.sub(t);
      double loss = res.norm2Number().doubleValue();
      loss = loss * loss / N;
      INDArray dOut = res.muli(2.0 / N);
      INDArray dz = Nd4j.zeros(DataType.DOUBLE, N, H);
      gWb1 = new INDArray[H];
      gWs1 = new INDArray[H];
      gC1 = new INDArray[H];
      for (int j = 0; j < H; j++) {
        double wb = wb1[j].getDouble(0), ws = ws1[j].getDouble(0);
        gWb1[j] = dOut.mul(sil1[j]).sum();
        gWs1[j] = dOut.mul(spl1[j]).sum();
        gC1[j] = bas1[j].transpose().mmul(dOut).muli(ws);
        INDArray u = z.getColumn(j, true);
        INDArray dphi = dsilu(u).muli(wb).addi(dbas1[j].mmul(c1[j]).muli(ws));
        dz.getColumn(j, true).assign(dOut.mul(dphi));
      }
      gWb0 = new INDArray[k];
      gWs0 = new INDArray[k];
      gC0 = new INDArray[k];
      for (int i = 0; i < k; i++) {
        gWb0[i] = sil0[i].transpose().mmul(dz);
        gWs0[i] = dz.mul(spl0[i]).sum(true, 0);
        gC0[i] = bas0[i].transpose().mmul(dz).muliRowVector(ws0[i]);
      }
      return loss;
    }

    double scopedLossAndGradient() {
      try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(WS, "kan")) {
        return lossAndGradient();
      }
    }

    /** The gradient in {@link Kan#parameters()}'s layout. */
    double[] gradientFlat() {
      try (MemoryWorkspace ws = Nd4j.getWorkspaceManager().getAndActivateWorkspace(WS, "kan")) {
        return gradientInScope();
      }
    }

    private double[] gradientInScope() {
      lossAndGradient();
      double[] g = new double[k * H * PER + H * PER];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < H; j++) {
          int o = (i * H + j) * PER;
          g[o] = gWb0[i].getDouble(0, j);
          g[o + 1] = gWs0[i].getDouble(0, j);
          for (int q = 0; q < NB; q++) g[o + 2 + q] = gC0[i].getDouble(q, j);
        }
      }
      int off = k * H * PER;
      for (int j = 0; j < H; j++) {
        int o = off + j * PER;
        g[o] = gWb1[j].getDouble(0);
        g[o + 1] = gWs1[j].getDouble(0);
        for (int q = 0; q < NB; q++) g[o + 2 + q] = gC1[j].getDouble(q, 0);
      }
      return g;
    }
  }
}
