package dev.discover.neural.internal.modules;

import dev.discover.neural.internal.Mlp;
import java.util.Arrays;

/**
 * Where the neurons of an {@link Mlp} sit in the plane, as in BIMT (Liu, Gan and Tegmark, arXiv:2305.08746):
 * layer {@code L} (0 inputs, 1 and 2 hidden, 3 outputs) on the line {@code y = L * GAP}, its neurons at
 * evenly spaced slots of {@code x} in [0, 1]. A weight's wire length is the Manhattan distance between the
 * neurons it joins, {@code |x_a - x_b| + GAP}; a bias costs {@code GAP}. Swapping two neurons of a layer
 * exchanges their places and leaves the network's function as it is; {@link #relocate} makes the swaps that
 * shorten the wires most.
 */
public final class Layout {
  /** Distance between two neighbouring layers (the paper's {@code l0}). */
  public static final double GAP = 0.1;

  /** Per layer, the x coordinate of each neuron. */
  private final double[][] x;

  /** The starting places: neuron {@code i} of a layer of {@code n} at {@code (i + 0.5) / n}. */
  public Layout(int inputs, int width, int outputs) {
    int[] sizes = {inputs, width, width, outputs};
    x = new double[4][];
    for (int l = 0; l < 4; l++) {
      x[l] = new double[sizes[l]];
      for (int i = 0; i < sizes[l]; i++) x[l][i] = (i + 0.5) / sizes[l];
    }
  }

  /** The x coordinate of neuron {@code i} of layer {@code l}. */
  public double x(int l, int i) { return x[l][i]; }

  /** Number of neurons in layer {@code l}. */
  public int size(int l) { return x[l].length; }

  /** A copy. */
  public Layout copy() {
    Layout c = new Layout(x[0].length, x[1].length, x[3].length);
    for (int l = 0; l < 4; l++) c.x[l] = x[l].clone();
    return c;
  }

  /**
   * Writes every parameter's cost per unit of magnitude into {@code d} (the layout of
   * {@link Mlp#parameters()}): the wire length for a weight, {@code GAP} for a bias.
   */
  public void costs(Mlp net, double[] d) {
    Arrays.fill(d, GAP);
    for (int l = 0; l < 3; l++) {
      for (int a = 0; a < size(l); a++) {
        for (int b = 0; b < size(l + 1); b++) d[index(net, l, a, b)] = wire(l, a, b);
      }
    }
  }

  /** The wire cost of the network's weights: the sum of |weight| times wire length. */
  public double wireCost(Mlp net) {
    double[] p = net.parameters();
    double c = 0;
    for (int l = 0; l < 3; l++) {
      for (int a = 0; a < size(l); a++) for (int b = 0; b < size(l + 1); b++) c += Math.abs(p[index(net, l, a, b)]) * wire(l, a, b);
    }
    return c;
  }

  /** Index in {@link Mlp#parameters()} of the weight from neuron {@code a} of layer {@code l} to neuron {@code b} of layer {@code l + 1}. */
  static int index(Mlp net, int l, int a, int b) {
    return l == 0 ? net.w1(a, b) : l == 1 ? net.w2(a, b) : net.w3(a, b);
  }

  private double wire(int l, int a, int b) { return Math.abs(x[l][a] - x[l + 1][b]) + GAP; }

  /** The wire cost of the weights that touch neuron {@code i} of layer {@code l}. */
  private double incident(Mlp net, int l, int i) {
    double[] p = net.parameters();
    double c = 0;
    if (l > 0) for (int a = 0; a < size(l - 1); a++) c += Math.abs(p[index(net, l - 1, a, i)]) * wire(l - 1, a, i);
    if (l < 3) for (int b = 0; b < size(l + 1); b++) c += Math.abs(p[index(net, l, i, b)]) * wire(l, i, b);
    return c;
  }

  /** How much the wire cost changes when neurons {@code i} and {@code j} of layer {@code l} trade places. */
  private double swapGain(Mlp net, int l, int i, int j) {
    double before = incident(net, l, i) + incident(net, l, j);
    swap(l, i, j);
    double after = incident(net, l, i) + incident(net, l, j);
    swap(l, i, j);
    return after - before;
  }

  private void swap(int l, int i, int j) {
    double t = x[l][i];
    x[l][i] = x[l][j];
    x[l][j] = t;
  }

  /**
   * The paper's swap step: in every layer, each of its {@code topK} most connected neurons (largest sum of
   * |weights| in and out) trades places with the neuron of its layer for which the trade lowers the wire
   * cost most, when some trade lowers it.
   *
   * @return the number of swaps made
   */
  public int relocate(Mlp net, int topK) {
    double[] p = net.parameters();
    int swaps = 0;
    for (int l = 0; l < 4; l++) {
      int n = size(l);
      double[] score = new double[n];
      for (int i = 0; i < n; i++) {
        if (l > 0) for (int a = 0; a < size(l - 1); a++) score[i] += Math.abs(p[index(net, l - 1, a, i)]);
        if (l < 3) for (int b = 0; b < size(l + 1); b++) score[i] += Math.abs(p[index(net, l, i, b)]);
      }
      Integer[] order = new Integer[n];
      for (int i = 0; i < n; i++) order[i] = i;
      // ties broken by index, so that the same network always makes the same swaps
      Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
      for (int t = 0; t < Math.min(topK, n); t++) {
        int i = order[t];
        int best = i;
        double gain = -1e-12;
        for (int j = 0; j < n; j++) {
          if (j == i) continue;
          double g = swapGain(net, l, i, j);
          if (g < gain) { gain = g; best = j; }
        }
        if (best != i) { swap(l, i, best); swaps++; }
      }
    }
    return swaps;
  }
}
