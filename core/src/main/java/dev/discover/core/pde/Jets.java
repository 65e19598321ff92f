package dev.discover.core.pde;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The jet variables of a PDE system: each field with each multi-index of space derivatives ({@code u},
 * {@code u_x}, {@code u_xy}), plus the parameters, which are constants for the total derivatives. Ids are
 * handed out on first use, so derivatives of any order can appear. Not thread-safe: one instance per search.
 */
final class Jets {
  private final List<String> fields;
  private final List<String> space;
  private final List<String> params;
  private final List<int[]> alpha = new ArrayList<>();
  private final List<Integer> fieldOf = new ArrayList<>();
  private final Map<String, Integer> byKey = new HashMap<>();
  private final List<int[]> shifts = new ArrayList<>();

  Jets(List<String> fields, List<String> space, List<String> params) {
    this.fields = List.copyOf(fields);
    this.space = List.copyOf(space);
    this.params = List.copyOf(params);
    for (int p = 0; p < params.size(); p++) register(-1 - p, new int[space.size()]);
  }

  List<String> fields() { return fields; }
  List<String> space() { return space; }
  List<String> params() { return params; }

  /** The id of parameter p (parameters take the first ids). */
  int param(int p) { return p; }

  /** The id of field f differentiated alpha_j times in space variable j. */
  int field(int f, int[] a) {
    Integer id = byKey.get(key(f, a));
    return id != null ? id : register(f, a.clone());
  }

  private static String key(int f, int[] a) { return f + ":" + Arrays.toString(a); }

  private int register(int f, int[] a) {
    int id = alpha.size();
    alpha.add(a);
    fieldOf.add(f);
    int[] s = new int[space.size()];
    Arrays.fill(s, -1);
    shifts.add(s);
    byKey.put(key(f, a), id);
    return id;
  }

  boolean isParam(int id) { return fieldOf.get(id) < 0; }
  /** The parameter index of a parameter id. */
  int paramIndex(int id) { return -1 - fieldOf.get(id); }
  /** The field index of a jet id. */
  int fieldIndex(int id) { return fieldOf.get(id); }
  /** The multi-index of a jet id (a copy). */
  int[] alpha(int id) { return alpha.get(id).clone(); }
  /** Derivatives in space variable j. */
  int alpha(int id, int j) { return alpha.get(id)[j]; }
  /** The total derivative order |alpha|. */
  int order(int id) { return Arrays.stream(alpha.get(id)).sum(); }

  /** The id of D_{x_j} of a field jet. */
  int shift(int id, int j) {
    int s = shifts.get(id)[j];
    if (s >= 0) return s;
    int[] a = alpha.get(id).clone();
    a[j]++;
    s = field(fieldOf.get(id), a);
    shifts.get(id)[j] = s;
    return s;
  }

  /** The name in the system-file syntax: {@code u}, {@code u_xx}, {@code v_xy}, or the parameter name. */
  String name(int id) {
    if (isParam(id)) return params.get(paramIndex(id));
    StringBuilder b = new StringBuilder(fields.get(fieldOf.get(id)));
    int[] a = alpha.get(id);
    if (order(id) > 0) b.append('_');
    for (int j = 0; j < a.length; j++) b.append(space.get(j).repeat(a[j]));
    return b.toString();
  }

  /** The LaTeX name: {@code u_{xx}}. */
  String latex(int id) {
    String n = name(id);
    int u = n.indexOf('_');
    if (isParam(id) || u < 0) return LatexNames.symbol(n);
    return LatexNames.symbol(n.substring(0, u)) + "_{" + n.substring(u + 1) + "}";
  }
}
