package dev.discover.core.pde;

import dev.discover.io.InputException;
import java.util.List;

/**
 * Resolves the names of a PDE equation: a field ({@code u}), a derivative written as the field, an underscore
 * and one space letter per differentiation ({@code u_xxy}), or a parameter.
 */
final class PdeNames {
  private final Jets jets;

  PdeNames(Jets jets) { this.jets = jets; }

  int resolve(String name, String source, String field) {
    int p = jets.params().indexOf(name);
    if (p >= 0) return jets.param(p);
    List<String> fields = jets.fields();
    List<String> space = jets.space();
    int u = name.indexOf('_');
    String base = u < 0 ? name : name.substring(0, u);
    int f = fields.indexOf(base);
    if (f < 0) {
      if (u >= 0) {
        throw InputException.at(source, field, "'" + name + "' is a derivative of '" + base + "', which is not a field; fields are " + fields);
      }
      if (space.contains(name) || name.equals("t")) {
        throw InputException.at(source, field, "'" + name + "' is an independent variable: densities with explicit x or t are not supported");
      }
      throw InputException.at(source, field, "unknown name '" + name + "'; fields are " + fields + ", parameters " + jets.params());
    }
    int[] alpha = new int[space.size()];
    if (u >= 0) {
      String letters = name.substring(u + 1);
      if (letters.isEmpty()) throw InputException.at(source, field, "'" + name + "' has no space letters after the underscore");
      for (char c : letters.toCharArray()) {
        int j = space.indexOf(String.valueOf(c));
        if (j < 0) {
          String hint = c == 't' ? " (time derivatives are not allowed on the right-hand side: the equations give u_t)" : "";
          throw InputException.at(source, field, "'" + name + "': '" + c + "' is not a space variable; space is " + space + hint);
        }
        alpha[j]++;
      }
    }
    return jets.field(f, alpha);
  }
}
