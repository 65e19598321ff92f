package dev.discover.neural.internal.modules;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The symbolic-formula tasks of BIMT (Liu, Gan and Tegmark, arXiv:2305.08746, section 3.1), inputs uniform
 * in [-1, 1], with the structure a pruned network should show: independence ({@code (x1 + x3)^3} and
 * {@code x2^2 + sin(pi x4)}: two components), compositionality ({@code sqrt((x1 - x2)^2 + (x3 - x4)^2)}:
 * the groups {x1, x2} and {x3, x4} formed in the first hidden layer and merged inside the network, not at
 * the output: with two hidden layers a first-layer unit may already see all four) and feature
 * sharing ({@code x1^2}, {@code x1^2 + x2^2}, {@code x1^2 + x2^2 + x3^2}: one component, each output using
 * its own inputs, hidden units shared between outputs).
 */
public final class ToyTasks {
  private ToyTasks() {}

  /**
   * A task: rows, targets by output, and the check of a module tree against the truth.
   *
   * @param name short name
   * @param truth the formulas
   * @param rows inputs, row-major
   * @param ys targets by output
   * @param matches whether a module tree shows the true modules, and if not why
   */
  public record Task(String name, String truth, double[][] rows, double[][] ys, Function<ModuleTree, String> matches) {}

  /** The three tasks, {@code n} rows each. */
  public static List<Task> all(int n, long seed) { return List.of(independence(n, seed), compositionality(n, seed), sharing(n, seed)); }

  private static double[][] inputs(int n, int k, long seed) {
    Random r = new Random(seed);
    double[][] x = new double[n][k];
    for (double[] row : x) for (int j = 0; j < k; j++) row[j] = 2 * r.nextDouble() - 1;
    return x;
  }

  /** Two outputs of disjoint inputs. */
  public static Task independence(int n, long seed) {
    double[][] x = inputs(n, 4, seed);
    double[][] y = new double[2][n];
    for (int i = 0; i < n; i++) {
      y[0][i] = Math.pow(x[i][0] + x[i][2], 3);
      y[1][i] = x[i][1] * x[i][1] + Math.sin(Math.PI * x[i][3]);
    }
    return new Task("independence", "y1 = (x1+x3)^3, y2 = x2^2+sin(pi x4)", x, y, t -> {
      if (t.components().size() != 2) return "components " + t.components().size() + ", expected 2";
      for (ModuleTree.Component c : t.components()) {
        List<Integer> want = c.outputs().equals(List.of(0)) ? List.of(0, 2) : List.of(1, 3);
        if (c.outputs().size() != 1 || !c.inputs().equals(want)) return "component " + c + ", expected inputs " + want;
      }
      return "yes";
    });
  }

  /** One output composed of two groups that merge inside the network. */
  public static Task compositionality(int n, long seed) {
    double[][] x = inputs(n, 4, seed);
    double[][] y = new double[1][n];
    for (int i = 0; i < n; i++) y[0][i] = Math.hypot(x[i][0] - x[i][1], x[i][2] - x[i][3]);
    return new Task("compositionality", "y = sqrt((x1-x2)^2+(x3-x4)^2)", x, y, t -> {
      ModuleTree.Node root = t.trees().get(0);
      String tree = root.describe(List.of("x1", "x2", "x3", "x4"));
      boolean groups = root.children().size() == 2 && root.children().get(0).inputs().equals(List.of(0, 1))
          && root.children().get(1).inputs().equals(List.of(2, 3)) && root.children().get(0).layer() == 1
          && root.children().get(1).layer() == 1;
      return groups && root.layer() < 3 ? "yes"
          : "tree " + tree + ", expected the groups [x1 x2]@1 and [x3 x4]@1 merged inside the network";
    });
  }

  /** Three outputs over nested sets of inputs. */
  public static Task sharing(int n, long seed) {
    double[][] x = inputs(n, 3, seed);
    double[][] y = new double[3][n];
    for (int i = 0; i < n; i++) {
      double a = x[i][0] * x[i][0], b = x[i][1] * x[i][1], c = x[i][2] * x[i][2];
      y[0][i] = a;
      y[1][i] = a + b;
      y[2][i] = a + b + c;
    }
    return new Task("feature sharing", "y1 = x1^2, y2 = x1^2+x2^2, y3 = x1^2+x2^2+x3^2", x, y, t -> {
      List<List<Integer>> want = List.of(List.of(0), List.of(0, 1), List.of(0, 1, 2));
      for (int o = 0; o < 3; o++) {
        if (!t.trees().get(o).inputs().equals(want.get(o))) return "y" + (o + 1) + " uses " + t.trees().get(o).inputs();
      }
      if (t.components().size() != 1) return "components " + t.components().size() + ", expected 1";
      return t.sharedUnits() > 0 ? "yes" : "no shared hidden unit";
    });
  }
}
