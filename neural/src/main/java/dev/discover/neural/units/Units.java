package dev.discover.neural.units;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hipparchus.fraction.BigFraction;

/**
 * The units of named variables: for each name, the exponents of the base units. Read from a CSV whose header
 * is {@code variable} followed by the base units ({@code variable,m,s,kg,T,V} in the Feynman table), or
 * given one name at a time as {@code NAME=EXPONENTS}. Immutable.
 *
 * @param bases the base units, in column order
 * @param table the dimension of each name, in the order given
 */
public record Units(List<String> bases, Map<String, Dimension> table) {
  /** The base units of the Feynman table: metre, second, kilogram, kelvin, volt. */
  public static final List<String> FEYNMAN_BASES = List.of("m", "s", "kg", "T", "V");

  /** Copies and checks that every dimension has one exponent per base unit. */
  public Units {
    bases = List.copyOf(bases);
    if (bases.isEmpty()) throw new IllegalArgumentException("expected at least one base unit, got none");
    for (Map.Entry<String, Dimension> e : table.entrySet()) {
      if (e.getValue().size() != bases.size()) {
        throw new IllegalArgumentException("unit of '" + e.getKey() + "' has " + e.getValue().size()
            + " exponents but there are " + bases.size() + " base units");
      }
    }
    table = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(table));
  }

  /** An empty table over these base units. */
  public static Units empty(List<String> bases) { return new Units(bases, Map.of()); }

  /** The dimension of {@code name}, when the table has it. */
  public Optional<Dimension> of(String name) { return Optional.ofNullable(table.get(name)); }

  /**
   * Reads a units CSV. Throws {@link IllegalArgumentException} naming the file, the line and the field when
   * the header, a name or an exponent is malformed or a name repeats.
   */
  public static Units read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    int first = 0;
    while (first < lines.size() && lines.get(first).isBlank()) first++;
    if (first == lines.size()) throw new IllegalArgumentException(file + ": empty units file; expected a header variable,m,s,...");
    String[] head = lines.get(first).split(",", -1);
    if (head.length < 2 || !head[0].trim().equalsIgnoreCase("variable")) {
      throw new IllegalArgumentException(file + ": line " + (first + 1)
          + ": expected a header 'variable' followed by the base units (variable,m,s,kg,T,V), got '" + lines.get(first) + "'");
    }
    List<String> bases = new java.util.ArrayList<>();
    for (int i = 1; i < head.length; i++) {
      String b = head[i].trim();
      if (b.isEmpty()) throw new IllegalArgumentException(file + ": line " + (first + 1) + ": base unit " + i + " has no name");
      bases.add(b);
    }
    Map<String, Dimension> table = new LinkedHashMap<>();
    for (int ln = first + 1; ln < lines.size(); ln++) {
      String line = lines.get(ln);
      if (line.isBlank()) continue;
      String[] f = line.split(",", -1);
      String where = file + ": line " + (ln + 1);
      if (f.length != head.length) {
        throw new IllegalArgumentException(where + ": expected " + head.length + " fields, got " + f.length);
      }
      String name = f[0].trim();
      if (name.isEmpty()) throw new IllegalArgumentException(where + ": field 'variable' is empty");
      BigFraction[] ex = new BigFraction[bases.size()];
      for (int i = 0; i < ex.length; i++) {
        try {
          ex[i] = parseExponent(f[i + 1]);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(where + ": field '" + bases.get(i) + "' of '" + name
              + "': expected an exponent (integer, p/q or decimal), got '" + f[i + 1].trim() + "'", e);
        }
      }
      if (table.put(name, Dimension.of(ex)) != null) throw new IllegalArgumentException(where + ": '" + name + "' appears twice");
    }
    return new Units(bases, table);
  }

  /**
   * This table with one more (or one replaced) name, from {@code NAME=EXPONENTS}: the exponents of the base
   * units in order, separated by commas, for example {@code q=2,-2,1,0,-1}. Throws
   * {@link IllegalArgumentException} saying what was expected.
   */
  public Units with(String spec) {
    int eq = spec.indexOf('=');
    String name = eq < 0 ? "" : spec.substring(0, eq).trim();
    if (eq < 0 || name.isEmpty()) {
      throw new IllegalArgumentException("--unit: expected NAME=EXPONENTS (" + bases.size() + " exponents of "
          + String.join(",", bases) + "), got '" + spec + "'");
    }
    String[] f = spec.substring(eq + 1).split(",", -1);
    if (f.length != bases.size()) {
      throw new IllegalArgumentException("--unit " + name + ": expected " + bases.size() + " exponents ("
          + String.join(",", bases) + "), got " + f.length);
    }
    BigFraction[] ex = new BigFraction[f.length];
    for (int i = 0; i < f.length; i++) {
      try {
        ex[i] = parseExponent(f[i]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--unit " + name + ": exponent of " + bases.get(i)
            + ": expected an integer, p/q or decimal, got '" + f[i].trim() + "'", e);
      }
    }
    Map<String, Dimension> t = new LinkedHashMap<>(table);
    t.put(name, Dimension.of(ex));
    return new Units(bases, t);
  }

  /** Reads {@code 2}, {@code -1/2} or {@code 0.5} exactly. */
  static BigFraction parseExponent(String s) {
    String t = s.trim();
    if (t.isEmpty()) throw new IllegalArgumentException("empty exponent");
    try {
      int slash = t.indexOf('/');
      if (slash >= 0) {
        BigFraction d = new BigFraction(new java.math.BigInteger(t.substring(slash + 1).trim()));
        if (d.signum() == 0) throw new IllegalArgumentException("zero denominator in " + t);
        return new BigFraction(new java.math.BigInteger(t.substring(0, slash).trim())).divide(d);
      }
      BigDecimal d = new BigDecimal(t);
      return d.scale() <= 0 ? new BigFraction(d.toBigIntegerExact())
          : new BigFraction(d.unscaledValue(), java.math.BigInteger.TEN.pow(d.scale()));
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("not an exponent: " + t, e);
    }
  }

  /** {@code 2}, {@code -1/2}. */
  static String formatFraction(BigFraction f) {
    return f.getDenominator().equals(java.math.BigInteger.ONE) ? f.getNumerator().toString()
        : f.getNumerator() + "/" + f.getDenominator();
  }
}
