package dev.discover.core;

import dev.discover.io.InputException;
import dev.discover.symbolic.Functions;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks of user-chosen names: any identifier is legal except the grammar's function names. */
final class Names {
  private static final Pattern IDENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private Names() {}

  static void check(String name, String field, String source) {
    if (!IDENT.matcher(name).matches()) {
      throw InputException.at(source, field, "'" + dev.discover.symbolic.Limits.excerpt(name, 40) + "' is not a name; expected letters, digits and _, starting with a letter or _");
    }
    if (Functions.NAMES.contains(name)) {
      throw InputException.at(source, field, "'" + name + "' is a function name and cannot name a quantity");
    }
  }

  static void checkAll(Collection<String> names, String field, String source) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      check(n, field, source);
      if (!seen.add(n)) throw InputException.at(source, field, "'" + n + "' appears twice");
    }
  }

  static void checkDistinct(Collection<String> variables, Collection<String> parameters, Collection<String> definitions,
      String source) {
    for (String p : parameters) {
      if (variables.contains(p)) throw InputException.at(source, "parameters." + p, "'" + p + "' is also a variable");
    }
    for (String d : definitions) {
      if (variables.contains(d)) throw InputException.at(source, "definitions." + d, "'" + d + "' is also a variable");
      if (parameters.contains(d)) throw InputException.at(source, "definitions." + d, "'" + d + "' is also a parameter");
    }
  }
}
