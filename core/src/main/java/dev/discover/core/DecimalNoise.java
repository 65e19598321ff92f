package dev.discover.core;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decimal parameter values that look like binary floating-point noise: {@code 0.015000000000000036}, the
 * printout of a double that came out of arithmetic on 0.015. The engine reads decimals exactly (that value is
 * the rational 15000000000000036/10^18), which is right for the system as written but gives laws with
 * sixteen-digit coefficients. A value is a suspect when it has at least {@value #MIN_DIGITS} significant
 * digits and a decimal with at most {@value #SHORTER_BY} fewer digits lies within {@value #ULPS} units in the
 * last place of its double: the error of a few floating-point operations, far below any measured rate constant.
 */
public final class DecimalNoise {
  /** Significant digits from which a decimal can be noise (a double prints with up to 17). */
  public static final int MIN_DIGITS = 15;
  /** How many digits shorter the nearby decimal must be. */
  public static final int SHORTER_BY = 8;
  /** How far the nearby decimal may lie, in units in the last place of the value's double. */
  public static final int ULPS = 64;

  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d*\\.\\d+([eE][-+]?\\d+)?|[-+]?\\d+[eE][-+]?\\d+");

  /**
   * A parameter whose value looks like floating-point noise.
   *
   * @param parameter the parameter's name
   * @param given the value as written
   * @param nearby the short decimal it is presumably noise around
   */
  public record Suspect(String parameter, String given, String nearby) {
    /** One line for a warning: what was given, what it is near, how far. */
    public String describe() {
      BigDecimal d = new BigDecimal(given).subtract(new BigDecimal(nearby)).abs();
      return "parameters." + parameter + " = " + given + " looks like binary floating-point noise around " + nearby
          + " (they differ by " + d.round(new MathContext(2)).toString() + ")";
    }
  }

  private DecimalNoise() {}

  /** The short decimal that {@code text} looks like noise around, when it looks like noise. */
  public static Optional<String> nearby(String text) {
    if (text == null || !DECIMAL.matcher(text.trim()).matches()) return Optional.empty();
    BigDecimal given = new BigDecimal(text.trim());
    int digits = given.stripTrailingZeros().precision();
    double d = given.doubleValue();
    if (digits < MIN_DIGITS || d == 0 || !Double.isFinite(d)) return Optional.empty();
    BigDecimal tolerance = new BigDecimal(Math.ulp(d)).multiply(BigDecimal.valueOf(ULPS));
    for (int p = 1; p <= digits - SHORTER_BY; p++) {
      BigDecimal r = given.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.subtract(given).abs().compareTo(tolerance) <= 0) return Optional.of(r.stripTrailingZeros().toPlainString());
    }
    return Optional.empty();
  }

  /** The numeric parameters of a system that look like noise, in the file's order. */
  public static List<Suspect> suspects(SystemSpec spec) {
    List<Suspect> out = new ArrayList<>();
    spec.parameters().forEach((name, value) -> nearby(value).ifPresent(n -> out.add(new Suspect(name, value.trim(), n))));
    return out;
  }

  /** The system with every suspect parameter read as its nearby short decimal; others unchanged. */
  public static SystemSpec shortened(SystemSpec spec) {
    Map<String, String> params = new LinkedHashMap<>(spec.parameters());
    for (Suspect s : suspects(spec)) params.put(s.parameter(), s.nearby());
    return spec.withParameters(params);
  }
}
