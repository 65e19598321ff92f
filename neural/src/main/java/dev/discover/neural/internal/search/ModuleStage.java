package dev.discover.neural.internal.search;

import dev.discover.neural.internal.Separability;
import dev.discover.neural.internal.modules.Bimt;
import dev.discover.neural.internal.modules.ModuleTree;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The modular network at the top of the search: a network trained with a connection cost and neuron swaps
 * and pruned ({@link Bimt}) over the surrogate's features and target; the groups of inputs whose sum its
 * output is by the pruned graph ({@link ModuleTree#blocks}: in {@code log|y|} a product) become further
 * splits for the separability test, which checks each against the surrogate before the search solves the
 * halves on their own and composes them.
 *
 * <p>Run from {@link #MIN_INPUTS} inputs: below that every split of the inputs is one input or a pair against
 * the rest, which the separability test tries anyway.
 */
final class ModuleStage {
  private ModuleStage() {}

  /** Fewest inputs for which the module tree can propose a split the separability test does not already try. */
  static final int MIN_INPUTS = 6;

  /**
   * Fits the modular network on the problem's rows, records it and its tree, and returns the groups of its
   * output's blocks (each block against the rest, when there are two or more blocks).
   *
   * @param names the inputs' names
   * @param pts the rows, row-major
   * @param yy the target on those rows
   * @param deadline safety cap on the training
   * @param ctx the search (seed, progress, notes; the network is recorded there)
   */
  static List<int[]> groups(List<String> names, double[][] pts, double[] yy, long deadline, SearchContext ctx) {
    long t0 = System.nanoTime();
    FittedNetwork.Modular fitted = FittedNetwork.Modular.fit(pts, yy, ctx.opts().seed(), deadline);
    Bimt.Network net = fitted.network();
    ModuleTree tree = fitted.modules();
    ctx.fitted(fitted);
    boolean logY = fitted.logY();
    String line = tree.describe(names, List.of(logY ? "log|y|" : "y"));
    ctx.progress(String.format("modular network: %s; relative error %.2g (dense %.2g), %.1f s", line, net.error(),
        net.denseError(), (System.nanoTime() - t0) / 1e9));
    ctx.note("module tree: " + line);
    List<List<Integer>> blocks = tree.blocks(0);
    List<int[]> out = new ArrayList<>();
    if (blocks.size() < 2) return out;
    for (List<Integer> b : blocks) out.add(b.stream().mapToInt(Integer::intValue).toArray());
    return out;
  }

  /**
   * Among the splits that pass their threshold and that the module tree proposed, the most balanced (the
   * largest smaller side; then the smallest defect against its threshold): solving two halves of similar
   * size leaves the recursion less to do than peeling one input off.
   */
  static Optional<Separability.Split> preferred(List<Separability.Split> splits, List<int[]> groups, Oracle o,
      boolean logTarget, int k) {
    Separability.Split best = null;
    double bestRatio = Double.POSITIVE_INFINITY;
    int bestSide = 0;
    for (Separability.Split s : splits) {
      int[] a = s.a();
      boolean proposed = false;
      for (int[] g : groups) proposed |= Arrays.equals(g, a) || complementary(g, a, k);
      double ratio = s.defect() / SeparableHalves.threshold(o, s.multiplicative(), logTarget);
      int side = Math.min(a.length, k - a.length);
      if (!proposed || ratio > 1) continue;
      if (side > bestSide || (side == bestSide && ratio < bestRatio)) { best = s; bestRatio = ratio; bestSide = side; }
    }
    return Optional.ofNullable(best);
  }

  private static boolean complementary(int[] g, int[] a, int k) {
    if (g.length + a.length != k) return false;
    boolean[] in = new boolean[k];
    for (int j : g) in[j] = true;
    for (int j : a) if (in[j]) return false;
    return true;
  }
}
