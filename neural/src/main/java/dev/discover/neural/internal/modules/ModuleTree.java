package dev.discover.neural.internal.modules;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The modules of a pruned network, read off its graph of remaining edges: the connected parts (independent
 * outputs and the inputs they use), the hidden units shared by several outputs, and per output the
 * compositional tree (which groups of inputs merge at which layer).
 *
 * <p>A hidden unit's receptive field is the set of inputs with a path to it; units not on a path from an
 * input to an output are dead and ignored. An output's tree has the output's receptive field at its root;
 * the children of a node are the largest receptive fields strictly inside it, inputs covered by none of them
 * are leaves. A node's layer is the first layer where a unit sees exactly its inputs: 3 for the output layer.
 * When the root's layer is 3, no hidden unit sees all of the output's inputs and the network's output is a
 * sum over the groups of {@link #blocks} (children that share an input are one group) exactly, by its graph.
 *
 * @param components the connected parts, each with its inputs, outputs and live hidden units
 * @param unusedInputs inputs with no path to any output
 * @param sharedUnits live hidden units with paths to two or more outputs
 * @param trees per output, its compositional tree
 * @param labels per layer (0 inputs, 1 and 2 hidden, 3 outputs) and neuron, the index of its component, -1 for dead
 * @param modules per layer and neuron, the index of the module whose inputs hold its receptive field (the
 *     modules are the outputs' {@link #blocks}, those sharing an input joined), -1 for a dead neuron or one
 *     that sees several modules
 * @param edgesBefore weights of the dense network
 * @param edgesAfter weights left
 */
public record ModuleTree(List<Component> components, List<Integer> unusedInputs, int sharedUnits, List<Node> trees,
    int[][] labels, int[][] modules, int edgesBefore, int edgesAfter) {

  /** Copies. */
  public ModuleTree {
    components = List.copyOf(components);
    unusedInputs = List.copyOf(unusedInputs);
    trees = List.copyOf(trees);
    labels = copy(labels);
    modules = copy(modules);
  }

  private static int[][] copy(int[][] a) {
    int[][] c = new int[a.length][];
    for (int l = 0; l < a.length; l++) c[l] = a[l].clone();
    return c;
  }

  /** The component of neuron {@code i} of layer {@code l}, -1 when dead. */
  public int label(int l, int i) { return labels[l][i]; }

  /** The module of neuron {@code i} of layer {@code l}, -1 when dead or across modules. */
  public int module(int l, int i) { return modules[l][i]; }

  /** Number of modules. */
  public int moduleCount() {
    int c = 0;
    for (int[] row : modules) for (int v : row) c = Math.max(c, v + 1);
    return c;
  }

  /**
   * A connected part of the pruned network.
   *
   * @param inputs its inputs, ascending
   * @param outputs its outputs, ascending
   * @param hiddenUnits its live hidden units
   */
  public record Component(List<Integer> inputs, List<Integer> outputs, int hiddenUnits) {
    /** Copies. */
    public Component { inputs = List.copyOf(inputs); outputs = List.copyOf(outputs); }
  }

  /**
   * A node of a compositional tree: a group of inputs, where it first appears whole, and the groups it merges.
   *
   * @param inputs the group, ascending
   * @param layer 0 for a single input, 1 or 2 for a hidden layer, 3 for the output layer
   * @param children the groups merged here, by first input
   */
  public record Node(List<Integer> inputs, int layer, List<Node> children) {
    /** Copies. */
    public Node { inputs = List.copyOf(inputs); children = List.copyOf(children); }

    /** The tree in brackets, for example {@code [[x1 x2]@1 [x3 x4]@1]@2}. */
    public String describe(List<String> names) {
      if (children.isEmpty()) return inputs.size() == 1 ? names.get(inputs.get(0)) : "[]";
      List<String> parts = new ArrayList<>();
      for (Node c : children) parts.add(c.describe(names));
      return "[" + String.join(" ", parts) + "]@" + layer;
    }
  }

  /**
   * The groups of inputs whose sum the output is, by the graph: the root's children, those sharing an input
   * joined; one group when a hidden unit already sees all of the output's inputs.
   */
  public List<List<Integer>> blocks(int output) {
    List<List<Integer>> out = new ArrayList<>();
    for (BitSet g : blockSets(List.of(trees.get(output)))) out.add(list(g));
    return out;
  }

  /** The blocks of the given trees together, those sharing an input joined, by first input. */
  private static List<BitSet> blockSets(List<Node> roots) {
    List<BitSet> groups = new ArrayList<>();
    for (Node root : roots) {
      if (root.layer() < 3 || root.children().isEmpty()) groups.add(bits(root.inputs()));
      else for (Node c : root.children()) groups.add(bits(c.inputs()));
    }
    boolean merged = true;
    while (merged) {
      merged = false;
      for (int a = 0; a < groups.size() && !merged; a++) {
        for (int b = a + 1; b < groups.size() && !merged; b++) {
          if (groups.get(a).intersects(groups.get(b))) {
            groups.get(a).or(groups.remove(b));
            merged = true;
          }
        }
      }
    }
    groups.removeIf(BitSet::isEmpty);
    groups.sort(Comparator.comparing(g -> g.nextSetBit(0)));
    return groups;
  }

  /** One line: components, shared units, edges, and each output's tree. */
  public String describe(List<String> inputNames, List<String> outputNames) {
    List<String> trs = new ArrayList<>();
    for (int o = 0; o < trees.size(); o++) trs.add(outputNames.get(o) + " = " + trees.get(o).describe(inputNames));
    return String.format("%d of %d edges left, %d component%s, %d shared hidden unit%s; %s", edgesAfter, edgesBefore,
        components.size(), components.size() == 1 ? "" : "s", sharedUnits, sharedUnits == 1 ? "" : "s",
        String.join("; ", trs));
  }

  /** Reads the modules of a pruned network. */
  static ModuleTree read(Bimt.Network net) {
    Layout lay = net.layout();
    int[] sizes = {lay.size(0), lay.size(1), lay.size(2), lay.size(3)};
    boolean[][][] edge = new boolean[3][][];
    for (int l = 0; l < 3; l++) {
      edge[l] = new boolean[sizes[l]][sizes[l + 1]];
      for (int a = 0; a < sizes[l]; a++) for (int b = 0; b < sizes[l + 1]; b++) edge[l][a][b] = net.edge(l, a, b);
    }
    return of(sizes, edge, net.edgesBefore(), net.edgesAfter());
  }

  /**
   * The modules of a layered graph.
   *
   * @param sizes neurons per layer (inputs, hidden, hidden, outputs)
   * @param edge per layer {@code l}, whether neuron {@code a} of {@code l} feeds neuron {@code b} of {@code l + 1}
   * @param edgesBefore weights of the dense network, for the report
   * @param edgesAfter weights left, for the report
   */
  static ModuleTree of(int[] sizes, boolean[][][] edge, int edgesBefore, int edgesAfter) {
    BitSet[][] rf = new BitSet[4][], reach = new BitSet[4][];
    for (int l = 0; l < 4; l++) {
      rf[l] = new BitSet[sizes[l]];
      reach[l] = new BitSet[sizes[l]];
      for (int i = 0; i < sizes[l]; i++) { rf[l][i] = new BitSet(); reach[l][i] = new BitSet(); }
    }
    for (int i = 0; i < sizes[0]; i++) rf[0][i].set(i);
    for (int o = 0; o < sizes[3]; o++) reach[3][o].set(o);
    for (int l = 0; l < 3; l++) {
      for (int a = 0; a < sizes[l]; a++) for (int b = 0; b < sizes[l + 1]; b++) if (edge[l][a][b]) rf[l + 1][b].or(rf[l][a]);
    }
    for (int l = 2; l >= 0; l--) {
      for (int a = 0; a < sizes[l]; a++) for (int b = 0; b < sizes[l + 1]; b++) if (edge[l][a][b]) reach[l][a].or(reach[l + 1][b]);
    }
    int[][] labels = components(sizes, edge, rf, reach);
    int nc = 0;
    for (int[] row : labels) for (int c : row) nc = Math.max(nc, c + 1);
    List<List<Integer>> cin = new ArrayList<>(), cout = new ArrayList<>();
    int[] hidden = new int[nc];
    for (int c = 0; c < nc; c++) { cin.add(new ArrayList<>()); cout.add(new ArrayList<>()); }
    List<Integer> unused = new ArrayList<>();
    for (int i = 0; i < sizes[0]; i++) if (labels[0][i] >= 0) cin.get(labels[0][i]).add(i); else unused.add(i);
    for (int o = 0; o < sizes[3]; o++) if (labels[3][o] >= 0) cout.get(labels[3][o]).add(o);
    int shared = 0;
    for (int l = 1; l <= 2; l++) {
      for (int u = 0; u < sizes[l]; u++) {
        if (labels[l][u] < 0) continue;
        hidden[labels[l][u]]++;
        if (reach[l][u].cardinality() >= 2) shared++;
      }
    }
    List<Component> comps = new ArrayList<>();
    for (int c = 0; c < nc; c++) comps.add(new Component(cin.get(c), cout.get(c), hidden[c]));
    List<Node> trees = new ArrayList<>();
    for (int o = 0; o < sizes[3]; o++) {
      // the receptive fields of the live units that feed this output, each at the first layer it appears
      Map<String, Integer> layerOf = new TreeMap<>();
      Map<String, BitSet> field = new TreeMap<>();
      for (int l = 1; l <= 2; l++) {
        for (int u = 0; u < sizes[l]; u++) {
          if (labels[l][u] < 0 || !reach[l][u].get(o) || rf[l][u].isEmpty()) continue;
          field.putIfAbsent(rf[l][u].toString(), rf[l][u]);
          layerOf.merge(rf[l][u].toString(), l, Math::min);
        }
      }
      BitSet root = rf[3][o];
      layerOf.merge(root.toString(), 3, Math::min);
      field.putIfAbsent(root.toString(), root);
      trees.add(node(root, layerOf.get(root.toString()), field, layerOf));
    }
    List<BitSet> groups = blockSets(trees);
    int[][] modules = new int[4][];
    for (int l = 0; l < 4; l++) {
      modules[l] = new int[sizes[l]];
      for (int i = 0; i < sizes[l]; i++) {
        modules[l][i] = -1;
        for (int g = 0; g < groups.size() && labels[l][i] >= 0; g++) if (contains(groups.get(g), rf[l][i])) modules[l][i] = g;
      }
    }
    return new ModuleTree(comps, unused, shared, trees, labels, modules, edgesBefore, edgesAfter);
  }

  private static Node node(BitSet set, int layer, Map<String, BitSet> field, Map<String, Integer> layerOf) {
    if (set.cardinality() <= 1) return new Node(list(set), 0, List.of());
    List<BitSet> inside = new ArrayList<>();
    for (BitSet f : field.values()) if (!f.equals(set) && contains(set, f)) inside.add(f);
    List<BitSet> maximal = new ArrayList<>();
    for (BitSet f : inside) {
      boolean top = true;
      for (BitSet g : inside) if (!g.equals(f) && contains(g, f)) top = false;
      if (top) maximal.add(f);
    }
    BitSet covered = new BitSet();
    List<Node> children = new ArrayList<>();
    for (BitSet f : maximal) {
      covered.or(f);
      children.add(f.cardinality() == 1 ? new Node(list(f), 0, List.of()) : node(f, layerOf.get(f.toString()), field, layerOf));
    }
    for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
      if (!covered.get(i)) children.add(new Node(List.of(i), 0, List.of()));
    }
    children.sort(Comparator.comparing(n -> n.inputs().get(0)));
    return new Node(list(set), layer, children);
  }

  /** Union-find over the live neurons joined by edges; -1 for dead neurons. */
  private static int[][] components(int[] sizes, boolean[][][] edge, BitSet[][] rf, BitSet[][] reach) {
    int[] off = new int[5];
    for (int l = 0; l < 4; l++) off[l + 1] = off[l] + sizes[l];
    int[] parent = new int[off[4]];
    for (int i = 0; i < parent.length; i++) parent[i] = i;
    boolean[] live = new boolean[off[4]];
    for (int l = 0; l < 4; l++) for (int i = 0; i < sizes[l]; i++) live[off[l] + i] = !rf[l][i].isEmpty() && !reach[l][i].isEmpty();
    for (int l = 0; l < 3; l++) {
      for (int a = 0; a < sizes[l]; a++) {
        for (int b = 0; b < sizes[l + 1]; b++) {
          if (edge[l][a][b] && live[off[l] + a] && live[off[l + 1] + b]) union(parent, off[l] + a, off[l + 1] + b);
        }
      }
    }
    int[] id = new int[off[4]];
    java.util.Arrays.fill(id, -1);
    int next = 0;
    int[][] labels = new int[4][];
    // numbered by the first output (then input) they contain, so that labels do not depend on hidden order
    int[] order = new int[off[4]];
    int t = 0;
    for (int i = off[3]; i < off[4]; i++) order[t++] = i;
    for (int i = 0; i < off[3]; i++) order[t++] = i;
    for (int i : order) {
      if (!live[i]) continue;
      int r = find(parent, i);
      if (id[r] < 0) id[r] = next++;
    }
    for (int l = 0; l < 4; l++) {
      labels[l] = new int[sizes[l]];
      for (int i = 0; i < sizes[l]; i++) labels[l][i] = live[off[l] + i] ? id[find(parent, off[l] + i)] : -1;
    }
    return labels;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) { parent[i] = parent[parent[i]]; i = parent[i]; }
    return i;
  }

  private static void union(int[] parent, int a, int b) { parent[find(parent, a)] = find(parent, b); }

  private static boolean contains(BitSet outer, BitSet inner) {
    BitSet c = (BitSet) inner.clone();
    c.andNot(outer);
    return c.isEmpty();
  }

  private static BitSet bits(List<Integer> l) {
    BitSet b = new BitSet();
    for (int i : l) b.set(i);
    return b;
  }

  private static List<Integer> list(BitSet b) { return b.stream().boxed().toList(); }
}
