package dev.discover.symbolic;

import java.util.List;
import java.util.Set;

/** The elementary functions the system-file grammar accepts; nothing else may be called. */
public final class Functions {
  /** Every function name an expression may call. */
  public static final Set<String> NAMES = Set.of(
      "sin", "cos", "tan", "exp", "log", "sqrt", "abs", "sinh", "cosh", "tanh", "asin", "acos", "atan");

  /** The same names in a stable order, for messages. */
  public static final List<String> ORDERED = List.of(
      "sin", "cos", "tan", "exp", "log", "sqrt", "abs", "sinh", "cosh", "tanh", "asin", "acos", "atan");

  private Functions() {}

  /** Applies a named function in double precision. */
  public static double apply(String f, double x) {
    return switch (f) {
      case "sin" -> Math.sin(x);
      case "cos" -> Math.cos(x);
      case "tan" -> Math.tan(x);
      case "exp" -> Math.exp(x);
      case "log" -> Math.log(x);
      case "sqrt" -> Math.sqrt(x);
      case "abs" -> Math.abs(x);
      case "sinh" -> Math.sinh(x);
      case "cosh" -> Math.cosh(x);
      case "tanh" -> Math.tanh(x);
      case "asin" -> Math.asin(x);
      case "acos" -> Math.acos(x);
      case "atan" -> Math.atan(x);
      default -> throw new IllegalArgumentException("unknown function " + f);
    };
  }
}
