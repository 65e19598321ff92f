package dev.discover.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.discover.io.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The system-file reader (JSON, fields, expressions, basis) over random and shrinking inputs: a system, or one
 * InputException whose message is one short line naming the file (and the field, where the JSON was read);
 * valid files read back to what was written.
 */
class SystemFilePropertiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SOURCE = "s.json";

  /** Reads a system as the engine does before any search: JSON and fields, expressions, the basis. */
  private static void read(String text) {
    SystemSpec spec = SystemFile.parse(text, SOURCE);
    DynamicalSystem sys = DynamicalSystem.of(spec);
    Basis.build(spec.basis(), sys.variables(), SOURCE);
  }

  /** Reads or refuses with one short line naming the file; returns the message (empty when it was read). */
  private static String readsOrRefusesCleanly(String text) {
    try {
      read(text);
      return "";
    } catch (InputException e) {
      String m = e.getMessage();
      assertTrue(m.startsWith(SOURCE + ":"), m);
      assertTrue(m.length() < 900, "message of " + m.length() + " characters");
      assertTrue(m.chars().noneMatch(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029), m);
      return m;
    }
  }

  @Property(tries = 150, seed = "20261221")
  void anyTextAtAllIsReadOrRefusedCleanly(@ForAll String text) {
    readsOrRefusesCleanly(text);
  }

  @Property(tries = 150, seed = "20261222")
  void mutatedSystemFilesAreReadOrRefusedCleanly(@ForAll("mutated") String text) {
    readsOrRefusesCleanly(text);
  }

  @Property(tries = 200, seed = "20261223")
  void wellFormedJsonWithWrongFieldsNamesTheField(@ForAll("wrongFields") Map<String, Object> file) throws Exception {
    String m = readsOrRefusesCleanly(JSON.writeValueAsString(file));
    // the JSON itself is well formed: a refusal names a field of it (or says the file is empty or not an object)
    assertTrue(m.isEmpty() || m.contains("field '"), m);
  }

  @Property(tries = 100, seed = "20261224")
  void validSystemsReadBackToWhatWasWritten(@ForAll("validSystems") Map<String, Object> file) throws Exception {
    SystemSpec spec = SystemFile.parse(JSON.writeValueAsString(file), SOURCE);
    assertEquals(file.get("variables"), spec.variables());
    assertEquals(file.get("equations"), spec.equations());
    assertEquals(file.get("parameters"), spec.parameters());
    @SuppressWarnings("unchecked") Map<String, Object> basis = (Map<String, Object>) file.get("basis");
    assertEquals(basis.get("polynomial_degree"), spec.basis().polynomialDegree());
    DynamicalSystem sys = DynamicalSystem.of(spec);
    assertEquals(spec.variables().size(), sys.dimension());
    Basis.build(spec.basis(), sys.variables(), SOURCE);
  }

  // ---- generators

  private static final List<String> NAMES = List.of("x", "y", "z", "E", "N", "lambda", "sin", "1x", "", "x y", "q_2");

  @Provide
  Arbitrary<String> mutated() {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(SystemsRegressionTest.systemsDir())) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().limit(12).toList()) {
        String t = Files.readString(f, StandardCharsets.UTF_8);
        if (t.length() < 4000) texts.add(t);
      }
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    Arbitrary<String> base = Arbitraries.of(texts);
    Arbitrary<String> insert = Arbitraries.of("{", "}", "[", "]", "\"", ",", ":", "^99999", "((((", "\\u0000", "1e999",
        "Export(x)", "null", "-", "0", "sin(", "/0", "\u0000", "\ud800");
    Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 100_000),
        Arbitraries.integers().between(1, 30)).as((k, at, len) -> new int[] {k, at, len});
    return Combinators.combine(base, edit.list().ofMinSize(1).ofMaxSize(5), insert.list().ofSize(5)).as((t, edits, ins) -> {
      StringBuilder sb = new StringBuilder(t);
      for (int e = 0; e < edits.size(); e++) {
        int[] op = edits.get(e);
        int at = op[1] % (sb.length() + 1);
        switch (op[0]) {
          case 0 -> sb.delete(at, Math.min(sb.length(), at + op[2]));
          case 1 -> sb.insert(at, ins.get(e));
          case 2 -> { if (at < sb.length()) sb.setCharAt(at, (char) (' ' + op[2] * 3)); }
          default -> sb.setLength(at);
        }
      }
      return sb.toString();
    });
  }

  /** JSON values of every kind, for fields that expect one kind. */
  private static Arbitrary<Object> anyValue() {
    Arbitrary<Object> scalar = Arbitraries.oneOf(Arbitraries.of("x", "y", "-x", "x^2", "", "symbolic", "1/0", "x^99999",
        "sin(x)", "2", "x*y"), Arbitraries.integers().between(-3, 40).map(i -> (Object) i),
        Arbitraries.of(2147483647L, -1L, 1e308, 1.5, true, false));
    return Arbitraries.oneOf(scalar, scalar.list().ofMaxSize(3).map(l -> (Object) l),
        Combinators.combine(Arbitraries.of(NAMES), scalar).as((k, v) -> (Object) Map.of(k.isEmpty() ? "k" : k, v)),
        Arbitraries.just(null));
  }

  @Provide
  Arbitrary<Map<String, Object>> wrongFields() {
    Arbitrary<String> field = Arbitraries.of("variables", "equations", "parameters", "definitions", "constraints",
        "basis", "sampling", "name", "kind", "expected", "polynomial_degree", "unknown");
    return Combinators.combine(field.list().ofMinSize(1).ofMaxSize(6).uniqueElements(), anyValue().list().ofSize(6),
        Arbitraries.integers().between(0, 2)).as((fields, values, keep) -> {
          Map<String, Object> m = new LinkedHashMap<>();
          // start from a valid oscillator and spoil some fields
          m.put("variables", List.of("x", "y"));
          m.put("equations", Map.of("x", "y", "y", "-x"));
          m.put("basis", Map.of("polynomial_degree", 2));
          for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            Object v = values.get(i);
            if (f.equals("basis") && keep == 1) v = v instanceof Map ? v : Map.of("polynomial_degree", v == null ? "2" : v);
            if (f.equals("sampling") && keep == 2) v = Map.of("domain", Map.of("x", v == null ? "x" : v));
            m.put(f, v);
          }
          return m;
        });
  }

  @Provide
  Arbitrary<Map<String, Object>> validSystems() {
    Arbitrary<Integer> dims = Arbitraries.integers().between(1, 3);
    return dims.flatMap(d -> {
      List<String> vars = List.of("x", "y", "E").subList(0, d);
      Arbitrary<String> atom = Arbitraries.oneOf(Arbitraries.of(vars), Arbitraries.integers().between(-5, 5).map(String::valueOf),
          Arbitraries.just("k"));
      Arbitrary<String> term = atom.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("*", l));
      Arbitrary<String> expr = term.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(" + ", l));
      return Combinators.combine(expr.list().ofSize(d), Arbitraries.integers().between(1, 3),
          Arbitraries.of("1/3", "0.5", "2", "-7/2")).as((eqs, degree, k) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("variables", vars);
            Map<String, String> e = new LinkedHashMap<>();
            for (int i = 0; i < d; i++) e.put(vars.get(i), eqs.get(i));
            m.put("equations", e);
            m.put("parameters", Map.of("k", k));
            m.put("basis", Map.of("polynomial_degree", degree));
            return m;
          });
    });
  }
}
