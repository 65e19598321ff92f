package dev.discover.core.pde;

import java.util.Set;

/** LaTeX spelling of a name: Greek letter names become their commands, other names stay as written. */
final class LatexNames {
  private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta",
      "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "phi", "chi", "psi", "omega", "Gamma",
      "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Phi", "Psi", "Omega");

  private LatexNames() {}

  static String symbol(String name) {
    if (GREEK.contains(name)) return "\\" + name;
    return name.length() == 1 ? name : "\\mathrm{" + name + "}";
  }
}
