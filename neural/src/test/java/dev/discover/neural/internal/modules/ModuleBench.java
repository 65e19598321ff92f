package dev.discover.neural.internal.modules;

import dev.discover.neural.Dataset;
import dev.discover.neural.FeynmanData;
import dev.discover.neural.internal.search.FittedNetwork;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The modular networks' benchmark (bench/bimt.sh). {@code toy}: BIMT's three symbolic tasks ({@link ToyTasks}),
 * a table of edges before and after pruning, components, the module trees and whether they are the true
 * modules. {@code feynman FILE [IDS]}: per Feynman row, the modular network the search would fit (1000
 * samples, seed 1, its first 400 rows) and whether the blocks of its module tree are the blocks of the true
 * formula ({@link FormulaBlocks}: factors in {@code log|y|} for a one-signed target, terms otherwise); then
 * the rate of agreement.
 */
public final class ModuleBench {
  private ModuleBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length >= 1 && args[0].equals("toy")) toy();
    else if (args.length >= 2 && args[0].equals("feynman")) feynman(Path.of(args[1]), args.length > 2 ? args[2] : "");
    else {
      System.err.println("usage: ModuleBench toy | feynman FILE [ID,ID,...]");
      System.exit(2);
    }
  }

  private static void toy() {
    System.out.printf("%-17s %6s %6s %5s %7s %8s  %-5s %s%n", "TASK", "BEFORE", "AFTER", "COMP", "ERROR", "TIME_S",
        "TRUE", "MODULES FOUND");
    for (ToyTasks.Task t : ToyTasks.all(400, 1)) {
      long t0 = System.nanoTime();
      Bimt.Network net = Bimt.fit(t.rows(), t.ys(), Bimt.Settings.DEFAULT, 1, Long.MAX_VALUE);
      double s = (System.nanoTime() - t0) / 1e9;
      ModuleTree tree = net.modules();
      String ok = t.matches().apply(tree);
      List<String> in = new ArrayList<>(), out = new ArrayList<>();
      for (int j = 0; j < t.rows()[0].length; j++) in.add("x" + (j + 1));
      for (int o = 0; o < t.ys().length; o++) out.add("y" + (o + 1));
      System.out.printf("%-17s %6d %6d %5d %7.2g %8.1f  %-5s %s%n", t.name(), net.edgesBefore(), net.edgesAfter(),
          tree.components().size(), net.error(), s, ok.equals("yes") ? "yes" : "no", tree.describe(in, out)
              + (ok.equals("yes") ? "" : " (" + ok + ")"));
    }
  }

  private static void feynman(Path file, String ids) throws Exception {
    List<String> want = ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
    System.out.printf("%-10s %2s %6s %8s  %-5s %-28s %s%n", "ID", "K", "EDGES", "TIME_S", "MATCH", "TRUE BLOCKS",
        "NETWORK BLOCKS");
    int total = 0, match = 0, split = 0, splitFound = 0, wrongSplit = 0;
    for (FeynmanData row : FeynmanData.readAll(file)) {
      if (!want.isEmpty() && !want.contains(row.id())) continue;
      Dataset d = row.sample(1000, 0, 1);
      int n = 400, k = d.inputs();
      double[][] pts = new double[n][];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) { pts[i] = d.row(i); y[i] = d.y(i); }
      long t0 = System.nanoTime();
      FittedNetwork.Modular m = FittedNetwork.Modular.fit(pts, y, 1, Long.MAX_VALUE);
      double s = (System.nanoTime() - t0) / 1e9;
      List<List<Integer>> truth = FormulaBlocks.of(row.truth(), d.names(), m.logY());
      List<List<Integer>> found = m.modules().blocks(0);
      boolean ok = truth.equals(found);
      total++;
      if (ok) match++;
      if (truth.size() >= 2) { split++; if (ok) splitFound++; }
      if (found.size() >= 2 && !ok) wrongSplit++;
      System.out.printf("%-10s %2d %6s %8.1f  %-5s %-28s %s%n", row.id(), k,
          m.network().edgesAfter() + "/" + m.network().edgesBefore(), s, ok ? "yes" : "no", names(truth, d.names()),
          names(found, d.names()));
    }
    System.out.printf("module tree blocks = formula blocks: %d of %d rows (%.0f %%); rows whose formula splits: %d, "
        + "split found exactly: %d; a wrong split proposed: %d%n", match, total, 100.0 * match / Math.max(1, total),
        split, splitFound, wrongSplit);
  }

  private static String names(List<List<Integer>> blocks, List<String> names) {
    List<String> parts = new ArrayList<>();
    for (List<Integer> b : blocks) {
      List<String> g = new ArrayList<>();
      for (int i : b) g.add(names.get(i));
      parts.add("{" + String.join(",", g) + "}");
    }
    return String.join(" ", parts);
  }
}
