package dev.discover.symbolic;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** LaTeX spelling of names: Greek letters get a backslash, trailing digits become subscripts. */
public final class Latex {
  private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
      "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "pi", "rho", "sigma", "tau", "upsilon", "phi", "chi",
      "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega");
  private static final Pattern SPLIT = Pattern.compile("([A-Za-z]+?)_?(\\d+)");

  private Latex() {}

  /** The LaTeX for one name. */
  public static String name(String n) {
    Matcher m = SPLIT.matcher(n);
    if (m.matches()) return base(m.group(1)) + "_{" + m.group(2) + "}";
    int us = n.indexOf('_');
    if (us > 0 && us < n.length() - 1) return base(n.substring(0, us)) + "_{" + base(n.substring(us + 1)) + "}";
    return base(n);
  }

  private static String base(String n) {
    if (GREEK.contains(n)) return "\\" + n;
    if (n.length() == 1) return n;
    return "\\mathrm{" + n.replace("_", "\\_") + "}";
  }
}
