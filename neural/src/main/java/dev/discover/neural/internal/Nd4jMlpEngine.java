package dev.discover.neural.internal;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/** {@link Mlp}'s loss and gradient by batched ND4J matrix products over the whole batch. */
final class Nd4jMlpEngine implements Mlp.Engine {
  private final int k, h, m, oW1, oB1, oW2, oB2, oW3, oB3;
  private final INDArray x, t;

  Nd4jMlpEngine(double[][] xs, double[] ts, int k, int h, int m, int[] offsets) {
    this.k = k;
    this.h = h;
    this.m = m;
    oW1 = offsets[0]; oB1 = offsets[1]; oW2 = offsets[2]; oB2 = offsets[3]; oW3 = offsets[4]; oB3 = offsets[5];
    Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    // one native thread: on a shared two-core machine spinning OpenMP threads cost more than they give
    Nd4j.getEnvironment().setMaxThreads(1);
    x = Nd4j.createFromArray(xs);
    t = Nd4j.createFromArray(ts).reshape(ts.length / m, m);
  }

  private INDArray slice(double[] p, int off, int rows, int cols) {
    return Nd4j.createFromArray(java.util.Arrays.copyOfRange(p, off, off + rows * cols)).reshape(rows, cols);
  }

  @Override
  public double lossAndGradient(double[] p, double[] g) {
    INDArray w1 = slice(p, oW1, k, h), b1 = slice(p, oB1, 1, h), w2 = slice(p, oW2, h, h), b2 = slice(p, oB2, 1, h);
    INDArray w3 = slice(p, oW3, h, m), b3 = slice(p, oB3, 1, m);
    INDArray a1 = Transforms.tanh(x.mmul(w1).addiRowVector(b1), false);
    INDArray a2 = Transforms.tanh(a1.mmul(w2).addiRowVector(b2), false);
    INDArray res = a2.mmul(w3).addiRowVector(b3).subi(t);
    long n = x.rows();
    double nrm = res.norm2Number().doubleValue();
    if (g == null) return nrm * nrm / n;
    INDArray dOut = res.muli(2.0 / n);
    INDArray dz2 = dOut.mmul(w3.transpose()).muli(a2.mul(a2).rsubi(1));
    INDArray dz1 = dz2.mmul(w2.transpose()).muli(a1.mul(a1).rsubi(1));
    put(g, oW1, x.transpose().mmul(dz1));
    put(g, oB1, dz1.sum(true, 0));
    put(g, oW2, a1.transpose().mmul(dz2));
    put(g, oB2, dz2.sum(true, 0));
    put(g, oW3, a2.transpose().mmul(dOut));
    put(g, oB3, dOut.sum(true, 0));
    return nrm * nrm / n;
  }

  private void put(double[] g, int off, INDArray a) {
    double[] v = a.dup('c').data().asDouble();
    System.arraycopy(v, 0, g, off, v.length);
  }
}
